"""Checks a package the checker made (outputs/package.py): every file's SHA-256 against manifest.json.

A checksum shows that a file changed since the package was made; it cannot stop anyone who rewrites
the manifest too. Reads bytes only (the caller opens the file), hashing each entry in chunks.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass

from .. import paths
from ..data.fields import EVIDENCE_MAX_FILES, FIELDS
from ..data.vocab import label
from ..outputs.package import MANIFEST_SCHEMA
from ..text import YES_NO
from . import ui

OK, TAMPERED, UNREADABLE = "ok", "tampered", "unreadable"
REASONS = ("not_zip", "no_manifest", "bad_manifest", "too_many")
_OWN = ("manifest.json", "SHA256SUMS")  # the package's own records, not listed in the manifest
_CHUNK = 1 << 20
# A package holds at most EVIDENCE_MAX_FILES evidence files plus its own few; more is not ours.
_MAX_ENTRIES = EVIDENCE_MAX_FILES + 16


@dataclass(frozen=True)
class FileCheck:
    path: str
    status: str  # ok | changed | missing | unlisted
    expected: str  # sha256 from the manifest ("" for a file it does not list)
    actual: str  # sha256 of the bytes in the archive ("" when missing or unreadable)
    size: int

    def as_dict(self) -> dict:
        return {"path": self.path, "status": self.status, "ok": self.status == "ok",
                "expected": self.expected, "actual": self.actual, "size": self.size}


@dataclass(frozen=True)
class TicketField:
    path: str
    label: str
    value: str

    def as_dict(self) -> dict:
        return {"path": self.path, "label": self.label, "value": self.value}


@dataclass(frozen=True)
class Verdict:
    status: str  # ok | tampered | unreadable
    reason_code: str  # one of REASONS when unreadable, else ""
    reason: str  # the reason in the verdict's language (the page's and the CLI's words), else ""
    files: tuple[FileCheck, ...] = ()
    sums_ok: bool = True  # SHA256SUMS agrees with manifest.json and the files
    created: str = ""
    generator: str = ""
    ready: bool | None = None
    score: int | None = None
    ticket: tuple[TicketField, ...] = ()

    @property
    def exit_code(self) -> int:
        return {OK: 0, TAMPERED: 1}.get(self.status, 2)

    def as_dict(self) -> dict:
        return {
            "status": self.status, "reason": self.reason, "reason_code": self.reason_code,
            "files": [f.as_dict() for f in self.files], "sums_ok": self.sums_ok,
            "created": self.created, "generator": self.generator, "ready": self.ready, "score": self.score,
            "ticket": [t.as_dict() for t in self.ticket],
        }


def _unreadable(code: str, lang: str) -> Verdict:
    return Verdict(UNREADABLE, code, ui.text("reason_" + code).get(lang))


def _digest(zf: zipfile.ZipFile, name: str) -> str:
    h = hashlib.sha256()
    with zf.open(name) as fh:
        while piece := fh.read(_CHUNK):
            h.update(piece)
    return h.hexdigest()


def _manifest(zf: zipfile.ZipFile) -> dict | None:
    """manifest.json with a well-formed list of file records, or None when it is not an aftersales one."""
    try:
        manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, OSError, RecursionError):
        return None
    records = manifest.get("files") if isinstance(manifest, dict) and manifest.get("schema") == MANIFEST_SCHEMA \
        else None
    if not isinstance(records, list) or not all(
            isinstance(r, dict) and isinstance(r.get("path"), str) and isinstance(r.get("sha256"), str)
            for r in records):
        return None
    return manifest


def verify(data: bytes, lang: str = "zh-CN") -> Verdict:
    """The verdict on a package's bytes: ok, tampered (with each file's state) or unreadable (why)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        return _unreadable("not_zip", lang)
    with zf:
        names = [i.filename for i in zf.infolist() if not i.is_dir()]
        if len(names) > _MAX_ENTRIES:
            return _unreadable("too_many", lang)
        if "manifest.json" not in names:
            return _unreadable("no_manifest", lang)
        manifest = _manifest(zf)
        if manifest is None:
            return _unreadable("bad_manifest", lang)
        records = manifest["files"]
        checks = [_check_entry(zf, names, r) for r in records]
        listed = {r["path"] for r in records}
        checks += [FileCheck(n, "unlisted", "", _safe_digest(zf, n), zf.getinfo(n).file_size)
                   for n in names if n not in listed and n not in _OWN]
        sums_ok = _sums_agree(zf, names, records)
        ticket, ready, score = _ticket(zf, names, lang)
    status = OK if sums_ok and all(c.status == "ok" for c in checks) else TAMPERED
    return Verdict(status, "", "", tuple(checks), sums_ok, str(manifest.get("created", "")),
                   str(manifest.get("generator", "")), ready, score, ticket)


def _safe_digest(zf: zipfile.ZipFile, name: str) -> str:
    try:
        return _digest(zf, name)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        return ""  # a damaged entry (bad CRC, cut short): its bytes are not what was packed


def _check_entry(zf: zipfile.ZipFile, names: list[str], record: dict) -> FileCheck:
    path, expected = record["path"], record["sha256"].lower()
    if path not in names:
        return FileCheck(path, "missing", expected, "", 0)
    actual = _safe_digest(zf, path)
    return FileCheck(path, "ok" if actual == expected else "changed", expected, actual, zf.getinfo(path).file_size)


def _sums_agree(zf: zipfile.ZipFile, names: list[str], records: list[dict]) -> bool:
    """SHA256SUMS lists the same hashes as the manifest, plus the manifest's own hash."""
    if "SHA256SUMS" not in names:
        return False
    try:
        lines = zf.read("SHA256SUMS").decode("utf-8").splitlines()
        manifest_hash = _digest(zf, "manifest.json")
    except (UnicodeDecodeError, zipfile.BadZipFile, OSError):
        return False
    sums = {}
    for line in lines:
        digest, sep, path = line.partition("  ")
        if sep:
            sums[path] = digest.lower()
    wanted = {r["path"]: r["sha256"].lower() for r in records} | {"manifest.json": manifest_hash}
    return sums == wanted


def _ticket(zf: zipfile.ZipFile, names: list[str], lang: str) -> tuple[tuple[TicketField, ...], bool | None, int | None]:
    """The ticket's plain fields with their form labels, and what the check said when it was packed."""
    if "ticket.json" not in names:
        return (), None, None
    try:
        ticket = json.loads(zf.read("ticket.json").decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, OSError, RecursionError):
        return (), None, None
    if not isinstance(ticket, dict):
        return (), None, None
    out = []
    for f in FIELDS:
        node = paths.get(ticket, f.path)
        if node is None or node == "" or isinstance(node, dict | list):
            continue
        value = YES_NO[0 if node else 1].get(lang) if isinstance(node, bool) else label(f.options, str(node), lang)
        out.append(TicketField(f.path, f.label.get(lang), value))
    check = ticket.get("check") if isinstance(ticket.get("check"), dict) else {}
    ready = check.get("ready") if isinstance(check.get("ready"), bool) else None
    score = check.get("score") if isinstance(check.get("score"), int) else None
    return tuple(out), ready, score
