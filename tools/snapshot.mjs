// Makes, under Node with the pinned Pyodide, the two files the checker's runtime starts from:
//
// 1. Its standard library: only the modules aftersales and segno import (found by running them, plus
//    SAFETY below), precompiled to .pyc by the runtime's own Python. Pyodide ships the sources, so a
//    plain start compiles every module it imports; precompiled, a plain start takes about a third of
//    the time (1.9 s -> 0.6 s under Node here), and the file is smaller (2.48 MB -> 1.96 MB).
// 2. Its memory snapshot, made with that standard library mounted (a restored runtime keeps the zip's
//    directory in memory, so the two must match): the wheel unpacked, aftersales.browser imported and
//    every call it serves run once, so a page that restores it skips start-up, imports and first calls.
//
// Run by tools/snapshot.py:
//   node tools/snapshot.mjs <pyodide dir> <wheel> <extra wheels dir> <stdlib out> <snapshot out>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [runtimeDir, wheelPath, extrasDir, stdlibOut, snapshotOut] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${runtimeDir}/pyodide.mjs`).href);
const quiet = { stdout: () => {}, stderr: () => {} };
const extras = readdirSync(extrasDir).filter((name) => name.endsWith(".whl")).map((name) => `${extrasDir}/${name}`);

// Whole packages and modules kept whatever the run below imports: codecs are found by name when a
// text needs one, and error paths (tracebacks) import what a clean run never does.
const SAFETY = [
  "encodings", "codecs", "email", "json", "importlib", "collections", "zipfile", "urllib", "html", "re", "string",
  "traceback", "linecache", "tokenize", "token", "inspect", "dis", "opcode", "ast", "textwrap", "calendar",
  "datetime", "_pydatetime", "locale", "gettext", "warnings", "base64", "quopri", "hashlib", "mimetypes",
];

const full = await loadPyodide({ indexURL: `${runtimeDir}/`, ...quiet });
for (const path of [wheelPath, ...extras]) full.unpackArchive(new Uint8Array(readFileSync(path)), "wheel");
full.globals.set("SAFETY", full.toPy(SAFETY));
full.runPython(`
import importlib.util, io, sys, zipfile
import aftersales.browser
from aftersales.merchant import qr
aftersales.browser.warm_up()
qr.svg("https://example.com/checker/#v=1", "QR")

stdlib = next(p for p in sys.path if p.endswith(".zip"))
source = zipfile.ZipFile(stdlib)
names = [n for n in source.namelist() if not n.endswith("/")]
used = {m.__spec__.origin[len(stdlib) + 1:] for m in list(sys.modules.values())
        if getattr(getattr(m, "__spec__", None), "origin", None) and m.__spec__.origin.startswith(stdlib + "/")}
kept = {n for n in names if n in used or n.split("/")[0] in SAFETY or n.split("/")[0] in {s + ".py" for s in SAFETY}}
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
    for name in sorted(kept):
        data = source.read(name)
        if not name.endswith(".py"):
            zf.writestr(name, data)
            continue
        # optimize=2: no docstrings or asserts, which nothing here reads; a third fewer bytes.
        code = compile(data, f"{stdlib}/{name}", "exec", dont_inherit=True, optimize=2)
        # Unchecked hash-based: valid without its source, which the zip no longer holds.
        pyc = importlib._bootstrap_external._code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
        zf.writestr(name[:-3] + ".pyc", bytes(pyc))
with open("/tmp/python_stdlib.zip", "wb") as f:
    f.write(out.getvalue())
`);
writeFileSync(stdlibOut, full.FS.readFile("/tmp/python_stdlib.zip"));

const pyodide = await loadPyodide({ indexURL: `${runtimeDir}/`, stdLibURL: stdlibOut, _makeSnapshot: true, ...quiet });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
// Python values only: the snapshot must hold no reference to a JavaScript object made here.
pyodide.runPython(`
import aftersales.browser
aftersales.browser.warm_up()
del aftersales
`);
writeFileSync(snapshotOut, pyodide.makeMemorySnapshot());
