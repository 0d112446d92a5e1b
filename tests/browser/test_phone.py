"""The checker on a phone (issue 15): 375 × 812, touch, zh-CN, the clock at 2026-11-26.

A buyer answers three questions and sees her nearest deadline in the status bar, which stays in view
wherever she scrolls; what she cannot know stays folded; the form holds still while she fills it in;
every control is big enough for a thumb. Set AFTERSALES_SHOTS=<dir> to keep screenshots of the walk.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from conftest import axe_violations, new_context

CHECKER = "checker/"
TODAY = "2026-11-26"
BAR = "[data-summary]"
SHOTS = os.environ.get("AFTERSALES_SHOTS")
# The required fields in page order, with what a buyer types.
REQUIRED = [
    ("order.order_id", "fill", "2741234567890123456"),
    ("order.product_name", "fill", "无线降噪耳机 X2 黑色"),
    ("order.purchase_date", "fill", "11-20"),
    ("problem.type", "select", "quality"),
    ("problem.description", "fill", "11月24日开始左耳没有声音，换了两台手机都一样，重新配对和充满电后仍然没有声音。"),
    ("contact.phone", "fill", "138 0013 8000"),
]


@pytest.fixture
def phone(browser, base_url, watch):
    context = new_context(browser, base_url, watch, viewport={"width": 375, "height": 812}, device_scale_factor=2,
                          is_mobile=True, has_touch=True)
    page = context.new_page()
    page.on("console", lambda msg: watch.errors.append(f"console error: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    page.clock.set_fixed_time(datetime.fromisoformat(TODAY).replace(hour=10, tzinfo=ZoneInfo("Asia/Shanghai")))
    yield page
    context.close()
    problems = watch.problems()
    assert not problems, "the page misbehaved:\n" + "\n".join(problems)


def shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def control(page, path: str):
    return page.locator(f'#aftersales-checker [name="{path}"]')


def checked(page) -> int:
    """How many checks have returned so far (the bar's readiness line is rewritten by each)."""
    return page.evaluate("() => window.__checks || 0")


def count_checks(page) -> None:
    page.evaluate("""() => {
        window.__checks = 0;
        new MutationObserver(() => window.__checks++).observe(
            document.querySelector('[data-role=bar-ready]'), {childList: true, characterData: true, subtree: true});
    }""")


def answer_three(page) -> None:
    control(page, "order.platform").select_option("taobao")
    control(page, "order.received_date").fill("11月22日")
    control(page, "resolution").select_option("exchange")


def in_view(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }""")


def test_three_answers_show_the_nearest_deadline_in_a_bar_that_stays_in_view(phone, wait_ready):
    phone.goto(CHECKER)
    wait_ready(phone)
    shot(phone, "after-1-fresh")
    answer_three(phone)
    deadline = phone.locator(f"{BAR} [data-role=bar-deadline]")
    phone.wait_for_function("() => document.querySelector('[data-role=bar-deadline]').textContent.includes('2026-11-29')")
    assert "还剩 3 天" in deadline.text_content()
    assert "2026-11-22" in phone.locator("#readas-f-order-received_date").text_content(), "the read is shown"
    assert phone.locator('[data-chip-for="order.received_date"]').is_visible(), "a chip beside the date field"
    assert phone.locator("[data-role=next-step]").is_visible(), "what to do today, under the three questions"
    shot(phone, "after-2-three-answers")
    height = phone.evaluate("() => document.documentElement.scrollHeight")
    for name, y in (("middle", height // 2 - 406), ("bottom", height)):
        phone.evaluate(f"() => window.scrollTo(0, {y})")
        phone.wait_for_timeout(100)  # let the scroll settle; nothing is timed
        assert in_view(phone, BAR), f"the status bar left the screen at the {name}"
        assert "2026-11-29" in deadline.text_content()
        shot(phone, f"after-3-{name}")


def test_what_the_buyer_cannot_know_stays_folded_unless_a_link_fills_it(phone, wait_ready):
    phone.goto(CHECKER)
    for path in ("merchant.policy.no_reason_days", "submitted_date", "order.category", "contact.email"):
        assert not control(phone, path).is_visible(), f"{path} shows on a fresh form"
    phone.goto("about:blank")
    phone.goto(CHECKER + "#v=1&merchant.name=" + quote("某某旗舰店") + "&merchant.policy.no_reason_days=15"
               + "&submitted_date=2026-11-25")
    wait_ready(phone)
    days = control(phone, "merchant.policy.no_reason_days")
    assert days.is_visible() and days.input_value() == "15"
    assert control(phone, "submitted_date").is_visible()
    assert control(phone, "submitted_date").input_value() == "2026-11-25"
    assert "某某旗舰店" in phone.locator("[data-role=merchant]").text_content()


def test_the_form_holds_still_while_the_required_fields_are_filled(phone, wait_ready):
    phone.goto(CHECKER)
    wait_ready(phone)
    count_checks(phone)
    answer_three(phone)
    phone.wait_for_function("() => document.querySelector('[data-role=bar-deadline]').textContent.includes('2026')")
    positions = """() => Object.fromEntries([...document.querySelectorAll('#aftersales-checker [name]')]
        .filter(e => e.checkVisibility() && e.name !== 'evidence')
        .map(e => [e.name, e.getBoundingClientRect().top + window.scrollY]))"""
    for path, how, value in REQUIRED:
        before = phone.evaluate(positions)
        seen = checked(phone)
        if how == "select":
            control(phone, path).select_option(value)
        else:
            control(phone, path).fill(value)
        phone.wait_for_function(f"() => (window.__checks || 0) > {seen}")
        phone.wait_for_function("() => document.querySelector('[data-role=bar-ready]').textContent !== ''")
        after = phone.evaluate(positions)
        moved = {name: round(after[name] - y) for name, y in before.items() if name != path and name in after
                 and abs(after[name] - y) > 24}
        assert not moved, f"filling {path} moved other fields: {moved}"


def test_targets_are_big_enough_for_a_thumb_and_axe_is_clean(phone, wait_ready):
    phone.goto(CHECKER)
    wait_ready(phone)
    answer_three(phone)
    phone.wait_for_function("() => !document.querySelector('[data-output=zip]').disabled")
    small_outputs = phone.eval_on_selector_all(
        "#aftersales-checker [data-output]",
        "els => els.filter(e => e.checkVisibility() && e.getBoundingClientRect().height < 44)"
        ".map(e => e.dataset.output + ' ' + Math.round(e.getBoundingClientRect().height))")
    assert not small_outputs, small_outputs
    small = phone.eval_on_selector_all(
        "#aftersales-checker a, #aftersales-checker button, #aftersales-checker summary",
        "els => els.filter(e => e.checkVisibility()).filter(e => { const r = e.getBoundingClientRect();"
        " return r.height < 24 || r.width < 24; }).map(e => e.textContent.trim().slice(0, 20) + ' '"
        " + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height))")
    assert not small, small
    found = axe_violations(phone)
    assert not found, json.dumps(found, ensure_ascii=False)


def test_the_home_page_asks_the_three_questions_and_opens_the_checker_with_them(phone, wait_ready):
    phone.goto("./")
    start = phone.locator("#aftersales-start")
    first = phone.evaluate("() => document.getElementById('aftersales-start').getBoundingClientRect().top")
    assert first < 812, "the three questions are on the first screen"
    start.locator('[name="order.platform"]').select_option("taobao")
    start.locator('[name="order.received_date"]').fill("11月22日")
    start.locator('[name="resolution"]').select_option("return_refund")
    shot(phone, "home-1-three-answers")
    start.locator("[data-action=start]").tap()
    phone.wait_for_url("**/checker/**")
    wait_ready(phone)
    assert control(phone, "order.platform").input_value() == "taobao"
    assert control(phone, "resolution").input_value() == "return_refund"
    phone.wait_for_function("() => document.querySelector('[data-role=bar-deadline]').textContent.includes('2026-11-29')")
    assert in_view(phone, BAR)


def test_a_whole_card_on_the_home_page_is_one_tap(phone):
    phone.goto("./")
    card = phone.locator(".grid.cards > ul > li").first
    card.scroll_into_view_if_needed()
    box = card.bounding_box()
    # The card's lower right corner is no link's text: the tap still goes where its first link goes.
    phone.touchscreen.tap(box["x"] + box["width"] - 8, box["y"] + box["height"] - 8)
    phone.wait_for_url("**/guide/policy/**")


@pytest.mark.parametrize("path", ["guide/policy/", "guide/fill-in/", "faq/", "law/", "rules/",
                                  "en/guide/policy/", "en/rules/"])
def test_guide_tables_fit_a_phone_screen(phone, path):
    phone.goto(path)
    assert phone.locator("table").count() > 0
    wide = phone.evaluate("""() => ({
        page: document.documentElement.scrollWidth,
        tables: [...document.querySelectorAll('article table')].map(t => t.getBoundingClientRect())
            .filter(r => r.right > window.innerWidth + 1 || r.left < -1).length,
        cut: [...document.querySelectorAll('article table')].filter(t => t.scrollWidth > t.clientWidth + 1).length,
    })""")
    assert wide["page"] <= 375, f"the page scrolls sideways: {wide['page']} px"
    assert wide["tables"] == 0 and wide["cut"] == 0, wide
    label = phone.locator("article td[data-label]").first
    assert label.get_attribute("data-label"), "each value is under its heading"
    if SHOTS:
        phone.locator("article table").first.scroll_into_view_if_needed()
        shot(phone, "guide-" + path.strip("/").replace("/", "-"))


def test_not_sure_about_sanbao_explains_itself_and_blocks_nothing(phone, wait_ready):
    phone.goto(CHECKER + "#v=1&order.platform=jd&order.purchase_date=2026-11-20&order.received_date=11-22"
               + "&resolution=exchange&order.sanbao=" + quote("不确定"))
    wait_ready(phone)
    answer = control(phone, "order.sanbao")
    assert answer.is_visible() and answer.input_value() == "unknown", "the folded group opens, the answer is read"
    tip = phone.locator('#aftersales-checker [data-code="sanbao.unsure"][data-field="order.sanbao"]').first
    tip.wait_for()
    assert "2026-12-05" in tip.text_content(), "the exchange day it would have if it is covered"
    assert not phone.locator('#aftersales-checker [data-field="order.sanbao"][data-severity="error"]').count()
    answer.select_option("true")
    phone.wait_for_function("() => !document.querySelector('[data-code=\"sanbao.unsure\"]')")
    assert "2026-12-05" in phone.locator("[data-role=timeline]").text_content(), "covered: the 三包 exchange date"


def test_a_shops_15_day_promise_is_called_the_shops_promise_in_bar_timeline_and_text(phone, wait_ready):
    phone.goto(CHECKER + "#v=1&order.platform=taobao&order.received_date=11-22&problem.type=no_reason"
               + "&resolution=return_refund&merchant.policy.no_reason_days=15")
    wait_ready(phone)
    bar = phone.locator(f"{BAR} [data-role=bar-deadline]")
    phone.wait_for_function("() => document.querySelector('[data-role=bar-deadline]').textContent.includes('2026-12-07')")
    assert "商家承诺" in bar.text_content()
    item = phone.locator("[data-role=timeline] li", has_text="2026-12-07").first
    assert "商家承诺" in item.text_content() and "第二十五条" not in item.text_content()
    assert "截图" in item.text_content(), "the buyer is asked to keep a screenshot of the promise"
    quality = phone.locator("[data-role=timeline] li", has_text="质量问题退货").first
    assert "第二十四条" in quality.text_content(), "a statute-based date names its article"
    chip = phone.locator('[data-chip-for="order.received_date"]')
    assert chip.is_visible() and "商家承诺" in chip.text_content()
    phone.locator("[data-output=text]").tap()
    phone.wait_for_selector("[data-role=text-box]:not([hidden])")
    text = phone.input_value("[data-role=text-result]")
    line = next(part for part in text.split("。") if "2026-12-07" in part)
    assert "商家承诺" in line and "第二十五条" not in line, line
