// The Python runtime's lifecycle: starts worker.mjs, numbers calls, times them out, replaces a worker
// that crashes or hangs. It touches no page element; it reports every change through onStatus only.
//
//   const rt = startRuntime({ runtimeUrl, wheelUrl, extraWheelUrls, snapshotUrl, onStatus });  // the last two optional
//   const value = await rt.call(CALL.CHECK, draftJson, today);   // aftersales.browser.check_json
//
// onStatus gets one of
//   {state: "loading"}                                a worker is starting
//   {state: "loading", stage, detail}                 its progress (protocol.js)
//   {state: "loading", restart: {code, message}}      it failed and is being replaced
//   {state: "ready", version}
//   {state: "error", code, message}                   it cannot run here; calls are refused
// Calls made before the runtime is ready wait for it.
import { judgeLink } from "./link.js";
import * as msg from "./protocol.js";

// The runtime's states, shown as the checker's data-state (contract §4).
export const STATE = Object.freeze({ LOADING: "loading", READY: "ready", ERROR: "error" });

const BOOT_STALL_MS = 180000; // slow mobile links need minutes for the ~13 MB runtime
const CALL_TIMEOUT_MS = 60000;
const MAX_RESTARTS = 2;

const failed = (code, message) => Object.assign(new Error(message), { code });

export function startRuntime({ runtimeUrl, wheelUrl, extraWheelUrls = [], snapshotUrl = "", stdlibUrl = "", onStatus,
  bootStallMs = BOOT_STALL_MS,
  callTimeoutMs = CALL_TIMEOUT_MS }) {
  const workerUrl = new URL("worker.mjs", import.meta.url);
  let worker = null;
  let ready = false;
  let stopped = null; // {code, message} once the runtime has given up
  let restarts = 0;
  let stallTimer = 0;
  let nextId = 1;
  const waiting = []; // calls made before the runtime was ready
  const inFlight = new Map(); // id -> {resolve, reject, timer, message}

  function dropWorker() {
    clearTimeout(stallTimer);
    if (worker) worker.terminate();
    worker = null;
    ready = false;
  }

  function rejectAll(pendings, error) {
    for (const pending of pendings) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
  }

  function fail(code, message) {
    stopped = { code, message };
    dropWorker();
    rejectAll([...waiting.splice(0), ...inFlight.values()], failed(code, message));
    inFlight.clear();
    onStatus({ state: STATE.ERROR, code, message });
  }

  function replace(code, message) {
    if (stopped) return;
    if (restarts >= MAX_RESTARTS) {
      fail(code, message);
      return;
    }
    restarts += 1;
    dropWorker();
    // Calls that were running are answered with an error; the caller may simply ask again.
    rejectAll(inFlight.values(), failed(code, message));
    inFlight.clear();
    onStatus({ state: STATE.LOADING, restart: { code, message } });
    boot();
  }

  function armStall() {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => replace(msg.FAILURE.TIMEOUT, "the runtime stopped making progress"), bootStallMs);
  }

  function send(pending) {
    pending.timer = setTimeout(() => {
      inFlight.delete(pending.message.id);
      pending.reject(failed(msg.FAILURE.TIMEOUT, "the checker did not answer in time"));
      replace(msg.FAILURE.TIMEOUT, `no answer to ${pending.message.fn}`);
    }, callTimeoutMs);
    inFlight.set(pending.message.id, pending);
    worker.postMessage(pending.message);
  }

  function onMessage({ data }) {
    if (msg.isProgress(data)) {
      armStall();
      // User Timing marks let bench/bench_runtime.py (and DevTools) see where start-up time goes.
      performance.mark(`aftersales:${data.stage}`);
      onStatus({ state: STATE.LOADING, stage: data.stage, detail: data.detail });
    } else if (msg.isReady(data)) {
      clearTimeout(stallTimer);
      ready = true;
      restarts = 0;
      for (const [name, at] of Array.isArray(data.marks) ? data.marks : []) {
        performance.mark(`aftersales:worker:${name}`, { startTime: at - performance.timeOrigin });
      }
      performance.mark("aftersales:ready");
      onStatus({ state: STATE.READY, version: data.version });
      for (const pending of waiting.splice(0)) send(pending);
    } else if (msg.isFailure(data)) {
      fail(data.code || msg.FAILURE.INTERNAL, data.message);
    } else if (msg.isResult(data) && inFlight.has(data.id)) {
      const pending = inFlight.get(data.id);
      inFlight.delete(data.id);
      clearTimeout(pending.timer);
      if (data.ok) pending.resolve(data.value);
      else pending.reject(failed(msg.FAILURE.PYTHON, data.error));
    }
  }

  function boot() {
    stopped = null;
    ready = false;
    onStatus({ state: STATE.LOADING });
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      fail(msg.FAILURE.NO_WASM, "this browser has no WebAssembly or Web Workers");
      return;
    }
    try {
      worker = new Worker(workerUrl, { type: "module" });
    } catch (err) {
      fail(msg.FAILURE.NO_WASM, `cannot start a module worker: ${err.message || err}`);
      return;
    }
    performance.mark("aftersales:worker-created");
    worker.onmessage = onMessage;
    // A script error before the worker could report one: a failed fetch of worker.mjs or a crash.
    worker.onerror = (event) => {
      event.preventDefault();
      replace(msg.FAILURE.CRASH, event.message || "the worker stopped");
    };
    armStall();
    worker.postMessage(msg.init(runtimeUrl, wheelUrl, extraWheelUrls, snapshotUrl, judgeLink(), stdlibUrl));
  }

  boot();

  return {
    call(fn, ...args) {
      if (stopped) return Promise.reject(failed(stopped.code, stopped.message));
      return new Promise((resolve, reject) => {
        const pending = { resolve, reject, timer: 0, message: msg.call(nextId++, fn, args) };
        if (ready) send(pending);
        else waiting.push(pending);
      });
    },
    restart() {
      restarts = 0;
      dropWorker();
      boot();
    },
    get ready() {
      return ready;
    },
  };
}
