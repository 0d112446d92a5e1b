// The summary's head: the score, ready or not, the count per severity, and the jump link at the top.
import { fill } from "./words.js";

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
  const jump = role("jump-summary");
  jump.textContent = `${Number.isFinite(score) ? `${fill(ui.score, { score })} · ` : ""}${ready.textContent}`;
  jump.dataset.ready = ready.dataset.ready;
  jump.hidden = false;
}
