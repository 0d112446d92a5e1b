"""The aftersales wheel the checker page installs in Pyodide: reproducible, cached by its inputs."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tools.console import run, say
from tools.fingerprint import sha256_files, tree_files
from tools.layout import ROOT, WORK


@dataclass
class Wheel:
    path: Path
    digest: str

    @property
    def site_path(self) -> str:
        """Site-relative URL: the content hash is a folder, so the file keeps its valid wheel name."""
        return f"assets/py/{self.digest}/{self.path.name}"


def build_wheel() -> Wheel:
    """A pure-Python wheel of py/aftersales with fixed timestamps, rebuilt only when a source changed."""
    from importlib.metadata import version

    sources = tree_files(("py/aftersales", "pyproject.toml"))
    key = sha256_files(sources, extra=version("setuptools"))[:16]
    out = WORK / "wheel" / key
    found = sorted(out.glob("aftersales-*.whl")) if out.exists() else []
    if not found:
        say("building the aftersales wheel")
        shutil.rmtree(WORK / "wheel", ignore_errors=True)
        out.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as tmp:
            # Build from a copy so setuptools leaves no build/ or egg-info in the work tree.
            shutil.copy2(ROOT / "pyproject.toml", tmp)
            shutil.copytree(ROOT / "py" / "aftersales", Path(tmp) / "py" / "aftersales",
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            env = {**os.environ, "SOURCE_DATE_EPOCH": "315532800"}
            run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                 "--disable-pip-version-check", "-w", str(out), tmp], env=env, cwd=tmp)
        found = sorted(out.glob("aftersales-*.whl"))
    wheel = found[0]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()[:12]
    return Wheel(wheel, digest)
