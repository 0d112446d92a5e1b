// Shows a check result (aftersales/result/1) everywhere it belongs on the page.
import { renderDeadlines } from "./deadlines.js";
import { localToday } from "./draft.js";
import { createFindingsView } from "./findings.js";
import { renderMerchant } from "./merchant.js";
import { renderSummary } from "./summary.js";

export function createResultView(context) {
  const { root, role, ui, rules } = context;
  const findings = createFindingsView(context);
  let last = null;

  return {
    slotFor: findings.slotFor,
    show(result) {
      last = result;
      context.root.removeAttribute("data-check");
      role("check-failed").hidden = true;
      findings.render(result);
      renderSummary(role, ui, rules.severities, result);
      renderDeadlines(root, role, ui, result, result.today || localToday());
      renderMerchant(role, result);
    },
    // The check did not finish: no result at all rather than one for an older draft.
    fail() {
      last = null;
      context.root.dataset.check = "failed";
      role("check-failed").hidden = false;
      findings.render({ findings: [], deadlines: [] });
      role("findings").replaceChildren();
      role("timeline").replaceChildren();
      role("score").hidden = true;
      role("counts").hidden = true;
      role("ready").textContent = "";
      // The status bar too: no readiness or deadline from an older draft stays in view.
      const bar = role("bar-ready");
      bar.textContent = ui.bar_check_failed;
      bar.dataset.ready = "false";
      const deadline = role("bar-deadline");
      deadline.textContent = ui.bar_check_again;
      deadline.dataset.passed = "false";
    },
    // The evidence list was redrawn, and with it its finding slots: put the last findings back.
    refreshFindings() {
      if (last) findings.render(last);
    },
  };
}
