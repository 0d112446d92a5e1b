// The draft as the Python check reads it (aftersales/draft/1), built from the form and the evidence list.

const SCHEMA = "aftersales/draft/1";

export function setPath(obj, path, value) {
  const keys = path.split(".");
  let node = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null || Array.isArray(node[k])) node[k] = {};
    node = node[k];
  }
  node[keys[keys.length - 1]] = value;
}

// {"a": {"b": 1}} -> {"a.b": 1}: draft paths, the names the form's controls carry.
export function flatten(obj, prefix = "", out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) flatten(v, path, out);
    else out[path] = v;
  }
  return out;
}

export function buildDraft(form, evidence, lang) {
  const draft = { schema: SCHEMA, lang };
  for (const [path, v] of form.entries()) setPath(draft, path, v);
  draft.evidence = evidence;
  return draft;
}

// A draft file's text as an object, or null when it is not one.
export function parseDraft(text) {
  try {
    const draft = JSON.parse(text);
    return draft && typeof draft === "object" && !Array.isArray(draft) ? draft : null;
  } catch {
    return null;
  }
}

// The buyer's calendar date, from this device's clock: nothing in a link can move it.
export function localToday() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
