"""Lossless removal of GPS location from JPEG photos, and reading their embedded EXIF thumbnail.

Hand-written on purpose: the pure-Python EXIF libraries (piexif, exif) are not in Pyodide's
distribution, would cost a download and a micropip install in the buyer's browser, and piexif
re-serialises the whole APP1 segment (moving offsets that maker notes depend on). Here only the
bytes of the GPS data inside the APP1 segment change: the segment keeps its length, every other
offset stays valid, and the compressed image data is never touched (no recompression).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

# Outcome of strip_gps, shown per file in the package manifest and summary.
REMOVED = "removed"  # GPS data found and erased
NONE = "none"  # a JPEG without GPS data
NOT_JPEG = "not_jpeg"  # left untouched
UNREADABLE = "unreadable"  # JPEG whose EXIF could not be parsed safely; left untouched

_GPS_POINTER = 0x8825
_THUMB_OFFSET = 0x0201
_THUMB_LENGTH = 0x0202
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
# XMP repeats the location as exif:GPS… attributes or elements; blanking them with spaces keeps
# the XML well-formed and the segment length unchanged.
_XMP_GPS = re.compile(
    rb"""\sexif(?:EX)?:GPS\w*\s*=\s*(?:"[^"]*"|'[^']*')"""
    rb"""|<exif(?:EX)?:(GPS\w*)\b[^>]*?(?:/>|>.*?</exif(?:EX)?:\1\s*>)""",
    re.DOTALL,
)


class _Malformed(Exception):
    pass


class NeedMore(Exception):
    """The metadata runs past the prefix given: call again with a longer prefix of the file."""


@dataclass(frozen=True)
class _Tiff:
    """Bounds-checked reader over the TIFF structure inside an EXIF segment."""

    buf: bytearray
    start: int  # offset of the TIFF header within buf
    end: int
    endian: str

    def u16(self, off: int) -> int:
        return struct.unpack_from(self.endian + "H", self.buf, self._at(off, 2))[0]

    def u32(self, off: int) -> int:
        return struct.unpack_from(self.endian + "I", self.buf, self._at(off, 4))[0]

    def _at(self, off: int, size: int) -> int:
        pos = self.start + off
        if off < 0 or pos + size > self.end:
            raise _Malformed
        return pos

    def zero(self, off: int, size: int) -> None:
        pos = self._at(off, size)
        self.buf[pos : pos + size] = bytes(size)

    def entries(self, ifd: int) -> list[tuple[int, int, int, int]]:
        """(entry offset, tag, type, count) of each entry of the IFD at `ifd`."""
        n = self.u16(ifd)
        self._at(ifd + 2, 12 * n + 4)
        return [
            (e, self.u16(e), self.u16(e + 2), self.u32(e + 4)) for e in (ifd + 2 + 12 * i for i in range(n))
        ]


def _tiff(buf: bytearray, start: int, end: int) -> _Tiff:
    order = bytes(buf[start : start + 2])
    if order not in (b"II", b"MM"):
        raise _Malformed
    tiff = _Tiff(buf, start, end, "<" if order == b"II" else ">")
    if tiff.u16(2) != 42:
        raise _Malformed
    return tiff


def _segments(data: bytes | bytearray, complete: bool = True):
    """(marker, payload start, payload end) for each segment before the image data.

    `complete` False means `data` is only a prefix of the file: running off its end raises NeedMore.
    """
    pos = 2
    n = len(data)
    while True:
        if pos + 4 > n:
            if complete:
                return
            raise NeedMore
        if data[pos] != 0xFF:
            raise _Malformed
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # standalone markers carry no length
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image / start of scan: no more metadata
            return
        length = (data[pos + 2] << 8) | data[pos + 3]
        if length < 2:
            raise _Malformed
        if pos + 2 + length > n:
            if complete:
                raise _Malformed
            raise NeedMore
        yield marker, pos + 4, pos + 2 + length
        pos += 2 + length


def is_jpeg(data: bytes | bytearray | memoryview) -> bool:
    return len(data) >= 3 and data[0] == 0xFF and data[1] == 0xD8 and data[2] == 0xFF


def gps_edits(head: bytes, complete: bool = True) -> tuple[list[tuple[int, bytes]], str]:
    """The byte ranges to overwrite to remove GPS location, as (offset, new bytes), and the status.

    `head` may be a prefix of the file (`complete` False): metadata segments come before the image
    data, so a few hundred kilobytes usually suffice; NeedMore asks for a longer prefix. Overwriting
    never changes the file's length: the GPS IFD and every value it points to become zeros, its
    pointer leaves IFD0, and XMP GPS properties become spaces.
    """
    if not is_jpeg(head):
        return [], NOT_JPEG
    try:
        spans = [(s, e) for m, s, e in _segments(head, complete) if m == 0xE1]
    except _Malformed:
        return [], UNREADABLE
    edits: list[tuple[int, bytes]] = []
    try:
        for s, e in spans:
            prefix = bytes(head[s : s + len(_XMP_HEADER)])
            if prefix.startswith(_EXIF_HEADER):
                seg = bytearray(head[s:e])
                if _erase_gps_ifd(seg, len(_EXIF_HEADER)):
                    edits.append((s, bytes(seg)))
            elif prefix == _XMP_HEADER:
                seg = bytes(head[s:e])
                blanked = _XMP_GPS.sub(lambda m: b" " * len(m.group(0)), seg)
                if blanked != seg:
                    edits.append((s, blanked))
    except _Malformed:
        return [], UNREADABLE
    return edits, (REMOVED if edits else NONE)


