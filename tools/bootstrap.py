"""Makes what the build needs exist: .venv, node_modules (the pinned Pyodide), and a browser for tests.

Stdlib only: it runs under the system python3 before any venv exists.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from tools.chromium import DEBIAN_CHROMIUM as CHROMIUM
from tools.chromium import HEADLESS_SHELL
from tools.console import BuildError, run, say
from tools.fingerprint import sha256_files
from tools.layout import (
    NODE_MODULES,
    NPM_STAMP,
    PACKAGE_LOCK,
    PYODIDE_FILES,
    PYODIDE_VERSION,
    REQUIREMENTS,
    ROOT,
    VENV,
    VENV_PYTHON,
    VENV_STAMP,
)

IN_VENV_FLAG = "AFTERSALES_IN_VENV"
UV_VERSION = "0.13.9"  # installs requirements.txt (install_requirements); bump it like any pin
WQY_FONT_DIR = Path("/usr/share/fonts/truetype/wqy")


def ensure_venv() -> None:
    """Create or refresh .venv when requirements.txt (or the Python that made the venv) changed."""
    wanted = sha256_files([REQUIREMENTS], extra=sys.version)
    if VENV_PYTHON.exists() and VENV_STAMP.exists() and VENV_STAMP.read_text().strip() == wanted:
        return
    if VENV.exists() and venv_python_version() != platform.python_version():
        say(f"{VENV.name} was made by another Python; making it again")
        shutil.rmtree(VENV)
    if not VENV_PYTHON.exists():
        say(f"creating {VENV.name} with Python {sys.version.split()[0]}")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
        if result.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            if not apt_install([f"python3.{sys.version_info.minor}-venv"]):
                raise BuildError("could not create a virtual environment; install the python3-venv package.")
            run([sys.executable, "-m", "venv", str(VENV)])
    install_requirements()
    VENV_STAMP.write_text(wanted + "\n")


def install_requirements() -> None:
    """requirements.txt into .venv with uv (pinned, installed first with pip), else with pip alone.

    Every run of a fresh clone (CI's included) waits for this before anything else can start. uv fetches
    and unpacks the packages side by side: measured on a fresh venv here, 3.4 s to install uv plus 12 s
    for the whole set, against 22-27 s for pip, which asks the index one package at a time. Bytecode is
    compiled at install, as pip does: else the first import compiles it, and jieba's DeprecationWarnings
    at compile time land in pytest's report."""
    pip = [str(VENV_PYTHON), "-m", "pip", "--disable-pip-version-check", "--no-input"]
    say(f"installing pinned Python packages (requirements.txt) with uv {UV_VERSION}")
    try:
        run([*pip, "install", "--quiet", f"uv=={UV_VERSION}"])
        run([str(VENV_PYTHON), "-m", "uv", "pip", "install", "--quiet", "--compile-bytecode", "--python", str(VENV_PYTHON),
             "-r", str(REQUIREMENTS)])
        return
    except subprocess.CalledProcessError:
        say("uv could not install them; trying pip")
    try:
        run([*pip, "install", "--quiet", "-r", str(REQUIREMENTS)])
    except subprocess.CalledProcessError as exc:
        raise BuildError("pip could not install requirements.txt (is PyPI reachable?)") from exc


def venv_python_version() -> str:
    cfg = VENV / "pyvenv.cfg"
    if not cfg.exists():
        return ""
    for line in cfg.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            return value.strip()
    return ""


def start_node_modules() -> subprocess.Popen | None:
    """Starts `npm ci` of the pinned Pyodide when package-lock.json changed since the last install; None
    when nothing is to do. It runs while pip installs (one downloads, the other unpacks), so the caller
    finishes it with finish_node_modules()."""
    wanted = sha256_files([PACKAGE_LOCK, ROOT / "package.json"])
    runtime = NODE_MODULES / "pyodide"
    if NPM_STAMP.exists() and NPM_STAMP.read_text().strip() == wanted and all(
            (runtime / name).exists() for name in PYODIDE_FILES):
        return None
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("npm is needed to fetch the pinned Pyodide runtime; install Node.js and npm "
                         "(on Debian: apt-get install nodejs npm).")
    say(f"installing pinned npm packages (pyodide {PYODIDE_VERSION}) with npm ci")
    return subprocess.Popen([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT)


def finish_node_modules(npm: subprocess.Popen | None) -> None:
    if npm is None:
        return
    if npm.wait() != 0:
        raise BuildError("npm ci failed (is the npm registry reachable?)")
    NPM_STAMP.write_text(sha256_files([PACKAGE_LOCK, ROOT / "package.json"]) + "\n")


def apt_install(packages: list[str]) -> bool:
    """Install Debian packages when we are root on Debian; False when that is not possible."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    say(f"apt-get install {' '.join(packages)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "update", "-q"], env=env).returncode != 0:
        return False
    return subprocess.run(["apt-get", "install", "-y", "-q", *packages],
                          env=env).returncode == 0


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def reexec_in_venv(script: Path, argv: list[str]) -> None:
    """Bootstrap, then run `script argv` again with the venv's Python (returns when already inside)."""
    npm = start_node_modules()
    try:
        ensure_venv()
    except BaseException:
        if npm is not None:
            npm.wait()  # pip's error is the one to show; npm must not go on writing behind it
        raise
    finish_node_modules(npm)
    if in_venv():
        return
    if os.environ.get(IN_VENV_FLAG):
        raise BuildError(f"{VENV_PYTHON} did not start inside {VENV}; delete {VENV.name}/ and run again")
    env = {**os.environ, IN_VENV_FLAG: "1"}
    os.execve(str(VENV_PYTHON), [str(VENV_PYTHON), str(script.resolve()), *argv], env)


def ensure_browser() -> dict[str, str]:
    """Environment for the browser tests: Debian's Chromium, else Playwright's own, else a clear error.
    Debian's headless shell is installed beside it where we can: the tests run on it (tools/chromium.py)."""
    have_fonts = WQY_FONT_DIR.exists()
    have_zbar = shutil.which("zbarimg") is not None  # the QR code tests decode with zbarimg
    wanted = [p for p, missing in (("chromium", not CHROMIUM.exists()),
                                   ("chromium-headless-shell", not HEADLESS_SHELL.exists()),
                                   ("fonts-wqy-microhei", not have_fonts),
                                   ("zbar-tools", not have_zbar)) if missing]
    if not wanted or (apt_install(wanted) and CHROMIUM.exists()):
        return {}
    if CHROMIUM.exists():
        if not WQY_FONT_DIR.exists():
            say("warning: fonts-wqy-microhei is missing; Chinese text in screenshots will show boxes")
        return {}
    say("Debian chromium unavailable; trying Playwright's browser download")
    if subprocess.run([sys.executable, "-m", "playwright", "install", "chromium"]).returncode == 0:
        return {"AFTERSALES_CHROMIUM": "playwright"}
    raise BuildError("no browser for the browser tests: install Chromium (Debian: apt-get install chromium "
                     "fonts-wqy-microhei) or let `python -m playwright install chromium` download one.")
