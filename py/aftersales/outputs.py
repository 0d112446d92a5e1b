"""One entry point for every download the checker offers: make(kind, draft, today, files, options)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass

from . import files as evidence_files
from . import ics, mail, package, texts, vocab

KINDS = ("zip", "eml", "mailto", "ics", "json", "text")
TEXT_KINDS = ("platform", "appeal", "12315")


@dataclass(frozen=True)
class Options:
    strip_gps: bool = True
    platform: str = ""
    text: str = "platform"

    @classmethod
    def parse(cls, value) -> Options:
        if isinstance(value, str):
            try:
                value = json.loads(value) if value.strip() else {}
            except ValueError:
                value = {}
        value = value if isinstance(value, dict) else {}
        text = value.get("text", value.get("text_kind"))  # the page's select is named text_kind
        platform = value.get("platform")
        return cls(
            strip_gps=value.get("strip_gps") is not False,
            platform=platform if platform in vocab.values(vocab.PLATFORMS) else "",
            text=text if text in TEXT_KINDS else "platform",
        )


@dataclass(frozen=True)
class Output:
    filename: str
    mime: str
    data: bytes | str  # bytes for files, str for mailto and text

    def as_dict(self) -> dict:
        return {"filename": self.filename, "mime": self.mime, "data": self.data}


def filename(f: texts.Facts, today: dt.date, ext: str, suffix: str = "") -> str:
    """售后-<order>-<date>.zip (en: aftersales-…): order number reduced to letters, digits, - and _."""
    order = re.sub(r"[^0-9A-Za-z_-]+", "", f["order.order_id"])[:40]
    stem = "aftersales" if f.lang == "en" else "售后"
    parts = [stem] + ([order] if order else []) + ([suffix] if suffix else []) + [today.isoformat()]
    return "-".join(parts) + "." + ext


def _check(draft: dict, today: dt.date, lang: str) -> dict:
    from .check import check  # the lead's module; imported late so outputs load without it

    return check(draft, today, lang)


def _lang(draft: dict) -> str:
    return "en" if isinstance(draft, dict) and draft.get("lang") == "en" else "zh-CN"


def make(
    kind: str,
    draft: dict,
    today: dt.date,
    files: list | None = None,
    options: Options | None = None,
    result: dict | None = None,
) -> Output:
    if kind not in KINDS:
        raise ValueError(f"unknown output kind {kind!r}; expected one of {', '.join(KINDS)}")
    options = options or Options()
    draft = draft if isinstance(draft, dict) else {}
    lang = _lang(draft)
    result = result if result is not None else _check(draft, today, lang)
    lang = result.get("lang") or lang
    f = texts.facts(draft, result, lang)
    zip_name = filename(f, today, "zip")

    if kind == "zip":
        evidence = evidence_files.prepare(files or [], options.strip_gps)
        return Output(zip_name, "application/zip", _zip(draft, result, evidence, today))
    if kind == "eml":
        evidence = evidence_files.prepare(files or [], options.strip_gps)
        return Output(filename(f, today, "eml"), "message/rfc822", mail.build_eml(f, result, evidence))
    if kind == "mailto":
        return Output("", "text/uri-list", mail.build_mailto(f, result, zip_name))
    if kind == "ics":
        return Output(filename(f, today, "ics"), "text/calendar", ics.build_ics(f, today))
    if kind == "json":
        return Output(
            filename(f, today, "json"), "application/json", package.json_bytes(package.ticket(draft, result))
        )
    if options.text == "appeal":
        return Output(filename(f, today, "txt", "appeal"), "text/plain", texts.appeal_text(f))
    if options.text == "12315":
        return Output(filename(f, today, "txt", "12315"), "text/plain", texts.complaint_text(f))
    platform = options.platform or f["order.platform.code"] or "other"
    return Output(
        filename(f, today, "txt", platform if platform in texts.PLATFORM_LIMITS else "other"),
        "text/plain",
        texts.platform_text(f, platform),
    )


def _zip(draft: dict, result: dict, evidence: list, today: dt.date):
    """The archive's bytes; in Pyodide a JS Uint8Array, built in place so that tens of megabytes of
    evidence are not held once more in Python's heap and again when handed to the page."""
    if sys.platform != "emscripten":
        return package.build(draft, result, evidence, today)
    from js import Uint8Array  # Pyodide only

    return package.build_into(
        draft,
        result,
        evidence,
        today,
        allocate=Uint8Array.new,
        store=lambda target, pos, data: target.subarray(pos, pos + len(data)).assign(data),
    )


def make_output(
    kind: str, draft_json: str, today: str, files=None, options_json: str | dict | None = None
) -> dict:
    """The worker's entry point (aftersales.browser.make_output): JSON in, {filename, mime, data} out."""
    try:
        draft = json.loads(draft_json) if isinstance(draft_json, str) else draft_json
    except ValueError as exc:
        raise ValueError(f"the draft is not valid JSON: {exc}") from None
    files = _files(files)
    return make(kind, draft, dt.date.fromisoformat(today), files, Options.parse(options_json)).as_dict()


def _files(files) -> list:
    """Plain dicts from what the worker passes: a Python list of dicts, or a JsProxy of JS objects."""
    if files is None:
        return []
    to_py = getattr(files, "to_py", None)
    if callable(to_py):  # pyodide: convert the array and objects but keep Uint8Arrays as JsProxy
        files = to_py(depth=2)
    out = []
    for item in files:
        if not isinstance(item, dict):
            to_py = getattr(item, "to_py", None)
            item = to_py(depth=1) if callable(to_py) else {}
        out.append(item)
    return out
