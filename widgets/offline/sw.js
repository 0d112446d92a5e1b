// The site's service worker (tools/offline.py fills in BUILD and PAGES). It keeps one build's files in
// one cache named by that build, so an offline visit never mixes old pages with a new runtime:
//   - installing caches the guide's pages and assets (no runtime bytes: a guide reader may never check);
//   - the checker page asks for the runtime once it is ready ("keep-runtime"); its files also stay as
//     they pass through;
//   - files whose URL carries a version or a content hash (the runtime, the wheels, the checker's own
//     modules under assets/app/<hash>/) come from this build's cache first: a kept copy is never stale,
//     and a returning visitor's checker starts without a round trip per module;
//   - pages and unversioned files come from the network first (a new deploy shows at once), and from
//     this build's cache when the network is down; a page's request starts while the worker itself
//     starts (navigation preload), so a stopped worker does not delay it;
//   - a new build installs beside the old one, takes over, and deletes the old cache; open pages offer
//     a reload (offline.js).
// The runtime's memory snapshot is not kept here: the checker's worker keeps it (snapshot.js).
const BUILD = "__BUILD__";
const PAGES = __PAGES__;
const RUNTIME = __RUNTIME__;
const CACHE = `aftersales-${BUILD}`;
const PREFIX = "aftersales-";
const SNAPSHOT_CACHE = "aftersales-snapshot";
const VERSIONED = __VERSIONED__; // folders (tools/layout.py IMMUTABLE_PREFIXES)
const FINGERPRINTED = /\.[0-9a-f]{8,}\.min\.(?:js|css)$/; // Material's bundles

const scoped = (path) => new URL(path, self.registration.scope).href;
const relative = (url) => (url.startsWith(self.registration.scope) ? url.slice(self.registration.scope.length) : null);

// Where the browser can (Chromium's static routing), versioned files come from this build's cache
// without this worker's script running for each: a returning visitor's checker asks for some forty
// of them at once. A file not kept yet goes to the network; elsewhere the fetch handler does the same.
async function routeVersioned(event) {
  if (typeof event.addRoutes !== "function" || typeof URLPattern !== "function") return;
  const scope = new URL(self.registration.scope).pathname;
  await event.addRoutes(VERSIONED.map((prefix) => ({
    condition: { urlPattern: new URLPattern({ pathname: `${scope}${prefix}*` }) },
    source: { cacheName: CACHE },
  })));
}

self.addEventListener("install", (event) => {
  event.waitUntil(routeVersioned(event).catch(() => {}));
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // "reload": this build's bytes from the server, never an older copy from the HTTP cache.
    await cache.addAll(PAGES.map((path) => new Request(scoped(path), { cache: "reload" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE && name !== SNAPSHOT_CACHE) await caches.delete(name);
    }
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable().catch(() => {});
    await self.clients.claim();
  })());
});

async function runtimeKept(cache) {
  for (const path of RUNTIME) if (!(await cache.match(scoped(path)))) return false;
  return true;
}

async function keepRuntime() {
  const cache = await caches.open(CACHE);
  for (const path of RUNTIME) {
    if (await cache.match(scoped(path))) continue;
    const response = await fetch(scoped(path)); // from the HTTP cache when the page just used it
    if (response.ok) await cache.put(scoped(path), response);
  }
  return runtimeKept(cache);
}

self.addEventListener("message", (event) => {
  const kind = event.data && event.data.type;
  if (kind !== "status" && kind !== "keep-runtime") return;
  event.waitUntil((async () => {
    let runtime = false;
    try {
      runtime = kind === "keep-runtime" ? await keepRuntime() : await runtimeKept(await caches.open(CACHE));
    } catch {
      runtime = false; // offline or storage full: the page simply does not say "offline" for the checker
    }
    event.source.postMessage({ type: "offline-status", build: BUILD, runtime });
  })());
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch: true });
}

async function versioned(request) {
  const hit = await fromCache(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.status === 200) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}

async function networkFirst(request, preloaded) {
  try {
    return (await preloaded) || (await fetch(request));
  } catch (err) {
    const hit = await fromCache(request);
    if (hit) return hit;
    if (request.mode === "navigate") {
      const missing = await fromCache(new Request(scoped("404.html")));
      if (missing) return missing;
    }
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const path = relative(request.url);
  if (path === null || path.endsWith(".snapshot.gz")) return;
  event.respondWith(VERSIONED.some((prefix) => path.startsWith(prefix)) || FINGERPRINTED.test(path) ? versioned(request)
    : networkFirst(request, request.mode === "navigate" ? event.preloadResponse : undefined));
});
