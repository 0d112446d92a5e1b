"""The merchants page's tools in the built site: the link builder (link, QR code, snippet, parcel card)
and the package verifier, driven as a shop owner would, plus the page's accessibility and width."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest
from conftest import axe_violations, start_tags
from test_outputs_downloads import checker, download  # noqa: F401 - the checker fixture makes a real package

from aftersales import check

BUILDER = "#aftersales-linkbuilder"
VERIFY = "#aftersales-verify"
HOSTILE = '"><script>alert(1)</script>'
VALUES = {
    "merchant.name": HOSTILE + " 旗舰店", "merchant.support_email": "service@example.com",
    "merchant.support_url": "https://example.com/help?a=1&b=2", "merchant.policy.no_reason_days": "15",
    "merchant.policy.quality_return_days": "15", "merchant.policy.exchange_days": "30",
    "merchant.policy.warranty_months": "24", "merchant.policy.review_working_days": "2",
    "order.platform": "jd", "order.product_name": "无线降噪耳机 X2", "order.category": "durable",
}


def ready(page, root: str) -> None:
    page.wait_for_selector(f"{root}[data-state=ready], {root}[data-state=error]", state="attached", timeout=120_000)
    assert page.get_attribute(root, "data-state") == "ready"


def fill_builder(page, values: dict, sanbao: bool = True) -> str:
    """Fills the form and waits for the link that matches it; returns the link."""
    page.goto("merchants/")
    ready(page, BUILDER)
    for path, value in values.items():
        control = page.locator(f'{BUILDER} [name="{path}"]')
        if control.evaluate("c => c.tagName") == "SELECT":
            control.select_option(value)
        else:
            control.fill(value)
    if sanbao:
        page.select_option(f'{BUILDER} [name="order.sanbao"]', "true")
    page.wait_for_function("""(sel) => {
        const v = document.querySelector(sel + ' [data-output=link]').value;
        return v.includes('order.sanbao=true') && v.includes('order.category=');
    }""", arg=BUILDER, timeout=30_000)
    page.wait_for_timeout(0)
    return page.input_value(f"{BUILDER} [data-output=link]")


def test_the_link_opens_the_checker_with_every_value(page, wait_ready, base_url):
    link = fill_builder(page, VALUES)
    assert link.startswith(base_url + "checker/#v=1&merchant.name=%22%3E%3Cscript")
    page.goto(link)
    wait_ready(page)
    for path, value in VALUES.items():
        assert page.input_value(f'#aftersales-checker [name="{path}"]') == value, path
    assert page.input_value('#aftersales-checker [name="order.sanbao"]') == "true"
    assert page.locator("#aftersales-checker script:not([type])").count() == 0


def test_qr_snippet_and_card_carry_exactly_the_link_and_keep_the_name_as_text(page, tmp_path):
    link = fill_builder(page, VALUES)
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian zbar-tools) is missing; build.py test installs it")
    qr = page.locator(f"{BUILDER} [data-output=qr]")
    qr.evaluate("img => { img.style.width = img.style.height = '400px'; }")
    shot = tmp_path / "qr.png"
    qr.screenshot(path=str(shot))
    decoded = subprocess.run([zbarimg, "--raw", "-q", str(shot)], capture_output=True, text=True).stdout
    assert decoded.rstrip("\n") == link

    snippet = page.input_value(f"{BUILDER} [data-output=snippet]")
    tags = start_tags(snippet)
    assert [t for t, _ in tags] == ["a"] and tags[0][1]["href"] == link

    card = page.locator(f"{BUILDER} [data-output=card]")
    assert card.locator("[data-card=shop]").text_content() == VALUES["merchant.name"]
    assert card.locator("script").count() == 0
    assert "15" in card.locator("[data-card=policy]").text_content()
    assert card.locator("[data-card=qr]").get_attribute("src") == qr.get_attribute("src")


def test_a_policy_below_the_law_shows_the_checkers_words(page):
    fill_builder(page, {"merchant.name": "店", "merchant.policy.no_reason_days": "3", "order.category": "general"})
    finding = page.locator(f'{BUILDER} [data-role=policy-findings] li[data-code="policy.below_legal_minimum"]')
    finding.wait_for()
    expected = next(f.message for f in check({"merchant": {"policy": {"no_reason_days": "3"}}},
                                             "2026-11-15", "zh-CN").findings
                    if f.code == "policy.below_legal_minimum")
    assert finding.text_content() == expected
    assert page.locator(f'{BUILDER} [data-finding-for="merchant.policy.no_reason_days"]').text_content() == expected


def test_the_card_prints_on_one_a6_sheet(page, tmp_path):
    fill_builder(page, VALUES)
    page.evaluate("window.print = () => {}")  # the dialog is the browser's; what it prints is ours
    page.click(f"{BUILDER} [data-action=print-card]")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    (tmp_path / "card.pdf").write_bytes(pdf)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    # One page, A6: 105 × 148 mm is 298 × 420 pt.
    assert [(round(float(w)), round(float(h))) for w, h in boxes] == [(298, 420)]


def choose_package(page, name: str, data: bytes) -> None:
    page.set_input_files(f'{VERIFY} input[name="package"]',
                         files=[{"name": name, "mimeType": "application/zip", "buffer": data}])


def verify_file(page, name: str, data: bytes) -> str:
    page.goto("merchants/")
    ready(page, VERIFY)
    choose_package(page, name, data)
    page.wait_for_selector(f"{VERIFY} [data-verify]", timeout=30_000)
    return page.get_attribute(f"{VERIFY} [data-verify]", "data-verify")


def test_a_package_from_the_checker_verifies_and_a_changed_byte_is_named(checker):  # noqa: F811
    _, data = download(checker, "zip")
    page = checker
    assert verify_file(page, "package.zip", data) == "ok"
    assert page.locator(f"{VERIFY} [data-status=ok]").count() >= 3
    assert page.locator(f"{VERIFY} [data-role=verify-ticket] dd").count() > 3

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        changed = next(n for n in src.namelist() if n.startswith("evidence/"))
        for info in src.infolist():
            raw = src.read(info)
            if info.filename == changed:
                raw = raw[:200] + bytes([raw[200] ^ 1]) + raw[201:]
            dst.writestr(info, raw)
    # The merchant checks the next package on the page that is already open.
    choose_package(page, "package.zip", out.getvalue())
    page.wait_for_selector(f"{VERIFY} [data-verify=tampered]", timeout=30_000)
    bad = page.locator(f"{VERIFY} [data-status=changed]")
    assert bad.count() == 1 and bad.get_attribute("data-path") == changed


def test_a_file_that_is_not_a_zip_is_unreadable(page):
    assert verify_file(page, "notes.zip", b"just some text") == "unreadable"
    assert page.locator(f"{VERIFY} [data-role=verify-head]").text_content().strip()


@pytest.mark.parametrize("edition", ["", "en/"])
def test_the_merchants_page_passes_axe_and_fits_a_phone(page, edition):
    page.goto(edition + "merchants/")
    ready(page, BUILDER)
    page.wait_for_selector(f"{BUILDER} [data-output=qr]:not([hidden])")
    result = axe_violations(page)
    assert not result, json.dumps(result, ensure_ascii=False)
    # Narrowed to a phone's width, the page with its QR code and snippet still fits. (Measured against the
    # width itself: a page emulating a phone widens its viewport to fit what is too wide.)
    page.set_viewport_size({"width": 375, "height": 740})
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 375, f"the page is {wide}px wide on a 375px screen"
