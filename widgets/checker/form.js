// The form's controls, read and written by draft path (aftersales.fields, embedded by the template).
import { el } from "./dom.js";
import { fill } from "./words.js";

export function createForm(element, data) {
  const { ui, rules } = data;
  const fields = data.form.flatMap((g) => g.fields.map((f) => ({ ...f, group: g.key })));
  const controls = new Map(fields.map((f) => [f.path, element.querySelector(`#${CSS.escape(f.id)}`)]));
  // Fields the buyer has typed in: an empty required field shows a calm "to fill in" note beside it
  // until then, not a red error, so a fresh form does not greet an upset buyer with seven errors.
  const touched = new Set();

  function value(path) {
    const c = controls.get(path);
    if (!c) return undefined;
    return c.value === "" ? undefined : c.value;
  }

  // A yes / no / not-sure choice written as a link or an older draft writes it (true, 1, 是 …).
  const answers = Object.entries(rules.answers);
  const answerOf = (text) => {
    const word = text.normalize("NFKC").trim().toLowerCase();
    return answers.find(([, words]) => words.includes(word))?.[0] ?? text;
  };
  const choices = new Set(fields.filter((f) => f.control === "choice").map((f) => f.path));

  function set(path, v) {
    const c = controls.get(path);
    if (!c) return false;
    let text = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    if (choices.has(path) && text !== "") text = answerOf(text);
    if (c.tagName === "SELECT" && text !== "" && ![...c.options].some((o) => o.value === text)) {
      // A value the list does not know (from a link or a file): keep it visibly so the check can name it.
      c.append(el("option", { value: text, "data-foreign": "", text: `${text} ${ui.unknown_value}` }));
    }
    c.value = text;
    return true;
  }

  function isEmpty(path) {
    const c = controls.get(path);
    return !c || c.value === "";
  }

  // Whether `v` (from a link or a file) would change what the control holds.
  function differs(path, v) {
    const c = controls.get(path);
    if (!c) return false;
    const text = v === null || v === undefined ? "" : String(v);
    return c.value !== (choices.has(path) && text !== "" ? answerOf(text) : text);
  }

  function clear() {
    touched.clear();
    element.querySelectorAll("option[data-foreign]").forEach((o) => o.remove());
    for (const f of fields) set(f.path, "");
  }

  // Every filled field as [path, value]: what goes into the draft.
  function entries() {
    return fields.map((f) => [f.path, value(f.path)]).filter(([, v]) => v !== undefined);
  }

  function hasContent() {
    return entries().length > 0;
  }

  function updateCounts() {
    for (const f of fields) {
      if (f.control !== "textarea") continue;
      const counter = element.querySelector(`#count-${CSS.escape(f.id)}`);
      const n = [...(controls.get(f.path)?.value || "")].length;
      if (counter) {
        counter.textContent = fill(ui.chars, { n, max: f.maxlength });
        counter.classList.toggle("asc-over", n > f.maxlength);
      }
    }
  }

  // The calendar button beside a date field opens the browser's picker; the text field stays the truth.
  function wireDatePickers(onChange) {
    element.addEventListener("click", (e) => {
      const pick = e.target.closest('[data-action="pick-date"]');
      if (!pick) return;
      const picker = element.querySelector(`[data-picker-for="${CSS.escape(pick.dataset.for)}"]`);
      const text = element.querySelector(`#${CSS.escape(pick.dataset.for)}`);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text.value)) picker.value = text.value;
      try {
        picker.showPicker();
      } catch {
        picker.focus();
      }
    });
    element.querySelectorAll("[data-picker-for]").forEach((picker) =>
      picker.addEventListener("change", () => {
        const text = element.querySelector(`#${CSS.escape(picker.dataset.pickerFor)}`);
        if (picker.value) {
          text.value = picker.value;
          onChange();
          text.focus();
        }
      }));
  }

  // A folded group (data from aftersales.data.fields) opens once a link, a file or the buyer filled one of its
  // fields; it never closes by itself, so nothing the buyer is looking at disappears.
  function unfold() {
    for (const details of element.querySelectorAll("details[data-fold]")) {
      if (fields.some((f) => f.group === details.dataset.fold && value(f.path) !== undefined && value(f.path) !== false)) {
        details.open = true;
      }
    }
  }

  // Show a control that may sit in a folded group.
  function reveal(control) {
    const details = control?.closest("details[data-fold]");
    if (details) details.open = true;
  }

  return {
    element,
    fields,
    control: (path) => controls.get(path),
    controls: () => [...controls.values()],
    value,
    set,
    isEmpty,
    differs,
    clear,
    entries,
    hasContent,
    updateCounts,
    wireDatePickers,
    unfold,
    reveal,
    touch: (name) => touched.add(name),
    touched: (path) => touched.has(path),
    focusFirst: () => controls.get(fields[0].path)?.focus(),
  };
}
