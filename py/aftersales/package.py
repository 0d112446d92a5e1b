"""The ZIP submission package: ticket.json, summary.html, the evidence files, manifest.json, SHA256SUMS.

Evidence files arrive as bytes from the page; each gets a safe, unique UTF-8 name and (by default)
loses its GPS location before it is packed. The ZIP is written into one BytesIO with a fixed
timestamp (the buyer's `today`), so the same input gives byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
import zipfile
from dataclasses import dataclass

from . import __version__, exif, summary

MANIFEST_SCHEMA = "aftersales/manifest/1"
NAME_MAX_BYTES = 120  # keeps evidence/<name> well under every file system's 255-byte limit
EXT_MAX_CHARS = 10

# Windows refuses these as file names whatever the extension; Linux and macOS accept them.
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", "clock$", "conin$", "conout$"]
    + [f"com{i}" for i in range(10)]
    + [f"lpt{i}" for i in range(10)]
    + ["com¹", "com²", "com³", "lpt¹", "lpt²", "lpt³"]
)
_FORBIDDEN = frozenset('<>:"/\\|?*')
# Control, format (bidi overrides that disguise "gpj.exe"), surrogate, private-use, unassigned.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})

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

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
)


@dataclass(frozen=True)
class Evidence:
    """One evidence file as it goes into the package and the email."""

    name: str  # safe, unique file name (no folder)
    original_name: str
    kind: str
    mime: str  # sniffed from the bytes where possible, else the browser's type if well-formed
    data: bytes | memoryview
    gps: str  # exif.REMOVED | exif.NONE | exif.NOT_JPEG | exif.UNREADABLE | "kept"
    sha256: str

    @property
    def size(self) -> int:
        return len(self.data)


def as_bytes(data) -> bytes | memoryview:
    """Bytes from what the worker hands over: bytes, bytearray, memoryview or a Pyodide JsProxy.

    A memoryview is kept as a flat byte view rather than copied: evidence can be tens of megabytes.
    """
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return memoryview(data)
    if isinstance(data, memoryview):
        return data.cast("B") if data.c_contiguous else memoryview(data.tobytes())
    to_bytes = getattr(data, "to_bytes", None)  # pyodide.ffi.JsProxy of a Uint8Array
    if callable(to_bytes):
        return to_bytes()
    if data is None:
        return b""
    raise TypeError(f"evidence data must be bytes-like, not {type(data).__name__}")


def sniff_mime(data: bytes, declared: str = "") -> str:
    head = bytes(data[:16])
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1"):
            return "image/heic"
        if brand == b"avif":
            return "image/avif"
        return "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    declared = (declared or "").strip().lower()
    top, _, sub = declared.partition("/")
    if top.isalpha() and sub and all(c.isalnum() or c in ".+-" for c in sub) and len(declared) <= 100:
        return declared
    return "application/octet-stream"


def safe_name(name: str, taken: set[str], fallback: str = "file") -> str:
    """A file name that is safe on Windows, macOS and Linux and unique in `taken` (case-insensitively).

    Keeps the last path part only, drops control and format characters (so no bidi tricks like
    "gpj.exe"), characters Windows forbids, leading/trailing dots and spaces; renames reserved
    device names; caps the UTF-8 length; numbers duplicates "name (2).jpg". Adds the result to `taken`.
    """
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        " " if c.isspace() else c
        for c in name
        if c.isspace() or (c not in _FORBIDDEN and unicodedata.category(c) not in _DROPPED_CATEGORIES)
    )
    name = " ".join(name.split()).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > EXT_MAX_CHARS or not ext.isalnum():
        stem, ext = name, ""
    stem = stem.strip(" .") or fallback
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    ext = ("." + ext.lower()) if ext else ""
    candidate = _fit(stem, ext)
    n = 1
    while candidate.lower() in taken:
        n += 1
        candidate = _fit(stem, f" ({n}){ext}")
    taken.add(candidate.lower())
    return candidate


def _fit(stem: str, tail: str) -> str:
    room = NAME_MAX_BYTES - len(tail.encode())
    encoded = stem.encode()
    if len(encoded) > room:
        stem = encoded[:room].decode(errors="ignore").rstrip(" .") or "file"
    return stem + tail


def prepare(files: list, strip_gps: bool = True) -> list[Evidence]:
    """Turn the page's file items {name, kind, type, data} into Evidence with safe unique names."""
    taken: set[str] = set()
    out = []
    for index, item in enumerate(files or [], 1):
        item = item if isinstance(item, dict) else {}
        data = as_bytes(item.get("data"))
        original = str(item.get("name") or "")
        mime = sniff_mime(data, str(item.get("type") or ""))
        gps = "kept"
        if strip_gps:
            data, gps = exif.strip_gps(data)
        name = safe_name(original, taken, fallback=f"evidence-{index}")
        if "." not in name and mime in _EXTENSIONS:
            taken.discard(name.lower())
            name = safe_name(name + _EXTENSIONS[mime], taken)
        out.append(
            Evidence(
                name=name,
                original_name=original,
                kind=str(item.get("kind") or "other"),
                mime=mime,
                data=data,
                gps=gps,
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
    return out


_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "application/pdf": ".pdf",
}


def ticket(draft: dict, result: dict) -> dict:
    """ticket.json: the draft as typed (still a valid aftersales/draft/1) plus the check result."""
    out = dict(draft) if isinstance(draft, dict) else {}
    out["schema"] = "aftersales/draft/1"
    out["check"] = result
    return out


def json_bytes(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


def build(draft: dict, result: dict, evidence: list[Evidence], today: dt.date) -> bytes:
    """The ZIP as bytes."""
    lang = result.get("lang") or "zh-CN"
    texts = [
        ("ticket.json", json_bytes(ticket(draft, result))),
        ("summary.html", summary.render(draft, result, evidence, today, lang).encode()),
    ]
    entries = [
        (name, data, "application/json" if name.endswith(".json") else "text/html") for name, data in texts
    ]
    records = [_record(name, data, mime) for name, data, mime in entries]
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

    buf = io.BytesIO()
    stamp = (max(today.year, 1980), today.month, today.day, 0, 0, 0)
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, mime in entries:
            _write(zf, name, data, mime, stamp)
        for e in evidence:
            _write(zf, "evidence/" + e.name, e.data, e.mime, stamp)
        _write(zf, "manifest.json", manifest, "application/json", stamp)
        _write(zf, "SHA256SUMS", sums.encode(), "text/plain", stamp)
    return buf.getvalue()


def _record(path: str, data: bytes, mime: str) -> dict:
    return {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "mime": mime}


def _write(zf: zipfile.ZipFile, name: str, data: bytes, mime: str, stamp: tuple) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.create_system = 3  # the default depends on the OS generating it; fix it for reproducibility
    info.external_attr = 0o644 << 16
    stored = mime.startswith(_STORED_MIMES)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zf.writestr(info, data)
