"""How long the checker page takes to become ready (data-state=ready) in headless Chromium, served by
tools/server.py's production-like server: cold (empty browser cache) and warm (a second visit, runtime from
the HTTP cache), optionally on an emulated mobile link. Reports; asserts nothing.

    .venv/bin/python bench/bench_runtime.py [--runs 3] [--slow]      (after `python3 build.py build`)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import chromium  # noqa: E402
from tools.layout import SITE  # noqa: E402 - stdlib-only modules at the repo root
from tools.server import SiteServer, make_server  # noqa: E402

READY = "document.querySelector('#aftersales-checker')?.dataset.state === 'ready'"
# Roughly a good 4G phone link: 9 Mbit/s down, 85 ms latency.
MOBILE = {"offline": False, "latency": 85, "downloadThroughput": 9_000_000 / 8, "uploadThroughput": 1_500_000 / 8}


def prime(server: SiteServer) -> None:
    """Let the server compress the big files once, as a CDN would have them already compressed."""
    for path in ("pyodide/v314.0.7/pyodide.asm.wasm", "pyodide/v314.0.7/python_stdlib.zip",
                 "pyodide/v314.0.7/pyodide.asm.mjs", "pyodide/v314.0.7/pyodide-lock.json"):
        request = urllib.request.Request(server.url + path, headers={"Accept-Encoding": "br"})
        with urllib.request.urlopen(request) as response:
            response.read()


def visit(page, url: str, emulate: dict | None) -> dict:
    transferred = []
    page.on("requestfinished", lambda r: transferred.append(r.sizes()["responseBodySize"]))
    if emulate:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", emulate)
    page.goto(url)
    page.wait_for_function(READY, timeout=300_000)
    ready_ms = page.evaluate("performance.now()")
    marks = page.evaluate("performance.getEntriesByType('mark').filter(m => m.name.startsWith('aftersales:'))"
                          ".map(m => [m.name.slice(11), Math.round(m.startTime)])")
    transferred_kb = round(sum(size for size in transferred if size > 0) / 1024)
    return {"ready_ms": round(ready_ms), "transferred_kb": transferred_kb, "stages_ms": dict(marks)}


def measure(browser, url: str, runs: int, emulate: dict | None) -> dict[str, list[dict]]:
    cold, warm = [], []
    for _ in range(runs):
        context = browser.new_context(service_workers="block")
        cold.append(visit(context.new_page(), url, emulate))
        warm.append(visit(context.new_page(), url, emulate))
        context.close()
    return {"cold": cold, "warm": warm}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slow", action="store_true", help="also emulate a 4G mobile link")
    args = parser.parse_args()
    if not (SITE / "checker" / "index.html").exists():
        print("site/ is not built: run `python3 build.py build` first", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    server = make_server(quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    prime(server)
    report = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium.executable(), args=chromium.ARGS)
        report["loopback"] = measure(browser, server.url + "checker/", args.runs, None)
        if args.slow:
            report["4g"] = measure(browser, server.url + "checker/", args.runs, MOBILE)
        browser.close()
    server.shutdown()
    for link, result in report.items():
        for kind, visits in result.items():
            times = [v["ready_ms"] for v in visits]
            print(f"{link:9} {kind:5} ready: median {statistics.median(times):6.0f} ms  "
                  f"(runs {', '.join(map(str, times))})  transferred ~{visits[0]['transferred_kb']} KiB  "
                  f"stages (first run, ms since navigation): {visits[0]['stages_ms']}")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
