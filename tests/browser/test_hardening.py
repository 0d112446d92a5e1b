"""The checker under attack or under strain (issue 13): links that would overwrite a buyer's draft, a page
that frames the checker, a worker that stops answering, storage that refuses, files and drafts built to
break the page. Each test is what a buyer would notice."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, unquote, urlsplit

from conftest import fill_field
from playwright.sync_api import expect
from test_checker import CHECKER, PNG, ROOT_SEL, import_draft, open_checker, wait_checked, wait_shown

OFFER = "[data-link-offer]"
EMAIL = "[name='merchant.support_email']"
PRODUCT = "[name='order.product_name']"


def saved(page) -> dict:
    raw = page.evaluate("localStorage.getItem('aftersales-checker/draft/1')")
    return json.loads(raw)["draft"] if raw else {}


def wait_saved(page, path: str, value: str) -> None:
    page.wait_for_function(
        """([path, value]) => {
             const raw = localStorage.getItem('aftersales-checker/draft/1');
             const node = raw && path.split('.').reduce((n, k) => n && n[k], JSON.parse(raw).draft);
             return node === value; }""", arg=[path, value])


def test_a_link_offers_its_differing_values_and_never_overwrites_a_saved_draft(page, wait_ready):
    open_checker(page, wait_ready)
    fill_field(page, "merchant.support_email", "service@shop.example")
    wait_saved(page, "merchant.support_email", "service@shop.example")

    page.goto("about:blank")
    page.goto(CHECKER + "#v=1&merchant.support_email=refunds%40evil.example&order.product_name=X2")
    wait_ready(page)
    page.wait_for_selector(f"{OFFER}:not([hidden])")
    # The buyer's own value stays until the buyer says otherwise; an empty field takes the link's value
    # and says where it came from.
    assert page.input_value(EMAIL) == "service@shop.example"
    assert "refunds@evil.example" in page.inner_text(OFFER)
    assert page.input_value(PRODUCT) == "X2"
    assert page.get_attribute(PRODUCT, "data-from-link") == ""
    assert page.locator("[data-path='order.product_name'] [data-role=from-link]").is_visible()
    assert page.get_attribute(EMAIL, "data-from-link") is None
    page.click("[data-action=link-keep]")
    assert page.locator(OFFER).is_hidden()
    page.wait_for_timeout(400)
    assert saved(page)["merchant"]["support_email"] == "service@shop.example"

    # A page that opened the checker can set its hash later, without a reload: offered the same way.
    page.evaluate("location.hash = '#v=1&merchant.support_email=later%40evil.example'")
    page.wait_for_selector(f"{OFFER}:not([hidden])")
    assert page.input_value(EMAIL) == "service@shop.example"
    page.click("[data-action=link-apply]")
    assert page.input_value(EMAIL) == "later@evil.example"
    assert page.get_attribute(EMAIL, "data-from-link") == ""
    # Editing the field makes it the buyer's own again.
    page.fill(EMAIL, "mine@shop.example")
    assert page.get_attribute(EMAIL, "data-from-link") is None


def _frameable(route) -> None:
    """The checker as a host that cannot send headers serves it: no frame-ancestors, no X-Frame-Options."""
    response = route.fetch()
    headers = {k: v for k, v in response.headers.items()
               if k.lower() not in ("x-frame-options", "content-security-policy")}
    route.fulfill(response=response, headers=headers)


def test_a_framed_checker_neither_restores_nor_autosaves_and_says_so(page, wait_ready):
    open_checker(page, wait_ready)
    fill_field(page, "merchant.support_email", "service@shop.example")
    wait_saved(page, "merchant.support_email", "service@shop.example")

    page.route("**/checker/", _frameable)
    page.route("**/framer.html", lambda route: route.fulfill(
        content_type="text/html", body='<!doctype html><title>x</title><iframe src="checker/" width="1000" height="800"></iframe>'))
    page.goto("framer.html")
    frame = page.frame_locator("iframe")
    frame.locator("[data-role=framed]").wait_for()
    assert frame.locator(EMAIL).input_value() == ""
    frame.locator(PRODUCT).fill("framed value")
    fill_field(frame, "merchant.support_email", "attacker@evil.example")
    page.wait_for_timeout(500)
    assert saved(page)["merchant"]["support_email"] == "service@shop.example"
    assert "order" not in saved(page) or saved(page)["order"].get("product_name") != "framed value"


# Spins the first worker for ever on a check of a draft that holds HANG-ONCE; a worker started later is
# the real one. Prepended to worker.mjs, so it listens before the worker's own handler.
HANG = """self.addEventListener("message", (e) => {
  if (e.data && e.data.type === "call" && JSON.stringify(e.data.args).includes("HANG-ONCE")) {
    for (;;) {}
  }
});
"""


def test_a_hung_worker_is_replaced_the_buyer_is_told_and_the_draft_checked_again(page, context, wait_ready):
    context.add_init_script("window.__asc_test_timeouts = {call: 3000}")
    served = []

    def worker(route) -> None:
        response = route.fetch()
        body = response.text()
        served.append(1)
        route.fulfill(response=response, body=(HANG + body) if len(served) == 1 else body)

    context.route("**/checker/worker.mjs", worker)
    open_checker(page, wait_ready)
    page.fill("[name='contact.phone']", "12345")
    wait_shown(page, [("format.phone", "contact.phone")])
    page.fill("[name='problem.description']", "HANG-ONCE 壶底漏水")
    page.wait_for_selector(f"{ROOT_SEL}[data-state=loading]", state="attached", timeout=30000)
    wait_ready(page)
    restarted = page.inner_text("[data-role=progress-text]")
    assert "重启" in restarted and "重新检查" in restarted, restarted
    wait_shown(page, [("format.phone", "contact.phone")])
    assert page.get_attribute(ROOT_SEL, "data-check") is None
    assert page.input_value("[name='problem.description']") == "HANG-ONCE 壶底漏水"
    assert len(served) >= 2


FULL = """
Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); };
Object.defineProperty(window, "indexedDB", { get() { throw new DOMException("blocked", "SecurityError"); } });
"""


def test_with_storage_full_or_blocked_the_checker_works_in_memory_and_offers_export(page, context, wait_ready):
    context.add_init_script(FULL)
    open_checker(page, wait_ready)
    page.fill("[name='contact.phone']", "12345")
    wait_shown(page, [("format.phone", "contact.phone")])
    off = page.locator("[data-role=autosave-off]")
    off.wait_for()
    assert "自动保存已关闭" in off.inner_text()
    page.set_input_files("#f-evidence", files=[{"name": "a.png", "mimeType": "image/png", "buffer": PNG}])
    page.locator("[data-role=evidence-list] li").wait_for()
    assert page.inner_text("[data-role=evidence-note]") != ""
    with page.expect_download() as info:
        off.locator("[data-action=export-draft]").click()
    draft = json.loads(open(info.value.path(), encoding="utf-8").read())
    assert draft["contact"]["phone"] == "12345" and draft["evidence"][0]["name"] == "a.png"


def test_a_draft_that_crashed_the_check_now_shows_findings(page, wait_ready):
    open_checker(page, wait_ready)
    bad = {"order": {"product_name": "X2"}, "evidence": [
        {"kind": {}, "name": {"x": 1}, "size": "big", "magic": "0000000066747970zzzzzzzz"},
        {"kind": [], "name": ["a"], "type": 5}]}
    import_draft(page, "bad.json", json.dumps(bad))
    wait_shown(page, [("format.choice", "evidence[0].kind"), ("format.choice", "evidence[1].kind")])
    assert page.get_attribute(ROOT_SEL, "data-check") is None
    assert page.locator("[data-role=evidence-list] li").count() == 2
    assert page.input_value(PRODUCT) == "X2"


def test_an_import_too_deep_to_read_changes_nothing(page, wait_ready):
    open_checker(page, wait_ready)
    page.fill(PRODUCT, "电热水壶")
    deep = '{"order": ' + '{"x": ' * 50_000 + "1" + "}" * 50_000 + "}"
    import_draft(page, "deep.json", deep)
    page.wait_for_selector("[data-role=draft-message]:has-text('deep.json')")
    assert page.input_value(PRODUCT) == "电热水壶"
    wait_checked(page)


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>parent.stolen = 1</script><rect width="9" height="9"/></svg>'


def test_only_raster_images_get_a_thumbnail_and_no_blob_is_a_link(page, wait_ready):
    open_checker(page, wait_ready)
    page.set_input_files("#f-evidence", files=[
        {"name": "photo.png", "mimeType": "image/png", "buffer": PNG},
        {"name": "drawing.svg", "mimeType": "image/svg+xml", "buffer": SVG},
        {"name": "fake.png", "mimeType": "image/png", "buffer": b"<html><script>1</script></html>"},
    ])
    page.wait_for_function("() => document.querySelector('.asc-thumb img')?.naturalWidth === 1")
    rows = page.locator("[data-role=evidence-list] li")
    assert rows.nth(0).locator(".asc-thumb img").count() == 1
    assert rows.nth(1).locator(".asc-thumb img").count() == 0
    assert rows.nth(2).locator(".asc-thumb img").count() == 0
    assert page.locator("a[href^='blob:']").count() == 0


def test_the_worker_answers_only_the_calls_on_its_allow_list(page, wait_ready):
    open_checker(page, wait_ready)
    worker = next(w for w in page.workers if "worker.mjs" in w.url)
    answers = worker.evaluate("""async () => {
      const ask = (fn, args) => new Promise((resolve) => {
        const post = self.postMessage;
        self.postMessage = (m) => { self.postMessage = post; resolve(m); };
        self.onmessage({ data: { type: "call", id: 7, fn, args } });
      });
      const out = [];
      for (const fn of ["json", "outputs", "check", "__getattribute__", "constructor", "toString"]) {
        out.push(await ask(fn, []));
      }
      out.push(await ask("thumbnail_type", ["89504e470d0a1a0a"]));
      return out;
    }""")
    refused, allowed = answers[:-1], answers[-1]
    assert all(a["ok"] is False for a in refused), refused
    assert allowed == {"type": "result", "id": 7, "ok": True, "value": "image/png"}


def test_the_fallback_mail_goes_to_one_valid_address_or_to_nobody(page, context, watch):
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(CHECKER)
    page.wait_for_selector(f"{ROOT_SEL}[data-state=error]", state="attached", timeout=60000)
    for typed, expected in [("kefu@example.com", "kefu@example.com"),
                            ("a@shop.example,evil@evil.example", ""),
                            ("a@shop.example;b@evil.example", ""),
                            ("a@shop.example?cc=evil@evil.example", ""),
                            ("a@shop.example&bcc=evil@evil.example", ""),
                            ("Shop <a@shop.example>", "")]:
        fill_field(page, "merchant.support_email", typed)
        # The link follows the typing after a short pause: wait for it rather than for a fixed time.
        link = page.locator("[data-role=fallback-mailto]")
        expect(link).to_have_attribute("href", re.compile("^mailto:" + re.escape(expected) + r"\?"))
        href = link.get_attribute("href")
        head, query = href.split("?", 1)
        assert unquote(head) == "mailto:" + expected, (typed, href)
        assert set(parse_qs(urlsplit(href).query)) == {"subject", "body"}
