// Builds the ZIP package under Pyodide in Node the way widgets/worker.mjs does (toPy of the file list,
// aftersales.browser.make_output, toJs of the result); prints one JSON line for bench_package.py.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadPyodide } from "pyodide";

const [count, mb] = process.argv.slice(2).map(Number);
const py = await loadPyodide();
py.FS.mkdirTree("/bench/aftersales");
const pkg = join(process.cwd(), "py", "aftersales");
// The package and its subpackages (checks/, data/, outputs/, guide/), as the wheel holds them.
for (const name of readdirSync(pkg, { recursive: true }).filter((n) => n.endsWith(".py"))) {
  py.FS.mkdirTree(`/bench/aftersales/${dirname(name)}`);
  py.FS.writeFile(`/bench/aftersales/${name}`, readFileSync(join(pkg, name)));
}
py.FS.writeFile("/bench/test_outputs.py", readFileSync(join(process.cwd(), "tests", "core", "test_outputs.py")));
py.runPython(`import sys; sys.path.insert(0, "/bench")`);
const browser = py.pyimport("aftersales.browser");
const draftJson = py.runPython(`import json; from test_outputs import DRAFT; json.dumps(DRAFT, ensure_ascii=False)`);

// The photos live in JS, as the page's File bytes do; Python's copies are dropped before measuring.
const made = py.runPython(`
from test_outputs import make_jpeg
[make_jpeg(pad=int(${mb} * 1024 * 1024) - 600, seed=i) for i in range(${count})]`);
const photos = made.toJs().map((bytes, i) => ({ name: `IMG_${i}.jpg`, kind: "photo", type: "image/jpeg", data: bytes }));
made.destroy();
py.runPython("import gc; gc.collect()");
const evidence = photos.reduce((n, p) => n + p.data.length, 0);

// depth 2 is what widgets/worker.mjs does: the list and dicts convert, the Uint8Arrays stay in JS and
// are read in chunks; depth -1 (each Uint8Array copied into a memoryview) is kept for comparison.
const depth = Number(process.argv[4] ?? 2);

function build() {
  const pyFiles = py.toPy(photos, { depth });
  const result = browser.make_output("zip", draftJson, "2026-11-15", pyFiles, "{}");
  const js = result.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
  result.destroy();
  pyFiles.destroy();
  py.runPython("import gc; gc.collect()");
  return js;
}

const heap = () => py._module.HEAP8.length;
const heapBefore = heap();
build(); // warm: imports, first-time allocations
const times = [];
let size = 0;
let lastData = null;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  lastData = build().data;
  size = lastData.length;
  times.push((performance.now() - t) / 1000);
}
const heapAfter = heap();
py.runPython("import tracemalloc; tracemalloc.start()");
build();
const peak = py.runPython("p = tracemalloc.get_traced_memory()[1]; tracemalloc.stop(); p");
console.log(JSON.stringify({
  evidence_mb: evidence / 2 ** 20,
  zip_mb: size / 2 ** 20,
  seconds: Math.min(...times),
  peak_new_mb: peak / 2 ** 20,
  // the worker holds the photos (JS), the finished ZIP (JS) and whatever Python allocated meanwhile
  peak_total_x: (evidence + size + peak) / evidence,
  wasm_heap_growth_mb: `${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} (heap ${(heapAfter / 2 ** 20).toFixed(0)} MB)`,
  depth,
  zip_is_js: lastData instanceof Uint8Array,
  note: "peak = photos in JS + ZIP in JS + Python allocations during the call (incl. toPy copies)",
}));
