// The merchant's own after-sales terms, when the draft (usually a merchant's link) has any.
import { el } from "./dom.js";

const NAME = "merchant.name";
const POLICY = "merchant.policy.";

// Before the check can run: the merchant's name and promises as the link gave them, under the form's own
// labels, so a buyer who opened a shop's link sees its terms at once. The check's block replaces it.
export function previewMerchant(role, form) {
  const lines = form.fields.filter((f) => f.path.startsWith(POLICY) && form.value(f.path) !== undefined)
    .map((f) => `${f.label}：${form.value(f.path)}`);
  const name = form.value(NAME) || "";
  if (!name && !lines.length) return;
  role("merchant-name").textContent = name;
  role("merchant-lines").replaceChildren(...lines.map((line) => el("li", { text: line })));
  role("merchant").hidden = false;
}

export function renderMerchant(role, result) {
  const m = result.merchant;
  const box = role("merchant");
  if (!m || (!m.name && !(m.lines || []).length)) {
    box.hidden = true;
    return;
  }
  role("merchant-name").textContent = m.name || "";
  role("merchant-lines").replaceChildren(...(m.lines || []).map((line) => el("li", { text: line })));
  box.hidden = false;
}
