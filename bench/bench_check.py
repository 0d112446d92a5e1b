"""How long check() takes for a typical draft and a 5,000-character one, in CPython and (when the
Pyodide runtime from npm is installed) in Pyodide under Node. Reports; asserts nothing.

    .venv/bin/python bench/bench_check.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from test_check import BASE, draft  # noqa: E402

from aftersales import check  # noqa: E402

LONG = draft(problem__description=("11月14日第二次使用时壶底漏水，水从底座接缝处渗出。" * 200)[:5000])


def cpython(runs: int = 300) -> dict[str, float]:
    out = {}
    for name, d in (("typical", BASE), ("5000 chars", LONG)):
        check(d, "2026-11-15")  # warm caches
        start = time.perf_counter()
        for _ in range(runs):
            check(d, "2026-11-15")
        out[name] = (time.perf_counter() - start) / runs * 1000
    return out


def pyodide() -> dict[str, float] | str:
    script = ROOT / "bench" / "bench_check_pyodide.mjs"
    if not (ROOT / "node_modules" / "pyodide").is_dir() or not shutil.which("node"):
        return "skipped: run `python3 build.py build` first (needs node_modules/pyodide)"
    drafts = json.dumps({"typical": BASE, "5000 chars": LONG}, ensure_ascii=False)
    p = subprocess.run(["node", str(script)], input=drafts, capture_output=True, text=True, cwd=ROOT, timeout=600)
    if p.returncode:
        return "failed: " + p.stderr.strip()[-500:]
    return json.loads(p.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print("check() mean time per call (ms); goal ≤ 10 ms for a typical draft")
    for runtime, numbers in (("CPython " + sys.version.split()[0], cpython()), ("Pyodide (Node)", pyodide())):
        if isinstance(numbers, str):
            print(f"  {runtime}: {numbers}")
        else:
            print(f"  {runtime}: " + ", ".join(f"{k} {v:.2f}" for k, v in numbers.items()))
