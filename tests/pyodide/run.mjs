// Runs the core tests (tests/core/test_*.py) inside Pyodide under Node, against the built wheel,
// proving py/aftersales behaves the same on Pyodide's Python as on CPython.
//
//   node tests/pyodide/run.mjs [path/to/aftersales-*.whl]      (build.py test passes the wheel it built)
//
// Prints each failure, then a last line exactly "N passed, M failed" (", K skipped" when some were);
// exits non-zero when a test failed or none ran.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");

function findWheel() {
  const dir = join(root, "build", "wheel");
  for (const key of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, key))) {
      if (name.startsWith("aftersales-") && name.endsWith(".whl")) return join(dir, key, name);
    }
  }
  throw new Error("no wheel found: run `python3 build.py build` first");
}

const wheel = process.argv[2] || findWheel();
const pyodide = await loadPyodide({ stdout: (s) => console.log(s), stderr: (s) => console.error(s) });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");

const coreDir = join(root, "tests", "core");
pyodide.FS.mkdirTree("/tests/core");
for (const name of readdirSync(coreDir).filter((n) => n.endsWith(".py")).sort()) {
  pyodide.FS.writeFile(`/tests/core/${name}`, readFileSync(join(coreDir, name)));
}

const summary = pyodide.runPython(`
import importlib, pathlib, sys, traceback, unittest

sys.path.insert(0, "/tests/core")
passed = failed = skipped = 0
for path in sorted(pathlib.Path("/tests/core").glob("test_*.py")):
    try:
        module = importlib.import_module(path.stem)
    except Exception:
        failed += 1
        print(f"FAILED {path.name} (import)\\n{traceback.format_exc()}")
        continue
    for name, fn in list(vars(module).items()):
        if not name.startswith("test_") or not callable(fn):
            continue
        try:
            fn()
        except unittest.SkipTest as skip:
            skipped += 1
            print(f"skipped {path.stem}::{name}: {skip}")
        except BaseException:
            failed += 1
            print(f"FAILED {path.stem}::{name}\\n{traceback.format_exc()}")
        else:
            passed += 1
(passed, failed, skipped)
`).toJs();

const [passed, failed, skipped] = summary;
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed > 0 || passed === 0 ? 1 : 0);
