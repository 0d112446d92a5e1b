"""Time to an interactive checker form and to the first findings, cold and warm, in headless Chromium.

    .venv/bin/python bench/bench_checker.py [--runs 3] [--path checker/]

Cold = a fresh browser context (empty HTTP cache); warm = the same context loading the page again.
Times are milliseconds from navigation start (performance.now() in the page):
  form        the form is parsed and usable (DOMContentLoaded: it works before any script runs)
  mounted     checker/main.js has restored the draft and wired the live check
  ready       the Python runtime in the worker is ready (data-state=ready)
  findings    the first check result is on screen
Reported, never asserted (HOUSE rule 6). Run `python3 build.py build` first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import chromium  # noqa: E402 - stdlib-only modules at the repo root
from tools.layout import SITE  # noqa: E402
from tools.server import make_server  # noqa: E402

# Records when each milestone happens, inside the page, so polling latency does not count.
PROBE = """
(() => {
  const marks = (window.__bench = {});
  const mark = (k) => { if (!(k in marks)) marks[k] = performance.now(); };
  document.addEventListener('DOMContentLoaded', () => mark('form'));
  new MutationObserver(() => {
    const root = document.getElementById('aftersales-checker');
    if (!root) return;
    if (root.dataset.mounted) mark('mounted');
    if (root.dataset.state === 'ready') mark('ready');
    const counts = root.querySelector('[data-role=counts]');
    if (counts && !counts.hidden) mark('findings');
  }).observe(document, {subtree: true, childList: true, attributes: true});
})();
"""
MILESTONES = ("form", "mounted", "ready", "findings")


def load(page, url: str) -> dict[str, float]:
    page.goto(url)
    page.wait_for_function("() => window.__bench && 'findings' in window.__bench", timeout=180_000)
    return {k: round(v) for k, v in page.evaluate("window.__bench").items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--path", default="checker/")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    server = make_server("127.0.0.1", 0, SITE, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = server.url + args.path
    cold: list[dict] = []
    warm: list[dict] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium.executable(), args=chromium.ARGS, headless=True)
            for _ in range(args.runs):
                context = browser.new_context(service_workers="block")
                context.add_init_script(PROBE)
                page = context.new_page()
                cold.append(load(page, url))
                page.evaluate("localStorage.clear()")
                warm.append(load(page, url))
                context.close()
            browser.close()
    finally:
        server.shutdown()

    def median(rows: list[dict], key: str) -> int:
        return round(statistics.median(r[key] for r in rows))

    report = {
        "path": args.path,
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "median_ms": {kind: {k: median(rows, k) for k in MILESTONES} for kind, rows in (("cold", cold), ("warm", warm))},
        "cold": cold,
        "warm": warm,
    }
    print(f"checker page {args.path}: median of {args.runs} runs, ms from navigation start")
    print(f"{'':6}" + "".join(f"{k:>10}" for k in MILESTONES))
    for kind in ("cold", "warm"):
        print(f"{kind:6}" + "".join(f"{report['median_ms'][kind][k]:>10}" for k in MILESTONES))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
