// A merchant's deep link (contract §5): #v=1&<draft path>=<value>&… fills the form once.

const VERSION = "1";

// The link's [path, value] pairs, or null when the fragment is not a checker link.
export function readLink(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.get("v") !== VERSION) return null;
  return [...params].filter(([key]) => key !== "v");
}

export function forgetLink() {
  history.replaceState(null, "", location.pathname + location.search);
}

export function applyLink(form) {
  const pairs = location.hash ? readLink(location.hash) : null;
  if (!pairs) return false;
  for (const [path, value] of pairs) form.set(path, value); // only our own fields; unknown keys fall through
  // The link has done its job; a reload must not overwrite what the buyer edits next.
  forgetLink();
  return true;
}
