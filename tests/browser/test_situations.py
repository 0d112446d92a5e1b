"""The "常见情况 / Situations" section as a buyer meets it: a whole question typed into the search
finds the page for that situation first, and each page's button opens the checker filled in as the
page says."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from conftest import fill_field, start_tags
from playwright.sync_api import expect
from test_checker import PNG
from test_guide import search_first

SITUATIONS = [
    "pickup-point", "refused", "not-received", "damaged-in-transit", "refund-only", "shipping-costs", "deposit",
    "price-drop", "food", "custom-made", "second-hand", "live-stream", "self-operated", "cross-border",
]

# Whole questions as buyers type them, and the situation page that answers each.
QUESTIONS_ZH = [
    ("快递放驿站了七天从哪天算", "pickup-point"),
    ("放快递柜了，七天无理由从什么时候开始算", "pickup-point"),
    ("拒收了还能退款吗", "refused"),
    ("快递到了我拒签了钱什么时候退", "refused"),
    ("快递丢了怎么办", "not-received"),
    ("显示签收但是我没收到货", "not-received"),
    ("收到的东西压坏了找快递还是找商家", "damaged-in-transit"),
    ("能不能只退款不退货", "refund-only"),
    ("退货运费谁出", "shipping-costs"),
    ("包邮的退货为什么扣运费", "shipping-costs"),
    ("定金能退吗", "deposit"),
    ("付了定金不想要了", "deposit"),
    ("买完就降价了能退差价吗", "price-drop"),
    ("先涨价再打折算欺诈吗", "price-drop"),
    ("吃的有问题能赔十倍吗", "food"),
    ("买的水果烂了怎么办", "food"),
    ("商家说是定制的不给退", "custom-made"),
    ("闲鱼买的二手能退吗", "second-hand"),
    ("直播间买的东西退货", "live-stream"),
    ("主播说的和收到的不一样", "live-stream"),
    ("京东自营的东西坏了找谁", "self-operated"),
    ("海淘的东西能七天无理由吗", "cross-border"),
]

QUESTIONS_EN = [
    ("my parcel was left at a pickup point, when do the 7 days start", "pickup-point"),
    ("I refused the parcel at the door, can I get a refund", "refused"),
    ("the food I bought made me sick, can I claim ten times the price", "food"),
    ("bought second-hand on Xianyu, can I return it", "second-hand"),
    ("the price dropped right after I bought it", "price-drop"),
    ("can I get my presale deposit back", "deposit"),
]

# What each page's button must put into the checker (draft path → value), as the page says.
PREFILL = {
    "pickup-point": {"order.delivery": "pickup_point", "problem.type": "no_reason", "resolution": "return_refund"},
    "refused": {"order.delivery": "refused", "problem.type": "not_received", "resolution": "refund_only"},
    "not-received": {"problem.type": "not_received", "resolution": "refund_only"},
    "damaged-in-transit": {"problem.type": "damaged", "resolution": "return_refund"},
    "refund-only": {"problem.type": "not_received", "resolution": "refund_only"},
    "shipping-costs": {"problem.type": "no_reason", "resolution": "return_refund"},
    "deposit": {"problem.type": "other", "resolution": "refund_only"},
    "price-drop": {"problem.type": "other", "resolution": "other"},
    "food": {"order.category": "perishable", "problem.type": "quality", "resolution": "refund_only"},
    "custom-made": {"order.category": "general", "problem.type": "no_reason", "resolution": "return_refund"},
    "second-hand": {"order.platform": "xianyu", "order.private_seller": "true", "problem.type": "not_as_described", "resolution": "return_refund"},
    "live-stream": {"order.platform": "douyin", "problem.type": "not_as_described", "resolution": "return_refund"},
    "self-operated": {"order.platform": "jd", "problem.type": "quality", "resolution": "return_refund"},
    "cross-border": {"problem.type": "quality", "resolution": "return_refund"},
}

# What the checker then tells the buyer that it would not say without the situation.
TELLS = {
    "pickup-point": "delivery.pickup_point",
    "refused": "delivery.refused",
    "not-received": "delivery.not_received",
    "damaged-in-transit": "transit.seller_risk",
    "food": "food.compensation",
    "second-hand": "seller.private",
}


@pytest.mark.parametrize(("question", "slug"), QUESTIONS_ZH, ids=[q for q, _ in QUESTIONS_ZH])
def test_a_whole_chinese_question_finds_its_situation_first(search_page, question, slug):
    assert search_first(search_page(""), question) == f"situations/{slug}/"


@pytest.mark.parametrize(("question", "slug"), QUESTIONS_EN, ids=[q for q, _ in QUESTIONS_EN])
def test_a_whole_english_question_finds_its_situation_first(search_page, question, slug):
    assert search_first(search_page("en/"), question) == f"en/situations/{slug}/"


def test_search_results_carry_no_zero_width_spaces(search_page):
    page = search_page("")
    search_first(page, "拒收了还能退款吗")
    shown = page.locator(".md-search-result").inner_text()
    assert "拒收" in shown and "\u200b" not in shown


def test_every_situation_is_in_both_editions_and_on_the_index(site_dir):
    for edition in (site_dir, site_dir / "en"):
        index = (edition / "situations" / "index.html").read_text(encoding="utf-8")
        for slug in SITUATIONS:
            assert (edition / "situations" / slug / "index.html").exists(), f"{edition}: {slug} is missing"
            assert f'href="{slug}/"' in index, f"{edition}: the index does not link {slug}"


def checker_buttons(html: str) -> list[str]:
    """The href of every checker button (a.md-button linking to the checker with a v=1 fragment)."""
    return [a["href"] for tag, a in start_tags(html) if tag == "a" and "md-button" in (a.get("class") or "").split()
            and "checker/#v=1" in (a.get("href") or "")]


@pytest.mark.parametrize("edition", ["", "en/"])
def test_every_situation_page_has_one_checker_button_with_its_values(site_dir, edition):
    # What the browser does with such a link is the same for every page (the journeys below, and
    # test_merchants for every field); what differs from page to page is the values the button carries.
    for slug in SITUATIONS:
        page = (site_dir / edition / "situations" / slug / "index.html").read_text(encoding="utf-8")
        buttons = checker_buttons(page)
        assert len(buttons) == 1, f"{edition}{slug}: one checker button per situation, found {len(buttons)}"
        fragment = dict(parse_qsl(urlsplit(buttons[0]).fragment))
        assert {k: v for k, v in fragment.items() if k != "v"} == PREFILL[slug], f"{edition}{slug}"


# Each situation's journey once, the editions taking turns: the buttons of both editions carry the same
# values (checked above), and the link -> form -> finding path is the same code in both.
JOURNEYS = [(("", "en/")[i % 2], slug) for i, slug in enumerate(TELLS)]


@pytest.mark.parametrize(("edition", "slug"), JOURNEYS)
def test_the_checker_button_opens_the_checker_filled_in(page, wait_ready, edition, slug):
    page.goto(f"{edition}situations/{slug}/")
    page.locator("a.md-button[href*='checker/#v=1']").click()
    page.wait_for_url(f"**/{edition}checker/#*")
    # The form fills from the link before Python is ready; what the checker then tells needs Python.
    for field, value in PREFILL[slug].items():
        expect(page.locator(f"#aftersales-checker [name='{field}']")).to_have_value(value)
    wait_ready(page)
    expect(page.locator(f'#aftersales-checker [data-code="{TELLS[slug]}"]').first).to_be_attached()


def finding(page, code):
    return page.locator(f'#aftersales-checker [data-code="{code}"]').first


def open_from_situation(page, wait_ready, path):
    """The checker as a buyer reaches it: the situation page's button, then the runtime ready."""
    page.goto(path)
    page.locator("a.md-button[href*='checker/#v=1']").click()
    wait_ready(page)


