// The answer under the three first questions: what to do today, the deadlines as a timeline with today
// placed among them, and a chip beside the date field the nearest deadline is counted from.
import { el } from "./dom.js";
import { fill } from "./words.js";

function todayRow(ui, today) {
  return el("li", { class: "asc-tl asc-tl-today", "data-today": "" },
    el("span", { class: "asc-tl-dot", "aria-hidden": "true" }),
    el("span", { class: "asc-tl-label" }, el("time", { datetime: today, text: fill(ui.today, { date: today }) })));
}

function deadlineRow(ui, d) {
  const status = d.passed ? ui.passed : d.days_left === 0 ? ui.days_left_0
    : typeof d.days_left === "number" ? fill(ui.days_left, { n: d.days_left }) : "";
  const notes = [d.from ? fill(ui.counted_from, { date: d.from }) : "", d.basis, d.note].filter(Boolean).join(" · ");
  return el("li", { class: `asc-tl${d.passed ? " asc-tl-passed" : ""}`, "data-deadline": d.code,
    "data-passed": d.passed ? "true" : "false", "data-source": d.source, "data-legal-date": d.legal_date },
    el("span", { class: "asc-tl-dot", "aria-hidden": "true" }),
    el("span", { class: "asc-tl-label" },
      el("strong", { text: d.label || d.code }), " ",
      el("time", { datetime: d.date, text: fill(ui.last_day, { date: d.date }) }), " ",
      status ? el("span", { class: "asc-tl-status", text: status }) : null),
    notes ? el("span", { class: "asc-tl-note", text: notes }) : null);
}

function renderChips(root, ui, deadlines, result) {
  const nearest = deadlines.find((d) => d.code === result.nearest);
  root.querySelectorAll("[data-chip-for]").forEach((chip) => {
    const mine = nearest && chip.dataset.chipFor === result.nearest_field;
    chip.hidden = !mine;
    const words = mine && nearest.source === "merchant" ? ui.chip_merchant : ui.chip;
    chip.textContent = mine ? fill(words, { date: nearest.date }) : "";
    chip.title = mine ? nearest.label || "" : "";
  });
}

// `today` is the date the check used (result.today), else the buyer's own.
export function renderDeadlines(root, role, ui, result, today) {
  const list = role("timeline");
  list.replaceChildren();
  const deadlines = (Array.isArray(result.deadlines) ? result.deadlines : []).filter((d) => d && d.date);
  role("deadlines-none").hidden = deadlines.length > 0;
  const next = role("next-step");
  next.textContent = result.next_step || "";
  next.hidden = !result.next_step;
  renderChips(root, ui, deadlines, result);
  if (!deadlines.length) return;
  const rows = [...deadlines.map((d) => ({ d, date: String(d.date) })), { today: true, date: today }];
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.today ? -1 : 1));
  list.append(...rows.map((row) => (row.today ? todayRow(ui, today) : deadlineRow(ui, row.d))));
}
