"""Makes the site work offline and installable: the service worker (widgets/offline/sw.js with this
build's id and file list filled in), its registration script, and the app icons, all at the site root
(one worker for both editions). Runs last, on the finished files: the build id is their digest, so
any change to any page or the runtime is a new cache, never a mix of old and new."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from tools.icons import write_icons
from tools.layout import IMMUTABLE_PREFIXES, PAGE_RUNTIME_FILES, PYODIDE_STDLIB, ROOT, RUNTIME_PATH

SOURCES = ROOT / "widgets" / "offline"
WORKER = "sw.js"
REGISTRATION = "offline.js"
# Not kept by the worker: host files, precompressed twins (the browser asks for the plain URL), the
# runtime (kept once the checker asks, see sw.js) and the snapshot (kept by the checker's worker).
SKIP_NAMES = {"_headers", WORKER}
SKIP_SUFFIXES = (".br", ".gz")
SKIP_PREFIXES = (RUNTIME_PATH, "assets/py/")


def page_paths(site: Path) -> list[str]:
    paths = []
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if not path.is_file() or path.name in SKIP_NAMES or rel.endswith(SKIP_SUFFIXES) \
                or rel.startswith(SKIP_PREFIXES):
            continue
        # Pages are asked for by their folder's URL (use_directory_urls).
        paths.append(rel[: -len("index.html")] or "./" if rel.endswith("index.html") else rel)
    return paths


def runtime_paths(site: Path) -> list[str]:
    """What the checker needs offline: the Pyodide files the pages load, our standard library (beside the
    snapshot, tools/snapshot.py) and the wheels."""
    ours = sorted(p.relative_to(site).as_posix() for pattern in ("*/*.whl", f"*/{PYODIDE_STDLIB}")
                  for p in (site / "assets" / "py").glob(pattern))
    return [RUNTIME_PATH + name for name in PAGE_RUNTIME_FILES] + ours


def build_id(site: Path, paths: list[str]) -> str:
    digest = hashlib.sha256()
    for rel in paths:
        file = site / (rel + "index.html" if rel.endswith("/") else rel)
        digest.update(rel.encode() + b"\0" + (file.read_bytes() if file.is_file() else b"") + b"\0")
    return digest.hexdigest()[:16]


def write_offline(site: Path) -> str:
    """Writes sw.js, offline.js and icons/ into site/; returns the build id."""
    write_icons(site / "icons")
    shutil.copy2(SOURCES / REGISTRATION, site / REGISTRATION)
    pages = page_paths(site)
    runtime = runtime_paths(site)
    build = build_id(site, pages + runtime)
    worker = (SOURCES / WORKER).read_text(encoding="utf-8")
    worker = worker.replace('"__BUILD__"', json.dumps(build)).replace("__PAGES__", json.dumps(pages)) \
        .replace("__RUNTIME__", json.dumps(runtime)).replace("__VERSIONED__", json.dumps(IMMUTABLE_PREFIXES))
    (site / WORKER).write_text(worker, encoding="utf-8")
    return build
