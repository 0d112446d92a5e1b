// Shows the runtime's status (runtime.js's onStatus) on the page: data-state (contract §4), the progress
// bar and its words, the error box, the runtime version, and the plain fallback when it cannot run.
import { STATE } from "./runtime.js";
import { fill } from "./words.js";

export function createStatusView(root, role, ui) {
  let wasReady = false;
  let restarted = false; // a worker was replaced since the last ready: say so once it is back

  function showLoading(status) {
    const text = role("progress-text");
    if (status.stage) {
      if (typeof status.detail === "number") role("progress-bar").value = status.detail;
      if (ui[`stage_${status.stage}`]) text.textContent = ui[`stage_${status.stage}`];
    } else if (status.restart || wasReady) {
      restarted = true;
      text.textContent = ui.state_restarting;
    }
  }

  function showReady(status) {
    wasReady = true;
    delete root.dataset.error;
    root.dataset.runtimeVersion = status.version;
    if (ui.version) role("runtime-version").textContent = fill(ui.version, { version: status.version });
    role("progress-bar").value = 100;
    role("progress-text").textContent = restarted ? ui.restarted : ui.state_ready;
    restarted = false;
  }

  function showError(status) {
    root.dataset.error = status.code;
    const box = role("runtime-error");
    box.textContent = ui[`error_${status.code}`] || ui.state_error || box.textContent;
    box.title = status.message;
    role("progress-text").textContent = "";
  }

  return {
    show(status) {
      root.dataset.state = status.state;
      const error = status.state === STATE.ERROR;
      role("runtime-error").hidden = !error;
      role("runtime-progress").hidden = error;
      const fallback = role("fallback"); // the checker's plain way out; other tools have none
      if (fallback) fallback.hidden = !error;
      if (status.state === STATE.READY) showReady(status);
      else if (error) showError(status);
      else showLoading(status);
    },
    get state() {
      return root.dataset.state;
    },
  };
}
