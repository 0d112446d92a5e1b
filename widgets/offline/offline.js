// Registers the site's service worker (sw.js) and says on the page when the site is available
// offline; offers a reload when a new version has taken over. The words come from the page
// (data-* on the offline note, from each edition's mkdocs config).
(() => {
  const note = document.querySelector("[data-role=offline]");
  const script = document.currentScript;
  if (!("serviceWorker" in navigator) || !note || !script) return;
  const swUrl = new URL(script.dataset.sw, document.baseURI);
  // A page first controlled by a new build was showing the old one: offer the reload.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.startMessages();

  function show(text, reload) {
    note.querySelector("[data-role=offline-text]").textContent = text;
    note.querySelector("[data-role=offline-reload]").hidden = !reload;
    note.dataset.state = reload ? "update" : "offline";
    note.hidden = false;
  }

  const checker = () => document.getElementById("aftersales-checker");
  navigator.serviceWorker.addEventListener("message", ({ data }) => {
    if (!data || data.type !== "offline-status" || note.dataset.state === "update") return;
    // The checker page says "offline" only once its runtime is kept too.
    if (!checker() || data.runtime) show(note.dataset.ready, false);
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (controlled) show(note.dataset.update, true);
    controlled = true;
  });
  note.querySelector("[data-role=offline-reload]").addEventListener("click", () => location.reload());

  function askWhenReady(worker) {
    const root = checker();
    if (!root) {
      worker.postMessage({ type: "status" });
      return;
    }
    const ask = () => {
      if (root.dataset.state !== "ready") return false;
      worker.postMessage({ type: "keep-runtime" });
      return true;
    };
    if (ask()) return;
    const watcher = new MutationObserver(() => ask() && watcher.disconnect());
    watcher.observe(root, { attributes: true, attributeFilter: ["data-state"] });
  }

  function register() {
    navigator.serviceWorker.register(swUrl, { scope: new URL("./", swUrl).href }).then(() =>
      navigator.serviceWorker.ready).then((registration) => askWhenReady(registration.active))
      .catch(() => {}); // no service worker (private mode, a policy): the site works online as before
  }

  // Installing downloads the guide's pages: not while this page or the checker's runtime still loads.
  window.addEventListener("load", () => {
    const root = checker();
    if (!root || root.dataset.state !== "loading") {
      register();
      return;
    }
    const watcher = new MutationObserver(() => {
      if (root.dataset.state === "loading") return;
      watcher.disconnect();
      register();
    });
    watcher.observe(root, { attributes: true, attributeFilter: ["data-state"] });
  });
})();
