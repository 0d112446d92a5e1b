"""Issue 9's six buyers, each through the command line on the day they tried it (2026-11-24 unless
the scenario needs another day): the verdict and the deadline the law gives, not the one it did."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATUTE = ("法", "Law", "第")  # what a promise's basis must never contain


def order(**changes) -> dict:
    base = {"platform": "taobao", "order_id": "301234567890", "product_name": "电热水壶 1.7L",
            "category": "general", "purchase_date": "2026-11-10", "received_date": "2026-11-12"}
    return base | changes


def cli(draft: dict, today: str = "2026-11-24") -> tuple[int, dict]:
    draft = {"schema": "aftersales/draft/1", "contact": {"phone": "139 1234 5678"}} | draft
    p = subprocess.run([sys.executable, "-m", "aftersales", "check", "-", "--today", today],
                       input=json.dumps(draft, ensure_ascii=False), capture_output=True, text=True,
                       cwd=ROOT / "py", timeout=60)
    assert p.returncode in (0, 1), p.stderr
    return p.returncode, json.loads(p.stdout)


def findings(result: dict) -> dict[str, dict]:
    return {f["code"]: f for f in result["findings"]}


def deadline(result: dict, code: str) -> dict | None:
    return next((d for d in result["deadlines"] if d["code"] == code), None)


NO_REASON = {"type": "no_reason", "description": "颜色和图片不一样，不喜欢，没有使用过，包装和吊牌都在，想退货。"}
LEAK = {"type": "quality", "noticed_date": "2026-11-20",
        "description": "11月20日起底座接缝处漏水，加水到一半就开始漏，已经停止使用。"}
VIDEO = [{"kind": "video", "name": "leak.mp4", "size": 5242880}]


def test_bought_in_a_shop_changed_mind_on_day_4_has_no_statutory_no_reason_return():
    code, r = cli({"order": order(platform="offline", purchase_date="2026-11-20", received_date="2026-11-20"),
                   "problem": NO_REASON, "resolution": "return_refund"})
    assert code == 1 and not r["ready"]
    f = findings(r)["window.no_reason.not_distance_sale"]
    assert f["severity"] == "error" and f["field"] == "order.platform"
    assert "第二十五条" in f["basis"]
    assert deadline(r, "no_reason_return") is None, "no 消法 25 deadline for a shop purchase"
    # The shop's own promise, where there is one, is the right, and it is labelled as a promise.
    code, r = cli({"order": order(platform="offline", purchase_date="2026-11-20", received_date="2026-11-20"),
                   "problem": NO_REASON, "resolution": "return_refund",
                   "merchant": {"policy": {"no_reason_days": 7}}})
    assert code == 0 and "window.no_reason.not_distance_sale" not in findings(r)
    d = deadline(r, "no_reason_return")
    assert d["date"] == "2026-11-27" and d["source"] == "merchant"
    assert not any(s in d["basis"] for s in ("消费者权益保护法", "第二十五条"))


def test_custom_made_with_a_3_day_promise_ends_on_the_promise():
    code, r = cli({"order": order(category="custom_made", purchase_date="2026-11-15", received_date="2026-11-20"),
                   "problem": NO_REASON, "resolution": "return_refund",
                   "merchant": {"name": "某定制店", "policy": {"no_reason_days": 3}}})
    assert "policy.below_legal_minimum" not in findings(r), "the law sets no minimum for excepted goods"
    d = deadline(r, "no_reason_return")
    assert d["date"] == "2026-11-23" and d["source"] == "merchant" and "legal_date" not in d
    assert "截图" in d["basis"] and "第" not in d["basis"]
    assert code == 1 and findings(r)["window.no_reason.expired"]["severity"] == "error"
    assert not any("7" in line for line in r["merchant"]["lines"])


def test_shoes_outside_sanbao_with_a_10_day_exchange_promise_are_not_below_any_law():
    code, r = cli({"order": order(platform="tmall", product_name="跑鞋 42 码", purchase_date="2026-11-18",
                                  received_date="2026-11-20"),
                   "problem": {"type": "other", "description": "鞋码偏小，穿上脚趾顶到鞋头，想换大一码，没有下地穿过。"},
                   "resolution": "exchange", "merchant": {"name": "某鞋店", "policy": {"exchange_days": 10}}})
    assert "policy.below_legal_minimum" not in findings(r)
    assert not any("15" in line for line in r["merchant"]["lines"])
    d = deadline(r, "sanbao_exchange")
    assert d["source"] == "merchant" and d["date"] == "2026-11-28", "10 days from the earliest start, the order"
    assert "三包" not in d["label"]
    assert code == 0


def test_a_request_sent_on_day_6_is_in_time_when_checked_on_day_12():
    code, r = cli({"order": order(), "problem": NO_REASON, "resolution": "return_refund",
                   "submitted_date": "2026-11-18"})
    assert "window.no_reason.expired" not in findings(r) and code == 0
    assert deadline(r, "no_reason_return")["in_time"] is True
    # Without the sending day, the check judges today, and day 12 is too late.
    code, r = cli({"order": order(), "problem": NO_REASON, "resolution": "return_refund"})
    assert code == 1 and "window.no_reason.expired" in findings(r)


def test_day_7_on_a_sunday_or_in_the_national_day_holiday_moves_to_the_next_working_day():
    sunday = {"order": order(purchase_date="2026-11-20", received_date="2026-11-22"), "problem": NO_REASON,
              "resolution": "return_refund"}
    code, r = cli(sunday)
    d = deadline(r, "no_reason_return")
    assert (d["date"], d["legal_date"]) == ("2026-11-29", "2026-11-30") and "第二百零三条" in d["legal_basis"]
    code, r = cli(sunday, today="2026-11-30")
    f = findings(r)["window.extended_by_holiday"]
    assert code == 0 and f["severity"] == "warning" and f["field"] == "problem.type"
    assert "window.no_reason.expired" not in findings(r)
    code, r = cli(sunday, today="2026-12-01")
    assert code == 1 and "window.no_reason.expired" in findings(r)
    # Received 24 September: day 7 is 1 October, and the holiday (with Mid-Autumn) runs to 7 October.
    national = {"order": order(purchase_date="2026-09-20", received_date="2026-09-24"), "problem": NO_REASON,
                "resolution": "return_refund", "submitted_date": "2026-10-08"}
    code, r = cli(national, today="2026-10-08")
    assert deadline(r, "no_reason_return")["legal_date"] == "2026-10-08"
    assert code == 0 and "window.extended_by_holiday" in findings(r)
    code, r = cli(national | {"submitted_date": "2026-10-09"}, today="2026-10-09")
    assert code == 1 and "window.no_reason.expired" in findings(r)


def test_a_quality_return_after_day_7_is_a_warning_naming_what_remains():
    code, r = cli({"order": order(), "problem": LEAK, "resolution": "return_refund", "evidence": VIDEO})
    f = findings(r)["window.quality_return.expired"]
    assert code == 0 and r["ready"] and f["severity"] == "warning"
    assert "解除合同" in f["message"] and "换货" in f["message"] and "维修" in f["message"]
    assert "第五百六十三条" in f["basis"]
