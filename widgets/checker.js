// The checker page's glue: keeps the draft (form + files) on the device, sends it to the Python check in
// the worker, and renders what comes back. Every rule, message, label and limit comes from py/aftersales
// (the check result, or the form/ui data the template embeds); this file only moves and shows data.
import { startRuntime } from "./runtime.js";

const DRAFT_KEY = "aftersales-checker/draft/1";
const DB_NAME = "aftersales-checker";
const DB_STORE = "files";
const CHECK_DELAY_MS = 150;
const SEVERITIES = ["error", "warning", "info"];
const MAGIC_BYTES = 16;

// ---------- small helpers ----------

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function localToday() {
  // The buyer's calendar date, from this device's clock: nothing in a link can move it.
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function setPath(obj, path, value) {
  const keys = path.split(".");
  let node = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null || Array.isArray(node[k])) node[k] = {};
    node = node[k];
  }
  node[keys[keys.length - 1]] = value;
}

function flatten(obj, prefix = "", out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) flatten(v, path, out);
    else out[path] = v;
  }
  return out;
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function newId() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function download(data, filename, mime) {
  const url = URL.createObjectURL(new Blob([data], { type: mime || "application/octet-stream" }));
  const a = el("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---------- file store (IndexedDB): evidence files survive a reload ----------

function openStore() {
  return new Promise((resolve, reject) => {
    if (!("indexedDB" in window)) return reject(new Error("no IndexedDB"));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(DB_STORE, { keyPath: "id" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function fileStore() {
  let dbp = null;
  const db = () => (dbp ??= openStore());
  const run = (mode, fn) =>
    db().then(
      (d) =>
        new Promise((resolve, reject) => {
          const tx = d.transaction(DB_STORE, mode);
          const req = fn(tx.objectStore(DB_STORE));
          tx.oncomplete = () => resolve(req && req.result);
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        }),
    );
  return {
    put: (record) => run("readwrite", (s) => s.put(record)),
    get: (id) => run("readonly", (s) => s.get(id)),
    remove: (id) => run("readwrite", (s) => s.delete(id)),
    clear: () => run("readwrite", (s) => s.clear()),
  };
}

// ---------- the widget ----------

function mount(root) {
  const data = JSON.parse(root.querySelector('[data-role="checker-data"]').textContent);
  const ui = data.ui;
  const lang = root.dataset.lang || "zh-CN";
  const role = (name) => root.querySelector(`[data-role="${name}"]`);
  const form = role("form");
  const fields = data.form.flatMap((g) => g.fields.map((f) => ({ ...f, group: g.key })));
  const controls = new Map(fields.map((f) => [f.path, form.querySelector(`#${CSS.escape(f.id)}`)]));
  const evidenceGroup = data.form.find((g) => g.key === "evidence") || { kinds: [] };
  const siteRoot = new URL(`${root.dataset.assets || "../assets/"}../`, document.baseURI);
  const store = fileStore();

  let evidence = []; // {id, kind, name, size, type, magic, file|null, guessed}
  const thumbs = new Map(); // evidence id -> object URL
  let runtime = null;
  let wasReady = false;
  let timer = 0;
  // Fields the buyer has typed in: an empty required field shows a calm "to fill in" note beside it
  // until then, not a red error, so a fresh form does not greet an upset buyer with seven errors.
  // The finding itself (and the summary) is unchanged: Python decides, this only chooses the tone.
  const touched = new Set();
  let inflight = false;
  let again = false;
  let lastResult = null;
  let platformTouched = false;

  // ----- reading and writing the form -----

  function controlValue(f) {
    const c = controls.get(f.path);
    if (!c) return undefined;
    if (c.type === "checkbox") return c.checked;
    return c.value === "" ? undefined : c.value;
  }

  function setControl(path, value) {
    const c = controls.get(path);
    if (!c) return false;
    if (c.type === "checkbox") {
      c.checked = value === true || value === 1 || ["true", "1", "yes", "on"].includes(String(value).toLowerCase());
      return true;
    }
    const text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    if (c.tagName === "SELECT" && text !== "" && ![...c.options].some((o) => o.value === text)) {
      // A value the list does not know (from a link or a file): keep it visibly so the check can name it.
      c.append(el("option", { value: text, "data-foreign": "", text: `${text} ${ui.unknown_value}` }));
    }
    c.value = text;
    return true;
  }

  function clearForm() {
    touched.clear();
    form.querySelectorAll("option[data-foreign]").forEach((o) => o.remove());
    for (const f of fields) setControl(f.path, f.control === "checkbox" ? false : "");
  }

  function evidenceMeta(item) {
    const out = { kind: item.kind || undefined, name: item.name, size: item.size };
    if (item.type) out.type = item.type;
    if (item.magic) out.magic = item.magic;
    return out;
  }

  function readDraft() {
    const draft = { schema: "aftersales/draft/1", lang };
    for (const f of fields) {
      const v = controlValue(f);
      if (v !== undefined) setPath(draft, f.path, v);
    }
    draft.evidence = evidence.map(evidenceMeta);
    return draft;
  }

  function hasContent() {
    return evidence.length > 0 || fields.some((f) => {
      const v = controlValue(f);
      return v !== undefined && v !== false;
    });
  }

  // ----- autosave -----

  function save() {
    try {
      if (!hasContent()) {
        localStorage.removeItem(DRAFT_KEY);
        role("saved").textContent = ui.saved_never;
        return;
      }
      const draft = readDraft();
      draft.evidence = evidence.map((it) => ({ ...evidenceMeta(it), id: it.id }));
      const savedAt = new Date();
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ saved_at: savedAt.toISOString(), draft }));
      role("saved").textContent = fill(ui.saved, { time: savedAt.toLocaleTimeString(lang) });
    } catch {
      // Storage full or disabled: the form still holds everything; nothing to do but carry on.
    }
  }

  async function restore() {
    let saved;
    try {
      saved = JSON.parse(localStorage.getItem(DRAFT_KEY) || "null");
    } catch {
      saved = null;
    }
    if (!saved || typeof saved.draft !== "object" || saved.draft === null) return;
    const flat = flatten(saved.draft);
    let applied = false;
    for (const f of fields) {
      if (!(f.path in flat)) continue;
      // Whatever the buyer typed before this script ran wins over the saved copy.
      const c = controls.get(f.path);
      if (c && (c.type === "checkbox" ? c.checked : c.value !== "")) continue;
      applied = setControl(f.path, flat[f.path]) || applied;
    }
    const items = Array.isArray(saved.draft.evidence) ? saved.draft.evidence : [];
    for (const meta of items) {
      if (!meta || typeof meta !== "object") continue;
      const item = { id: meta.id || newId(), kind: meta.kind || "", name: meta.name || "", size: meta.size,
        type: meta.type || "", magic: meta.magic || "", file: null, guessed: Boolean(meta.kind) };
      if (meta.id) {
        try {
          const rec = await store.get(meta.id);
          if (rec && rec.blob) item.file = rec.blob;
        } catch {
          /* no file store: the item stays listed without its file */
        }
      }
      evidence.push(item);
      applied = true;
    }
    if (applied) {
      const when = new Date(saved.saved_at);
      const time = Number.isNaN(when.getTime()) ? saved.saved_at : when.toLocaleString(lang);
      const note = role("restored");
      note.textContent = fill(ui.restored, { time });
      note.hidden = false;
    }
  }

  // ----- merchant deep link (contract §5) -----

  function applyLink() {
    const hash = location.hash.replace(/^#/, "");
    if (!hash) return false;
    const params = new URLSearchParams(hash);
    if (params.get("v") !== "1") return false;
    for (const [key, value] of params) {
      if (key !== "v") setControl(key, value); // only our own fields; unknown keys fall through
    }
    // The link has done its job; a reload must not overwrite what the buyer edits next.
    history.replaceState(null, "", location.pathname + location.search);
    return true;
  }

  // ----- evidence -----

  async function readMagic(file) {
    try {
      return hex(new Uint8Array(await file.slice(0, MAGIC_BYTES).arrayBuffer()));
    } catch {
      return "";
    }
  }

  async function addFiles(fileList) {
    const files = [...fileList];
    if (!files.length) return;
    let storeFailed = false;
    for (const file of files) {
      const item = { id: newId(), kind: "", name: file.name, size: file.size, type: file.type || "",
        magic: await readMagic(file), file, guessed: false };
      evidence.push(item);
      try {
        await store.put({ id: item.id, blob: file, name: file.name, type: file.type });
      } catch {
        storeFailed = true;
      }
    }
    role("evidence-note").textContent = storeFailed ? ui.evidence_store_failed : "";
    renderEvidence();
    await guessKinds();
    changed();
  }

  async function removeEvidence(id) {
    evidence = evidence.filter((it) => it.id !== id);
    dropThumb(id);
    try {
      await store.remove(id);
    } catch {
      /* nothing stored */
    }
    renderEvidence();
    changed();
    form.querySelector("#f-evidence").focus();
  }

  async function guessKinds() {
    if (!runtime || root.dataset.state !== "ready") return;
    const pending = evidence.filter((it) => !it.kind && !it.guessed);
    for (const item of pending) {
      try {
        item.kind = await runtime.call("guess_kind", item.name, item.type);
      } catch {
        /* stays unguessed: the buyer can pick, the check will say it is missing */
      }
      item.guessed = true;
    }
    if (pending.length) renderEvidence();
  }

  function dropThumb(id) {
    const url = thumbs.get(id);
    if (url) URL.revokeObjectURL(url);
    thumbs.delete(id);
  }

  function formatSize(n) {
    if (typeof n !== "number") return "";
    if (n < 1024) return fill(ui.size_b, { n });
    if (n < 1024 * 1024) return fill(ui.size_kb, { n: (n / 1024).toFixed(0) });
    return fill(ui.size_mb, { n: (n / 1024 / 1024).toFixed(1) });
  }

  function thumbnail(item) {
    const box = el("div", { class: "asc-thumb", "aria-hidden": "true" });
    const media = item.file && /^(image|video)\//.test(item.type) ? item.type.split("/")[0] : "";
    if (media) {
      let url = thumbs.get(item.id);
      if (!url) {
        url = URL.createObjectURL(item.file);
        thumbs.set(item.id, url);
      }
      box.append(media === "image"
        ? el("img", { src: url, alt: "", decoding: "async" })
        : el("video", { src: url, muted: true, preload: "metadata" }));
    } else {
      const ext = (item.name.split(".").pop() || "").slice(0, 4).toUpperCase();
      box.append(el("span", { text: ext || "?" }));
    }
    return box;
  }

  function renderEvidence() {
    const list = role("evidence-list");
    list.replaceChildren();
    for (const [i, item] of evidence.entries()) {
      const kindId = `ev-kind-${item.id}`;
      const select = el("select", { id: kindId, "data-evidence-kind": item.id });
      if (!item.kind) select.append(el("option", { value: "", text: item.guessed ? ui.choose : ui.evidence_guessing }));
      for (const k of evidenceGroup.kinds) select.append(el("option", { value: k.value, text: k.label }));
      if (item.kind && ![...select.options].some((o) => o.value === item.kind)) {
        select.append(el("option", { value: item.kind, text: item.kind }));
      }
      select.value = item.kind || "";
      const meta = [formatSize(item.size), item.type].filter(Boolean).join(" · ");
      const info = el("div", { class: "asc-ev-info" },
        el("span", { class: "asc-ev-name", text: item.name }),
        el("span", { class: "asc-ev-meta", text: meta }),
        item.file ? null : el("span", { class: "asc-ev-missing", text: ui.evidence_missing }),
        el("label", { for: kindId, class: "asc-ev-kind-label", text: ui.evidence_kind_short }),
        select);
      const remove = el("button", { type: "button", class: "asc-ev-remove", "data-remove": item.id,
        "aria-label": fill(ui.evidence_remove, { name: item.name }), title: fill(ui.evidence_remove, { name: item.name }) }, "×");
      select.setAttribute("aria-label", fill(ui.evidence_kind, { name: item.name }));
      const li = el("li", { class: "asc-ev", "data-evidence-id": item.id }, thumbnail(item), info, remove,
        el("div", { class: "asc-findings", id: `find-ev-${i}`, "data-slot": `evidence.${i}` }));
      list.append(li);
    }
    const total = evidence.reduce((s, it) => s + (typeof it.size === "number" ? it.size : 0), 0);
    role("evidence-total").textContent = evidence.length
      ? fill(ui.evidence_total, { count: evidence.length, size: formatSize(total) })
      : ui.evidence_empty;
    for (const id of [...thumbs.keys()]) if (!evidence.some((it) => it.id === id)) dropThumb(id);
    if (lastResult) renderFindings(lastResult); // slots were rebuilt
  }

  // ----- checking -----

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = 0;
      save();
      updateCounts();
      syncTextPlatform();
      if (root.dataset.state === "error") updateFallback();
      check();
    }, CHECK_DELAY_MS);
  }

  async function check() {
    if (!runtime || root.dataset.state !== "ready") return;
    if (inflight) {
      again = true;
      return;
    }
    inflight = true;
    again = false;
    try {
      const json = await runtime.call("check_json", JSON.stringify(readDraft()), localToday());
      render(JSON.parse(json));
    } catch {
      // A crashed or hung worker is restarted by the runtime; the check reruns when it is ready again.
    } finally {
      inflight = false;
      if (again) check();
    }
  }

  // ----- rendering the result -----

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
    const sev = SEVERITIES.includes(f.severity) ? f.severity : "info";
    const node = el(full ? "li" : "div", { class: `asc-finding asc-sev-${sev}`, id, "data-code": f.code,
      "data-field": f.field ?? "", "data-severity": sev });
    node.append(el("span", { class: "asc-badge", text: ui[`sev_${sev}`] }), " ");
    // message = title + why + fix; shown apart so the fix is not read twice.
    if (f.title && f.why) {
      node.append(el("strong", { class: "asc-title", text: f.title }), " ",
        el("span", { class: "asc-msg", text: f.why }));
    } else {
      node.append(el("span", { class: "asc-msg", text: f.message || f.title || f.code }));
    }
    if (f.fix) node.append(" ", el("span", { class: "asc-fix" }, el("span", { class: "asc-fix-label", text: ui.fix }), f.fix));
    const links = el("span", { class: "asc-links" });
    const target = full && f.field ? slotFor(f.field) : null;
    if (target) {
      links.append(el("a", { href: `#${target.id}`, "data-goto": f.field, text: ui.go_to_field }));
    }
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

  function touchedField(field) {
    if (field === "contact") return touched.has("contact.phone") || touched.has("contact.email");
    return touched.has(field);
  }

  function renderFindings(result) {
    const findings = Array.isArray(result.findings) ? result.findings : [];
    root.querySelectorAll("[data-slot]").forEach((s) => s.replaceChildren());
    const extra = new Map(); // control -> [ids]
    const invalid = new Set();
    const readAs = new Map((result.read_as || []).map((r) => [r.field, r]));
    for (const f of fields) {
      const p = root.querySelector(`#readas-${CSS.escape(f.id)}`);
      const r = readAs.get(f.path);
      const c = controls.get(f.path);
      if (p && r && r.value !== undefined && String(r.value) !== String(r.input ?? "")) {
        p.textContent = fill(ui.read_as, { value: r.value });
        p.hidden = false;
        extra.set(c, [p.id]);
      } else if (p) {
        p.hidden = true;
        p.textContent = "";
      }
    }
    findings.forEach((f, i) => {
      const slot = slotFor(f.field);
      if (!slot) return;
      const id = `asc-f-${i}`;
      const pending = f.code === "required" && !touchedField(f.field);
      const node = findingNode(f, id, false);
      if (pending) {
        node.classList.add("asc-pending");
        node.querySelector(".asc-badge").textContent = ui.sev_pending;
      }
      slot.append(node);
      const c = controls.get(slot.dataset.slot);
      const target = c || slot.closest("fieldset");
      if (!extra.has(target)) extra.set(target, []);
      extra.get(target).push(id);
      if (f.severity === "error" && !pending) invalid.add(target);
    });
    for (const c of [...controls.values(), ...form.querySelectorAll("fieldset")]) {
      describe(c, extra.get(c) || [], invalid.has(c));
    }

    const box = role("findings");
    box.replaceChildren();
    for (const sev of SEVERITIES) {
      const items = findings.filter((f) => (SEVERITIES.includes(f.severity) ? f.severity : "info") === sev);
      if (!items.length) continue;
      const list = el("ul", { class: "asc-summary-items" });
      items.forEach((f) => list.append(findingNode(f, null, true)));
      box.append(el("section", { class: `asc-sev-group asc-sev-${sev}` },
        el("h3", { text: `${ui[`sev_${sev}`]} (${items.length})` }), list));
    }
    if (!findings.length) box.append(el("p", { class: "asc-none", text: ui.no_findings }));
  }

  function renderSummary(result) {
    const counts = result.counts || {};
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
    ready.textContent = result.ready ? ui.ready_yes : fill(ui.ready_no, { n: counts.error ?? 0 });
    ready.dataset.ready = result.ready ? "true" : "false";
    const line = role("counts");
    line.textContent = fill(ui.counts, { error: counts.error ?? 0, warning: counts.warning ?? 0, info: counts.info ?? 0 });
    line.hidden = false;
    const jump = role("jump-summary");
    jump.textContent = `${Number.isFinite(score) ? `${fill(ui.score, { score })} · ` : ""}${ready.textContent}`;
    jump.dataset.ready = ready.dataset.ready;
    jump.hidden = false;
  }

  function renderDeadlines(result) {
    const list = role("timeline");
    list.replaceChildren();
    const deadlines = (Array.isArray(result.deadlines) ? result.deadlines : []).filter((d) => d && d.date);
    role("deadlines-none").hidden = deadlines.length > 0;
    if (!deadlines.length) return;
    const today = result.today || localToday();
    const rows = [...deadlines.map((d) => ({ d, date: String(d.date) })), { today: true, date: today }];
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.today ? -1 : 1));
    for (const row of rows) {
      if (row.today) {
        list.append(el("li", { class: "asc-tl asc-tl-today", "data-today": "" },
          el("span", { class: "asc-tl-dot", "aria-hidden": "true" }),
          el("span", { class: "asc-tl-label" }, el("time", { datetime: today, text: fill(ui.today, { date: today }) }))));
        continue;
      }
      const d = row.d;
      const status = d.passed ? ui.passed : d.days_left === 0 ? ui.days_left_0
        : typeof d.days_left === "number" ? fill(ui.days_left, { n: d.days_left }) : "";
      const notes = [d.from ? fill(ui.counted_from, { date: d.from }) : "", d.basis, d.note].filter(Boolean).join(" · ");
      list.append(el("li", { class: `asc-tl${d.passed ? " asc-tl-passed" : ""}`, "data-deadline": d.code,
        "data-passed": d.passed ? "true" : "false", "data-source": d.source, "data-legal-date": d.legal_date },
        el("span", { class: "asc-tl-dot", "aria-hidden": "true" }),
        el("span", { class: "asc-tl-label" },
          el("strong", { text: d.label || d.code }), " ",
          el("time", { datetime: d.date, text: fill(ui.last_day, { date: d.date }) }), " ",
          status ? el("span", { class: "asc-tl-status", text: status }) : null),
        notes ? el("span", { class: "asc-tl-note", text: notes }) : null));
    }
  }

  function renderMerchant(result) {
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

  function render(result) {
    lastResult = result;
    renderFindings(result);
    renderSummary(result);
    renderDeadlines(result);
    renderMerchant(result);
  }

  function updateCounts() {
    for (const f of fields) {
      if (f.control !== "textarea") continue;
      const counter = root.querySelector(`#count-${CSS.escape(f.id)}`);
      const n = [...(controls.get(f.path)?.value || "")].length;
      if (counter) {
        counter.textContent = fill(ui.chars, { n, max: f.maxlength });
        counter.classList.toggle("asc-over", n > f.maxlength);
      }
    }
  }

  // ----- outputs -----

  function options() {
    const out = {};
    root.querySelectorAll("[data-option]").forEach((o) => {
      out[o.dataset.option] = o.type === "checkbox" ? o.checked : o.value;
    });
    return out;
  }

  function syncTextPlatform() {
    const picked = controls.get("order.platform")?.value;
    const sel = root.querySelector('[data-option="platform"]');
    if (!platformTouched && sel && picked && [...sel.options].some((o) => o.value === picked)) sel.value = picked;
  }

  async function evidenceFiles() {
    const out = [];
    for (const it of evidence) {
      if (!it.file) continue;
      out.push({ name: it.name, kind: it.kind || "other", type: it.type, data: new Uint8Array(await it.file.arrayBuffer()) });
    }
    return out;
  }

  async function makeOutput(kind, button) {
    const msg = role("output-message");
    const buttons = root.querySelectorAll("[data-output]");
    buttons.forEach((b) => (b.disabled = true));
    button.setAttribute("aria-busy", "true");
    msg.textContent = ui.output_busy;
    try {
      const files = kind === "zip" || kind === "eml" ? await evidenceFiles() : [];
      const out = await runtime.call("make_output", kind, JSON.stringify(readDraft()), localToday(), files,
        JSON.stringify(options()));
      if (kind === "mailto") {
        const a = el("a", { href: String(out.data), hidden: true });
        document.body.append(a);
        a.click();
        a.remove();
      } else if (kind === "text") {
        const box = role("text-box");
        role("text-result").value = String(out.data);
        box.hidden = false;
        root.querySelector('[data-action="copy"]').hidden = false;
      } else {
        download(out.data, out.filename, out.mime);
      }
      msg.textContent = out.filename && kind !== "mailto" && kind !== "text" ? fill(ui.output_done, { name: out.filename }) : "";
    } catch (e) {
      msg.textContent = fill(ui.output_failed, { error: (e && e.message) || String(e) });
    } finally {
      button.removeAttribute("aria-busy");
      setOutputsEnabled(root.dataset.state === "ready");
    }
  }

  function setOutputsEnabled(on) {
    root.querySelectorAll("[data-output]").forEach((b) => (b.disabled = !on));
    role("outputs-waiting").hidden = on;
  }

  async function copyText() {
    const area = role("text-result");
    const msg = role("output-message");
    try {
      await navigator.clipboard.writeText(area.value);
      msg.textContent = ui.copied;
    } catch {
      area.focus();
      area.select();
      msg.textContent = document.execCommand && document.execCommand("copy") ? ui.copied : ui.copy_failed;
    }
  }

  // ----- plain fallback: what was typed, labelled, as an email; no rule involved -----

  function fallbackMailto() {
    const lines = [ui.fallback_intro, ""];
    for (const g of data.form) {
      const rows = [];
      for (const f of g.fields) {
        const v = controlValue(f);
        if (v === undefined || v === false) continue;
        const shown = f.options.length ? (f.options.find((o) => o.value === v)?.label ?? v)
          : v === true ? "✓" : v;
        rows.push(`${f.label}: ${shown}`);
      }
      if (g.key === "evidence" && evidence.length) {
        rows.push(`${ui.fallback_files}:`, ...evidence.map((it) => `- ${it.name} (${formatSize(it.size)})`));
      }
      if (rows.length) lines.push(`【${g.label}】`, ...rows, "");
    }
    const to = (controls.get("merchant.support_email")?.value || "").trim();
    const subject = fill(ui.fallback_subject, { product: controls.get("order.product_name")?.value || "" });
    return `mailto:${encodeURIComponent(to).replace(/%40/g, "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join("\n"))}`;
  }

  function updateFallback() {
    role("fallback-mailto").href = fallbackMailto();
  }

  // ----- draft tools -----

  function exportDraft() {
    download(JSON.stringify(readDraft(), null, 2) + "\n", `aftersales-draft-${localToday()}.json`, "application/json");
  }

  async function importDraft(file) {
    const msg = role("draft-message");
    let draft;
    try {
      draft = JSON.parse(await file.text());
    } catch {
      draft = null;
    }
    if (!draft || typeof draft !== "object" || Array.isArray(draft)) {
      msg.textContent = fill(ui.import_bad, { name: file.name });
      return;
    }
    clearForm();
    const flat = flatten(draft);
    for (const f of fields) if (f.path in flat) setControl(f.path, flat[f.path]);
    const incoming = Array.isArray(draft.evidence) ? draft.evidence.filter((m) => m && typeof m === "object") : [];
    const kept = [];
    for (const meta of incoming) {
      // A file already on this device with the same name and size stays attached.
      const have = evidence.find((it) => it.file && it.name === meta.name && it.size === meta.size && !kept.includes(it));
      kept.push(have ? { ...have, kind: meta.kind || have.kind } : { id: newId(), kind: meta.kind || "", name: String(meta.name ?? ""),
        size: meta.size, type: meta.type || "", magic: meta.magic || "", file: null, guessed: Boolean(meta.kind) });
    }
    for (const it of evidence) {
      if (!kept.some((k) => k.id === it.id)) {
        dropThumb(it.id);
        store.remove(it.id).catch(() => {});
      }
    }
    evidence = kept;
    role("restored").hidden = true;
    renderEvidence();
    msg.textContent = fill(ui.import_ok, { name: file.name });
    changed();
  }

  async function startOver() {
    if (!window.confirm(ui.start_over_confirm)) return;
    clearTimeout(timer);
    clearForm();
    for (const id of [...thumbs.keys()]) dropThumb(id);
    evidence = [];
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      /* nothing saved */
    }
    store.clear().catch(() => {});
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    role("restored").hidden = true;
    role("text-box").hidden = true;
    root.querySelector('[data-action="copy"]').hidden = true;
    role("draft-message").textContent = ui.cleared;
    renderEvidence();
    changed();
    controls.get(fields[0].path)?.focus();
  }

  // ----- runtime state -----

  function onState(state) {
    const text = role("progress-text");
    role("runtime-error").hidden = state !== "error";
    role("runtime-progress").hidden = state === "error";
    role("fallback").hidden = state !== "error";
    setOutputsEnabled(state === "ready");
    if (state === "ready") {
      role("progress-bar").value = 100;
      text.textContent = ui.state_ready;
      wasReady = true;
      guessKinds().then(check);
    } else if (state === "error") {
      text.textContent = "";
      updateFallback();
    } else if (wasReady) {
      text.textContent = ui.state_restarting;
    }
  }

  // ----- wiring -----

  form.addEventListener("input", (e) => {
    if (e.target.name === "evidence") return;
    touched.add(e.target.name);
    changed();
  });
  form.addEventListener("change", (e) => {
    if (e.target.name === "evidence") {
      addFiles(e.target.files).finally(() => (e.target.value = ""));
      return;
    }
    touched.add(e.target.name);
    const kindSel = e.target.closest("[data-evidence-kind]");
    if (kindSel) {
      const item = evidence.find((it) => it.id === kindSel.dataset.evidenceKind);
      if (item) item.kind = kindSel.value;
    }
    changed();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("click", (e) => {
    const rm = e.target.closest("[data-remove]");
    if (rm) removeEvidence(rm.dataset.remove);
    const pick = e.target.closest('[data-action="pick-date"]');
    if (pick) {
      const picker = form.querySelector(`[data-picker-for="${CSS.escape(pick.dataset.for)}"]`);
      const text = form.querySelector(`#${CSS.escape(pick.dataset.for)}`);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text.value)) picker.value = text.value;
      try {
        picker.showPicker();
      } catch {
        picker.focus();
      }
    }
  });
  form.querySelectorAll("[data-picker-for]").forEach((picker) =>
    picker.addEventListener("change", () => {
      const text = form.querySelector(`#${CSS.escape(picker.dataset.pickerFor)}`);
      if (picker.value) {
        text.value = picker.value;
        changed();
        text.focus();
      }
    }));

  const drop = role("dropzone");
  const group = form.querySelector("#g-evidence") || drop;
  group.addEventListener("dragover", (e) => {
    if (![...(e.dataTransfer?.types || [])].includes("Files")) return;
    e.preventDefault();
    drop.classList.add("asc-dragging");
  });
  group.addEventListener("dragleave", (e) => {
    if (!group.contains(e.relatedTarget)) drop.classList.remove("asc-dragging");
  });
  group.addEventListener("drop", (e) => {
    if (!e.dataTransfer?.files?.length) return;
    e.preventDefault();
    drop.classList.remove("asc-dragging");
    addFiles(e.dataTransfer.files);
  });

  root.addEventListener("click", (e) => {
    const go = e.target.closest("[data-goto]");
    if (go) {
      e.preventDefault();
      const slot = slotFor(go.dataset.goto);
      const target = controls.get(slot?.dataset.slot) || slot?.closest(".asc-field, fieldset")?.querySelector("input, select, textarea") || slot;
      target?.scrollIntoView({ block: "center" });
      target?.focus({ preventScroll: true });
      return;
    }
    const out = e.target.closest("[data-output]");
    if (out && !out.disabled) return void makeOutput(out.dataset.output, out);
    const action = e.target.closest("[data-action]")?.dataset.action;
    if (action === "export-draft") exportDraft();
    else if (action === "import-draft") role("import-file").click();
    else if (action === "start-over") startOver();
    else if (action === "copy") copyText();
    else if (action === "retry") runtime?.restart();
  });
  role("import-file").addEventListener("change", (e) => {
    const file = e.target.files?.[0];
    if (file) importDraft(file).finally(() => (e.target.value = ""));
  });
  root.querySelector('[data-option="platform"]')?.addEventListener("change", () => (platformTouched = true));
  role("fallback-mailto").addEventListener("click", updateFallback);
  window.addEventListener("hashchange", () => {
    if (applyLink()) changed();
  });
  window.addEventListener("pagehide", () => {
    // A change typed in the last moment before leaving is saved now rather than lost with the timer.
    if (!timer) return;
    clearTimeout(timer);
    timer = 0;
    save();
  });

  new MutationObserver(() => onState(root.dataset.state)).observe(root, { attributes: true, attributeFilter: ["data-state"] });

  // Start the runtime first (its download is the slow part), then restore and apply the link meanwhile.
  try {
    runtime = startRuntime(root);
  } catch {
    root.dataset.state = "error";
  }
  restore().then(() => {
    applyLink();
    renderEvidence();
    updateCounts();
    syncTextPlatform();
    save();
    onState(root.dataset.state);
    if (root.dataset.state === "error") updateFallback();
  });
}

function boot() {
  const root = document.getElementById("aftersales-checker");
  if (root && !root.dataset.mounted) {
    root.dataset.mounted = "true";
    mount(root);
  }
}

// mkdocs-material's instant navigation swaps pages without reloading scripts: mount on every page.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(boot);
else boot();
