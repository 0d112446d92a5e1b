"""The corrected legal rules as a buyer meets them on the checker page: a shop purchase has no
statutory no-reason return, and a day 7 on a Sunday moves to Monday (民法典 203) with a warning.
"Today" is the browser's clock, moved with Playwright."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FINDING = "[data-role=findings] [data-code='{code}'][data-field='{field}']"


def at(page, day: str) -> None:
    page.clock.set_fixed_time(datetime.fromisoformat(day).replace(hour=10, tzinfo=ZoneInfo("Asia/Shanghai")))


def open_with(page, wait_ready, name: str, today: str, path: str = "checker/") -> None:
    at(page, today)
    page.goto(path)
    wait_ready(page)
    text = (SAMPLES / f"{name}.json").read_text(encoding="utf-8")
    page.set_input_files("[data-role=import-file]", files=[{"name": f"{name}.json", "mimeType": "application/json",
                                                           "buffer": text.encode("utf-8")}])
    page.wait_for_selector(f"[data-role=draft-message]:has-text('{name}.json')")


def test_a_shop_purchase_asked_back_without_reason_is_told_the_law_gives_none(page, wait_ready):
    open_with(page, wait_ready, "shop-purchase-no-reason", "2026-11-24")
    finding = page.wait_for_selector(FINDING.format(code="window.no_reason.not_distance_sale", field="order.platform"))
    assert "门店" in finding.inner_text()
    page.wait_for_selector("[data-role=ready][data-ready=false]")
    assert page.query_selector("[data-deadline=no_reason_return]") is None
    # The shop's own promise, once entered, is the right: the finding goes and the deadline is a promise.
    page.fill("[name='merchant.policy.no_reason_days']", "7")
    page.wait_for_selector("[data-deadline=no_reason_return][data-source=merchant] time[datetime='2026-11-27']")
    page.wait_for_selector(FINDING.format(code="window.no_reason.not_distance_sale", field="order.platform"),
                           state="detached")


def test_day_7_on_a_sunday_is_extended_to_monday_with_a_warning_not_an_error(page, wait_ready):
    open_with(page, wait_ready, "no-reason-ends-on-sunday", "2026-11-30")
    finding = page.wait_for_selector(FINDING.format(code="window.extended_by_holiday", field="problem.type"))
    assert "2026-11-30" in finding.inner_text()
    page.wait_for_selector("[data-role=ready][data-ready=true]")
    row = page.wait_for_selector("[data-deadline=no_reason_return][data-legal-date='2026-11-30']")
    assert "第二百零三条" in row.inner_text()
    assert row.query_selector("time[datetime='2026-11-29']")
    assert page.query_selector("[data-role=findings] [data-code='window.no_reason.expired']") is None


def test_the_day_after_the_extension_the_window_has_closed(page, wait_ready):
    at(page, "2026-12-01")
    page.goto("en/checker/")
    wait_ready(page)
    draft = json.loads((SAMPLES / "no-reason-ends-on-sunday.json").read_text(encoding="utf-8"))
    draft["lang"], draft["submitted_date"] = "en", "2026-12-01"
    page.set_input_files("[data-role=import-file]", files=[{"name": "late.json", "mimeType": "application/json",
                                                           "buffer": json.dumps(draft).encode("utf-8")}])
    page.wait_for_selector(FINDING.format(code="window.no_reason.expired", field="problem.type"))
    page.wait_for_selector("[data-role=ready][data-ready=false]")
