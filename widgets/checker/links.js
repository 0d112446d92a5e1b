// A merchant's deep link (contract §5): #v=1&<draft path>=<value>&… Empty fields take the link's values
// at once; values that differ from what the buyer already has are only offered ([data-link-offer]:
// apply / keep mine), on the first load and for every later hashchange. A link is a stranger's text:
// it never silently replaces the buyer's draft (a page that opened the checker could set its hash).
import { el } from "./dom.js";
import { fill } from "./words.js";

const VERSION = "1";
const FROM_LINK = "data-from-link";

// The link's [path, value] pairs, or null when the fragment is not a checker link.
export function readLink(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.get("v") !== VERSION) return null;
  return [...params].filter(([key]) => key !== "v");
}

export function forgetLink() {
  history.replaceState(null, "", location.pathname + location.search);
}

export function createLinks({ role, ui, form }) {
  let offered = []; // [path, value] waiting for the buyer's answer

  // The field shows where its value came from until the buyer edits it.
  function mark(path) {
    const control = form.control(path);
    const field = control?.closest(".asc-field");
    if (!control || !field) return;
    control.setAttribute(FROM_LINK, "");
    field.setAttribute(FROM_LINK, "");
    if (!field.querySelector("[data-role=from-link]")) {
      field.querySelector("label")?.append(el("span", { class: "asc-from-link", "data-role": "from-link",
        text: ui.from_link }));
    }
  }

  function unmark(path) {
    const control = form.control(path);
    const field = control?.closest(".asc-field");
    control?.removeAttribute(FROM_LINK);
    field?.removeAttribute(FROM_LINK);
    field?.querySelector("[data-role=from-link]")?.remove();
  }

  function put(path, value) {
    if (form.set(path, value)) mark(path);
  }

  const shown = (path) => {
    const v = form.value(path);
    return v === true ? "✓" : v === false || v === undefined ? "" : String(v);
  };

  function showOffer() {
    const box = role("link-offer");
    const labels = new Map(form.fields.map((f) => [f.path, f.label]));
    role("link-offer-list").replaceChildren(...offered.map(([path, value]) => el("li", {
      text: fill(ui.link_offer_row, { label: labels.get(path) || path, mine: shown(path), theirs: value }) })));
    box.hidden = offered.length === 0;
  }

  return {
    // Reads the link in the address bar, if any; returns true when the form changed.
    take() {
      const pairs = location.hash ? readLink(location.hash) : null;
      if (!pairs) return false;
      forgetLink(); // a reload must not bring the link back over what the buyer edits next
      let changed = false;
      const known = pairs.filter(([path]) => form.control(path)); // unknown keys fall through
      const differing = [];
      for (const [path, value] of known) {
        if (form.isEmpty(path)) {
          put(path, value);
          changed = true;
        } else if (form.differs(path, value)) {
          differing.push([path, value]);
        }
      }
      // A later link replaces an earlier unanswered offer for the same fields.
      offered = [...offered.filter(([p]) => !differing.some(([q]) => q === p)), ...differing];
      showOffer();
      return changed;
    },
    apply() {
      for (const [path, value] of offered) put(path, value);
      offered = [];
      showOffer();
      role("draft-message").textContent = ui.link_applied;
    },
    keep() {
      offered = [];
      showOffer();
      role("draft-message").textContent = ui.link_kept;
    },
    edited: unmark,
    reset() {
      offered = [];
      showOffer();
      for (const f of form.fields) unmark(f.path);
    },
  };
}
