// Module worker that runs py/aftersales in Pyodide, off the page's main thread. Its messages are
// declared in protocol.js; runtime.js is the only client.
import * as msg from "./protocol.js";
import { LINK } from "./link.js";
import { forget, keepUnpacked, prefetchSnapshot, snapshotSource } from "./snapshot.js";

let pyodide = null;
let browser = null;
let booting = null;

const post = (message, transfer = []) => self.postMessage(message, transfer);
// Start-up steps, in ms since the epoch (a worker's clock starts later than the page's); the page turns
// them into User Timing marks, so the bench and DevTools see where the start-up time goes.
const marks = [];
const mark = (name) => marks.push([name, performance.timeOrigin + performance.now()]);
mark("worker");
const progress = (stage, detail) => post(msg.progress(stage, detail));

class RuntimeError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

async function fetchBytes(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (err) {
    throw new RuntimeError(msg.FAILURE.FETCH, `${url}: ${err.message || err}`);
  }
  if (!response.ok) throw new RuntimeError(msg.FAILURE.FETCH, `${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const plainWarn = console.warn;

// Pyodide 314 only warns when pyodide.asm.wasm cannot be downloaded or compiled, and its loader then
// waits for ever. Turn that warning into a failure so the page can say what happened.
function wasmFailure() {
  return new Promise((resolve, reject) => {
    let failed = false;
    console.warn = (...args) => {
      if (failed) reject(new Error(`pyodide.asm.wasm: ${args.map(String).join(" ")}`));
      else if (args[0] === "wasm instantiation failed!") failed = true;
      else plainWarn(...args);
    };
  });
}

// Pyodide itself, restored from the memory snapshot when one is given (aftersales already imported
// and warmed), else started plainly.
async function startPyodide(loadPyodide, runtime, stdlib, image) {
  try {
    return await Promise.race([
      loadPyodide({
        indexURL: runtime,
        packageBaseUrl: runtime, // never a CDN: any package comes from our own site
        // Ours, precompiled (tools/snapshot.mjs); the snapshot was made with it mounted.
        ...(stdlib ? { stdLibURL: stdlib } : {}),
        // Python's own output is not the page's business; keep the console clean.
        stdout: () => {},
        stderr: () => {},
        ...(image ? { _loadSnapshot: image } : {}),
      }),
      wasmFailure(),
    ]);
  } finally {
    console.warn = plainWarn;
  }
}

async function importAftersales() {
  try {
    mark("import");
    const aftersales = pyodide.pyimport("aftersales");
    const version = aftersales.__version__;
    aftersales.destroy();
    browser = pyodide.pyimport("aftersales.browser");
    return version;
  } catch (err) {
    throw new RuntimeError(msg.FAILURE.IMPORT, String(err.message || err).split("\n").slice(-2).join(" "));
  }
}

// More pure-Python wheels a page needs (the merchants page: segno), unpacked beside ours.
async function unpackExtras(downloads) {
  for (const bytes of downloads) pyodide.unpackArchive(await bytes, "wheel");
}

async function boot({ runtime, wheel, extras, snapshot, link, stdlib }) {
  progress("start", 5);
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    throw new RuntimeError(msg.FAILURE.NO_WASM, "WebAssembly is not available in this browser");
  }
  // Decided while pyodide.mjs loads: restore (the snapshot's bytes may still be arriving) or start plainly.
  const source = snapshot ? snapshotSource(snapshot, link, mark) : null;
  const extraBytes = extras.map(fetchBytes);
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(new URL("pyodide.mjs", runtime).href));
  } catch (err) {
    throw new RuntimeError(msg.FAILURE.FETCH, `pyodide.mjs: ${err.message || err}`);
  }
  mark("pyodide-mjs");
  progress("runtime", 15);
  const restorable = await source;
  if (restorable) {
    try {
      pyodide = await startPyodide(loadPyodide, runtime, stdlib, restorable.bytes);
      mark("restored");
      progress("restored", 85);
      await unpackExtras(extraBytes);
      const version = await importAftersales();
      // Kept unpacked for next time, after this visit's ready message has gone.
      const bytes = await restorable.bytes;
      if (!restorable.unpacked) setTimeout(() => keepUnpacked(snapshot, bytes), 0);
      return version;
    } catch {
      // Damaged, or made by another build of the runtime: forget it and start plainly.
      pyodide = null;
      browser = null;
      await forget(snapshot);
      progress("restore-failed", 15);
    }
  }
  // The wheel download overlaps the runtime's start-up; both come from our own site.
  const wheelBytes = fetchBytes(wheel);
  try {
    pyodide = await startPyodide(loadPyodide, runtime, stdlib, null);
  } catch (err) {
    throw new RuntimeError(msg.FAILURE.FETCH, `Pyodide: ${err.message || err}`);
  }
  mark("started");
  progress("wheel", 70);
  pyodide.unpackArchive(await wheelBytes, "wheel");
  await unpackExtras(extraBytes);
  progress("import", 85);
  const version = await importAftersales();
  // Next visit restores instead; never unasked on a link whose owner saves data, nor again when the
  // one just fetched did not restore.
  if (snapshot && !restorable && link !== LINK.SAVE_DATA) prefetchSnapshot(snapshot);
  return version;
}

const isPyProxy = (value) => value instanceof pyodide.ffi.PyProxy;

function toPython(value) {
  // Strings and numbers pass as they are; a file list becomes a list of dicts (depth 2) whose
  // Uint8Arrays stay in JavaScript as proxies: aftersales.files reads them in chunks, so the evidence
  // is never copied whole into Python's heap (peak memory 3.0× → 2.05× the evidence, bench_package).
  return value !== null && typeof value === "object" ? pyodide.toPy(value, { depth: 2 }) : value;
}

function toJs(value) {
  if (!isPyProxy(value)) return { value, transfer: [] };
  try {
    const js = value.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
    const transfer = [];
    const collect = (v) => {
      if (v instanceof Uint8Array) transfer.push(v.buffer);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    collect(js);
    return { value: js, transfer };
  } finally {
    value.destroy();
  }
}

function call({ id, fn, args }) {
  if (!msg.isCallable(fn)) {
    post(msg.refusal(id, `the checker cannot call ${fn}`));
    return;
  }
  const target = browser[fn];
  const pyArgs = args.map(toPython);
  try {
    const { value, transfer } = toJs(target(...pyArgs));
    post(msg.answer(id, value), transfer);
  } catch (err) {
    // The last line of a Python traceback is the part a person can act on.
    const lines = String(err.message || err).trim().split("\n");
    post(msg.refusal(id, lines[lines.length - 1]));
  } finally {
    for (const a of pyArgs) if (isPyProxy(a)) a.destroy();
    if (typeof target.destroy === "function") target.destroy();
  }
}

// Pyodide reports some start-up failures (a WebAssembly download that failed) only as a rejected
// promise nobody awaits; without this the page would wait for ever.
self.addEventListener("unhandledrejection", (event) => {
  if (browser) return;
  event.preventDefault();
  const reason = event.reason;
  post(msg.failure(msg.FAILURE.FETCH, String((reason && reason.message) || reason)));
});

self.onmessage = async ({ data }) => {
  if (msg.isInit(data)) {
    if (booting) return;
    booting = boot(data);
    try {
      const version = await booting;
      mark("ready");
      for (const r of performance.getEntriesByType("resource")) {
        marks.push([`got ${r.name.split("/").pop()}`, performance.timeOrigin + r.responseEnd]);
      }
      post(msg.ready(version, marks));
    } catch (err) {
      post(msg.failure(err.code || msg.FAILURE.INTERNAL, String(err.message || err)));
    }
    return;
  }
  if (!msg.isCall(data)) return; // not ours: nothing to answer
  if (!browser) {
    post(msg.refusal(data.id, "the checker is not ready yet"));
    return;
  }
  call(data);
};
