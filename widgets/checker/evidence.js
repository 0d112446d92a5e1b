// The buyer's evidence files: the list, its metadata for the draft (with the first bytes, so the check
// can tell a file's type by content), and the files themselves in the device's file store.

const MAGIC_BYTES = 16;

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

async function readMagic(file) {
  try {
    return hex(new Uint8Array(await file.slice(0, MAGIC_BYTES).arrayBuffer()));
  } catch {
    return "";
  }
}

// An item listed from saved or imported metadata; its file is attached only if this device has it.
// `meta` is already coerced to strings and a number (draft.js readDraft).
function fromMeta(meta, id = meta.id || newId()) {
  return { id, kind: meta.kind || "", name: meta.name, size: meta.size, type: meta.type || "",
    magic: meta.magic || "", file: null, guessed: Boolean(meta.kind), preview: undefined };
}

const isMeta = (meta) => meta !== null && typeof meta === "object";

export function createEvidence(store) {
  let items = []; // {id, kind, name, size, type, magic, file|null, guessed}

  function meta(item) {
    const out = { kind: item.kind || undefined, name: item.name, size: item.size };
    if (item.type) out.type = item.type;
    if (item.magic) out.magic = item.magic;
    return out;
  }

  return {
    get items() {
      return items;
    },
    // What the draft carries; `withIds` for the saved copy, whose ids find the files again.
    metas: (withIds = false) => items.map((it) => (withIds ? { ...meta(it), id: it.id } : meta(it))),

    // Adds the files; returns false when some could not be kept for the next visit.
    async add(files) {
      let stored = true;
      for (const file of files) {
        const item = { id: newId(), kind: "", name: file.name, size: file.size, type: file.type || "",
          magic: await readMagic(file), file, guessed: false, preview: undefined };
        items.push(item);
        try {
          await store.put({ id: item.id, blob: file, name: file.name, type: file.type });
        } catch {
          stored = false;
        }
      }
      return stored;
    },

    async remove(id) {
      items = items.filter((it) => it.id !== id);
      try {
        await store.remove(id);
      } catch {
        /* nothing stored */
      }
    },

    setKind(id, kind) {
      const item = items.find((it) => it.id === id);
      if (item) item.kind = kind;
    },

    // Asks the check for the kind of each new file (guess(name, type) -> kind); true if any was asked.
    async guessKinds(guess) {
      const pending = items.filter((it) => !it.kind && !it.guessed);
      for (const item of pending) {
        try {
          item.kind = await guess(item.name, item.type);
        } catch {
          /* stays unguessed: the buyer can pick, the check will say it is missing */
        }
        item.guessed = true;
      }
      return pending.length > 0;
    },

    // Asks the check which files are raster images (sniff(magicHex) -> image type or ""); true if any
    // was asked. Only those get a thumbnail (evidence-view.js).
    async sniffThumbnails(sniff) {
      const pending = items.filter((it) => it.file && it.magic && it.preview === undefined);
      for (const item of pending) {
        try {
          item.preview = String((await sniff(item.magic)) || "");
        } catch {
          item.preview = "";
        }
      }
      return pending.length > 0;
    },

    // The saved list from the last visit, with the files the store still has; returns how many.
    async restore(metas) {
      const restored = [];
      for (const m of metas.filter(isMeta)) {
        const item = fromMeta(m);
        if (m.id) {
          try {
            const rec = await store.get(m.id);
            if (rec && rec.blob) item.file = rec.blob;
          } catch {
            /* no file store: the item stays listed without its file */
          }
        }
        restored.push(item);
      }
      items.push(...restored);
      return restored.length;
    },

    // An imported draft's list replaces this one; a file already on this device with the same name and
    // size stays attached.
    adopt(metas) {
      const kept = [];
      for (const m of metas.filter(isMeta)) {
        const have = items.find((it) => it.file && it.name === m.name && it.size === m.size && !kept.includes(it));
        kept.push(have ? { ...have, kind: m.kind || have.kind } : fromMeta(m, newId()));
      }
      for (const it of items) if (!kept.some((k) => k.id === it.id)) store.remove(it.id).catch(() => {});
      items = kept;
    },

    clear() {
      items = [];
      store.clear().catch(() => {});
    },

    // The files that are here, as make_output takes them.
    async files() {
      const out = [];
      for (const it of items) {
        if (!it.file) continue;
        out.push({ name: it.name, kind: it.kind, type: it.type, data: new Uint8Array(await it.file.arrayBuffer()) });
      }
      return out;
    },
  };
}
