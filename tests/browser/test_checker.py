"""The checker page as a buyer uses it: live findings, deep links, drafts that survive, files kept locally.

Runs the real built site in Chromium. "Today" in the page is the browser's clock; where a sample's
expectation depends on the date, the test moves the clock with Playwright (nothing in a link can).
"""

from __future__ import annotations

import json
import struct
import zlib
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from conftest import axe_violations, fill_field, new_context

from aftersales.outputs.links import deep_link

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CHECKER = "checker/"
ROOT_SEL = "#aftersales-checker"
SUMMARY = "[data-role=findings] [data-code]"


def png_1x1() -> bytes:
    """A real 1x1 PNG, built with the stdlib: enough for a thumbnail, a magic number and a size."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00\x80\x80"))
            + chunk(b"IEND", b""))


PNG = png_1x1()


def expected() -> dict:
    return json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


def sample(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def at(page, day: str) -> None:
    page.clock.set_fixed_time(datetime.fromisoformat(day).replace(hour=10, tzinfo=ZoneInfo("Asia/Shanghai")))


def shown(page) -> set[tuple[str, str]]:
    return {tuple(x) for x in page.eval_on_selector_all(SUMMARY, "els => els.map(e => [e.dataset.code, e.dataset.field])")}


def wait_shown(page, pairs, present: bool = True, timeout: int = 15000) -> None:
    page.wait_for_function(
        """([sel, pairs, present]) => pairs.every(([c, f]) =>
             !!document.querySelector(`${sel}[data-code="${c}"][data-field="${f}"]`) === present)""",
        arg=[SUMMARY, [list(p) for p in pairs], present], timeout=timeout)


def wait_checked(page) -> None:
    page.wait_for_selector("[data-role=counts]:not([hidden])", timeout=30000)


def open_checker(page, wait_ready, suffix: str = "", path: str = CHECKER) -> None:
    page.goto(path + suffix)
    wait_ready(page)
    wait_checked(page)


def import_draft(page, name: str, text: str) -> None:
    page.set_input_files("[data-role=import-file]", files=[{"name": name, "mimeType": "application/json",
                                                           "buffer": text.encode("utf-8")}])


def test_every_sample_through_the_deep_link_shows_its_findings(page, wait_ready):
    cases = expected()
    open_checker(page, wait_ready)
    page.on("dialog", lambda d: d.accept())
    for name, case in cases.items():
        at(page, case["today"])
        page.click("[data-action=start-over]")
        # A merchant's link opened on a page that is already there arrives as a hash change.
        page.evaluate("link => { location.hash = link }", deep_link(sample(name)))
        page.wait_for_function("() => !location.hash")  # applied, then dropped from the address
        wait_shown(page, [tuple(p) for p in case.get("must", [])])
        for code, day in case.get("deadlines", {}).items():
            page.wait_for_selector(f"[data-deadline='{code}'] time[datetime='{day}']", timeout=10000)
    # And a link opened fresh fills the form just the same.
    name = "bad-contact"
    page.goto(f"{CHECKER}?fresh{deep_link(sample(name))}")
    wait_ready(page)
    # The last sample's draft was restored: the link's differing values wait for the buyer's yes.
    page.click("[data-link-offer] [data-action=link-apply]")
    assert page.input_value("[name='contact.phone']") == "12345"
    wait_shown(page, [tuple(p) for p in cases[name]["must"]])
    assert "#" not in page.url


def test_every_sample_imported_as_a_draft_shows_its_findings_and_deadlines(page, wait_ready):
    cases = expected()
    open_checker(page, wait_ready)
    for name, case in cases.items():
        at(page, case["today"])
        import_draft(page, f"{name}.json", (SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
        page.wait_for_selector(f"[data-role=draft-message]:has-text('{name}.json')")
        wait_shown(page, [tuple(p) for p in case.get("must", [])])
        for code, day in case.get("deadlines", {}).items():
            page.wait_for_selector(f"[data-deadline='{code}'] time[datetime='{day}']", timeout=10000)
        if case.get("ready") is True:
            page.wait_for_selector("[data-role=ready][data-ready=true]")
        if "ready" in case and not case["ready"]:
            page.wait_for_selector("[data-role=ready][data-ready=false]")


def test_a_finding_waits_in_the_summary_until_the_buyer_reaches_its_field_then_sits_beside_it(page, wait_ready):
    open_checker(page, wait_ready)
    wait_shown(page, [("required", "order.order_id"), ("required", "contact")])
    # A fresh form: the empty required field has no note beside it (one appearing later would move the
    # fields under the buyer's thumb); the finding is in the summary, and the control is not invalid.
    inline = page.locator("[data-slot='order.order_id'] [data-code=required]")
    assert inline.count() == 0
    assert page.get_attribute("[name='order.order_id']", "aria-invalid") is None
    # Once she has typed in it and left it empty, the finding sits beside it and the control names it.
    page.fill("[name='order.order_id']", "3")
    page.fill("[name='order.order_id']", "")
    page.wait_for_selector("[name='order.order_id'][aria-invalid=true]")
    assert inline.count() == 1
    described = page.get_attribute("[name='order.order_id']", "aria-describedby")
    assert inline.get_attribute("id") in described.split()
    # Every finding links to its guide section with a working relative URL.
    href = page.locator(f"{SUMMARY} a.asc-guide").first.get_attribute("href")
    assert href.startswith(page.url.split("/checker/")[0] + "/guide/")

    # "Go to the field" works from the keyboard and lands in the control.
    page.focus(f"{SUMMARY}[data-field='order.order_id'] [data-goto]")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.name") == "order.order_id"

    page.fill("[name='order.order_id']", "301234567890")
    page.fill("[name='contact.phone']", "12345")
    wait_shown(page, [("required", "order.order_id")], present=False)
    wait_shown(page, [("format.phone", "contact.phone")])
    page.wait_for_selector("[data-slot='contact.phone'] [data-code='format.phone']")

    page.fill("[name='contact.phone']", "139 1234 5678")
    wait_shown(page, [("format.phone", "contact.phone")], present=False)
    # Ready-made score and the character counter follow the draft too.
    assert page.locator("[data-role=score-meter]").evaluate("m => m.value") > 0
    page.fill("[name='problem.description']", "漏水")
    page.wait_for_selector("#count-f-problem-description:has-text('2 /')")


def test_what_is_typed_before_the_runtime_is_ready_is_checked_when_it_is(page, context, wait_ready):
    held = []
    context.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(CHECKER)
    page.wait_for_function("() => document.querySelector('#aftersales-checker').dataset.mounted")
    page.fill("[name='order.order_id']", "301234567890")
    fill_field(page, "contact.email", "lilei@")
    page.select_option("[name='problem.type']", "damaged")
    assert page.get_attribute(ROOT_SEL, "data-state") == "loading"
    assert page.locator("[data-role=progress-bar]").is_visible()
    for _ in range(300):  # the worker asks for the runtime's wasm; it is held until the buyer has typed
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the runtime's wasm was never requested"
    assert page.get_attribute(ROOT_SEL, "data-state") == "loading"
    assert page.locator(SUMMARY).count() == 0
    for route in held:
        route.continue_()
    context.unroute("**/pyodide.asm.wasm")
    wait_ready(page)
    wait_shown(page, [("format.email", "contact.email"), ("required", "problem.description")])
    wait_shown(page, [("required", "order.order_id"), ("required", "problem.type")], present=False)
    assert page.input_value("[name='order.order_id']") == "301234567890"


def test_reload_restores_text_and_files(page, wait_ready):
    open_checker(page, wait_ready)
    page.fill("[name='order.product_name']", "电热水壶 1.7L")
    page.select_option("[name='resolution']", "exchange")
    page.set_input_files("#f-evidence", files=[{"name": "壶底.png", "mimeType": "image/png", "buffer": PNG}])
    item = page.locator("[data-role=evidence-list] li")
    item.wait_for()
    # The Python check guesses the kind; the buyer can change it.
    page.wait_for_function("() => document.querySelector('[data-evidence-kind]').value === 'photo'")
    page.select_option("[data-evidence-kind]", "invoice")
    page.wait_for_selector("[data-role=saved]:has-text(':')")
    page.wait_for_timeout(400)

    page.reload()
    wait_ready(page)
    page.wait_for_selector("[data-role=restored]:not([hidden])")
    assert page.input_value("[name='order.product_name']") == "电热水壶 1.7L"
    assert page.input_value("[name='resolution']") == "exchange"
    assert page.locator("[data-role=evidence-list] li").count() == 1
    assert page.locator(".asc-ev-name").inner_text() == "壶底.png"
    assert page.input_value("[data-evidence-kind]") == "invoice"
    # The file itself came back from IndexedDB: its thumbnail shows.
    page.wait_for_function("() => document.querySelector('.asc-thumb img')?.naturalWidth === 1")


def test_start_over_clears_everything_after_confirming(page, wait_ready):
    open_checker(page, wait_ready)
    page.fill("[name='order.order_id']", "301234567890")
    page.set_input_files("#f-evidence", files=[{"name": "a.png", "mimeType": "image/png", "buffer": PNG}])
    page.locator("[data-role=evidence-list] li").wait_for()
    page.once("dialog", lambda d: d.dismiss())
    page.click("[data-action=start-over]")
    assert page.input_value("[name='order.order_id']") == "301234567890"
    page.once("dialog", lambda d: d.accept())
    page.click("[data-action=start-over]")
    assert page.input_value("[name='order.order_id']") == ""
    assert page.locator("[data-role=evidence-list] li").count() == 0
    wait_shown(page, [("required", "order.order_id")])
    page.reload()
    wait_ready(page)
    wait_checked(page)
    assert page.locator("[data-role=restored]").is_hidden()
    assert page.input_value("[name='order.order_id']") == ""


def test_export_then_import_round_trips_and_a_bad_file_changes_nothing(page, wait_ready, tmp_path):
    open_checker(page, wait_ready)
    page.fill("[name='order.order_id']", "301234567890")
    page.fill("[name='problem.description']", "第二次使用时壶底漏水，\n已停止使用。")
    fill_field(page, "order.sanbao", True)
    fill_field(page, "merchant.policy.no_reason_days", "15")
    with page.expect_download() as info:
        page.click("[data-action=export-draft]")
    first = tmp_path / "first.json"
    info.value.save_as(first)
    draft = json.loads(first.read_text(encoding="utf-8"))
    assert draft["order"]["order_id"] == "301234567890"
    assert draft["order"]["sanbao"] == "true"  # the 三包 answer is a choice: true, false or unknown

    page.once("dialog", lambda d: d.accept())
    page.click("[data-action=start-over]")
    assert page.input_value("[name='order.order_id']") == ""

    import_draft(page, "first.json", first.read_text(encoding="utf-8"))
    page.wait_for_selector("[data-role=draft-message]:has-text('first.json')")
    assert page.input_value("[name='problem.description']") == "第二次使用时壶底漏水，\n已停止使用。"
    assert page.input_value("[name='order.sanbao']") == "true"
    with page.expect_download() as info:
        page.click("[data-action=export-draft]")
    second = tmp_path / "second.json"
    info.value.save_as(second)
    assert json.loads(second.read_text(encoding="utf-8")) == draft

    import_draft(page, "broken.json", "{not json")
    page.wait_for_selector("[data-role=draft-message]:has-text('broken.json')")
    assert page.input_value("[name='order.order_id']") == "301234567890"
    import_draft(page, "list.json", "[1, 2]")
    page.wait_for_selector("[data-role=draft-message]:has-text('list.json')")
    assert page.input_value("[name='order.order_id']") == "301234567890"


def test_a_crafted_link_sets_text_only_and_cannot_move_today(page, wait_ready):
    at(page, "2026-11-15")
    evil = "<img src=x onerror=window.__pwned=1>"
    link = ("#v=1&merchant.name=" + quote(evil) + "&merchant.policy.no_reason_days=15&today=2020-01-01"
            "&order.received_date=2026-11-12&no.such.field=1&problem.type=" + quote("<b>x</b>"))
    open_checker(page, wait_ready, link)
    assert page.input_value("[name='merchant.name']") == evil
    page.wait_for_selector("[data-role=merchant]:not([hidden])")
    assert evil in page.inner_text("[data-role=merchant-name]")
    assert page.evaluate("window.__pwned") is None
    assert page.locator(f"{ROOT_SEL} img[src=x], {ROOT_SEL} b").count() == 0
    page.wait_for_selector("[data-today] time[datetime='2026-11-15']")
    page.wait_for_selector("[data-deadline=no_reason_return] time[datetime='2026-11-27']")


def test_fits_a_phone_screen_without_sideways_scroll(browser, base_url, wait_ready, watch):
    ctx = new_context(browser, base_url, watch, viewport={"width": 375, "height": 800}, is_mobile=True,
                      has_touch=True, device_scale_factor=2)
    try:
        for path in (CHECKER, "en/" + CHECKER):
            page = ctx.new_page()
            page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
            open_checker(page, wait_ready, "#v=1&merchant.name=" + quote("某某旗舰店" * 6)
                         + "&order.product_name=" + "X" * 80, path=path)
            page.set_input_files("#f-evidence", files=[{"name": "a-very-long-file-name-" * 4 + ".png",
                                                         "mimeType": "image/png", "buffer": PNG}])
            page.locator("[data-role=evidence-list] li").first.wait_for()
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= 375, f"{path}: the page is {wide}px wide on a 375px screen"
            page.close()
    finally:
        ctx.close()
    assert not watch.problems()


def test_english_page_speaks_english(page, wait_ready):
    open_checker(page, wait_ready, path="en/" + CHECKER)
    assert page.inner_text("label[for='f-order-order_id']").startswith("Order number")
    wait_shown(page, [("required", "order.order_id")])
    message = page.locator(f"{SUMMARY}[data-field='order.order_id'] .asc-msg").inner_text()
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in message), message
    href = page.locator(f"{SUMMARY} a.asc-guide").first.get_attribute("href")
    assert "/en/guide/" in href
    # The empty fields' examples too (the order number's digits and a phone number read the same in both).
    placeholders = page.eval_on_selector_all("#aftersales-checker [placeholder]", "els => els.map(e => e.placeholder)")
    assert "e.g. X2 wireless earbuds, black" in placeholders
    assert not [p for p in placeholders if any("\u4e00" <= ch <= "\u9fff" for ch in p)], placeholders


@pytest.mark.parametrize("failure", ["no-webassembly", "runtime-download-fails"])
def test_when_the_runtime_cannot_load_the_buyer_can_still_send_what_they_typed(page, context, watch, failure):
    if failure == "no-webassembly":
        page.add_init_script("delete globalThis.WebAssembly")
    else:
        watch.allow("Failed to load resource|pyodide")
        context.route("**/pyodide.mjs", lambda route: route.abort("failed"))
    page.goto(CHECKER)
    page.fill("[name='order.product_name']", "电热水壶")
    fill_field(page, "merchant.support_email", "kefu@example.com")
    page.select_option("[name='resolution']", "exchange")
    page.wait_for_selector(f"{ROOT_SEL}[data-state=error]", state="attached", timeout=60000)
    assert page.locator("[data-role=runtime-error]").is_visible()
    page.wait_for_selector("[data-role=fallback]:not([hidden])")
    assert page.locator("[data-output]").first.is_disabled()
    page.fill("[name='order.order_id']", "301234567890")
    page.wait_for_timeout(400)
    href = page.get_attribute("[data-role=fallback-mailto]", "href")
    assert href.startswith("mailto:kefu@example.com?")
    body = parse_qs(urlsplit(href).query)["body"][0]
    assert "商品名称: 电热水壶" in body and "订单编号: 301234567890" in body and "希望怎么处理: 换货" in body
    # The draft is still exportable, and kept for when the checker works again.
    with page.expect_download():
        page.click("[data-action=export-draft]")
    assert "301234567890" in page.evaluate("localStorage.getItem('aftersales-checker/draft/1')")


@pytest.mark.parametrize("path", [CHECKER, "en/" + CHECKER])
def test_axe_finds_no_violation_on_the_working_checker(page, wait_ready, path):
    at(page, "2026-11-15")
    open_checker(page, wait_ready, deep_link(sample("bad-contact")), path=path)
    # A picture gets a thumbnail; a PDF keeps its type's letters in the thumbnail's place.
    page.set_input_files("#f-evidence", files=[{"name": "leak.png", "mimeType": "image/png", "buffer": PNG},
                                               {"name": "invoice.pdf", "mimeType": "application/pdf",
                                                "buffer": b"%PDF-1.4\n%%EOF\n"}])
    page.wait_for_selector(".asc-thumb img")
    page.wait_for_selector(".asc-thumb > span")
    page.wait_for_selector("[data-role=merchant]:not([hidden]), [data-deadline]")
    wait_shown(page, [("format.phone", "contact.phone")])
    found = axe_violations(page, impacts=None)
    assert not found, "\n".join(json.dumps(v, ensure_ascii=False) for v in found)


def test_outputs_hand_the_buyer_files_and_text(page, wait_ready):
    at(page, "2026-11-15")
    open_checker(page, wait_ready, deep_link(sample("complete-quality-return")))
    page.set_input_files("#f-evidence", files=[{"name": "壶底.png", "mimeType": "image/png", "buffer": PNG}])
    page.locator("[data-role=evidence-list] li").wait_for()
    for kind, suffix in (("zip", ".zip"), ("eml", ".eml"), ("ics", ".ics"), ("json", ".json")):
        with page.expect_download() as info:
            page.click(f"[data-output={kind}]")
        assert info.value.suggested_filename.endswith(suffix)
        assert Path(info.value.path()).stat().st_size > 0
    page.select_option("[data-option=text_kind]", "12315")
    page.click("[data-output=text]")
    page.wait_for_selector("[data-role=text-box]:not([hidden])")
    assert "301234567890" in page.input_value("[data-role=text-result]")
    assert page.locator("[data-action=copy]").is_visible()


def test_files_dropped_on_the_evidence_box_are_attached_with_their_kind(page, wait_ready):
    open_checker(page, wait_ready)
    page.evaluate("""(bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], 'receipt.pdf', {type: 'application/pdf'}));
        dt.items.add(new File([new Uint8Array(bytes)], 'leak.png', {type: 'image/png'}));
        const zone = document.querySelector('[data-role=dropzone]');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", list(PNG))
    page.wait_for_function("() => document.querySelectorAll('[data-evidence-kind]').length === 2"
                           " && [...document.querySelectorAll('[data-evidence-kind]')].every(s => s.value)")
    assert page.locator("[data-role=evidence-total]").inner_text().startswith("共 2 个文件")
    # Removing one is a keyboard-reachable button named after the file.
    page.get_by_role("button", name="移除 receipt.pdf").click()
    page.wait_for_function("() => document.querySelectorAll('[data-evidence-kind]').length === 1")


