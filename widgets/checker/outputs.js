// The output buttons: asks Python for a file or text (make_output) and hands it to the buyer as a
// download, a mail, or text to copy. Which outputs carry the evidence files comes from data.rules.
import { download, follow } from "./dom.js";
import { CALL } from "./protocol.js";
import { fill } from "./words.js";

export function createOutputs({ root, role, ui, rules, call, draftJson, today, evidenceFiles }) {
  const needsFiles = new Set(rules.outputs.filter((o) => o.needs_files).map((o) => o.kind));
  const buttons = () => root.querySelectorAll("[data-output]");
  const platformOption = root.querySelector('[data-option="platform"]');
  let enabled = false;
  let platformTouched = false;
  platformOption?.addEventListener("change", () => (platformTouched = true));

  function options() {
    const out = {};
    root.querySelectorAll("[data-option]").forEach((o) => {
      out[o.dataset.option] = o.type === "checkbox" ? o.checked : o.value;
    });
    return out;
  }

  function hand(kind, out) {
    if (kind === "mailto") {
      follow(String(out.data));
      return "";
    }
    if (kind === "text") {
      role("text-result").value = String(out.data);
      role("text-box").hidden = false;
      root.querySelector('[data-action="copy"]').hidden = false;
      return "";
    }
    download(out.data, out.filename, out.mime);
    return out.filename ? fill(ui.output_done, { name: out.filename }) : "";
  }

  function setEnabled(on) {
    enabled = on;
    buttons().forEach((b) => (b.disabled = !on));
    role("outputs-waiting").hidden = on;
  }

  return {
    setEnabled,

    async make(kind, button) {
      const msg = role("output-message");
      buttons().forEach((b) => (b.disabled = true));
      button.setAttribute("aria-busy", "true");
      msg.textContent = ui.output_busy;
      try {
        const files = needsFiles.has(kind) ? await evidenceFiles() : [];
        const out = await call(CALL.OUTPUT, kind, draftJson(), today(), files, JSON.stringify(options()));
        msg.textContent = hand(kind, out);
      } catch (e) {
        msg.textContent = fill(ui.output_failed, { error: (e && e.message) || String(e) });
      } finally {
        button.removeAttribute("aria-busy");
        setEnabled(enabled);
      }
    },

    async copyText() {
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
    },

    // The text's platform follows the order's, until the buyer picks one for the text themselves.
    followPlatform(picked) {
      if (!platformTouched && platformOption && picked && [...platformOption.options].some((o) => o.value === picked)) {
        platformOption.value = picked;
      }
    },

    // Start over: the text from the last draft goes too.
    reset() {
      role("text-box").hidden = true;
      root.querySelector('[data-action="copy"]').hidden = true;
    },
  };
}
