// Keeps the draft on this device while the buyer types, and brings it back on the next visit.
import { buildDraft, flatten } from "./draft.js";
import { createDraftStore } from "./store.js";
import { fill } from "./words.js";

export function createAutosave({ role, ui, lang, form, evidence }) {
  const store = createDraftStore();

  return {
    save() {
      if (!form.hasContent() && !evidence.items.length) {
        store.clear();
        role("saved").textContent = ui.saved_never;
        return;
      }
      // The saved copy keeps each file's id, which finds the file again in the file store.
      const savedAt = store.save(buildDraft(form, evidence.metas(true), lang));
      if (savedAt) role("saved").textContent = fill(ui.saved, { time: savedAt.toLocaleTimeString(lang) });
    },

    async restore() {
      const saved = store.load();
      if (!saved) return;
      const flat = flatten(saved.draft);
      let applied = false;
      for (const f of form.fields) {
        // Whatever the buyer typed before this script ran wins over the saved copy.
        if (f.path in flat && form.isEmpty(f.path)) applied = form.set(f.path, flat[f.path]) || applied;
      }
      if (await evidence.restore(Array.isArray(saved.draft.evidence) ? saved.draft.evidence : [])) applied = true;
      if (!applied) return;
      const when = new Date(saved.saved_at);
      const note = role("restored");
      note.textContent = fill(ui.restored, { time: Number.isNaN(when.getTime()) ? saved.saved_at : when.toLocaleString(lang) });
      note.hidden = false;
    },

    clear: () => store.clear(),
  };
}
