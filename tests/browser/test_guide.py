"""The guide as a buyer meets it: found by the words buyers type, in the right language, and never
scrolling sideways on a phone. (axe checks every page in test_pages_under_policy.py's walk.)"""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from conftest import start_tags
from playwright.sync_api import expect

# Pages of each edition (the checker page is W's and F's; its own tests cover it).
GUIDE_PAGES = [
    "", "guide/", "guide/policy/", "guide/evidence/", "guide/channel/", "guide/fill-in/", "guide/review/",
    "guide/negotiate/", "guide/carry-out/", "guide/follow-up/", "faq/", "law/", "escalate/", "rules/", "merchants/",
    "situations/", *(f"situations/{slug}/" for slug in (
        "pickup-point", "refused", "not-received", "damaged-in-transit", "refund-only", "shipping-costs", "deposit",
        "price-drop", "food", "custom-made", "second-hand", "live-stream", "self-operated", "cross-border")),
]

# What a worried buyer types into the search box, and the page that must come first.
QUERIES = [
    ("七天无理由", "guide/policy/"),
    ("无理由退货", "guide/policy/"),
    ("三包", "guide/policy/"),
    ("保修期", "guide/policy/"),
    ("坏了", "guide/policy/"),
    ("举证责任", "guide/policy/"),
    ("发错货", "guide/evidence/"),
    ("少配件", "guide/evidence/"),
    ("聊天记录", "guide/evidence/"),
    ("发票", "guide/evidence/"),
    ("仅退款", "situations/refund-only/"),  # the page about exactly this; the guide's step 4 comes next
    ("工作日", "guide/review/"),
    ("平台介入", "guide/negotiate/"),
    ("退钱", "guide/carry-out/"),
    ("运费险", "situations/shipping-costs/"),  # likewise
    ("退款到账", "guide/follow-up/"),
    ("不给退", "faq/"),
    ("拒绝退货", "faq/"),
    ("拆封", "law/"),
    ("司法解释", "law/"),
    ("12315", "escalate/"),
    ("客服不回", "guide/review/"),
    ("商家不回复", "guide/review/"),
    ("消费者协会", "escalate/"),
    ("售后链接", "merchants/"),
]


