"""`python3 build.py bench`: how long until the checker can check (data-state="ready"), ours against a
bare page that only starts the same Pyodide in a module worker, in one run, in headless Chromium on the
production-like server (tools/server.py). Reports; asserts nothing.

Cases: a cold first visit (empty browser), a warm visit (the same browser again: HTTP cache, service
worker, kept snapshot), and a first visit at 10 Mbit/s with 40 ms RTT (CDP network emulation); each
also with the CPU throttled 4x (CDP Emulation.setCPUThrottlingRate). Time is from navigation to the
"aftersales:ready" User Timing mark; bytes are response bodies as transferred (compressed) until then.
Each run also records ours's start-up steps (the page's and the worker's User Timing marks, and when
the runtime's files arrived), and the summary gives their medians per case: where the time goes.
Prints the table, writes it with the raw runs to bench/results/start-<time>.json, and the table and
the steps to bench/RESULTS.md.

    python3 build.py bench [--runs 3]
    .venv/bin/python bench/bench_start.py --runs 2 --only cold1,warm1   (some cases; RESULTS.md untouched)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import chromium  # noqa: E402
from tools.layout import RUNTIME_PATH, SITE  # noqa: E402 - stdlib-only modules at the repo root
from tools.server import make_server  # noqa: E402

SLOW = {"offline": False, "latency": 40, "downloadThroughput": 10_000_000 / 8, "uploadThroughput": 10_000_000 / 8}
DONE = "#aftersales-checker[data-state=ready], #aftersales-checker[data-state=error]"
# Where the time went: the page's and the worker's User Timing marks, and when the big or blocking files
# finished arriving (Resource Timing), in ms from navigation.
STAGES = """(() => {
  const at = {};
  for (const m of performance.getEntriesByType("mark")) at[m.name.replace("aftersales:", "")] = Math.round(m.startTime);
  const nav = performance.getEntriesByType("navigation")[0];
  at["page-first-byte"] = Math.round(nav?.responseStart ?? 0);
  at["page-parsed"] = Math.round(nav?.domInteractive ?? 0);
  for (const r of performance.getEntriesByType("resource")) {
    const name = r.name.split("/").pop();
    if (/^(main\\.js|worker\\.mjs|pyodide\\.m?js|pyodide\\.asm\\.(mjs|wasm)|python_stdlib\\.zip|.*\\.whl|runtime\\.snapshot.*)$/.test(name)) {
      at[`got ${name}`] = Math.round(r.responseEnd);
    }
  }
  return at;
})()"""
READY_MARK = "performance.getEntriesByName('aftersales:ready')[0]?.startTime ?? null"
CASES = (("cold", None, 1), ("warm", None, 1), ("slow", SLOW, 1),
         ("cold", None, 4), ("warm", None, 4), ("slow", SLOW, 4))

# The bare page: Pyodide started in a module worker, nothing else; made in a temp folder at bench time.
BARE_HTML = """<!doctype html><meta charset="utf-8"><title>bare Pyodide</title>
<div id="aftersales-checker" data-state="loading"></div><script type="module" src="bare.mjs"></script>"""
BARE_PAGE = """const root = document.getElementById("aftersales-checker");
const worker = new Worker(new URL("worker.mjs", import.meta.url), { type: "module" });
worker.onmessage = () => { performance.mark("aftersales:ready"); root.dataset.state = "ready"; };
worker.postMessage(new URL("../RUNTIME", location.href).href);"""
BARE_WORKER = """self.onmessage = async ({ data: runtime }) => {
  const { loadPyodide } = await import(runtime + "pyodide.mjs");
  await loadPyodide({ indexURL: runtime, stdout: () => {}, stderr: () => {} });
  self.postMessage("ready");
};"""


def bare_site(folder: Path) -> Path:
    (folder / "bare").mkdir()
    (folder / "bare" / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (folder / "bare" / "bare.mjs").write_text(BARE_PAGE.replace("RUNTIME", RUNTIME_PATH), encoding="utf-8")
    (folder / "bare" / "worker.mjs").write_text(BARE_WORKER, encoding="utf-8")
    (folder / "pyodide").symlink_to(SITE / "pyodide", target_is_directory=True)
    return folder


def serve(root: Path):
    server = make_server("127.0.0.1", 0, root, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def visit(context, url: str, network: dict | None, cpu: int) -> dict:
    page = context.new_page()
    sizes: list[tuple[float, int]] = []  # (when it finished, epoch ms; bytes)

    def count(request) -> None:
        try:
            timing = request.timing
            sizes.append((timing["startTime"] + timing["responseEnd"], max(0, request.sizes()["responseBodySize"])))
        except Exception:  # noqa: BLE001 - a request still finishing as the page closes is not counted
            pass

    context.on("requestfinished", count)
    cdp = context.new_cdp_session(page)
    if network:
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", network)
    if cpu > 1:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu})
    page.goto(url)
    page.wait_for_selector(DONE, state="attached", timeout=600_000)
    ready = page.evaluate(READY_MARK)
    ready_at = page.evaluate("performance.timeOrigin") + (ready or 0)
    page.wait_for_timeout(500)  # the events of requests that finished just before ready
    context.remove_listener("requestfinished", count)
    # Not what is fetched after ready for next time (the snapshot, the offline copy).
    until_ready = sum(size for when, size in sizes if when <= ready_at + 50)
    state = page.get_attribute("#aftersales-checker", "data-state")
    marks = page.evaluate(STAGES)
    page.close()
    return {"ready_ms": round(ready) if ready is not None and state == "ready" else None,
            "bytes": until_ready, "path": "restored" if "restored" in marks else "plain", "stages": marks}


def run_case(browser, url: str, case: str, network: dict | None, cpu: int) -> dict:
    context = browser.new_context(service_workers="allow")
    try:
        first = visit(context, url, network if case == "slow" else None, cpu if case != "warm" else 1)
        if case != "warm":
            return first
        # Let the first visit's after-ready work (snapshot kept, service worker) finish, as a person
        # reading the result would.
        time.sleep(3)
        return visit(context, url, None, cpu)
    finally:
        context.close()


def settle(browser, url: str) -> None:
    """One throwaway visit: the server compresses the big files once, as a CDN has them already."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(DONE, state="attached", timeout=600_000)
    context.close()


