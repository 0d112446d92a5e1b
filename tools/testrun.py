"""`build.py test`: build, then ruff, the core tests under Pyodide in Node, and pytest (unit + browser).

The steps that do not need each other overlap: the Pyodide core tests need only the wheel, so they run
in Node while the site builds (mostly one core busy); pytest spreads its tests over a few workers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from tools.bootstrap import ensure_browser
from tools.console import say
from tools.layout import ROOT
from tools.site import build_site
from tools.wheel import Wheel

LINT_TARGETS = ("py", "tests", "build.py", "tools", "hooks", "bench")
WORKERS_VARIABLE = "AFTERSALES_TEST_WORKERS"


def lint_targets() -> list[str]:
    return [name for name in LINT_TARGETS if (ROOT / name).exists()]


def pytest_workers() -> int:
    """How many pytest workers: two per core (at most 8), because a browser test keeps about half a core
    busy; the rest of its time it waits on Chromium. AFTERSALES_TEST_WORKERS overrides it (1 runs the
    suite in one process, as plain `pytest` does)."""
    wanted = os.environ.get(WORKERS_VARIABLE, "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(2 * cores, 8)


class CoreTests:
    """The core tests under Pyodide in Node, started as soon as the wheel exists, read when they end."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.problem = ""

    def start(self, wheel: Wheel) -> None:
        node = shutil.which("node")
        if node is None:
            self.problem = "pyodide (node not found)"
            return
        self.process = subprocess.Popen([node, str(ROOT / "tests" / "pyodide" / "run.mjs"), str(wheel.path)],
                                        cwd=ROOT, stdout=self.output, stderr=subprocess.STDOUT)

    def finish(self) -> str:
        """Prints what the tests printed; returns "" when they passed, else what failed."""
        if self.process is None:
            return self.problem or "pyodide (never started)"
        code = self.process.wait()
        self.output.seek(0)
        sys.stdout.write(self.output.read())
        sys.stdout.flush()
        self.output.close()
        return "" if code == 0 else "pyodide"


def test() -> int:
    core = CoreTests()
    failed: list[str] = []
    try:
        build_site(on_wheel=core.start)
        env = {**os.environ, **ensure_browser(), "AFTERSALES_SITE_BUILT": "1"}

        say("ruff check " + " ".join(lint_targets()))
        if subprocess.run([sys.executable, "-m", "ruff", "check", *lint_targets()], cwd=ROOT).returncode != 0:
            failed.append("ruff")

        say("core tests under Pyodide in Node (started with the site build)")
        if problem := core.finish():
            failed.append(problem)
    finally:
        if core.process is not None and core.process.poll() is None:
            core.process.kill()  # the build failed: nobody will read them

    workers = pytest_workers()
    say(f"pytest ({workers} workers)")
    code = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *(["-n", str(workers), "--dist", "worksteal"] if workers > 1 else [])],
                          cwd=ROOT, env=env).returncode
    if code == 5:
        failed.append("pytest (no tests collected)")
    elif code != 0:
        failed.append("pytest")
    if failed:
        print(f"[build.py] FAILED: {', '.join(failed)}", file=sys.stderr, flush=True)
        return 1
    return 0
