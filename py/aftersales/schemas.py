"""JSON Schemas (draft 2020-12) of aftersales/draft/1 and aftersales/result/1, shipped as data.

The draft schema describes what a well-formed draft looks like; the checker itself accepts anything
and reports what does not fit as findings. The build publishes both as site/schema/draft-1.json and site/schema/result-1.json."""

from __future__ import annotations

from . import vocab
from .rules import DEADLINES, ERROR, INFO, WARNING, catalogue

_TEXT = {"type": "string"}
_DATE = {"type": "string", "description": "YYYY-MM-DD; 2026/11/22 and 2026年11月22日 are read too"}
_DAYS = {"type": ["integer", "string"], "description": "whole number 0–3650"}


def _enum(terms: tuple[vocab.Term, ...]) -> dict:
    return {"type": "string", "enum": sorted(vocab.values(terms))}


def draft_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "aftersales/draft/1",
        "title": "After-sales ticket draft",
        "type": "object",
        "properties": {
            "schema": {"const": "aftersales/draft/1"},
            "lang": {"enum": list(vocab.LANGS)},
            "order": {"type": "object", "properties": {
                "platform": _enum(vocab.PLATFORMS), "order_id": _TEXT, "product_name": _TEXT,
                "category": _enum(vocab.CATEGORIES), "sanbao": {"type": "boolean"},
                "price": {"type": ["string", "number"]}, "purchase_date": _DATE, "received_date": _DATE}},
            "problem": {"type": "object", "properties": {
                "type": _enum(vocab.PROBLEM_TYPES), "noticed_date": _DATE, "description": _TEXT}},
            "resolution": _enum(vocab.RESOLUTIONS),
            "evidence": {"type": "array", "items": {"type": "object", "properties": {
                "kind": _enum(vocab.EVIDENCE_KINDS), "name": _TEXT, "size": {"type": "integer", "minimum": 0},
                "type": _TEXT, "magic": {"type": "string", "description": "hex of the file's first bytes"}}}},
            "contact": {"type": "object", "properties": {
                "name": _TEXT, "phone": _TEXT, "email": _TEXT, "address": _TEXT}},
            "merchant": {"type": "object", "properties": {
                "name": _TEXT, "support_email": _TEXT, "support_url": _TEXT, "address": _TEXT,
                "policy": {"type": "object", "properties": {
                    k: _DAYS for k in ("no_reason_days", "quality_return_days", "exchange_days",
                                       "warranty_months", "review_working_days")}}}},
            "submitted_date": _DATE,
        },
    }


def result_schema() -> dict:
    finding = {
        "type": "object",
        "required": ["code", "severity", "field", "message", "guide"],
        "properties": {
            "code": {"enum": sorted(catalogue())}, "severity": {"enum": [ERROR, WARNING, INFO]},
            "field": _TEXT, "message": {"type": "string", "minLength": 1}, "guide": _TEXT,
            "title": _TEXT, "why": _TEXT, "fix": _TEXT, "basis": _TEXT},
    }
    iso = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    deadline = {
        "type": "object",
        "required": ["code", "date", "from", "basis"],
        "properties": {"code": {"enum": sorted(DEADLINES)}, "date": iso, "from": iso, "basis": _TEXT,
                       "label": _TEXT, "counted_from": _TEXT, "passed": {"type": "boolean"},
                       "days_left": {"type": "integer"}, "note": _TEXT},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "aftersales/result/1",
        "title": "After-sales draft check result",
        "type": "object",
        "required": ["schema", "ready", "score", "findings", "deadlines"],
        "properties": {
            "schema": {"const": "aftersales/result/1"}, "ready": {"type": "boolean"},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "version": _TEXT, "today": iso, "lang": {"enum": list(vocab.LANGS)},
            "counts": {"type": "object"}, "findings": {"type": "array", "items": finding},
            "deadlines": {"type": "array", "items": deadline},
            "normalized": {"type": "object"}, "read_as": {"type": "array"},
            "merchant": {"type": ["object", "null"]},
        },
    }