def median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def table(results: dict) -> str:
    lines = ["| case | CPU | ours (ms) | bare (ms) | ours / bare | ours path | ours MB | bare MB |",
             "|---|---|---|---|---|---|---|---|"]
    for (case, _, cpu) in CASES:
        key = f"{case} cpu{cpu}x"
        if key not in results["ours"]:
            continue
        ours, bare = results["ours"][key], results["bare"][key]
        o, b = median([r["ready_ms"] for r in ours]), median([r["ready_ms"] for r in bare])
        ratio = f"{o / b:.2f}" if o and b else "n/a"
        paths = "/".join(sorted({r["path"] for r in ours}))
        lines.append(f"| {case} | {cpu}× | {o:.0f} | {b:.0f} | {ratio} | {paths} | "
                     f"{median([r['bytes'] for r in ours]) / 1e6:.1f} | {median([r['bytes'] for r in bare]) / 1e6:.1f} |"
                     if o and b else f"| {case} | {cpu}× | {o} | {b} | n/a | {paths} | | |")
    return "\n".join(lines)


def breakdown(results: dict) -> str:
    """Ours: the median time (ms from navigation) of each start-up step, per case, in the order they happen."""
    lines = []
    for (case, _, cpu) in CASES:
        key = f"{case} cpu{cpu}x"
        runs = [r["stages"] for r in results["ours"].get(key, []) if r.get("stages")]
        if not runs:
            continue
        names = {name for stages in runs for name in stages}
        steps = sorted(((median([s.get(n) for s in runs]), n) for n in names), key=lambda x: (x[0] is None, x[0]))
        lines.append(f"- **{case} {cpu}×**: " + ", ".join(f"{n} {t:.0f}" for t, n in steps if t is not None))
    return "\n".join(lines)


def bench(runs: int, only: set[str] | None = None) -> int:
    if not (SITE / "checker" / "index.html").exists():
        print("site/ is not built: run `python3 build.py build` first", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    results: dict = {"ours": {}, "bare": {}}
    load_before = os.getloadavg()[0]  # the machine may be shared: the figures mean little under load
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        ours_server, bare_server = serve(SITE), serve(bare_site(Path(tmp)))
        urls = {"ours": ours_server.url + "checker/", "bare": bare_server.url + "bare/"}
        browser = p.chromium.launch(executable_path=chromium.executable(), args=chromium.ARGS)
        for url in urls.values():
            settle(browser, url)
        for case, network, cpu in CASES:
            key = f"{case} cpu{cpu}x"
            if only and f"{case}{cpu}" not in only:
                continue
            for name in ("ours", "bare"):
                results[name][key] = []
            for _ in range(runs):
                for name, url in urls.items():  # interleaved, so both see the same machine load
                    results[name][key].append(run_case(browser, url, case, network, cpu))
            print(f"  {key}: ours {[r['ready_ms'] for r in results['ours'][key]]} "
                  f"bare {[r['ready_ms'] for r in results['bare'][key]]}", flush=True)
        browser.close()
        for server in (ours_server, bare_server):
            server.shutdown()
            server.server_close()
    text = table(results)
    stages = breakdown(results)
    print(text + "\n\n" + stages)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H%M%SZ")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"start-{when}.json").write_text(json.dumps({"runs": runs, "cpus": os.cpu_count(), "table": text,
                                                        "results": results}, indent=1), encoding="utf-8")
    if only:
        return 0  # a partial run is not the record
    (ROOT / "bench" / "RESULTS.md").write_text(
        "# Checker start-up: ours against bare Pyodide\n\n"
        f"One run of `python3 build.py bench` ({when}, medians of {runs} runs, {os.cpu_count()} cores, load "
        f"{load_before:.1f} at the start and {os.getloadavg()[0]:.1f} at the end, headless Chromium, loopback). \"ours path\": whether our page restored the memory "
        "snapshot or started plainly (see widgets/checker/link.js). MB: response bodies as transferred "
        "until ready (a warm visit's come from caches).\n\n" + text + "\n\n"
        "Where ours spends its time (medians, ms from navigation; `worker:` steps are the worker's, `got` a "
        "file's last byte):\n\n" + stages + "\n", encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="some cases only, e.g. cold1,warm1 (RESULTS.md is left alone)")
    args = parser.parse_args()
    return bench(args.runs, {c for c in args.only.split(",") if c} or None)


if __name__ == "__main__":
    sys.exit(main())
