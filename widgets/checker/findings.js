// The check's findings: each beside its field (data-slot), grouped by severity in the summary list, and
// tied to the controls for screen readers (aria-describedby, aria-invalid). Also the "read as …" notes.
import { el } from "./dom.js";
import { fill } from "./words.js";

export function createFindingsView({ root, role, ui, rules, form, siteRoot }) {
  const severities = rules.severities;
  const blocking = severities[0]; // the most severe: a finding of it keeps the draft from being ready
  const severityOf = (f) => (severities.includes(f.severity) ? f.severity : severities[severities.length - 1]);

  // The slot for a finding's field: the field's own, else the nearest enclosing one (a group, the form).
  function slotFor(field) {
    let path = String(field || "").replace(/\[(\d+)\]/g, ".$1");
    while (path) {
      const slot = root.querySelector(`[data-slot="${CSS.escape(path)}"]`);
      if (slot) return slot;
      const cut = path.lastIndexOf(".");
      path = cut > 0 ? path.slice(0, cut) : "";
    }
    return null;
  }

  function guideHref(guide) {
    if (!guide || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(guide)) return null; // site-relative links only
    return new URL(guide, siteRoot).href;
  }

  function findingNode(f, id, full) {
    const sev = severityOf(f);
    const node = el(full ? "li" : "div", { class: `asc-finding asc-sev-${sev}`, id, "data-code": f.code,
      "data-field": f.field ?? "", "data-severity": sev });
    node.append(el("span", { class: "asc-badge", text: ui[`sev_${sev}`] }), " ");
    // message = title + why + fix; shown apart so the fix is not read twice.
    if (f.title && f.why) {
      node.append(el("strong", { class: "asc-title", text: f.title }), " ", el("span", { class: "asc-msg", text: f.why }));
    } else {
      node.append(el("span", { class: "asc-msg", text: f.message || f.title || f.code }));
    }
    if (f.fix) node.append(" ", el("span", { class: "asc-fix" }, el("span", { class: "asc-fix-label", text: ui.fix }), f.fix));
    const links = el("span", { class: "asc-links" });
    const target = full && f.field ? slotFor(f.field) : null;
    if (target) links.append(el("a", { href: `#${target.id}`, "data-goto": f.field, text: ui.go_to_field }));
    const href = guideHref(f.guide);
    if (href) links.append(el("a", { href, class: "asc-guide", text: ui.guide_link }));
    if (links.childNodes.length) node.append(" ", links);
    return node;
  }

  function describe(control, extraIds, invalid) {
    if (!control) return;
    const base = control.dataset.baseDescribedby ?? (control.getAttribute("aria-describedby") || "");
    control.dataset.baseDescribedby = base;
    const ids = [base, ...extraIds].join(" ").trim();
    if (ids) control.setAttribute("aria-describedby", ids);
    else control.removeAttribute("aria-describedby");
    if (invalid) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
  }

  // Whether the buyer has reached a field: typed in it, or it holds a value (restored, imported, from a link).
  // A finding on the contact group counts once any of its fields does; one on an evidence file, once the
  // evidence has been touched.
  function touched(field) {
    if (field === rules.contact.field) return rules.contact.paths.some((p) => touched(p));
    const path = String(field || "");
    const root = path.split(/[.[]/)[0];
    return form.touched(path) || form.touched(root) || (Boolean(form.control(path)) && !form.isEmpty(path));
  }

  function showReadAs(result, extra) {
    const readAs = new Map((result.read_as || []).map((r) => [r.field, r]));
    for (const f of form.fields) {
      const p = root.querySelector(`#readas-${CSS.escape(f.id)}`);
      if (!p) continue;
      const r = readAs.get(f.path);
      if (r && r.value !== undefined && String(r.value) !== String(r.input ?? "")) {
        p.textContent = fill(ui.read_as, { value: r.value });
        p.hidden = false;
        extra.set(form.control(f.path), [p.id]);
      } else {
        p.hidden = true;
        p.textContent = "";
      }
    }
  }

  function showBesideFields(findings, extra) {
    const invalid = new Set();
    findings.forEach((f, i) => {
      const slot = slotFor(f.field);
      // A note on a field the buyer has not reached yet lives in the summary only: one appearing or going
      // beside a field would move the fields under her thumb.
      if (!slot || !touched(f.field)) return;
      const id = `asc-f-${i}`;
      slot.append(findingNode(f, id, false));
      const target = form.control(slot.dataset.slot) || slot.closest("fieldset");
      if (!extra.has(target)) extra.set(target, []);
      extra.get(target).push(id);
      if (f.severity === blocking) invalid.add(target);
    });
    return invalid;
  }

  function showSummaryList(findings) {
    const box = role("findings");
    box.replaceChildren();
    for (const sev of severities) {
      const items = findings.filter((f) => severityOf(f) === sev);
      if (!items.length) continue;
      const list = el("ul", { class: "asc-summary-items" }, ...items.map((f) => findingNode(f, null, true)));
      box.append(el("section", { class: `asc-sev-group asc-sev-${sev}` },
        el("h3", { text: `${ui[`sev_${sev}`]} (${items.length})` }), list));
    }
    if (!findings.length) box.append(el("p", { class: "asc-none", text: ui.no_findings }));
  }

  return {
    slotFor,
    render(result) {
      const findings = Array.isArray(result.findings) ? result.findings : [];
      root.querySelectorAll("[data-slot]").forEach((s) => s.replaceChildren());
      const extra = new Map(); // control or fieldset -> ids that describe it
      showReadAs(result, extra);
      const invalid = showBesideFields(findings, extra);
      for (const c of [...form.controls(), ...form.element.querySelectorAll("fieldset")]) {
        describe(c, extra.get(c) || [], invalid.has(c));
      }
      showSummaryList(findings);
    },
  };
}