def test_refused_parcel_asks_for_logistics_and_a_refund_only(page, wait_ready):
    open_from_situation(page, wait_ready, "situations/refused/")
    expect(finding(page, "evidence.logistics")).to_be_attached()
    fill_field(page, "resolution", "exchange")
    expect(finding(page, "delivery.refused.resolution")).to_contain_text("换货")
    # A refusal has no receipt date to count from, so none is asked for.
    fill_field(page, "problem.type", "no_reason")
    expect(finding(page, "delivery.refused.resolution")).to_be_attached()
    assert not finding(page, "date.received_missing").count()


def test_food_names_the_compensation_on_the_price_paid(page, wait_ready):
    open_from_situation(page, wait_ready, "situations/food/")
    fill_field(page, "order.price", "35.5")
    expect(finding(page, "food.compensation")).to_contain_text("1000")
    fill_field(page, "order.price", "268")
    expect(finding(page, "food.compensation")).to_contain_text("2680")
    # Spoiled food is refunded without sending it back: refund only is not "unusual" here.
    assert not finding(page, "resolution.unusual").count()


def test_a_private_seller_has_no_statutory_no_reason_return(page, wait_ready):
    open_from_situation(page, wait_ready, "en/situations/second-hand/")
    fill_field(page, "problem.type", "no_reason")
    error = finding(page, "window.no_reason.private_seller")
    expect(error).to_have_attribute("data-severity", "error")
    expect(error).to_contain_text("private seller")
    # A seller who turns out to be a business: the consumer-law answer comes back.
    fill_field(page, "order.private_seller", "false")
    expect(error).not_to_be_attached()


def test_a_parcel_left_at_a_locker_counts_from_the_pickup(page, wait_ready):
    open_from_situation(page, wait_ready, "situations/pickup-point/")
    expect(finding(page, "delivery.pickup_point")).to_be_attached()
    expect(finding(page, "evidence.logistics")).to_be_attached()
    page.set_input_files("#aftersales-checker input[name='evidence']", files=[
        {"name": "物流记录.png", "mimeType": "image/png", "buffer": PNG}])
    expect(finding(page, "evidence.logistics")).not_to_be_attached()
