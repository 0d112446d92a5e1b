// Mounts the checker: makes each part for one page and wires them together. No part decides anything
// about a draft: every rule, word and limit comes from py/aftersales, as the check's result or as the
// data the template embeds ({ui, form, rules}).
import { createAutosave } from "./autosave.js";
import { download, roles } from "./dom.js";
import { takeRuntime } from "./early.js";
import { buildDraft, localToday, parseDraft, readDraft } from "./draft.js";
import { createEvidence } from "./evidence.js";
import { createEvidenceView, wireDropZone } from "./evidence-view.js";
import { fallbackMailto } from "./fallback.js";
import { createForm } from "./form.js";
import { createLinks, forgetLink } from "./links.js";
import { previewMerchant } from "./merchant.js";
import { createOutputs } from "./outputs.js";
import { CALL, FAILURE } from "./protocol.js";
import { createResultView } from "./render.js";
import { STATE } from "./runtime.js";
import { debounce, latestOnly } from "./schedule.js";
import { createStatusView } from "./status.js";
import { createFileStore } from "./store.js";
import { fill } from "./words.js";

performance.mark("aftersales:main"); // every module above is fetched and run: the page's own start

const CHECK_DELAY_MS = 150;
const EVIDENCE = "evidence"; // the evidence group's key and its file input's name (files, not a draft field)
const ORDER_PLATFORM = "order.platform"; // the text output's platform follows this field

