// The merchant's own after-sales terms, when the draft (usually a merchant's link) has any.
import { el } from "./dom.js";

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
