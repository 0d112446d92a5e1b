"""Writes .br and .gz copies beside site/'s compressible files (issue 11), so hosts (nginx gzip_static
and brotli_static, tools/server.py) send them without compressing on every request.

A copy is written only where it saves at least MIN_SAVING: Pyodide's stdlib and our wheel are zip
archives already (gzip saves about 2 % there), so they ship as they are. Compressed bytes are cached
in build/ by content, so the 9 MB runtime is compressed once, not on every build.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tools.console import say
from tools.layout import WORK

SUFFIXES = (".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".xml", ".txt", ".map", ".webmanifest",
            ".zip", ".whl")
MIN_SAVING = 0.05
# Brotli's best quality takes minutes on the 9 MB runtime (2.74 MB, against 3.13 MB at 9 in ~25 s):
# large files get quality 9 with a 16 MB window so a fresh build stays quick.
LARGE = 1_000_000
CACHE = WORK / "compressed-1"  # bump when the settings above change
ENCODINGS = {"br": ".br", "gzip": ".gz"}


def _compress(raw: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return gzip.compress(raw, compresslevel=9, mtime=0)
    import brotli  # in the venv (requirements.txt)

    if len(raw) > LARGE:
        return brotli.compress(raw, quality=9, lgwin=24)
    return brotli.compress(raw, quality=11)


def brotli_available() -> bool:
    try:
        import brotli  # noqa: F401
    except ImportError:
        return False
    return True


def _encodings() -> list[str]:
    return [e for e in ENCODINGS if e != "br" or brotli_available()]


def _cached(raw: bytes, encoding: str, cache: Path) -> Path:
    """The compressed copy of `raw` in the cache, made when missing."""
    cached = cache / f"{hashlib.sha256(raw).hexdigest()}{ENCODINGS[encoding]}"
    if not cached.exists():
        tmp = cached.with_suffix(f".{threading.get_ident()}.tmp")
        tmp.write_bytes(_compress(raw, encoding))
        tmp.replace(cached)
    return cached


def warm(files: list[Path], cache: Path = CACHE) -> threading.Thread:
    """Compresses files the site will hold unchanged (the runtime) into the cache on a thread of their
    own, while the build waits on Node and mkdocs; join it before precompress(). In a fresh clone this
    hides most of the runtime's ten seconds of brotli."""
    def work() -> None:
        cache.mkdir(parents=True, exist_ok=True)
        for path in files:
            if path.suffix in SUFFIXES:
                raw = path.read_bytes()
                for encoding in _encodings():
                    _cached(raw, encoding, cache)

    thread = threading.Thread(target=work, name="precompress-warm", daemon=True)
    thread.start()
    return thread


def precompress(site: Path, cache: Path = CACHE) -> dict[str, int]:
    """Writes the copies and returns the bytes written per encoding (for the build's report)."""
    encodings = _encodings()
    if "br" not in encodings:
        say("brotli is not installed: writing .gz copies only")
    cache.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    written = dict.fromkeys(encodings, 0)
    def one(path: Path) -> list[tuple[str, Path, int]]:
        raw = path.read_bytes()
        return [(encoding, _cached(raw, encoding, cache), len(raw)) for encoding in encodings]

    files = sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    # zlib and brotli let go of the GIL while they compress: a thread per core shares the work.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for path, copies in zip(files, pool.map(one, files), strict=True):
            for encoding, cached, raw_size in copies:
                used.add(cached.name)
                size = cached.stat().st_size
                if size <= raw_size * (1 - MIN_SAVING):
                    shutil.copyfile(cached, path.with_name(path.name + ENCODINGS[encoding]))
                    written[encoding] += size
    for stale in cache.iterdir():
        if stale.name not in used:
            stale.unlink()
    return written
