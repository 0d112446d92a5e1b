"""The ZIP submission package: ticket.json, summary.html, the evidence files, manifest.json, SHA256SUMS.

Entries get a fixed timestamp (the buyer's `today`), fixed attributes and a fixed order, so the same
input gives byte-identical output. Evidence is streamed into the archive in chunks (files.py), never
held twice; already-compressed media is stored, not deflated again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile

from .. import __version__
from ..checks.normalize import DRAFT_SCHEMA
from ..checks.report import Report
from . import summary
from .files import Evidence

MANIFEST_SCHEMA = "aftersales/manifest/1"

# Already-compressed media: deflating them again costs seconds in the browser and saves nothing.
_STORED_MIMES = (
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/heic",
    "image/avif",
    "video/",
    "audio/",
    "application/zip",
    "application/pdf",
)


def ticket(draft: object, report: Report) -> dict:
    """ticket.json: the draft as typed (still a valid aftersales/draft/1) plus the check result."""
    out = dict(draft) if isinstance(draft, dict) else {}
    out["schema"] = DRAFT_SCHEMA
    out["check"] = report.to_json()
    return out


def json_bytes(value) -> bytes:
    # A lone surrogate ("\ud800", valid in JSON text, not encodable as UTF-8) is written as its own
    # JSON escape: the file stays valid UTF-8 and reads back to exactly what the buyer's draft held.
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace")


def layout(
    draft: object, report: Report, evidence: list[Evidence], today: dt.date
) -> list[tuple[str, object, str]]:
    """Every entry of the archive in order, as (path, bytes or Evidence, mime)."""
    small = [
        ("ticket.json", json_bytes(ticket(draft, report)), "application/json"),
        ("summary.html", summary.render(report, evidence, today).encode(), "text/html"),
    ]
    records = [
        {"path": p, "size": len(d), "sha256": hashlib.sha256(d).hexdigest(), "mime": m} for p, d, m in small
    ]
    records += [
        {
            "path": "evidence/" + e.name,
            "size": e.size,
            "sha256": e.sha256,
            "mime": e.mime,
            "kind": e.kind,
            "original_name": e.original_name,
            "gps": e.gps,
        }
        for e in evidence
    ]
    manifest = json_bytes(
        {
            "schema": MANIFEST_SCHEMA,
            "generator": f"aftersales {__version__}",
            "created": today.isoformat(),
            "note": "sha256 and size of every file in this package except manifest.json and SHA256SUMS; "
            "SHA256SUMS (for `sha256sum -c`) covers manifest.json too",
            "files": records,
        }
    )
    sums = "".join(f"{r['sha256']}  {r['path']}\n" for r in records)
    sums += f"{hashlib.sha256(manifest).hexdigest()}  manifest.json\n"
    return [
        *small,
        *(("evidence/" + e.name, e, e.mime) for e in evidence),
        ("manifest.json", manifest, "application/json"),
        ("SHA256SUMS", sums.encode(), "text/plain"),
    ]


def write(entries: list[tuple[str, object, str]], today: dt.date, fp) -> None:
    """Write the archive to a seekable binary file object."""
    stamp = (max(today.year, 1980), today.month, today.day, 0, 0, 0)
    with zipfile.ZipFile(fp, "w") as zf:
        for path, data, mime in entries:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.create_system = 3  # the default depends on the OS that writes it; fix it for reproducibility
            info.external_attr = 0o644 << 16
            info.compress_type = (
                zipfile.ZIP_STORED if mime.startswith(_STORED_MIMES) else zipfile.ZIP_DEFLATED
            )
            if isinstance(data, Evidence):
                info.file_size = data.size
                with zf.open(info, "w") as out:
                    for piece in data.chunks():
                        out.write(piece)
            else:
                zf.writestr(info, data)


def build(draft: object, report: Report, evidence: list[Evidence], today: dt.date) -> bytes:
    buf = io.BytesIO()
    write(layout(draft, report, evidence, today), today, buf)
    return buf.getvalue()


class Sink:
    """A seekable write-only file for zipfile that hands each write to `store(position, bytes)`, or
    only measures the archive when `store` is None. Lets the browser build the ZIP straight into a
    JavaScript buffer of the exact size (one pass to measure, one to fill) instead of a Python copy."""

    def __init__(self, store=None):
        self.store = store
        self.pos = 0
        self.size = 0

    def write(self, data) -> int:
        n = len(data)
        if self.store is not None and n:
            self.store(self.pos, data)
        self.pos += n
        self.size = max(self.size, self.pos)
        return n

    def tell(self) -> int:
        return self.pos

    def seek(self, pos: int, whence: int = 0) -> int:
        self.pos = {0: pos, 1: self.pos + pos, 2: self.size + pos}[whence]
        return self.pos

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        pass


def build_into(draft: object, report: Report, evidence: list[Evidence], today: dt.date, allocate, store):
    """Build the archive into a buffer made by `allocate(size)`, filled by `store(buffer, pos, bytes)`."""
    entries = layout(draft, report, evidence, today)
    measure = Sink()
    write(entries, today, measure)
    target = allocate(measure.size)
    write(entries, today, Sink(lambda pos, data: store(target, pos, data)))
    return target
