// When the runtime cannot run: what was typed, labelled, as one email to the merchant. No rule is
// involved (nothing is checked); it only keeps the buyer from losing what they wrote.
import { fill, formatSize } from "./words.js";

// The form's own control names (aftersales.fields): the mail goes to the merchant's address, about the product.
const TO = "merchant.support_email";
const PRODUCT = "order.product_name";
const EVIDENCE_GROUP = "evidence";

// The one check that lives in JavaScript: this mail is made exactly when Python could not load, so
// Python's address rule (aftersales.outputs.mail.address) cannot be asked. It is minimal and strict:
// one address, nothing that could add a recipient or a header to the link (no , ; ? & % # spaces or
// brackets). Anything else leaves the recipient empty for the buyer to fill in in their mail app.
const ONE_ADDRESS = /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function recipient(value) {
  const address = String(value ?? "").trim();
  return address.length <= 254 && ONE_ADDRESS.test(address) ? address : "";
}

export function fallbackMailto({ ui, groups, form, evidence }) {
  const lines = [ui.fallback_intro, ""];
  for (const g of groups) {
    const rows = [];
    for (const f of g.fields) {
      const v = form.value(f.path);
      if (v === undefined || v === false) continue;
      const shown = f.options.length ? (f.options.find((o) => o.value === v)?.label ?? v) : v === true ? "✓" : v;
      rows.push(`${f.label}: ${shown}`);
    }
    if (g.key === EVIDENCE_GROUP && evidence.length) {
      rows.push(`${ui.fallback_files}:`, ...evidence.map((it) => `- ${it.name} (${formatSize(ui, it.size)})`));
    }
    if (rows.length) lines.push(`【${g.label}】`, ...rows, "");
  }
  const address = recipient(form.value(TO));
  const subject = fill(ui.fallback_subject, { product: form.value(PRODUCT) || "" });
  return `mailto:${encodeURIComponent(address).replace(/%40/g, "@")}?subject=${encodeURIComponent(subject)}`
    + `&body=${encodeURIComponent(lines.join("\n"))}`;
}
