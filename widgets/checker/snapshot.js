// The runtime's memory snapshot, for worker.mjs: whether this visit restores it, where it is kept
// between visits and how its bytes are read. Every failure means a plain start, never an error: a
// missing or damaged snapshot only costs the start-up it would have saved.
//
// It is published gzipped (5.5 MB; unpacked here, whatever the host does about Content-Encoding) and
// kept unpacked (31 MB) in Cache Storage once it has restored: unpacking takes the worker's thread for
// about as long as the restore itself, and a returning visitor should not pay that on every visit. One
// build's snapshot at a time: keeping a new one drops the others. A packed copy under the published URL
// (an older page's, or the test suite's) is still read, and kept unpacked after it restores.
//
// Whether a first visit restores is judged from the snapshot's own download (see link.js for why): its
// first bytes are timed, and when PROBE_BYTES arrive within the time a link of FAST_BYTES_PER_S needs
// for them, the download goes on and the runtime restores from it; otherwise the download is dropped
// (a slow link must not share its bandwidth with the runtime's own files), Python starts plainly and
// the snapshot is fetched whole after that, for the next visit.
import { FAST_BYTES_PER_S, LINK } from "./link.js";

const CACHE = "aftersales-snapshot";
// 1 MB: at FAST_BYTES_PER_S that is ~130 ms, long enough that a busy machine's scheduling does not
// decide; a slow link still loses only what arrives in that time, because the probe stops on time.
const PROBE_BYTES = 1024 * 1024;
const PROBE_MS = (PROBE_BYTES / FAST_BYTES_PER_S) * 1000;

async function openCache() {
  try {
    return typeof caches === "object" ? await caches.open(CACHE) : null;
  } catch {
    return null; // storage blocked (private mode, a policy): snapshots are simply not kept
  }
}

async function unpack(stream) {
  const raw = stream.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(raw).arrayBuffer());
}

const unpackedKey = (url) => `${url}?unpacked`;

async function keep(key, response) {
  const cache = await openCache();
  if (!cache) return;
  await cache.put(key, response);
  for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
}

// Reads the body's first chunks; true when they came at least as fast as a link worth restoring on.
async function probe(reader, chunks) {
  let received = 0;
  let started = 0;
  let timer = 0;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), PROBE_MS * 4); // a stalled link: no chunk at all
  });
  try {
    while (received < PROBE_BYTES) {
      const next = await Promise.race([reader.read(), late]);
      if (next === null) return false;
      if (next.done) return true; // the whole snapshot arrived within the probe
      chunks.push(next.value);
      received += next.value.length;
      // Timed from the first chunk: the wait for it is the link's latency, which a restore pays once.
      if (!started) started = performance.now();
      else if (performance.now() - started > PROBE_MS) return false;
    }
    return true;
  } finally {
    clearTimeout(timer);
  }
}

// The body again, from its chunks already read on: unpacked as it arrives, not after.
function rest(reader, chunks) {
  return new ReadableStream({
    pull: async (controller) => {
      if (chunks.length) return controller.enqueue(chunks.shift());
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

// A fresh download: {bytes: a promise of the unpacked bytes}, or null when the link is too slow to restore on this visit.
async function download(url, onStep) {
  const response = await fetch(url);
  if (!response.ok || !response.body) return null;
  const reader = response.body.getReader();
  const chunks = [];
  if (!(await probe(reader, chunks))) {
    onStep("snapshot-slow");
    reader.cancel().catch(() => {});
    return null;
  }
  onStep("snapshot-fast");
  // Wrapped: an async function returning the promise itself would wait for it.
  return { bytes: (async () => {
    const bytes = await unpack(rest(reader, chunks));
    onStep("snapshot-unpacked");
    return bytes;
  })() };
}

async function kept(url, onStep) {
  const cache = await openCache();
  if (!cache) return null;
  const unpacked = await cache.match(unpackedKey(url)).catch(() => null);
  if (unpacked) {
    onStep("snapshot-cached");
    return { bytes: unpacked.arrayBuffer().then((buffer) => new Uint8Array(buffer)), unpacked: true };
  }
  const packed = await cache.match(url).catch(() => null);
  if (!packed) return null;
  onStep("snapshot-cached-packed");
  return { bytes: (async () => {
    const bytes = await unpack(packed.body);
    onStep("snapshot-unpacked");
    return bytes;
  })() };
}

// How this visit gets the snapshot at url: null to start plainly, else {bytes, unpacked}: bytes a promise
// of the unpacked snapshot (given to Pyodide at once, so the runtime's own files download while the
// snapshot does), which rejects when it is damaged or its download breaks off (the caller then starts
// plainly and calls forget); unpacked whether it is kept so already (else call keepUnpacked once it
// has restored). onStep(name) marks each step for the page's timing.
export async function snapshotSource(url, link, onStep = () => {}) {
  try {
    const source = (await kept(url, onStep)) ?? (link === LINK.PROBE ? await download(url, onStep) : null);
    source?.bytes.catch(() => {}); // handled where Pyodide awaits it: not an unhandled rejection meanwhile
    return source;
  } catch {
    return null;
  }
}

// Keeps a snapshot that restored, unpacked, for the next visit (bytes: what it was restored from).
export async function keepUnpacked(url, bytes) {
  try {
    if (bytes.byteLength) await keep(unpackedKey(url), new Response(bytes));
  } catch {
    // storage full: the next visit reads the packed copy or downloads again
  }
}

// Downloads the snapshot for the next visit only (after a plain start); quietly gives up on failure.
export async function prefetchSnapshot(url) {
  try {
    const response = await fetch(url);
    if (response.ok) await keep(url, response);
  } catch {
    // next visit starts plainly again and retries
  }
}

// Drops a snapshot that did not restore, so the next visit does not try it again.
export async function forget(url) {
  const cache = await openCache();
  if (!cache) return;
  for (const key of [url, unpackedKey(url)]) await cache.delete(key).catch(() => false);
}
