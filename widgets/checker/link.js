// Whether this visit may restore the runtime's memory snapshot, as far as the page can tell before
// anything is downloaded.
//
// The snapshot (~5.5 MB gzipped) doubles what a first visit downloads, and restoring it saves about
// half a second of CPU on a desktop (two on a phone) over a plain start, which compiles nothing since
// the standard library comes precompiled (tools/snapshot.mjs). So it pays when it is already
// kept from an earlier visit (the worker looks first, whatever the link), or when this link brings it in
// about as long as it saves. Nothing the page has downloaded says that reliably (small files measure
// latency, a revalidated page measures nothing, and the browser's own estimate tops out at 10 Mbit/s),
// so the snapshot's own download is the measurement: snapshot.js times its first bytes against
// FAST_BYTES_PER_S and drops it at once on a slower link, so that link loses only those bytes and
// starts Python plainly, fetching the snapshot afterwards for next time. Only two things are decided
// here, before any byte: a browser that knows its link is a slow one (navigator.connection's
// effectiveType below "4g") starts plainly without the probe, and a visitor who asked to save data
// (navigator.connection.saveData) never gets the extra bytes unasked.

// The link must carry about this many bytes per second for a first-visit restore to pay.
// ~64 Mbit/s: the snapshot then downloads in about the time it saves. Measured on this project's
// 2-core machine (bench/RESULTS.md): a plain start is ready ~0.5 s after the runtime's files arrive at
// 1x CPU, a restore ~0.3 s after the snapshot does; with the CPU slowed 4x (a phone) both take longer.
export const FAST_BYTES_PER_S = 8_000_000;

// PROBE: time the snapshot's download and restore if it is fast; SLOW: start plainly, fetch the
// snapshot afterwards; SAVE_DATA: start plainly, never fetch it unasked.
export const LINK = Object.freeze({ PROBE: "probe", SLOW: "slow", SAVE_DATA: "save-data" });

export function judgeLink() {
  const connection = navigator.connection;
  if (connection && connection.saveData) return LINK.SAVE_DATA;
  if (connection && connection.effectiveType && connection.effectiveType !== "4g") return LINK.SLOW;
  return LINK.PROBE;
}
