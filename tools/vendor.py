"""Wheels of other pure-Python packages the site serves to Pyodide: segno, so the merchants page can
draw QR codes. The pin is requirements.txt's (the same segno the unit tests use); the wheel is fetched
once with pip and kept in build/vendor/."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tools.console import BuildError, run, say
from tools.layout import REQUIREMENTS, WORK

VENDORED = ("segno",)
SITE_FOLDER = "assets/py/vendor"


def _pin(name: str) -> str:
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        if line.split("==")[0].strip().lower() == name:
            return line.split("#")[0].strip()
    raise BuildError(f"{name} is not pinned in {REQUIREMENTS.name}; the merchants page needs its wheel")


def vendor_wheels() -> list[Path]:
    """The pinned wheel of each VENDORED package, downloaded only when missing."""
    out = WORK / "vendor"
    wheels = []
    for name in VENDORED:
        pin = _pin(name)
        pattern = f"{name}-{pin.split('==')[1]}-py3-none-any.whl"
        found = sorted(out.glob(pattern))
        if not found:
            say(f"downloading the {pin} wheel for the browser")
            for old in out.glob(f"{name}-*.whl"):
                old.unlink()
            run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                 "--disable-pip-version-check", pin, "-d", str(out)])
            found = sorted(out.glob(pattern))
        if not found:
            raise BuildError(f"pip did not download a pure-Python wheel of {pin}")
        wheels.append(found[0])
    return wheels


def site_paths(wheels: list[Path]) -> list[str]:
    """Where the wheels sit in the site, relative to its root (build/manifest.json lists them)."""
    return [f"{SITE_FOLDER}/{w.name}" for w in wheels]


def copy_into(site: Path, wheels: list[Path]) -> None:
    target = site / SITE_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for wheel in wheels:
        shutil.copy2(wheel, target / wheel.name)
