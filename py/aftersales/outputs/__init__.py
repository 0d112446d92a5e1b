"""One entry point for every download the checker offers: make(kind, draft, report, files, options).

Every output reads the typed Report of one check; none checks the draft again."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass

from ..checks import check
from ..checks.report import Report
from ..data import vocab
from ..text import Text, lang_of
from . import files as evidence_files
from . import ics, mail, package, texts
from .facts import Facts, facts


@dataclass(frozen=True)
class Kind:
    kind: str
    needs_files: bool  # the evidence files go in (the page must hand them over)


# Every output, in the order the page offers them.
OUTPUTS = (Kind("zip", True), Kind("eml", True), Kind("mailto", False), Kind("ics", False),
           Kind("json", False), Kind("text", False))
KINDS = tuple(k.kind for k in OUTPUTS)
TEXT_KINDS = ("platform", "appeal", "12315")
_STEM = Text("售后", "aftersales")


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


def filename(f: Facts, today: dt.date, ext: str, suffix: str = "") -> str:
    """售后-<order>-<date>.zip (en: aftersales-…): order number reduced to letters, digits, - and _."""
    order = re.sub(r"[^0-9A-Za-z_-]+", "", f["order.order_id"])[:40]
    stem = _STEM.get(f.lang)
    parts = [stem] + ([order] if order else []) + ([suffix] if suffix else []) + [today.isoformat()]
    return "-".join(parts) + "." + ext


def make(
    kind: str,
    draft: object,
    report: Report,
    files: list | None = None,
    options: Options | None = None,
) -> Output:
    """`draft` as typed (ticket.json keeps it) and the Report of checking it."""
    if kind not in KINDS:
        raise ValueError(f"unknown output kind {kind!r}; expected one of {', '.join(KINDS)}")
    options = options or Options()
    today = report.today
    f = facts(report)
    zip_name = filename(f, today, "zip")

    if kind == "zip":
        evidence = evidence_files.prepare(files or [], options.strip_gps)
        return Output(zip_name, "application/zip", _zip(draft, report, evidence, today))
    if kind == "eml":
        evidence = evidence_files.prepare(files or [], options.strip_gps)
        return Output(filename(f, today, "eml"), "message/rfc822", mail.build_eml(f, evidence))
    if kind == "mailto":
        return Output("", "text/uri-list", mail.build_mailto(f, zip_name))
    if kind == "ics":
        return Output(filename(f, today, "ics"), "text/calendar", ics.build_ics(f, today))
    if kind == "json":
        return Output(
            filename(f, today, "json"), "application/json", package.json_bytes(package.ticket(draft, report))
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


def _zip(draft: object, report: Report, evidence: list, today: dt.date):
    """The archive's bytes; in Pyodide a JS Uint8Array, built in place so that tens of megabytes of
    evidence are not held once more in Python's heap and again when handed to the page."""
    if sys.platform != "emscripten":
        return package.build(draft, report, evidence, today)
    from js import Uint8Array  # Pyodide only

    return package.build_into(
        draft,
        report,
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
    draft = draft if isinstance(draft, dict) else {}
    report = check(draft, dt.date.fromisoformat(today), lang_of(draft.get("lang")))
    return make(kind, draft, report, _files(files), Options.parse(options_json)).as_dict()


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
