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

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const text = (v) => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "");

// The value at a dotted path, walking only plain objects (no recursion: any depth is safe).
function at(obj, path) {
  let node = obj;
  for (const key of path.split(".")) {
    if (!isObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

// A draft is three levels deep; a file nested hundreds deep is not one, and is refused whole before any
// recursive reader (JSON.stringify, the form) could overflow on it. Walked with a stack, not recursion.
const MAX_DEPTH = 32;
function tooDeep(root) {
  const stack = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop();
    if (depth > MAX_DEPTH) return true;
    for (const v of Object.values(node)) if (v !== null && typeof v === "object") stack.push([v, depth + 1]);
  }
  return false;
}

// One evidence item's metadata as the page keeps it: every field coerced to its type, so a stored or
// imported `name` of {} or a `size` of "x" can never break a render.
function evidenceMeta(item) {
  const size = item.size;
  return { id: text(item.id), kind: text(item.kind), name: text(item.name), type: text(item.type),
    magic: /^[0-9a-f]{0,64}$/i.test(text(item.magic)) ? text(item.magic) : "",
    size: typeof size === "number" && Number.isFinite(size) && size >= 0 ? size : undefined };
}

// A draft (parsed from a file or from storage) read whole before anything touches the form: the value of
// each form path as the form can show it, and the evidence list; null when it is not a draft at all.
// A value the form cannot show as it is (a list, an object) goes in as its JSON text so the check can
// name the wrong type; one too deep to write out is left out.
export function readDraft(raw, paths) {
  if (!isObject(raw) || tooDeep(raw)) return null;
  const flat = {};
  for (const path of paths) {
    const v = at(raw, path);
    if (v === undefined || v === null) continue;
    if (typeof v !== "object") flat[path] = v;
    else {
      try {
        flat[path] = JSON.stringify(v);
      } catch {
        /* too deep to write out: left out */
      }
    }
  }
  const evidence = Array.isArray(raw.evidence) ? raw.evidence.filter(isObject).map(evidenceMeta) : [];
  return { flat, evidence };
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
