"""Every output downloaded from the built checker page and read back as the buyer's tools would:
zipfile + manifest hashes, the email parser, icalendar, JSON, the mailto link and the copy-ready text.

The page's controls carry data-output = zip | eml | mailto | ics | json | text (contract §4)."""

from __future__ import annotations

import email
import hashlib
import io
import json
import sys
import zipfile
from datetime import datetime
from email import policy
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import icalendar
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_outputs import DRAFT, make_jpeg  # noqa: E402

from aftersales.outputs import exif  # noqa: E402
from aftersales.outputs.links import deep_link  # noqa: E402

ROOT_SEL = "#aftersales-checker"
TODAY = "2026-11-15"


@pytest.fixture
def checker(page, wait_ready):
    """The checker filled in with DRAFT on 2026-11-15, with one photo that carries GPS in its EXIF."""
    page.clock.set_fixed_time(
        datetime.fromisoformat(TODAY).replace(hour=10, tzinfo=ZoneInfo("Asia/Shanghai"))
    )
    page.goto("checker/" + deep_link(DRAFT))
    wait_ready(page)
    page.wait_for_selector("[data-role=counts]:not([hidden])", timeout=30000)
    page.set_input_files(
        "#f-evidence", files=[{"name": "壶底.jpg", "mimeType": "image/jpeg", "buffer": make_jpeg()}]
    )
    page.locator("[data-role=evidence-list] li").first.wait_for()
    page.wait_for_selector(f"{ROOT_SEL} [data-output=zip]:not([disabled])", timeout=30000)
    return page


def download(page, kind: str) -> tuple[str, bytes]:
    try:
        with page.expect_download(timeout=60000) as info:
            page.click(f"{ROOT_SEL} [data-output={kind}]")
        dl = info.value
    except PlaywrightTimeout:
        # What the buyer would have seen instead of a file.
        said = page.locator(f"{ROOT_SEL} [data-role=output-message]").text_content()
        status = page.locator(f"{ROOT_SEL} [data-role=bar]").text_content()
        pytest.fail(f"no {kind} download; the page said {said!r}, status {status!r}")
    return dl.suggested_filename, Path(dl.path()).read_bytes()


def zip_verifies_and_has_no_gps(checker):
    name, data = download(checker, "zip")
    assert name == f"售后-301234567890-{TODAY}.zip"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    assert {r["path"] for r in manifest["files"]} == set(entries) - {"manifest.json", "SHA256SUMS"}
    for record in manifest["files"]:
        assert hashlib.sha256(entries[record["path"]]).hexdigest() == record["sha256"]
    photo = entries["evidence/壶底.jpg"]
    assert exif.has_gps(make_jpeg()) and not exif.has_gps(photo) and len(photo) == len(make_jpeg())
    summary = entries["summary.html"].decode()
    assert "301234567890" in summary and "data:image/jpeg;base64," in summary
    assert json.loads(entries["ticket.json"])["check"]["schema"] == "aftersales/result/1"


def test_zip_keeps_gps_when_the_buyer_unticks_it(checker):
    checker.uncheck(f"{ROOT_SEL} [data-option=strip_gps]")
    _, data = download(checker, "zip")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.read("evidence/壶底.jpg") == make_jpeg()


def eml_opens_as_a_draft_to_the_merchant(checker):
    name, data = download(checker, "eml")
    assert name.endswith(".eml")
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "service@example.com"
    assert msg["X-Unsent"] == "1" and "301234567890" in msg["Subject"]
    assert "壶底漏水" in msg.get_body(("plain",)).get_content()
    attached = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert list(attached) == ["壶底.jpg"] and not exif.has_gps(attached["壶底.jpg"])


def ics_parses_with_icalendar(checker):
    name, data = download(checker, "ics")
    assert name.endswith(".ics")
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    dates = {e.decoded("DTSTART").isoformat() for e in events}
    assert "2026-11-19" in dates and all(e.walk("VALARM") for e in events)


def json_is_the_draft_with_its_check(checker):
    name, data = download(checker, "json")
    ticket = json.loads(data)
    assert name.endswith(".json") and ticket["schema"] == "aftersales/draft/1"
    assert ticket["order"]["order_id"] == "301234567890" and "deadlines" in ticket["check"]


def mailto_is_short_and_prefilled(checker):
    # Record the link instead of handing it to a mail app the test machine does not have.
    checker.evaluate("""() => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
            if (this.href.startsWith('mailto:')) { window.__mailto = this.href; return; }
            return click.call(this);
        };
    }""")
    checker.click(f"{ROOT_SEL} [data-output=mailto]")
    checker.wait_for_function("() => !!window.__mailto", timeout=30000)
    link = checker.evaluate("() => window.__mailto")
    assert link.startswith("mailto:service@example.com?subject=") and len(link) <= 2000
    body = unquote(link.split("&body=", 1)[1])
    assert "301234567890" in body


def texts_for_platform_appeal_and_12315(checker):
    for text_kind, expect in (
        ("platform", "301234567890"),
        ("appeal", "escalate/#appeal"),
        ("12315", "escalate/#12315"),
    ):
        checker.select_option(f"{ROOT_SEL} [data-option=text_kind]", text_kind)
        if text_kind == "platform":
            checker.select_option(f"{ROOT_SEL} [data-option=platform]", "taobao")
        checker.click(f"{ROOT_SEL} [data-output=text]")
        checker.wait_for_function(
            "([sel, want]) => (document.querySelector(sel)?.value || '').includes(want)",
            arg=[f"{ROOT_SEL} [data-role=text-result]", expect],
            timeout=30000,
        )
        text = checker.input_value(f"{ROOT_SEL} [data-role=text-result]")
        if text_kind == "platform":
            assert len(text) <= 200


# The runtime takes a while to start in Chromium: each test below downloads several outputs from one page.


def test_every_file_download_reads_back(checker):
    zip_verifies_and_has_no_gps(checker)
    eml_opens_as_a_draft_to_the_merchant(checker)
    ics_parses_with_icalendar(checker)
    json_is_the_draft_with_its_check(checker)


def test_mailto_and_copy_ready_texts(checker):
    mailto_is_short_and_prefilled(checker)
    texts_for_platform_appeal_and_12315(checker)
