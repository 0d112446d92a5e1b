"""`build.py test`: build, then ruff, the core tests under Pyodide in Node, and pytest (unit + browser)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tools.bootstrap import ensure_browser
from tools.console import say
from tools.layout import ROOT
from tools.site import build_site

LINT_TARGETS = ("py", "tests", "build.py", "tools", "hooks", "bench")


def lint_targets() -> list[str]:
    return [name for name in LINT_TARGETS if (ROOT / name).exists()]


def test() -> int:
    wheel = build_site()
    env = {**os.environ, **ensure_browser(), "AFTERSALES_SITE_BUILT": "1"}
    failed: list[str] = []

    say("ruff check " + " ".join(lint_targets()))
    if subprocess.run([sys.executable, "-m", "ruff", "check", *lint_targets()], cwd=ROOT).returncode != 0:
        failed.append("ruff")

    say("core tests under Pyodide in Node")
    node = shutil.which("node")
    if node is None:
        failed.append("pyodide (node not found)")
    elif subprocess.run([node, str(ROOT / "tests" / "pyodide" / "run.mjs"), str(wheel.path)],
                        cwd=ROOT).returncode != 0:
        failed.append("pyodide")

    say("pytest")
    code = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=ROOT, env=env).returncode
    if code == 5:
        failed.append("pytest (no tests collected)")
    elif code != 0:
        failed.append("pytest")
    if failed:
        print(f"[build.py] FAILED: {', '.join(failed)}", file=sys.stderr, flush=True)
        return 1
    return 0