def apply(data, edits: list[tuple[int, bytes]]) -> list:
    """`data` as a list of buffers with the edits in place (memoryview slices: nothing copied)."""
    view = memoryview(data)
    parts: list = []
    pos = 0
    for s, seg in sorted(edits):
        parts += [view[pos:s], seg]
        pos = s + len(seg)
    parts.append(view[pos:])
    return parts


def strip_gps(data: bytes) -> tuple[bytes, str]:
    """The whole photo without its GPS location, and the status; `data` itself when nothing changes."""
    edits, status = gps_edits(data)
    if not edits:
        return data, status
    return b"".join(apply(data, edits)), status


def _erase_gps_ifd(seg: bytearray, tiff_start: int) -> bool:
    tiff = _tiff(seg, tiff_start, len(seg))
    ifd0 = tiff.u32(4)
    entries = tiff.entries(ifd0)
    pointer = next((e for e in entries if e[1] == _GPS_POINTER), None)
    if pointer is None:
        return False
    gps_ifd = tiff.u32(pointer[0] + 8)
    # Validate the whole GPS IFD before touching anything, so a malformed one leaves no half edit.
    gps_entries = tiff.entries(gps_ifd)
    spans = []
    for entry, _tag, typ, count in gps_entries:
        size = _TYPE_SIZES.get(typ, 1) * count
        if size > 4:
            off = tiff.u32(entry + 8)
            tiff._at(off, size)
            spans.append((off, size))
    for off, size in spans:
        tiff.zero(off, size)
    tiff.zero(gps_ifd, 2 + 12 * len(gps_entries) + 4)
    # Drop the pointer entry: shift the later entries and the next-IFD offset up by 12 bytes.
    n = len(entries)
    index = entries.index(pointer)
    first = tiff.start + ifd0 + 2
    tail_start = first + 12 * (index + 1)
    tail_end = first + 12 * n + 4
    seg[tail_start - 12 : tail_end - 12] = seg[tail_start:tail_end]
    seg[tail_end - 12 : tail_end] = bytes(12)
    seg[tiff.start + ifd0 : tiff.start + ifd0 + 2] = struct.pack(tiff.endian + "H", n - 1)
    return True


def thumbnail(data: bytes, complete: bool = True) -> bytes | None:
    """The small JPEG preview cameras embed in EXIF (IFD1), or None; `data` may be a prefix.

    Lets the summary show a thumbnail without decoding or resizing a multi-megabyte photo.
    """
    if not is_jpeg(data):
        return None
    try:
        for marker, s, e in _segments(data, complete):
            if marker != 0xE1 or bytes(data[s : s + 6]) != _EXIF_HEADER:
                continue
            seg = bytearray(data[s:e])
            tiff = _tiff(seg, 6, len(seg))
            ifd0 = tiff.u32(4)
            n = tiff.u16(ifd0)
            ifd1 = tiff.u32(ifd0 + 2 + 12 * n)
            if not ifd1:
                return None
            tags = {tag: entry for entry, tag, _typ, _count in tiff.entries(ifd1)}
            if _THUMB_OFFSET not in tags or _THUMB_LENGTH not in tags:
                return None
            off, length = tiff.u32(tags[_THUMB_OFFSET] + 8), tiff.u32(tags[_THUMB_LENGTH] + 8)
            pos = tiff._at(off, length)
            thumb = bytes(seg[pos : pos + length])
            return thumb if is_jpeg(thumb) else None
    except (_Malformed, NeedMore):
        return None
    return None


def has_gps(data: bytes) -> bool:
    """True when a JPEG still carries a GPS IFD pointer or XMP GPS properties (for tests, bench)."""
    if not is_jpeg(data):
        return False
    try:
        for marker, s, e in _segments(data):
            if marker != 0xE1:
                continue
            seg = bytearray(data[s:e])
            if seg.startswith(_EXIF_HEADER):
                tiff = _tiff(seg, 6, len(seg))
                if any(tag == _GPS_POINTER for _e, tag, _t, _c in tiff.entries(tiff.u32(4))):
                    return True
            elif seg.startswith(_XMP_HEADER) and _XMP_GPS.search(seg):
                return True
    except _Malformed:
        return False
    return False
