"""Builds site/: the holiday table, the wheel, both mkdocs editions, the vendored runtime, segno's
wheel and the widgets' scripts, the third-party scrub, the security policy and host headers, the
precompressed copies; built beside site/ and swapped in whole."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tools.console import BuildError, say
from tools.csp import apply_policy
from tools.fingerprint import sha256_files, tree_files
from tools.headers import HEADERS_FILE, host_headers_text
from tools.holidays import write_holidays
from tools.layout import (
    APP_PREFIX,
    MANIFEST,
    NODE_MODULES,
    PACKAGE_LOCK,
    PYODIDE_FILES,
    REQUIREMENTS,
    ROOT,
    RUNTIME_PATH,
    SITE,
    SITE_INPUTS,
    SITE_STAMP,
    WORK,
)
from tools.offline import write_offline
from tools.precompress import precompress, warm
from tools.scrub import scrub_third_party
from tools.snapshot import Snapshot, build_snapshot
from tools.vendor import copy_into, site_paths, vendor_wheels
from tools.wheel import Wheel, build_wheel

WIDGET_SUFFIXES = (".js", ".mjs", ".css")
# Each widget's scripts and styles, flat in its folder under the app folder (a module may sit in
# widgets/checker/). The merchants page's modules import the checker's as ../checker/….
WIDGET_DIRS = {"widgets": "checker", "widgets/checker": "checker", "widgets/merchants": "merchants"}


def widget_files() -> list[tuple[Path, str]]:
    """(source, path inside the app folder) for every widget script and style."""
    return [(path, f"{name}/{path.name}") for folder, name in WIDGET_DIRS.items()
            for path in sorted((ROOT / folder).glob("*")) if path.is_file() and path.suffix in WIDGET_SUFFIXES]


def app_path() -> str:
    """The app folder, assets/app/<digest of its files>/: a returning visitor's browser and service worker
    keep its modules without asking again (immutable, cache-first), and a deploy that changes one file
    is a new folder, never a mix of old and new modules."""
    digest = hashlib.sha256()
    for source, target in widget_files():
        digest.update(target.encode() + b"\0" + source.read_bytes() + b"\0")
    return f"{APP_PREFIX}{digest.hexdigest()[:12]}/"


def mkdocs_build(builds: dict[str, Path]) -> None:
    """Runs `mkdocs build --strict` for each {config: site_dir} side by side: each edition is its own
    process, mostly on one core, and nothing in one reads the other's output."""
    say("mkdocs build --strict -f " + " and -f ".join(builds))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    running = {config: subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config,
                                         "-d", str(site_dir)], cwd=ROOT, env=env)
               for config, site_dir in builds.items()}
    failed = [config for config, process in running.items() if process.wait() != 0]
    if failed:
        raise BuildError(f"mkdocs build --strict -f {' and -f '.join(failed)} failed (see the messages above)")


def vendor_into_site(site: Path, wheel: Wheel, extras: list[Path], snapshot: Snapshot, app: str) -> None:
    runtime_dir = site / RUNTIME_PATH
    runtime_dir.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(NODE_MODULES / "pyodide" / name, runtime_dir / name)
    wheel_target = site / wheel.site_path
    wheel_target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(wheel.path, wheel_target)
    copy_into(site, extras)
    snapshot_target = site / snapshot.site_path
    snapshot_target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(snapshot.path, snapshot_target)
    shutil.copy2(snapshot.stdlib, site / snapshot.stdlib_site_path)
    for source, target in widget_files():
        (site / app / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, site / app / target)


def build_site(force: bool = False, on_wheel: Callable[[Wheel], None] | None = None) -> Wheel:
    """Builds site/ when an input changed. `on_wheel` is handed the wheel as soon as it exists, so a
    caller can start what needs only the wheel while the rest builds."""
    WORK.mkdir(exist_ok=True)
    with open(WORK / ".lock", "w") as lock:
        # One build at a time in this work tree (a test run and a `serve` may start together).
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _build_site(force, on_wheel)


def _build_site(force: bool, on_wheel: Callable[[Wheel], None] | None) -> Wheel:
    started = time.monotonic()
    write_holidays()
    wheel = build_wheel()
    if on_wheel is not None:
        on_wheel(wheel)
    # The runtime's compressed copies are made while Node makes the snapshot and mkdocs builds.
    warming = warm([NODE_MODULES / "pyodide" / name for name in PYODIDE_FILES])
    extras = vendor_wheels()
    snapshot = build_snapshot(wheel, extras)
    stamp = sha256_files(tree_files(SITE_INPUTS) + [REQUIREMENTS, PACKAGE_LOCK], extra=wheel.digest + snapshot.digest)
    if not force and SITE_STAMP.exists() and SITE_STAMP.read_text().strip() == stamp \
            and (SITE / "index.html").exists() and (SITE / "en").is_dir():
        warming.join()
        say(f"site/ is up to date ({time.monotonic() - started:.1f}s)")
        return wheel
    SITE_STAMP.unlink(missing_ok=True)
    app = app_path()
    MANIFEST.write_text(json.dumps({"app": app, "wheel": wheel.site_path, "runtime": RUNTIME_PATH,
                                    "stdlib": snapshot.stdlib_site_path,
                                    "vendor": site_paths(extras), "snapshot": snapshot.site_path},
                                   indent=2) + "\n")
    # Build beside site/ and swap it in at the end, so a running server never sees a half-built site.
    stage, english = WORK / "site-next", WORK / "site-next-en"
    for folder in (stage, english):
        shutil.rmtree(folder, ignore_errors=True)
    mkdocs_build({"mkdocs.yml": stage, "mkdocs.en.yml": english})  # apart: each cleans its own folder
    english.rename(stage / "en")
    vendor_into_site(stage, wheel, extras, snapshot, app)
    scrub_third_party(stage)
    policy = apply_policy(stage)
    (stage / HEADERS_FILE).write_text(host_headers_text(policy.header_value), encoding="utf-8")
    write_offline(stage)  # its build id is the digest of the finished files
    warming.join()
    precompress(stage)  # last: it copies what the steps above wrote
    old = WORK / "site-old"
    shutil.rmtree(old, ignore_errors=True)
    if SITE.exists():
        SITE.rename(old)
    stage.rename(SITE)
    shutil.rmtree(old, ignore_errors=True)
    SITE_STAMP.write_text(stamp + "\n")
    say(f"built site/ in {time.monotonic() - started:.1f}s")
    return wheel
