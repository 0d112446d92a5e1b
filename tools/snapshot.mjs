// Makes the checker's memory snapshot under Node: the pinned Pyodide with the aftersales wheel
// unpacked, aftersales.browser imported and every call it serves run once, so a page that restores
// it skips Python's start-up, the imports and their first-call costs. Run by tools/snapshot.py.
//
//   node tools/snapshot.mjs <pyodide dir> <wheel> <out file>
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [runtimeDir, wheelPath, outPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${runtimeDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${runtimeDir}/`, _makeSnapshot: true, stdout: () => {}, stderr: () => {} });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
// Python values only: the snapshot must hold no reference to a JavaScript object made here.
pyodide.runPython(`
import aftersales.browser
aftersales.browser.warm_up()
del aftersales
`);
writeFileSync(outPath, pyodide.makeMemorySnapshot());
