// Draws the evidence list: a thumbnail, name, size and kind picker per file, and a finding slot for each
// (data-slot="evidence.<i>", where the check's findings about that file go).
import { el } from "./dom.js";
import { fill, formatSize } from "./words.js";

export function createEvidenceView(role, ui, kinds) {
  const thumbs = new Map(); // evidence id -> object URL

  function dropThumb(id) {
    const url = thumbs.get(id);
    if (url) URL.revokeObjectURL(url);
    thumbs.delete(id);
  }

  // A picture only for a file the check sniffed as a raster image (item.preview, its type), drawn from a
  // copy typed as exactly that image: a blob: URL of an SVG or HTML file could run script in the site's
  // origin if opened as a page, so no such URL is ever made, and none is ever a link. Others get an icon.
  function thumbnail(item) {
    const box = el("div", { class: "asc-thumb", "aria-hidden": "true" });
    if (item.file && item.preview) {
      let url = thumbs.get(item.id);
      if (!url) {
        url = URL.createObjectURL(new Blob([item.file], { type: item.preview }));
        thumbs.set(item.id, url);
      }
      box.append(el("img", { src: url, alt: "", decoding: "async" }));
    } else {
      const ext = (item.name.split(".").pop() || "").slice(0, 4).toUpperCase();
      box.append(el("span", { text: ext || "?" }));
    }
    return box;
  }

  function kindPicker(item) {
    const select = el("select", { id: `ev-kind-${item.id}`, "data-evidence-kind": item.id,
      "aria-label": fill(ui.evidence_kind, { name: item.name }) });
    if (!item.kind) select.append(el("option", { value: "", text: item.guessed ? ui.choose : ui.evidence_guessing }));
    for (const k of kinds) select.append(el("option", { value: k.value, text: k.label }));
    if (item.kind && ![...select.options].some((o) => o.value === item.kind)) {
      select.append(el("option", { value: item.kind, text: item.kind }));
    }
    select.value = item.kind || "";
    return select;
  }

  function row(item, i) {
    const select = kindPicker(item);
    const meta = [formatSize(ui, item.size), item.type].filter(Boolean).join(" · ");
    const info = el("div", { class: "asc-ev-info" },
      el("span", { class: "asc-ev-name", text: item.name }),
      el("span", { class: "asc-ev-meta", text: meta }),
      item.file ? null : el("span", { class: "asc-ev-missing", text: ui.evidence_missing }),
      el("label", { for: select.id, class: "asc-ev-kind-label", text: ui.evidence_kind_short }),
      select);
    const name = fill(ui.evidence_remove, { name: item.name });
    const remove = el("button", { type: "button", class: "asc-ev-remove", "data-remove": item.id, "aria-label": name,
      title: name }, "×");
    return el("li", { class: "asc-ev", "data-evidence-id": item.id }, thumbnail(item), info, remove,
      el("div", { class: "asc-findings", id: `find-ev-${i}`, "data-slot": `evidence.${i}` }));
  }

  return {
    render(items) {
      role("evidence-list").replaceChildren(...items.map(row));
      const total = items.reduce((s, it) => s + (typeof it.size === "number" ? it.size : 0), 0);
      role("evidence-total").textContent = items.length
        ? fill(ui.evidence_total, { count: items.length, size: formatSize(ui, total) })
        : ui.evidence_empty;
      for (const id of [...thumbs.keys()]) if (!items.some((it) => it.id === id)) dropThumb(id);
    },
  };
}

// Files dragged onto the evidence group are added like picked ones.
export function wireDropZone(group, zone, onFiles) {
  group.addEventListener("dragover", (e) => {
    if (![...(e.dataTransfer?.types || [])].includes("Files")) return;
    e.preventDefault();
    zone.classList.add("asc-dragging");
  });
  group.addEventListener("dragleave", (e) => {
    if (!group.contains(e.relatedTarget)) zone.classList.remove("asc-dragging");
  });
  group.addEventListener("drop", (e) => {
    if (!e.dataTransfer?.files?.length) return;
    e.preventDefault();
    zone.classList.remove("asc-dragging");
    onFiles(e.dataTransfer.files);
  });
}
