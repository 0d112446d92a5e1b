// The package verifier: hands the chosen ZIP's bytes to aftersales.browser.verify_package and shows the
// verdict. data-verify on the result box says ok | tampered | unreadable once a file was checked.
import { el, roles } from "../checker/dom.js";
import { CALL } from "../checker/protocol.js";
import { fill } from "../checker/words.js";

export function mountVerify(root, ui, runtime) {
  const role = roles(root);
  const input = root.querySelector("input[name=package]");
  const status = role("verify-status");
  const box = role("verify-result");

  function meta(v) {
    const parts = [];
    if (v.created) parts.push(fill(ui.verify_made, { date: v.created }));
    if (v.ready !== null && v.score !== null) parts.push(fill(ui[v.ready ? "verify_ready_yes" : "verify_ready_no"],
      { score: v.score }));
    if (!v.sums_ok && v.status !== "unreadable") parts.push(ui.verify_sums_bad);
    return parts.join(" · ");
  }

  function show(v) {
    role("verify-head").textContent = v.status === "unreadable"
      ? fill(ui.verify_unreadable, { reason: v.reason })
      : ui[`verify_${v.status}`];
    role("verify-meta").textContent = meta(v);
    role("verify-files").replaceChildren(...v.files.map((f) => el("li",
      { class: `amt-file-${f.status}`, "data-path": f.path, "data-status": f.status },
      el("span", { class: "amt-mark", text: f.ok ? "✓" : "✗" }), " ", el("code", { text: f.path }), " ",
      el("span", { text: ui[`file_${f.status}`] || f.status }))));
    role("verify-ticket").replaceChildren(...v.ticket.flatMap((t) => [el("dt", { text: t.label }),
      el("dd", { text: t.value })]));
    box.hidden = false;
    box.dataset.verify = v.status;
  }

  input.addEventListener("change", async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    delete box.dataset.verify;
    status.textContent = ui.verify_busy;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      show(await runtime.call(CALL.VERIFY_PACKAGE, bytes, root.dataset.lang));
      status.textContent = "";
    } catch (err) {
      status.textContent = err.message;
    } finally {
      input.value = ""; // choosing the same file again checks it again
    }
  });
}
