// The home page's three questions: the answers become the checker's deep link (contract §5) and the
// checker opens with them. Plain JavaScript, so it works before (and without) Python; what the answers
// mean is for the checker to say. Without this script the button is a plain link to the checker.
const form = document.getElementById("aftersales-start");

function link() {
  const pairs = [["v", "1"]];
  for (const control of form.querySelectorAll("[name]")) {
    const value = control.value.trim();
    if (value) pairs.push([control.name, value]);
  }
  const hash = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  return `${form.dataset.checker}#${hash}`;
}

if (form) {
  const go = form.querySelector("[data-action=start]");
  const open = (e) => {
    e.preventDefault();
    location.assign(link());
  };
  go.addEventListener("click", open);
  form.addEventListener("submit", open); // Enter in the date field
}
