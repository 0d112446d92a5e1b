// Building and handing over page content: elements, downloads, links. Text always goes in as text.

export function el(tag, attrs = {}, ...children) {
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

// The element a page role names inside one checker (data-role is the page's public vocabulary).
export function roles(root) {
  return (name) => root.querySelector(`[data-role="${name}"]`);
}

export function follow(href) {
  const a = el("a", { href, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
}

export function download(data, filename, mime) {
  const url = URL.createObjectURL(new Blob([data], { type: mime || "application/octet-stream" }));
  const a = el("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The browser starts the download from the URL after this task; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
