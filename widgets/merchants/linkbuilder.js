// The link builder: reads the form, asks aftersales.browser.merchant_link for the link, QR code,
// snippet, card and the checker's policy findings, and shows them. Every word comes from the page's data.
import { el, roles } from "../checker/dom.js";
import { localToday } from "../checker/draft.js";
import { CALL } from "../checker/protocol.js";
import { debounce, latestOnly } from "../checker/schedule.js";
import { fill } from "../checker/words.js";

const BUILD_DELAY_MS = 150;
const OWN_CONTROLS = ["site", "lang"]; // the builder's own settings, not draft paths
const CARD_TEXTS = ["heading", "shop", "product", "policy_title", "law", "privacy"];
const CARD_LISTS = ["steps", "policy", "contact"];

const svgUrl = (svg) => "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);

export function mountLinkBuilder(root, ui, runtime) {
  const role = roles(root);
  const form = role("form");
  const q = (sel) => root.querySelector(sel);
  const out = { link: q("[data-output=link]"), qr: q("[data-output=qr]"), snippet: q("[data-output=snippet]") };
  const card = (name) => q(`[data-card=${name}]`);
  const message = role("message");
  // The site this page is served from, when it is served over the web (a file:// page has no address).
  const pageSite = /^https?:$/.test(location.protocol) ? new URL(root.dataset.site || "./", document.baseURI).href : "";
  const siteInput = form.elements.site;
  siteInput.placeholder = pageSite;
  let current = null;

  function values() {
    const v = {};
    for (const c of form.elements) {
      if (!c.name || OWN_CONTROLS.includes(c.name)) continue;
      v[c.name] = c.type === "checkbox" ? c.checked : c.value;
    }
    return v;
  }

  function showCard(built, url) {
    const c = built.card;
    for (const key of CARD_TEXTS) card(key).textContent = c[key] || "";
    for (const key of CARD_LISTS) card(key).replaceChildren(...c[key].map((line) => el("li", { text: line })));
    card("policy_title").hidden = !c.policy.length;
    Object.assign(card("qr"), { src: url, alt: out.qr.alt, hidden: false });
  }

  function showFindings(findings) {
    for (const p of root.querySelectorAll("[data-finding-for]")) p.hidden = true;
    const items = findings.map((f) => {
      const slot = q(`[data-finding-for="${CSS.escape(f.field)}"]`);
      if (slot) Object.assign(slot, { textContent: f.message, hidden: false });
      return el("li", { "data-code": f.code, "data-field": f.field, text: f.message });
    });
    role("policy-findings").replaceChildren(...items);
    role("policy-fine").hidden = items.length > 0;
  }

  function show(built) {
    current = built;
    out.link.value = built.link;
    out.snippet.value = built.snippet;
    const url = svgUrl(built.qr);
    Object.assign(out.qr, { src: url, alt: fill(ui.qr_alt, { link: built.link }), hidden: false });
    const download = q("[data-action=download-qr]");
    download.href = url;
    download.removeAttribute("aria-disabled");
    showCard(built, url);
    showFindings(built.findings);
    role("site-bad").hidden = built.base_ok;
    for (const b of root.querySelectorAll("[data-copy], [data-action=print-card]")) b.disabled = false;
    role("outputs").setAttribute("aria-busy", "false");
  }

  const update = latestOnly(async () => {
    const base = siteInput.value.trim() || pageSite;
    try {
      show(await runtime.call(CALL.MERCHANT_LINK, JSON.stringify(values()), base, form.elements.lang.value,
        localToday()));
    } catch (err) {
      // A crashed worker is restarted by the runtime (the status shows it); a Python error is worded.
      if (err.code === "python") message.textContent = err.message;
    }
  });
  const changes = debounce(BUILD_DELAY_MS, update);

  async function copy(which) {
    try {
      await navigator.clipboard.writeText(current[which]);
      message.textContent = ui.copied;
    } catch {
      out[which].select();
      message.textContent = ui.copy_failed;
    }
  }

  function printCard() {
    // Print only the card: hide everything beside it on the way up to <body>, for this print only.
    const hidden = [];
    for (let node = q("[data-output=card]"); node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        if (sibling !== node && !sibling.classList.contains("amt-print-hide")) {
          sibling.classList.add("amt-print-hide");
          hidden.push(sibling);
        }
      }
    }
    // The A6 sheet applies only to this print: printing the page itself keeps the reader's paper size.
    const sheet = document.querySelector("link[data-role=card-page]");
    sheet.media = "print";
    document.documentElement.classList.add("amt-printing-card");
    // Undone at the next touch or key rather than on "afterprint": browsers fire that at different
    // moments (some before the sheet is laid out), and the print-only rules change nothing on screen.
    const restore = () => {
      sheet.media = "not all";
      document.documentElement.classList.remove("amt-printing-card");
      for (const node of hidden) node.classList.remove("amt-print-hide");
    };
    setTimeout(() => {
      document.addEventListener("pointerdown", restore, { once: true, capture: true });
      document.addEventListener("keydown", restore, { once: true, capture: true });
    }, 0);
    window.print();
  }

  form.addEventListener("input", () => changes.poke());
  form.addEventListener("change", () => changes.poke());
  form.addEventListener("submit", (e) => e.preventDefault());
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-copy]");
    if (button && current) copy(button.dataset.copy);
    else if (event.target.closest("[data-action=print-card]")) printCard();
  });

  update();
}
