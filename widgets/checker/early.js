// Starts the checker's Python runtime as soon as the page's head has been read, before the page's
// styles, the form and its modules have loaded: the runtime's download and start-up are the slow part of
// the page, and everything main.js waits for would otherwise delay them. The head loads this file as an
// async module (checker-head.html.j2), with the runtime's URLs in <meta name="aftersales-runtime">;
// main.js takes the runtime over when it mounts (takeRuntime).
import { startRuntime } from "./runtime.js";

// Call timeouts for the browser tests only (a hung worker in seconds, not a minute). A test sets this
// object in an init script before the page runs; no link, stored draft or page content can define a
// window property (the policy admits no inline script), so a buyer's page always uses the defaults.
function testTimeouts() {
  const t = window.__asc_test_timeouts;
  const ms = (v) => (Number.isFinite(v) && v > 0 ? v : undefined);
  return t && typeof t === "object" ? { callTimeoutMs: ms(t.call), bootStallMs: ms(t.boot) } : {};
}

let early = null; // {runtime, last, listener}: the runtime started for this page's checker

// Starts the runtime this page names; its status goes to onStatus (which may be set later: takeRuntime).
function start(onStatus) {
  const meta = document.querySelector("meta[name=aftersales-runtime]");
  const url = (value) => new URL(value, document.baseURI).href;
  return startRuntime({
    runtimeUrl: url(meta.content),
    wheelUrl: url(meta.dataset.wheel),
    snapshotUrl: meta.dataset.snapshot ? url(meta.dataset.snapshot) : "",
    stdlibUrl: meta.dataset.stdlib ? url(meta.dataset.stdlib) : "",
    onStatus,
    ...testTimeouts(),
  });
}

function startEarly() {
  if (early || !document.querySelector("meta[name=aftersales-runtime]")) return;
  const entry = { runtime: null, last: null, listener: null };
  try {
    entry.runtime = start((status) => {
      entry.last = status;
      if (entry.listener) entry.listener(status);
    });
  } catch {
    return; // main.js starts it again and shows why it cannot run
  }
  early = entry;
}

// The page's runtime: the one started early (its status so far is replayed to onStatus), else a new one.
export function takeRuntime(onStatus) {
  if (early && !early.listener) {
    early.listener = onStatus;
    if (early.last) onStatus(early.last);
    return early.runtime;
  }
  return start(onStatus);
}

startEarly();
