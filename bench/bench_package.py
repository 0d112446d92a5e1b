"""Time and peak memory to build the ZIP package for 9 photos of 5 MB each (synthetic JPEGs with an
EXIF GPS block, so GPS removal runs too), in CPython and, when node_modules/pyodide is installed,
in Pyodide under Node the way the page's worker calls it. Goal: ≤ 3 s, peak ≤ 2.5 × the evidence.
Reports; asserts nothing.

    .venv/bin/python bench/bench_package.py [--photos 9] [--mb 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from test_outputs import DRAFT, TODAY, make_jpeg  # noqa: E402

from aftersales import outputs  # noqa: E402


def photos(count: int, mb: float) -> list[dict]:
    size = int(mb * 1024 * 1024)
    return [
        {
            "name": f"IMG_{i:04d}.jpg",
            "kind": "photo",
            "type": "image/jpeg",
            "data": make_jpeg(pad=size - 600, seed=i),
        }
        for i in range(count)
    ]


def cpython(count: int, mb: float) -> dict:
    files = photos(count, mb)
    evidence = sum(len(f["data"]) for f in files)
    draft_json = json.dumps(DRAFT, ensure_ascii=False)
    outputs.make_output("zip", draft_json, TODAY.isoformat(), files[:1], "{}")  # warm imports
    times = []
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        out = outputs.make_output("zip", draft_json, TODAY.isoformat(), files, "{}")
        times.append(time.perf_counter() - start)
        size = len(out["data"])
        del out
    gc.collect()
    tracemalloc.start()
    out = outputs.make_output("zip", draft_json, TODAY.isoformat(), files, "{}")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del out
    return {
        "evidence_mb": evidence / 2**20,
        "zip_mb": size / 2**20,
        "seconds": min(times),
        "peak_new_mb": peak / 2**20,
        "peak_total_x": (evidence + peak) / evidence,
    }


def pyodide(count: int, mb: float, depth: int) -> dict | str:
    script = ROOT / "bench" / "bench_package_pyodide.mjs"
    if not (ROOT / "node_modules" / "pyodide").is_dir() or not shutil.which("node"):
        return "skipped: run `python3 build.py build` first (needs node_modules/pyodide)"
    p = subprocess.run(
        ["node", str(script), str(count), str(mb), str(depth)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    if p.returncode:
        return "failed: " + p.stderr.strip()[-800:]
    return json.loads(p.stdout.strip().splitlines()[-1])


def report(name: str, r: dict | str) -> None:
    if isinstance(r, str):
        print(f"  {name}: {r}")
        return
    print(
        f"  {name}: {r['seconds']:.2f} s for {r['evidence_mb']:.1f} MB of photos → {r['zip_mb']:.1f} MB ZIP; "
        f"peak {r['peak_total_x']:.2f}× the evidence ({r['peak_new_mb']:.1f} MB allocated by Python while building)"
    )
    for key in ("wasm_heap_growth_mb", "zip_is_js", "note"):
        if key in r:
            print(f"    {key}: {r[key]}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=9)
    ap.add_argument("--mb", type=float, default=5)
    args = ap.parse_args()
    print(f"ZIP package for {args.photos} photos × {args.mb} MB (goal ≤ 3 s, peak ≤ 2.5× evidence)")
    report("CPython " + sys.version.split()[0], cpython(args.photos, args.mb))
    report("Pyodide (Node), files left in JS as the worker passes them (toPy depth 2)",
           pyodide(args.photos, args.mb, 2))
    report("Pyodide (Node), for comparison: files copied as memoryviews (toPy depth -1)",
           pyodide(args.photos, args.mb, -1))
