// What stays on this device between visits: the draft in localStorage, evidence files in IndexedDB.

const DRAFT_KEY = "aftersales-checker/draft/1";
const DB_NAME = "aftersales-checker";
const DB_STORE = "files";

export function createDraftStore() {
  return {
    // Returns when it was saved, or null when storage is full or disabled (the form still holds it all).
    save(draft) {
      try {
        const savedAt = new Date();
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ saved_at: savedAt.toISOString(), draft }));
        return savedAt;
      } catch {
        return null;
      }
    },
    // {saved_at, draft} or null.
    load() {
      let saved;
      try {
        saved = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null");
      } catch {
        return null;
      }
      return saved && typeof saved.draft === "object" && saved.draft !== null ? saved : null;
    },
    clear() {
      try {
        localStorage.removeItem(DRAFT_KEY);
      } catch {
        /* nothing saved */
      }
    },
  };
}

function openDb() {
  return new Promise((resolve, reject) => {
    if (!("indexedDB" in window)) return reject(new Error("no IndexedDB"));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(DB_STORE, { keyPath: "id" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// Evidence files survive a reload; every method rejects when there is no IndexedDB.
export function createFileStore() {
  let dbp = null;
  const db = () => (dbp ??= openDb());
  const run = (mode, fn) =>
    db().then(
      (d) =>
        new Promise((resolve, reject) => {
          const tx = d.transaction(DB_STORE, mode);
          const req = fn(tx.objectStore(DB_STORE));
          tx.oncomplete = () => resolve(req && req.result);
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        }),
    );
  return {
    put: (record) => run("readwrite", (s) => s.put(record)),
    get: (id) => run("readonly", (s) => s.get(id)),
    remove: (id) => run("readwrite", (s) => s.delete(id)),
    clear: () => run("readwrite", (s) => s.clear()),
  };
}
