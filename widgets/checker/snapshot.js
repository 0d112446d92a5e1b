// The runtime's memory snapshot, for worker.mjs: where it is kept between visits (Cache Storage, one
// entry: a new build's snapshot replaces the old one) and how its bytes are read (gzip, unpacked here).
// Every failure comes back as null: a missing or damaged snapshot only means a plain start.
const CACHE = "aftersales-snapshot";

async function openCache() {
  try {
    return typeof caches === "object" ? await caches.open(CACHE) : null;
  } catch {
    return null; // storage blocked (private mode, a policy): snapshots are simply not kept
  }
}

async function unpack(response) {
  const stream = response.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// The cached snapshot at url, unpacked; null when there is none.
export async function cachedSnapshot(url) {
  const cache = await openCache();
  const response = cache && (await cache.match(url).catch(() => null));
  if (!response) return null;
  try {
    return await unpack(response);
  } catch {
    await forget(url);
    return null;
  }
}

async function keep(url, response) {
  const cache = await openCache();
  if (!cache) return;
  await cache.put(url, response);
  for (const old of await cache.keys()) if (old.url !== url) await cache.delete(old);
}

// Downloads the snapshot, keeps it for next time and returns it unpacked (null on any failure).
export async function downloadSnapshot(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    await keep(url, response.clone());
    return await unpack(response);
  } catch {
    return null;
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
  if (cache) await cache.delete(url).catch(() => false);
}