def search_first(page, word: str) -> str:
    """Types `word` into Material's search as a person would; returns the first result's page path."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # on a phone the box hides behind the header's search button
        page.locator("label.md-header__button[for=__search]").first.click()
    first = page.locator(".md-search-result__item > a").first
    # A page kept for several searches still shows the last one's results: clear them first.
    box.fill("")
    expect(page.locator(".md-search-result__item")).to_have_count(0)
    # The index loads in a worker; until it has, typing shows nothing. Type again until it answers.
    for _ in range(40):
        box.fill(word)
        box.press("End")
        try:
            first.wait_for(state="visible", timeout=500)
            break
        except Exception:  # noqa: BLE001 - Playwright's timeout: the index is not loaded yet
            continue
    else:
        raise AssertionError(f"searching {word!r} showed no result")
    path = urlsplit(first.get_attribute("href")).path
    return path.split("/", 1)[1] if path.startswith("/") else path


@pytest.mark.parametrize(("word", "expected"), QUERIES, ids=[w for w, _ in QUERIES])
def test_chinese_search_puts_the_right_page_first(search_page, word, expected):
    assert search_first(search_page(""), word) == expected


def test_english_search_finds_english_pages(search_page):
    assert search_first(search_page("en/"), "warranty") == "en/guide/policy/"


def test_the_search_index_loads_only_when_the_reader_searches(page):
    # 380 KB to fetch and index on every page view, on a phone, for a search most readers never open.
    asked = []
    page.on("request", lambda r: asked.append(r.url) if "search_index.json" in r.url else None)
    page.goto("guide/policy/")
    page.wait_for_load_state("networkidle")
    assert not asked, "a page loaded the search index before anyone searched"
    assert search_first(page, "保修") and asked


def test_a_page_opened_from_a_search_result_marks_the_words(page):
    # A result links to its page with ?h=<the words>; the page marks them where they occur.
    page.goto("guide/policy/?h=" + quote("三包"))
    expect(page.locator("article mark").first).to_have_text("三包")


@pytest.mark.parametrize("edition", ["", "en/"])
def test_every_guide_page_declares_its_language(base_url, edition):
    # Read from each page as served: the theme writes <html lang> at build time and no script changes it,
    # so a screen reader gets what the server sends (and the browser need not render 62 pages for it).
    for path in GUIDE_PAGES:
        with urllib.request.urlopen(base_url + edition + path, timeout=30) as response:
            head = response.read().decode("utf-8")
        lang = re.search(r"<html\b[^>]*\blang=\"([^\"]*)\"", head)
        assert lang and lang.group(1).startswith("en" if edition else "zh"), f"{edition + path}: {lang}"


@pytest.mark.parametrize("edition", ["", "en/"])
def test_guide_pictures_load_and_have_text_alternatives(page, edition):
    for path in ("guide/", "guide/policy/"):
        page.goto(edition + path)
        figure = page.locator("img.guide-figure")
        assert figure.count() == 1
        assert len(figure.get_attribute("alt")) > 40, "the picture's alt text should say what it shows"
        assert figure.evaluate("img => img.complete && img.naturalWidth > 0"), "the picture did not load"


def test_rendered_tables_come_from_the_catalogue(page):
    page.goto("faq/")
    rejected = page.locator("xpath=//*[@id='rejected']/following::table[1]")
    assert "不通过原因" in rejected.inner_text()
    assert rejected.locator("a[href*='rules/#']").count() > 0, "the rejection table links to the rule codes"
    page.goto("rules/")
    assert page.locator("[id='window.no_reason.expired']").count() == 1


def test_a_buyer_ticks_a_checklist_item_by_tapping_its_words(page):
    page.goto("guide/evidence/")
    item = page.locator(".task-list-item").first
    item.locator("label").click()
    assert item.locator("input[type=checkbox]").is_checked()


def test_checklists_print_cleanly(page):
    page.goto("guide/evidence/")
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden(), "the header is printed"
    assert page.locator(".md-sidebar--primary").is_hidden(), "the navigation is printed"
    assert page.locator(".task-list-item").first.is_visible(), "the checklist is not printed"


# Every anchor the team plan promises (findings, the home page and other pages link to them).
PLANNED_ANCHORS = {
    "guide/policy/": "read-policy platform-rules no-reason exceptions quality sanbao warranty merchant-policy "
                     "burden-of-proof windows decision-tree",
    "guide/evidence/": "photos chat proof-of-purchase usage-log keep-local by-problem",
    "guide/channel/": "platform merchant-site hotline social",
    "guide/fill-in/": "required-info order description resolution contact dates limits",
    "guide/review/": "working-days progress cooperate no-reply",
    "guide/negotiate/": "needs platform-intervention",
    "guide/carry-out/": "return repair refund",
    "guide/follow-up/": "logistics refund-arrival repair-check summary",
    "faq/": "how-long what-to-prepare rejected unhappy",
    "law/": "consumer-law no-reason-rules judicial-interpretation sanbao myths",
    "escalate/": "merchant platform 12315 mediation court appeal",
    "rules/": "score",
}


def page_ids(site_dir: Path, page: str) -> set[str]:
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    return {a["id"] for _, a in start_tags(html) if a.get("id")}


@pytest.mark.parametrize("edition", ["", "en/"])
def test_every_anchor_a_finding_or_the_plan_links_to_exists(site_dir, edition):
    from aftersales.data.rules import catalogue

    wanted = {(page, anchor) for page, anchors in PLANNED_ANCHORS.items() for anchor in anchors.split()}
    for rule in catalogue().values():
        page, _, anchor = rule.anchor.partition("#")
        wanted.add((page, anchor))
        wanted.add(("rules/", rule.code))  # the rule catalogue has one anchor per code
    root = site_dir / edition if edition else site_dir
    missing = sorted(f"{edition}{page}#{anchor}" for page, anchor in wanted if anchor not in page_ids(root, page))
    assert not missing, "missing anchors:\n" + "\n".join(missing)


@pytest.mark.parametrize("word", ["七天无理由", "仅退款", "平台介入", "举证责任", "客服不回", "发错货", "退钱"])
def test_search_index_keeps_buyer_words_whole(site_dir, word):
    # The user dictionary (search/jieba_user_dict.txt) keeps these as one token; without it jieba
    # splits 七天无理由 into 七天/无/理由 and the query no longer finds the page that explains it.
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = "\u200b".join(d["title"] + "\u200b" + d["text"] for d in index["docs"])
    assert f"\u200b{word}\u200b" in text


def test_the_served_search_worker_segments_the_whole_query(site_dir):
    import importlib.util

    spec = importlib.util.spec_from_file_location("search_fixes", site_dir.parent / "hooks" / "search_fixes.py")
    fixes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixes)
    for edition in (site_dir, site_dir / "en"):
        workers = list((edition / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
        assert workers and all(fixes.SEGMENT_OURS in w.read_text(encoding="utf-8") for w in workers)


@pytest.mark.parametrize("edition", ["", "en/"])
def test_no_page_shows_a_keyword_line(site_dir, edition):
    # Search words live in front matter (hooks/search_keywords.py), never in what the reader sees.
    root = site_dir / edition if edition else site_dir
    shown = [path for path in GUIDE_PAGES
             if any(mark in (root / path / "index.html").read_text(encoding="utf-8")
                    for mark in ('class="keywords"', "关键词：", "Keywords:"))]
    assert not shown, f"keyword lines on: {shown}"


def test_search_only_words_find_their_page(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["keywords"]["boost"] > 0
    page = next(d for d in index["docs"] if d["location"] == "situations/pickup-point/")
    assert "\u200b驿站\u200b" in f"\u200b{page['keywords']}\u200b"
