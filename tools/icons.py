"""The app icons (PNG), drawn here with the standard library: the header's teal with a white tick."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

TEAL = (0x00, 0x69, 0x5C)
WHITE = (0xFF, 0xFF, 0xFF)
SIZES = (192, 512)
# The tick as two strokes in a unit square, inside the maskable icon's safe zone (the middle 80 %).
TICK = (((0.28, 0.52), (0.44, 0.68)), ((0.44, 0.68), (0.74, 0.34)))
STROKE = 0.07


def _near_tick(x: float, y: float) -> bool:
    for (ax, ay), (bx, by) in TICK:
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= STROKE * STROKE:
            return True
    return False


def png(size: int) -> bytes:
    rows = bytearray()
    for j in range(size):
        rows.append(0)  # filter: none
        for i in range(size):
            rows.extend(WHITE if _near_tick((i + 0.5) / size, (j + 0.5) / size) else TEAL)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) \
        + chunk(b"IEND", b"")


def write_icons(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = folder / f"icon-{size}.png"
        path.write_bytes(png(size))
        written.append(path)
    return written
