// Fills the page's strings (aftersales.ui, embedded by the template): the page never words anything itself.

export function fill(template, values) {
  return String(template ?? "").replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

export function formatSize(ui, n) {
  if (typeof n !== "number") return "";
  if (n < 1024) return fill(ui.size_b, { n });
  if (n < 1024 * 1024) return fill(ui.size_kb, { n: (n / 1024).toFixed(0) });
  return fill(ui.size_mb, { n: (n / 1024 / 1024).toFixed(1) });
}
