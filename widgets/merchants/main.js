// The merchants page: one Python runtime (the checker's runtime.js and worker.mjs, with segno's wheel
// as an extra) shared by the link builder and the package verifier. Everything they show is made by
// aftersales.merchant (through aftersales.browser); this file starts the runtime and hands it over.
import { roles } from "../checker/dom.js";
import { FAILURE } from "../checker/protocol.js";
import { STATE, startRuntime } from "../checker/runtime.js";
import { createStatusView } from "../checker/status.js";
import { mountLinkBuilder } from "./linkbuilder.js";
import { mountVerify } from "./verify.js";

const pageData = (root) => JSON.parse(roles(root)("checker-data").textContent);
const absolute = (url) => new URL(url, document.baseURI).href;

function boot() {
  const builder = document.getElementById("aftersales-linkbuilder");
  const verifier = document.getElementById("aftersales-verify");
  const tools = [builder, verifier].filter((root) => root && !root.dataset.mounted);
  if (!tools.length) return;
  const host = tools[0];
  const views = tools.map((root) => {
    root.dataset.mounted = "true";
    return createStatusView(root, roles(root), pageData(root).ui);
  });
  const onStatus = (status) => views.forEach((view) => view.show(status));
  let runtime;
  try {
    runtime = startRuntime({
      runtimeUrl: absolute(host.dataset.runtime),
      wheelUrl: absolute(host.dataset.wheel),
      extraWheelUrls: (host.dataset.extraWheels || "").split(" ").filter(Boolean).map(absolute),
      snapshotUrl: host.dataset.snapshot ? absolute(host.dataset.snapshot) : "",
      stdlibUrl: host.dataset.stdlib ? absolute(host.dataset.stdlib) : "",
      onStatus,
    });
  } catch (err) {
    onStatus({ state: STATE.ERROR, code: FAILURE.INTERNAL, message: String((err && err.message) || err) });
    return;
  }
  if (builder) mountLinkBuilder(builder, pageData(builder).ui, runtime);
  if (verifier) mountVerify(verifier, pageData(verifier).ui, runtime);
}

// mkdocs-material's instant navigation swaps pages without reloading scripts: mount on every page.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(boot);
else boot();