def test_a_file_whose_content_is_not_what_its_name_says_is_flagged_on_that_file(page, wait_ready):
    open_checker(page, wait_ready)
    page.set_input_files("#f-evidence", files=[
        {"name": "photo.png", "mimeType": "image/png", "buffer": PNG},
        {"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": b"MZ\x90\x00" + bytes(60)},
    ])
    page.wait_for_selector("[data-slot='evidence.1'] [data-code='evidence.type']")
    assert page.locator("[data-slot='evidence.0'] [data-code='evidence.type']").count() == 0


def test_a_crashed_worker_is_replaced_and_the_draft_is_checked_again(page, wait_ready, watch):
    watch.allow("boom")
    open_checker(page, wait_ready)
    page.fill("[name='contact.phone']", "12345")
    wait_shown(page, [("format.phone", "contact.phone")])
    worker = next(w for w in page.workers if "worker.mjs" in w.url)
    worker.evaluate("setTimeout(() => { throw new Error('boom') }, 0)")
    page.wait_for_selector(f"{ROOT_SEL}[data-state=loading]", state="attached", timeout=10000)
    fill_field(page, "contact.email", "lilei@")
    wait_ready(page)
    wait_shown(page, [("format.phone", "contact.phone"), ("format.email", "contact.email")])
    assert page.input_value("[name='contact.phone']") == "12345"
