// Whether this visit should restore the runtime's memory snapshot or start Python plainly.
//
// The snapshot (~7.5 MB gzipped) is larger than the runtime it replaces the start-up of, and restoring
// it saves two to three seconds of CPU on a desktop (more on a phone). So it pays when it is already cached, or when this
// link downloads it in about a second; a first visit on a slower link starts plainly and fetches the
// snapshot afterwards, for next time. The link is judged by what it just did: the throughput of this
// page's own downloads (Resource Timing), which errs low on small files, so a doubtful link starts
// plainly; when nothing was downloaded to judge by, the browser's estimate (navigator.connection)
// decides. A visitor who asked to save data (navigator.connection.saveData) never gets the extra bytes
// unasked. The worker checks Cache Storage itself: a cached snapshot is restored whatever the link.

// The link must carry about this many bytes per second for a first-visit restore to pay.
// ~15 Mbit/s: the snapshot then downloads in about the 3 s it saves on a desktop (a phone saves more).
const FAST_BYTES_PER_S = 1_800_000;
const MEASURABLE_BYTES = 16_000; // smaller downloads say more about latency than throughput

export const LINK = Object.freeze({ FAST: "fast", SLOW: "slow", SAVE_DATA: "save-data" });

function measuredThroughput() {
  let bytes = 0;
  let seconds = 0;
  const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
  for (const entry of entries) {
    const size = entry.encodedBodySize || 0;
    // Only bodies that came over the link: a cached or revalidated (304) one moved a few header bytes.
    if (size < MEASURABLE_BYTES || !(entry.transferSize > size) || !(entry.responseEnd > entry.responseStart)) continue;
    bytes += size;
    seconds += (entry.responseEnd - entry.responseStart) / 1000;
  }
  return seconds > 0 ? bytes / seconds : null;
}

export function judgeLink() {
  const connection = navigator.connection;
  if (connection && connection.saveData) return LINK.SAVE_DATA;
  if (connection && connection.effectiveType && connection.effectiveType !== "4g") return LINK.SLOW;
  const throughput = measuredThroughput();
  if (throughput !== null) return throughput >= FAST_BYTES_PER_S ? LINK.FAST : LINK.SLOW;
  // Nothing measurable (this page came from caches): the browser's own estimate, which tops out at 10.
  return connection && connection.downlink >= 10 ? LINK.FAST : LINK.SLOW;
}
