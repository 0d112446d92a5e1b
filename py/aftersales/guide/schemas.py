"""JSON Schemas (draft 2020-12) of aftersales/draft/1 and aftersales/result/1, shipped as data.

The draft schema describes what a well-formed draft looks like; the checker itself accepts anything
and reports what does not fit as findings. The build publishes both as site/schema/draft-1.json and site/schema/result-1.json."""

from __future__ import annotations

from ..checks.normalize import DRAFT_SCHEMA
from ..checks.report import SCHEMA as RESULT_SCHEMA
from ..data import vocab
from ..data.fields import FIELDS, POLICY_MAX, Field
from ..data.rules import SEVERITIES, catalogue
from ..data.windows import SOURCES, WINDOWS
from ..text import LANGS

_TEXT = {"type": "string"}
_DATE = {"type": "string", "description": "YYYY-MM-DD; 2026/11/22 and 2026年11月22日 are read too"}
_DAYS = {"type": ["integer", "string"], "description": f"whole number 0–{POLICY_MAX}"}
_EVIDENCE = {"type": "array", "items": {"type": "object", "properties": {
    "kind": {"type": "string", "enum": sorted(vocab.values(vocab.EVIDENCE_KINDS))}, "name": _TEXT,
    "size": {"type": "integer", "minimum": 0}, "type": _TEXT,
    "magic": {"type": "string", "description": "hex of the file's first bytes"}}}}


def _field(f: Field) -> dict:
    if f.control == "choice":  # true / false, as old drafts and links give it, or one of the answers
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": sorted(t.value for t in f.options)}]}
    if f.json_types:
        return {"type": list(f.json_types)}
    if f.control == "select":
        return {"type": "string", "enum": sorted(t.value for t in f.options)}
    return {"date": _DATE, "number": _DAYS}.get(f.control, _TEXT)


def draft_schema() -> dict:
    """Made from FIELDS, so every field the form has is described, with its choices."""
    properties: dict = {"schema": {"const": DRAFT_SCHEMA}, "lang": {"enum": list(LANGS)}}
    for f in FIELDS:
        *parents, leaf = f.path.split(".")
        node = properties
        for key in parents:
            node = node.setdefault(key, {"type": "object", "properties": {}})["properties"]
        node[leaf] = _field(f)
    properties["evidence"] = _EVIDENCE
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": DRAFT_SCHEMA,
        "title": "After-sales ticket draft",
        "type": "object",
        "properties": properties,
    }


def result_schema() -> dict:
    finding = {
        "type": "object",
        "required": ["code", "severity", "field", "message", "guide"],
        "properties": {
            "code": {"enum": sorted(catalogue())}, "severity": {"enum": list(SEVERITIES)},
            "field": _TEXT, "message": {"type": "string", "minLength": 1}, "guide": _TEXT,
            "title": _TEXT, "why": _TEXT, "fix": _TEXT, "basis": _TEXT},
    }
    iso = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    deadline = {
        "type": "object",
        "required": ["code", "date", "from", "basis", "source"],
        "properties": {"code": {"enum": sorted(WINDOWS)}, "date": iso, "from": iso, "basis": _TEXT,
                       "label": _TEXT, "counted_from": _TEXT, "passed": {"type": "boolean"},
                       "days_left": {"type": "integer"}, "note": _TEXT, "source": {"enum": list(SOURCES)},
                       "in_time": {"type": "boolean"}, "legal_date": iso, "legal_basis": _TEXT},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": RESULT_SCHEMA,
        "title": "After-sales draft check result",
        "type": "object",
        "required": ["schema", "ready", "score", "findings", "deadlines"],
        "properties": {
            "schema": {"const": RESULT_SCHEMA}, "ready": {"type": "boolean"},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "version": _TEXT, "today": iso, "lang": {"enum": list(LANGS)},
            "counts": {"type": "object"}, "findings": {"type": "array", "items": finding},
            "deadlines": {"type": "array", "items": deadline},
            "normalized": {"type": "object"}, "read_as": {"type": "array"},
            "merchant": {"type": ["object", "null"]},
        },
    }
