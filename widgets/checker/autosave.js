// Keeps the draft on this device while the buyer types, and brings it back on the next visit. Where the
// device refuses (storage full, private mode, blocked), the checker carries on in memory and says that
// autosave is off, with an export button beside the words. A framed checker keeps nothing (main.js).
import { buildDraft, readDraft } from "./draft.js";
import { createDraftStore } from "./store.js";
import { fill } from "./words.js";

export function createAutosave({ role, ui, lang, form, evidence, enabled = true }) {
  const store = createDraftStore();

  function off(isOff) {
    role("autosave-off").hidden = !isOff;
    if (isOff) role("saved").textContent = "";
  }

  return {
    save() {
      if (!enabled) return;
      if (!form.hasContent() && !evidence.items.length) {
        store.clear();
        off(false);
        role("saved").textContent = ui.saved_never;
        return;
      }
      // The saved copy keeps each file's id, which finds the file again in the file store.
      const savedAt = store.save(buildDraft(form, evidence.metas(true), lang));
      off(!savedAt);
      if (savedAt) role("saved").textContent = fill(ui.saved, { time: savedAt.toLocaleTimeString(lang) });
    },

    async restore() {
      if (!enabled) return;
      const saved = store.load();
      // A stored copy is read like an imported file: validated whole before it touches the form.
      const read = saved && readDraft(saved.draft, form.fields.map((f) => f.path));
      if (!read) return;
      let applied = false;
      for (const f of form.fields) {
        // Whatever the buyer typed before this script ran wins over the saved copy.
        if (f.path in read.flat && form.isEmpty(f.path)) applied = form.set(f.path, read.flat[f.path]) || applied;
      }
      if (await evidence.restore(read.evidence)) applied = true;
      if (!applied) return;
      const when = new Date(saved.saved_at);
      const note = role("restored");
      note.textContent = fill(ui.restored, { time: Number.isNaN(when.getTime()) ? String(saved.saved_at) : when.toLocaleString(lang) });
      note.hidden = false;
    },

    clear: () => enabled && store.clear(),
  };
}
