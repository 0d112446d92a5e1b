// Module worker that runs py/aftersales in Pyodide, off the page's main thread.
//
// Protocol (widgets/runtime.js is the only client):
//   page -> worker  {type: "init", runtime, wheel}         absolute URLs of the runtime folder and the wheel
//   worker -> page  {type: "progress", stage, detail}      stage: start | runtime | wheel | import; detail: 0-100
//                   {type: "ready", version}
//                   {type: "error", code, message}         code: no_wasm | fetch | import | internal
//   page -> worker  {id, fn, args}                         calls aftersales.browser.<fn>(*args)
//   worker -> page  {id, ok: true, value} | {id, ok: false, error}
// Python str arrives as a JS string, bytes as a Uint8Array (transferred), dict/list as plain objects.

let pyodide = null;
let browser = null;
let booting = null;

const post = (message, transfer = []) => self.postMessage(message, transfer);
const progress = (stage, detail) => post({ type: "progress", stage, detail });

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
    throw new RuntimeError("fetch", `${url}: ${err.message || err}`);
  }
  if (!response.ok) throw new RuntimeError("fetch", `${url}: HTTP ${response.status}`);
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

async function boot({ runtime, wheel }) {
  progress("start", 5);
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    throw new RuntimeError("no_wasm", "WebAssembly is not available in this browser");
  }
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(new URL("pyodide.mjs", runtime).href));
  } catch (err) {
    throw new RuntimeError("fetch", `pyodide.mjs: ${err.message || err}`);
  }
  progress("runtime", 15);
  // The wheel download overlaps the runtime's start-up; both come from our own site.
  const wheelBytes = fetchBytes(wheel);
  try {
    pyodide = await Promise.race([
      loadPyodide({
        indexURL: runtime,
        packageBaseUrl: runtime, // never a CDN: any package comes from our own site
        // Python's own output is not the page's business; keep the console clean.
        stdout: () => {},
        stderr: () => {},
      }),
      wasmFailure(),
    ]);
  } catch (err) {
    throw new RuntimeError("fetch", `Pyodide: ${err.message || err}`);
  } finally {
    console.warn = plainWarn;
  }
  progress("wheel", 70);
  pyodide.unpackArchive(await wheelBytes, "wheel");
  progress("import", 85);
  try {
    const aftersales = pyodide.pyimport("aftersales");
    const version = aftersales.__version__;
    aftersales.destroy();
    browser = pyodide.pyimport("aftersales.browser");
    return version;
  } catch (err) {
    throw new RuntimeError("import", String(err.message || err).split("\n").slice(-2).join(" "));
  }
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

function call({ id, fn, args = [] }) {
  const target = typeof fn === "string" && !fn.startsWith("_") ? browser[fn] : undefined;
  if (target === undefined) {
    post({ id, ok: false, error: `aftersales.browser has no function ${fn}` });
    return;
  }
  const pyArgs = args.map(toPython);
  try {
    const { value, transfer } = toJs(target(...pyArgs));
    post({ id, ok: true, value }, transfer);
  } catch (err) {
    // The last line of a Python traceback is the part a person can act on.
    const lines = String(err.message || err).trim().split("\n");
    post({ id, ok: false, error: lines[lines.length - 1] });
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
  post({ type: "error", code: "fetch", message: String((reason && reason.message) || reason) });
});

self.onmessage = async ({ data }) => {
  if (data && data.type === "init") {
    if (booting) return;
    booting = boot(data);
    try {
      post({ type: "ready", version: await booting });
    } catch (err) {
      post({ type: "error", code: err.code || "internal", message: String(err.message || err) });
    }
    return;
  }
  if (!browser) {
    post({ id: data && data.id, ok: false, error: "the checker is not ready yet" });
    return;
  }
  call(data);
};
