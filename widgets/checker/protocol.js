// The messages between the page (runtime.js) and the worker (worker.mjs), declared once for both sides.
//
//   page -> worker  init      {type, runtime, wheel,      absolute URLs of the runtime folder and the wheel,
//                              extras, snapshot, link,    more pure-Python wheels a page needs (segno), the
//                              stdlib}                    memory snapshot's URL ("" for none), link.js's LINK,
//                                                         and the standard library it was made with ("":
//                                                         Pyodide's own)
//   worker -> page  progress  {type, stage, detail}       stage: start | runtime | restored | restore-failed |
//                                                         wheel | import; detail: 0-100
//                   ready     {type, version,        marks: [[name, ms since the epoch]], the worker's
//                              marks}                     start-up steps, for the page's User Timing
//                   error     {type, code, message}       code: one of FAILURE
//   page -> worker  call      {type, id, fn, args}        aftersales.browser.<fn>(*args); fn one of CALLS
//   worker -> page  result    {type, id, ok: true, value} | {type, id, ok: false, error}
// Python str arrives as a JS string, bytes as a Uint8Array (transferred), dict/list as plain objects.

export const KIND = Object.freeze({
  INIT: "init",
  PROGRESS: "progress",
  READY: "ready",
  ERROR: "error",
  CALL: "call",
  RESULT: "result",
});

// The only Python functions the page may call: a message cannot reach anything else in the runtime.
export const CALL = Object.freeze({
  CHECK: "check_json", // (draft_json, today) -> result JSON (aftersales/result/1)
  OUTPUT: "make_output", // (kind, draft_json, today, files, options_json) -> {filename, mime, data}
  GUESS_KIND: "guess_kind", // (name, mime) -> evidence kind
  THUMBNAIL: "thumbnail_type", // (magic_hex) -> raster image type to draw a thumbnail as, or ""
  // the merchants page (aftersales.merchant)
  MERCHANT_LINK: "merchant_link", // (values_json, base, lang, today) -> {link, qr, snippet, card, findings, base_ok}
  VERIFY_PACKAGE: "verify_package", // (bytes, lang) -> {status, reason, files, ticket, ...}
});
const CALLS = new Set(Object.values(CALL));

// Why a runtime stopped; the page words each one as ui.error_<code>.
export const FAILURE = Object.freeze({
  NO_WASM: "no_wasm",
  FETCH: "fetch",
  IMPORT: "import",
  INTERNAL: "internal",
  TIMEOUT: "timeout",
  CRASH: "crash",
  PYTHON: "python",
});

const isMessage = (m, kind) => m !== null && typeof m === "object" && m.type === kind;

export const init = (runtime, wheel, extras = [], snapshot = "", link = "", stdlib = "") =>
  ({ type: KIND.INIT, runtime, wheel, extras, snapshot, link, stdlib });
export const progress = (stage, detail) => ({ type: KIND.PROGRESS, stage, detail });
export const ready = (version, marks = []) => ({ type: KIND.READY, version, marks });
export const failure = (code, message) => ({ type: KIND.ERROR, code, message });
export const call = (id, fn, args) => ({ type: KIND.CALL, id, fn, args });
export const answer = (id, value) => ({ type: KIND.RESULT, id, ok: true, value });
export const refusal = (id, error) => ({ type: KIND.RESULT, id, ok: false, error });

export const isInit = (m) => isMessage(m, KIND.INIT) && typeof m.runtime === "string" && typeof m.wheel === "string"
  && Array.isArray(m.extras) && m.extras.every((u) => typeof u === "string");
export const isProgress = (m) => isMessage(m, KIND.PROGRESS) && typeof m.stage === "string";
export const isReady = (m) => isMessage(m, KIND.READY);
export const isFailure = (m) => isMessage(m, KIND.ERROR);
export const isCall = (m) => isMessage(m, KIND.CALL) && Number.isInteger(m.id) && Array.isArray(m.args);
export const isResult = (m) => isMessage(m, KIND.RESULT) && Number.isInteger(m.id);
export const isCallable = (fn) => CALLS.has(fn);
