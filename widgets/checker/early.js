// Starts the checker's Python runtime as soon as the page has the checker's root, before the form's
// modules have loaded: the runtime's download and start-up are the slow part of the page, and every
// module main.js waits for would otherwise delay them. The template loads this file as an async module
// right after the root's opening tag; main.js takes the runtime over when it mounts (takeRuntime).
import { startRuntime } from "./runtime.js";

// Call timeouts for the browser tests only (a hung worker in seconds, not a minute). A test sets this
// object in an init script before the page runs; no link, stored draft or page content can define a
// window property (the policy admits no inline script), so a buyer's page always uses the defaults.
function testTimeouts() {
  const t = window.__asc_test_timeouts;
  const ms = (v) => (Number.isFinite(v) && v > 0 ? v : undefined);
  return t && typeof t === "object" ? { callTimeoutMs: ms(t.call), bootStallMs: ms(t.boot) } : {};
}

let early = null; // {root, runtime, last, listener}: the runtime started for the page's checker

// Starts the runtime for root; its status goes to onStatus (which may be set later: see takeRuntime).
function start(root, onStatus) {
  const url = (value) => new URL(value, document.baseURI).href;
  return startRuntime({
    runtimeUrl: url(root.dataset.runtime),
    wheelUrl: url(root.dataset.wheel),
    snapshotUrl: root.dataset.snapshot ? url(root.dataset.snapshot) : "",
    onStatus,
    ...testTimeouts(),
  });
}

function startEarly() {
  const root = document.getElementById("aftersales-checker");
  if (!root || early) return;
  const entry = { root, runtime: null, last: null, listener: null };
  try {
    entry.runtime = start(root, (status) => {
      entry.last = status;
      if (entry.listener) entry.listener(status);
    });
  } catch {
    return; // main.js starts it again and shows why it cannot run
  }
  early = entry;
}

// The runtime for root: the one started early (its status so far is replayed to onStatus), else a new one.
export function takeRuntime(root, onStatus) {
  if (early && early.root === root && !early.listener) {
    early.listener = onStatus;
    if (early.last) onStatus(early.last);
    return early.runtime;
  }
  return start(root, onStatus);
}

startEarly();
