"""Evidence files as the page hands them over, made ready for the package and the email.

A file may be tens of megabytes and, in the browser, still live in JavaScript memory. Nothing here
copies a whole file: a Source reads byte ranges (a memoryview slice, or a Uint8Array.subarray
through Pyodide), GPS removal is a short list of in-place edits to the metadata at the start of the
file, and hashing and packing stream the file in chunks with those edits applied.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from .. import media
from ..data import vocab
from . import exif

CHUNK = 1 << 20
HEAD = 256 * 1024  # metadata (EXIF, XMP, tables) sits before the image data; a photo's rarely exceeds this
PREVIEW_MAX_BYTES = 150_000  # images larger than this without an EXIF thumbnail get no inline preview
NAME_MAX_BYTES = 120  # keeps evidence/<name> well under every file system's 255-byte limit
EXT_MAX_CHARS = 10
KEPT = "kept"  # GPS status when the buyer chose to keep location data

# Windows refuses these as file names whatever the extension; Linux and macOS accept them.
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", "clock$", "conin$", "conout$"]
    + [f"com{i}" for i in range(10)]
    + [f"lpt{i}" for i in range(10)]
    + ["com¹", "com²", "com³", "lpt¹", "lpt²", "lpt³"]
)
_FORBIDDEN = frozenset('<>:"/\\|?*')
# Hidden characters (bidi overrides that disguise "gpj.exe" among them) and unassigned ones.
_DROPPED_CATEGORIES = media.HIDDEN | {"Cn"}

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/3gpp": ".3gp",
    "application/pdf": ".pdf",
}
_PREVIEW_MIMES = ("image/jpeg", "image/png", "image/gif", "image/webp")


class Source:
    """Byte ranges of one file: a buffer in Python memory or a Pyodide proxy of a JS Uint8Array."""

    def __init__(self, data):
        self._js = None
        self._view = memoryview(b"")
        if isinstance(data, (bytes, bytearray, memoryview)):
            view = memoryview(data)
            self._view = view.cast("B") if view.c_contiguous else memoryview(view.tobytes())
        elif callable(getattr(data, "subarray", None)) and callable(getattr(data, "to_bytes", None)):
            self._js = data  # read through subarray(): the file is never copied whole into Python
        elif callable(getattr(data, "to_bytes", None)):
            self._view = memoryview(data.to_bytes())
        elif data is not None:
            raise TypeError(f"evidence data must be bytes-like, not {type(data).__name__}")
        self.size = int(self._js.length) if self._js is not None else len(self._view)

    def read(self, start: int, end: int):
        end = min(end, self.size)
        if self._js is not None:
            return self._js.subarray(start, end).to_bytes()
        return self._view[start:end]


@dataclass(frozen=True)
class Evidence:
    """One evidence file as it goes into the package and the email."""

    name: str  # safe, unique file name (no folder)
    original_name: str
    kind: str
    mime: str  # sniffed from the bytes where possible, else the browser's type if well-formed
    source: Source
    edits: tuple[tuple[int, bytes], ...]  # GPS removal: (offset, replacement of the same length)
    gps: str  # exif.REMOVED | exif.NONE | exif.NOT_JPEG | exif.UNREADABLE | KEPT
    sha256: str
    preview: bytes | None  # small image for summary.html (EXIF thumbnail or the image itself)

    @property
    def size(self) -> int:
        return self.source.size

    def chunks(self, size: int = CHUNK):
        return _chunks(self.source, self.edits, size)

    def read_all(self) -> bytes:
        return b"".join(self.chunks())


def _chunks(source: Source, edits, size: int = CHUNK):
    """The file with the edits applied, in pieces of at most `size` bytes."""
    for start in range(0, source.size, size):
        end = min(start + size, source.size)
        piece = source.read(start, end)
        touching = [(o, b) for o, b in edits if o < end and o + len(b) > start]
        if touching:
            piece = bytearray(piece)
            for offset, replacement in touching:
                lo, hi = max(offset, start), min(offset + len(replacement), end)
                piece[lo - start : hi - start] = replacement[lo - offset : hi - offset]
        yield piece


def sniff_mime(head: bytes, declared: str = "") -> str:
    """The type the content shows; else the browser's declared type when well-formed."""
    found = media.sniff(head)
    if found:
        return found
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


def _head_edits(source: Source, strip_gps: bool) -> tuple[bytes, bool, list, str]:
    """Read just enough of the start of the file to find its metadata; GPS edits when asked."""
    length = min(HEAD, source.size)
    while True:
        head = bytes(source.read(0, length))
        complete = length == source.size
        if not strip_gps:
            return head, complete, [], KEPT
        try:
            edits, status = exif.gps_edits(head, complete)
            return head, complete, edits, status
        except exif.NeedMore:
            length = min(length * 4, source.size)


def _preview(head: bytes, complete: bool, mime: str) -> bytes | None:
    if mime not in _PREVIEW_MIMES:
        return None
    thumb = exif.thumbnail(head, complete) if mime == "image/jpeg" else None
    if thumb is None and complete and len(head) <= PREVIEW_MAX_BYTES:
        thumb = head
    return thumb


def _kind(value: object) -> str:
    """The page's kind for a file when it is one of ours; anything else (a list, a stray character) is "other"."""
    return value if isinstance(value, str) and value in vocab.values(vocab.EVIDENCE_KINDS) else "other"


def prepare(files: list, strip_gps: bool = True) -> list[Evidence]:
    """Turn the page's file items {name, kind, type, data} into Evidence with safe unique names."""
    taken: set[str] = set()
    out = []
    for index, item in enumerate(files or [], 1):
        item = item if isinstance(item, dict) else {}
        source = Source(item.get("data"))
        head, complete, edits, gps = _head_edits(source, strip_gps)
        mime = sniff_mime(head, str(item.get("type") or ""))
        original = str(item.get("name") or "")
        name = safe_name(original, taken, fallback=f"evidence-{index}")
        if "." not in name and mime in _EXTENSIONS:
            taken.discard(name.lower())
            name = safe_name(name + _EXTENSIONS[mime], taken)
        preview = _preview(head, complete, mime)
        if preview is not None and edits and preview is head:
            preview = b"".join(exif.apply(head, edits))  # a small photo inlined whole: without GPS too
        digest = hashlib.sha256()
        for piece in _chunks(source, edits):
            digest.update(piece)
        out.append(
            Evidence(
                name=name,
                original_name=original,
                kind=_kind(item.get("kind")),
                mime=mime,
                source=source,
                edits=tuple(edits),
                gps=gps,
                sha256=digest.hexdigest(),
                preview=preview,
            )
        )
    return out
