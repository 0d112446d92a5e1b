// Times aftersales.check under Pyodide in Node; drafts come as JSON on stdin, one JSON line goes out.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadPyodide } from "pyodide";

const drafts = readFileSync(0, "utf8");
const py = await loadPyodide();
const pkg = join(process.cwd(), "py", "aftersales");
py.FS.mkdirTree("/bench/aftersales");
// The package and its subpackages (checks/, data/, outputs/, guide/), as the wheel holds them.
for (const name of readdirSync(pkg, { recursive: true }).filter((n) => n.endsWith(".py"))) {
  py.FS.mkdirTree(`/bench/aftersales/${dirname(name)}`);
  py.FS.writeFile(`/bench/aftersales/${name}`, readFileSync(join(pkg, name)));
}
py.globals.set("drafts_json", drafts);
const out = py.runPython(`
import sys, json, time
sys.path.insert(0, "/bench")
from aftersales import check
res = {}
for name, d in json.loads(drafts_json).items():
    check(d, "2026-11-15")
    runs = 100
    t = time.perf_counter()
    for _ in range(runs):
        check(d, "2026-11-15")
    res[name] = (time.perf_counter() - t) / runs * 1000
json.dumps(res)
`);
console.log(out);