// Framed by another page (where the host cannot send frame-ancestors): that page could drive this one,
// so a framed checker neither restores a draft from this device nor saves one to it. A cross-origin
// parent makes window.top unreadable in some browsers: that counts as framed too.
function isFramed() {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

function mount(root) {
  const role = roles(root);
  const data = JSON.parse(role("checker-data").textContent);
  const { ui, rules } = data;
  const lang = root.dataset.lang || "zh-CN";
  const form = createForm(role("form"), data);
  const evidence = createEvidence(createFileStore());
  const framed = isFramed();
  role("framed").hidden = !framed;
  const autosave = createAutosave({ role, ui, lang, form, evidence, enabled: !framed });
  const links = createLinks({ role, ui, form });
  const evidenceView = createEvidenceView(role, ui, data.form.find((g) => g.key === EVIDENCE)?.kinds || []);
  const siteRoot = new URL(root.dataset.site || "../", document.baseURI);
  const result = createResultView({ root, role, ui, rules, form, siteRoot });
  const status = createStatusView(root, role, ui);
  let runtime = null;

  const draft = () => buildDraft(form, evidence.metas(), lang);
  const isReady = () => Boolean(runtime && runtime.ready);
  const outputs = createOutputs({ root, role, ui, rules, today: localToday,
    call: (fn, ...args) => runtime.call(fn, ...args),
    draftJson: () => JSON.stringify(draft()),
    evidenceFiles: () => evidence.files() });

  // ----- the draft as a file -----

  function exportDraft() {
    download(JSON.stringify(draft(), null, 2) + "\n", `aftersales-draft-${localToday()}.json`, "application/json");
  }

  async function importDraft(file) {
    const msg = role("draft-message");
    // Read and validated whole first: a file that fails changes nothing the buyer had.
    const incoming = readDraft(parseDraft(await file.text().catch(() => "")), form.fields.map((f) => f.path));
    if (!incoming) {
      msg.textContent = fill(ui.import_bad, { name: file.name });
      return;
    }
    form.clear();
    links.reset();
    for (const f of form.fields) if (f.path in incoming.flat) form.set(f.path, incoming.flat[f.path]);
    form.unfold();
    evidence.adopt(incoming.evidence);
    role("restored").hidden = true;
    showEvidence();
    msg.textContent = fill(ui.import_ok, { name: file.name });
    changed();
  }

  function startOver() {
    if (!window.confirm(ui.start_over_confirm)) return;
    changes.cancel();
    form.clear();
    evidence.clear();
    autosave.clear();
    if (location.hash) forgetLink();
    links.reset();
    role("restored").hidden = true;
    outputs.reset();
    role("draft-message").textContent = ui.cleared;
    showEvidence();
    changed();
    form.focusFirst();
  }

  // ----- evidence -----

  function showEvidence() {
    evidenceView.render(evidence.items);
    result.refreshFindings(); // the evidence slots were rebuilt
  }

  async function guessKinds() {
    if (!isReady()) return;
    const guessed = await evidence.guessKinds((name, type) => runtime.call(CALL.GUESS_KIND, name, type));
    const sniffed = await evidence.sniffThumbnails((magic) => runtime.call(CALL.THUMBNAIL, magic));
    if (guessed || sniffed) showEvidence();
  }

  async function addFiles(list) {
    const files = [...list];
    if (!files.length) return;
    form.touch(EVIDENCE);
    const stored = await evidence.add(files);
    role("evidence-note").textContent = stored ? "" : ui.evidence_store_failed;
    showEvidence();
    await guessKinds();
    changed();
  }

  async function removeEvidence(id) {
    await evidence.remove(id);
    showEvidence();
    changed();
    form.element.querySelector(`[name="${EVIDENCE}"]`).focus();
  }

  // ----- the live check -----

  const check = latestOnly(async () => {
    if (!isReady()) return;
    try {
      result.show(JSON.parse(await runtime.call(CALL.CHECK, JSON.stringify(draft()), localToday())));
    } catch {
      // No stale result stays on screen. A crashed or hung worker is restarted by the runtime, and the
      // check reruns when it is ready again.
      result.fail();
    }
  });

  function updateFallback() {
    role("fallback-mailto").href = fallbackMailto({ ui, groups: data.form, form, evidence: evidence.items });
  }

  const changes = debounce(CHECK_DELAY_MS, () => {
    autosave.save();
    form.updateCounts();
    outputs.followPlatform(form.value(ORDER_PLATFORM));
    if (status.state === STATE.ERROR) updateFallback();
    check();
  });
  const changed = () => changes.poke();

  // What the page does about the runtime's state (status.js shows it).
  function react(state) {
    outputs.setEnabled(state === STATE.READY);
    if (state === STATE.READY) guessKinds().then(check);
    else if (state === STATE.ERROR) updateFallback();
  }

  function onStatus(s) {
    status.show(s);
    react(s.state);
  }

  // ----- wiring -----

  // The form also holds the outputs' own options (data-option): they are no part of the draft.
  form.element.addEventListener("input", (e) => {
    if (!form.control(e.target.name)) return;
    form.touch(e.target.name);
    links.edited(e.target.name);
    changed();
  });
  form.element.addEventListener("change", (e) => {
    if (e.target.name === EVIDENCE) {
      addFiles(e.target.files).finally(() => (e.target.value = ""));
      return;
    }
    const kindSel = e.target.closest("[data-evidence-kind]");
    if (kindSel) evidence.setKind(kindSel.dataset.evidenceKind, kindSel.value);
    else if (form.control(e.target.name)) {
      form.touch(e.target.name);
      links.edited(e.target.name);
    } else return;
    changed();
  });
  form.element.addEventListener("submit", (e) => e.preventDefault());
  form.element.addEventListener("click", (e) => {
    const rm = e.target.closest("[data-remove]");
    if (rm) removeEvidence(rm.dataset.remove);
  });
  form.wireDatePickers(changed);
  const zone = role("dropzone");
  wireDropZone(form.element.querySelector(`#g-${EVIDENCE}`) || zone, zone, addFiles);

  root.addEventListener("click", (e) => {
    const go = e.target.closest("[data-goto]");
    if (go) {
      e.preventDefault();
      const slot = result.slotFor(go.dataset.goto);
      const target = form.control(slot?.dataset.slot)
        || slot?.closest(".asc-field, fieldset")?.querySelector("input, select, textarea") || slot;
      form.reveal(target);
      target?.scrollIntoView({ block: "center" });
      target?.focus({ preventScroll: true });
      return;
    }
    const out = e.target.closest("[data-output]");
    if (out && !out.disabled) return void outputs.make(out.dataset.output, out);
    const action = e.target.closest("[data-action]")?.dataset.action;
    if (action === "export-draft") exportDraft();
    else if (action === "import-draft") role("import-file").click();
    else if (action === "start-over") startOver();
    else if (action === "copy") outputs.copyText();
    else if (action === "retry") runtime?.restart();
    else if (action === "link-apply") {
      links.apply();
      changed();
    } else if (action === "link-keep") links.keep();
  });
  role("import-file").addEventListener("change", (e) => {
    const file = e.target.files?.[0];
    if (file) importDraft(file).finally(() => (e.target.value = ""));
  });
  role("fallback-mailto").addEventListener("click", updateFallback);
  window.addEventListener("hashchange", () => {
    if (!links.take()) return;
    form.unfold();
    changed();
  });
  window.addEventListener("pagehide", () => {
    // A change typed in the last moment before leaving is saved now rather than lost with the timer.
    if (!changes.pending) return;
    changes.cancel();
    autosave.save();
  });

  // The runtime is already starting (early.js); restore and apply the link meanwhile.
  try {
    runtime = takeRuntime(onStatus);
  } catch (err) {
    onStatus({ state: STATE.ERROR, code: FAILURE.INTERNAL, message: String((err && err.message) || err) });
  }
  autosave.restore().then(() => {
    links.take();
    form.unfold();
    if (!isReady()) previewMerchant(role, form);
    showEvidence();
    form.updateCounts();
    outputs.followPlatform(form.value(ORDER_PLATFORM));
    autosave.save();
    react(status.state);
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
