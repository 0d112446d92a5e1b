// The summary's head (score, ready or not, the count per severity) and the status bar that stays in view
// ([data-summary]): readiness and the deadline the request hangs on, as the check chose it (result.nearest).
import { fill } from "./words.js";

function nearestLine(ui, d) {
  const words = d.passed ? ui.bar_nearest_passed : d.days_left === 0 ? ui.bar_nearest_0 : ui.bar_nearest;
  return fill(words, { label: d.label || d.code, date: d.date, n: d.days_left });
}

export function renderSummary(role, ui, severities, result) {
  const counts = Object.fromEntries(severities.map((s) => [s, (result.counts || {})[s] ?? 0]));
  const score = Number(result.score);
  const scoreBox = role("score");
  if (Number.isFinite(score)) {
    role("score-meter").value = score;
    role("score-text").textContent = fill(ui.score, { score });
    scoreBox.hidden = false;
  } else {
    scoreBox.hidden = true;
  }
  const ready = role("ready");
  ready.textContent = result.ready ? ui.ready_yes : fill(ui.ready_no, { n: counts[severities[0]] });
  ready.dataset.ready = result.ready ? "true" : "false";
  const line = role("counts");
  line.textContent = fill(ui.counts, counts);
  line.hidden = false;

  const bar = role("bar-ready");
  bar.textContent = result.ready ? ui.bar_ready_yes : fill(ui.bar_ready_no, { n: counts[severities[0]] });
  bar.dataset.ready = ready.dataset.ready;
  const nearest = (Array.isArray(result.deadlines) ? result.deadlines : []).find((d) => d && d.code === result.nearest);
  const deadline = role("bar-deadline");
  deadline.textContent = nearest ? nearestLine(ui, nearest) : ui.deadlines_none;
  deadline.dataset.passed = nearest?.passed ? "true" : "false";
}
