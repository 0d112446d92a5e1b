"""Files and typed text as the package meets them: what a file is by its content, how big it is in
words a buyer reads, and text with its hidden characters removed. Each decided once, here."""

from __future__ import annotations

import unicodedata

# File signatures of what merchants can open (and ZIP, which they cannot), judged by content, not name.
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG", "image/png"),
    (b"GIF8", "image/gif"),
    (b"%PDF", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"PK\x03\x04", "application/zip"),
)
# ISO base media (….ftyp<brand>): the brand says which; an unknown brand is most likely an MP4.
_FTYP = {b"heic": "image/heic", b"heix": "image/heic", b"mif1": "image/heic", b"msf1": "image/heic",
         b"avif": "image/avif", b"qt  ": "video/quicktime", b"m4v ": "video/mp4", b"3gp": "video/3gpp"}
# What a merchant can open: the evidence check refuses anything else.
OPENABLE = ("image/", "video/", "application/pdf", "text/plain")


def sniff(head: bytes) -> str | None:
    """The media type a file's first bytes show, or None when they match no known signature."""
    head = bytes(head[:16])
    for magic, mime in _SIGNATURES:
        if head.startswith(magic):
            return mime
    if head.startswith(b"BM") and head[6:10] == bytes(4):  # two letters alone would match text
        return "image/bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return next((v for k, v in _FTYP.items() if brand.startswith(k)), "video/mp4")
    return None


# What a browser draws as a picture and nothing else: the only files the page may show as a thumbnail
# (an SVG or an HTML file behind an image's name could run script if its blob were opened as a page).
RASTER = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp"})


def raster(head: bytes) -> str:
    """The raster image type the first bytes show, or "" for anything else."""
    mime = sniff(head)
    return mime if mime in RASTER else ""


def looks_like_text(head: bytes) -> bool:
    """UTF-8 without control bytes below tab: a note or a log a merchant can read."""
    try:
        bytes(head).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return bool(head) and all(b >= 0x09 for b in head)


def openable(head: bytes) -> bool:
    mime = sniff(head) or ("text/plain" if looks_like_text(head) else "")
    return bool(mime) and mime.startswith(OPENABLE)


def from_hex(magic: str) -> bytes:
    """The bytes a hex string (as the page sends a file's first bytes) stands for; b"" when it is not hex."""
    try:
        return bytes.fromhex(magic[: len(magic) // 2 * 2])
    except ValueError:
        return b""


def megabytes(n: int) -> str:
    """Whole megabytes, as limits are stated: "50 MB"."""
    return f"{n / 1024 / 1024:.0f} MB"


def size(n: int) -> str:
    """A file's size as a list shows it: "512 B", "3.4 KB", "12.0 MB"."""
    if n < 1024:
        return f"{n:.0f} B"
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


# Control, format (bidi overrides, zero-width characters), surrogate and private-use characters:
# invisible in a form, yet able to reorder a line, break a header or disguise a file name.
HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co"})
_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}


def visible(text: str, keep: str = "") -> str:
    """`text` without hidden characters (those in `keep` stay)."""
    if text.isprintable():
        return text
    return "".join(c for c in text if c in keep or unicodedata.category(c) not in HIDDEN)


def clean_text(text: str, multiline: bool = False) -> str:
    """Typed text as it is kept: hidden characters gone, tabs as spaces; one line with runs of space
    collapsed, or (multiline) each line trimmed."""
    for old, new in _BREAKS.items():
        text = text.replace(old, new)
    if multiline:
        return "\n".join(visible(line.replace("\t", " ")).strip() for line in text.split("\n")).strip()
    return " ".join(visible(text.replace("\n", " ").replace("\t", " ")).split())


def one_line(value: object) -> str:
    """Any value as one clean line of text ("" for what is not text or a number)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return clean_text(str(value))
