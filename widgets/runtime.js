// Starts the Python runtime (widgets/worker.mjs) for a checker root element and keeps it alive.
//
//   const rt = startRuntime(root, {onProgress, onReady, onError, onRestart});
//   const value = await rt.call("check_json", draftJson, today);   // aftersales.browser.check_json
//
// root.dataset.state is loading | ready | error (contract §4). A worker that crashes, or that does not
// answer a call (or make progress while loading) in time, is replaced; calls made before the runtime is
// ready wait for it. Every word shown comes from the page's strings (aftersales.ui), never from here.

const BOOT_STALL_MS = 180000; // slow mobile links need minutes for the ~13 MB runtime
const CALL_TIMEOUT_MS = 60000;
const MAX_RESTARTS = 2;

function pageStrings(root) {
  const node = root.querySelector("[data-role=checker-data]");
  try {
    return (node && JSON.parse(node.textContent).ui) || {};
  } catch {
    return {};
  }
}

function fill(template, values) {
  return String(template || "").replace(/\{(\w+)\}/g, (m, key) => (key in values ? values[key] : m));
}

export function startRuntime(root, options = {}) {
  const {
    onProgress = () => {},
    onReady = () => {},
    onError = () => {},
    onRestart = () => {},
    bootStallMs = BOOT_STALL_MS,
    callTimeoutMs = CALL_TIMEOUT_MS,
  } = options;
  const ui = pageStrings(root);
  const runtimeUrl = new URL(root.dataset.runtime, document.baseURI).href;
  const wheelUrl = new URL(root.dataset.wheel, document.baseURI).href;
  const workerUrl = new URL("worker.mjs", import.meta.url);
  const role = (name) => root.querySelector(`[data-role=${name}]`);

  let worker = null;
  let ready = false;
  let failed = null;
  let restarts = 0;
  let stallTimer = 0;
  let nextId = 1;
  const waiting = []; // calls made before the runtime was ready
  const inFlight = new Map(); // id -> {resolve, reject, timer, message}

  function setState(state) {
    root.dataset.state = state;
  }

  function showProgress(stage, detail) {
    // User Timing marks let bench/bench_runtime.py (and DevTools) see where start-up time goes.
    performance.mark(`aftersales:${stage}`);
    const bar = role("progress-bar");
    if (bar && typeof detail === "number") bar.value = detail;
    const text = role("progress-text");
    if (text && ui[`stage_${stage}`]) text.textContent = ui[`stage_${stage}`];
    onProgress({ stage, detail });
  }

  function fail(code, message) {
    failed = { code, message };
    ready = false;
    clearTimeout(stallTimer);
    if (worker) worker.terminate();
    worker = null;
    setState("error");
    root.dataset.error = code;
    const box = role("runtime-error");
    if (box) {
      box.textContent = ui[`error_${code}`] || ui.state_error || box.textContent;
      box.title = message;
      box.hidden = false;
    }
    const progressBox = role("runtime-progress");
    if (progressBox) progressBox.hidden = true;
    const error = Object.assign(new Error(message), { code });
    for (const pending of [...waiting.splice(0), ...inFlight.values()]) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    inFlight.clear();
    onError({ code, message });
  }

  function armStall() {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => replace("timeout", "the runtime stopped making progress"), bootStallMs);
  }

  function send(pending) {
    pending.timer = setTimeout(() => {
      inFlight.delete(pending.message.id);
      pending.reject(Object.assign(new Error("the checker did not answer in time"), { code: "timeout" }));
      replace("timeout", `no answer to ${pending.message.fn}`);
    }, callTimeoutMs);
    inFlight.set(pending.message.id, pending);
    worker.postMessage(pending.message);
  }

  function onMessage({ data }) {
    if (data.type === "progress") {
      armStall();
      showProgress(data.stage, data.detail);
    } else if (data.type === "ready") {
      clearTimeout(stallTimer);
      ready = true;
      restarts = 0;
      setState("ready");
      delete root.dataset.error;
      showProgress("ready", 100);
      const version = role("runtime-version");
      if (version && ui.version) version.textContent = fill(ui.version, { version: data.version });
      root.dataset.runtimeVersion = data.version;
      onReady({ version: data.version });
      for (const pending of waiting.splice(0)) send(pending);
    } else if (data.type === "error") {
      fail(data.code || "internal", data.message);
    } else if (inFlight.has(data.id)) {
      const pending = inFlight.get(data.id);
      inFlight.delete(data.id);
      clearTimeout(pending.timer);
      if (data.ok) pending.resolve(data.value);
      else pending.reject(Object.assign(new Error(data.error), { code: "python" }));
    }
  }

  function boot() {
    failed = null;
    ready = false;
    setState("loading");
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      fail("no_wasm", "this browser has no WebAssembly or Web Workers");
      return;
    }
    try {
      worker = new Worker(workerUrl, { type: "module" });
    } catch (err) {
      fail("no_wasm", `cannot start a module worker: ${err.message || err}`);
      return;
    }
    worker.onmessage = onMessage;
    // A script error before the worker could report one: a failed fetch of worker.mjs or a crash.
    worker.onerror = (event) => {
      event.preventDefault();
      replace("crash", event.message || "the worker stopped");
    };
    armStall();
    worker.postMessage({ type: "init", runtime: runtimeUrl, wheel: wheelUrl });
  }

  function replace(code, message) {
    if (failed) return;
    if (restarts >= MAX_RESTARTS) {
      fail(code, message);
      return;
    }
    restarts += 1;
    clearTimeout(stallTimer);
    if (worker) worker.terminate();
    worker = null;
    // Calls that were running are answered with an error; the caller may simply ask again.
    const error = Object.assign(new Error(message), { code });
    for (const pending of inFlight.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    inFlight.clear();
    const text = role("progress-text");
    if (text && ui.state_restarting) text.textContent = ui.state_restarting;
    onRestart({ code, message });
    boot();
  }

  boot();

  return {
    call(fn, ...args) {
      if (failed) {
        return Promise.reject(Object.assign(new Error(failed.message), { code: failed.code }));
      }
      return new Promise((resolve, reject) => {
        const pending = { resolve, reject, timer: 0, message: { id: nextId++, fn, args } };
        if (ready) send(pending);
        else waiting.push(pending);
      });
    },
    restart() {
      restarts = 0;
      failed = null;
      if (worker) worker.terminate();
      worker = null;
      boot();
    },
    get ready() {
      return ready;
    },
  };
}
