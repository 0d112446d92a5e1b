"""The windows against the law, case by case: platforms × categories × 三包 × merchant policies ×
the day the request is sent, each compared with what 消法 24/25, the 三包 rules and the promise give.
Plain asserts, no pytest features: tests/pyodide runs this same file under Pyodide in Node."""

import itertools
from datetime import date, timedelta
from html import escape

from aftersales import check as check_report
from aftersales.data.vocab import CATEGORIES, NO_REASON_EXCLUDED, values
from aftersales.outputs import make, summary, texts
from aftersales.outputs.facts import facts

TODAY = "2026-11-24"
RECEIVED, ORDERED = date(2026, 11, 12), date(2026, 11, 10)  # day 7 is Thursday 19 November: no rest day
STATUTES = ("消费者权益保护法", "民法典", "三包规定", "第二十", "Law", "Art.")


def draft(platform="jd", category="general", sanbao=False, policy=None, submitted=None, problem="no_reason",
          resolution="return_refund", **order):
    d = {"schema": "aftersales/draft/1",
         "order": {"platform": platform, "order_id": "301234567890", "product_name": "电热水壶 1.7L",
                   "category": category, "sanbao": sanbao, "purchase_date": ORDERED.isoformat(),
                   "received_date": RECEIVED.isoformat()} | order,
         "problem": {"type": problem, "noticed_date": "2026-11-13",
                     "description": "11月13日起底座接缝处漏水，加水到一半就开始漏，已停止使用，包装完好。"},
         "resolution": resolution, "contact": {"phone": "139 1234 5678"},
         "evidence": [{"kind": "video", "name": "leak.mp4", "size": 5000},
                      {"kind": "invoice", "name": "invoice.pdf", "size": 5000}],
         "merchant": {"name": "某店", "policy": policy or {}}}
    if submitted:
        d["submitted_date"] = submitted
    return d


def check(d, today=TODAY):
    return check_report(d, today).to_json()


def by_code(result):
    return {d["code"]: d for d in result["deadlines"]}


def codes(result):
    return {f["code"]: f for f in result["findings"]}


def expect_window(given, floor, law_days):
    """(days, source) the law and the promise give, or None: the oracle the table is checked against."""
    if floor:
        if given is None or given <= law_days:
            return law_days, "law"
        return given, "merchant"
    if given:  # where the law gives nothing, 0 is no promise
        return given, "merchant"
    return None


PLATFORMS = ("jd", "offline", "merchant_site")
POLICIES = ({}, {"no_reason_days": 3}, {"no_reason_days": 0}, {"no_reason_days": 15}, {"exchange_days": 10},
            {"exchange_days": 20}, {"quality_return_days": 3}, {"quality_return_days": 10})
SENT = (None, "2026-11-18", "2026-11-21")  # not given, day 6, day 9


def test_windows_over_platforms_categories_sanbao_policies_and_sending_day():
    for platform, category, sanbao, policy, sent in itertools.product(
            PLATFORMS, sorted(values(CATEGORIES)), (False, True), POLICIES, SENT):
        case = (platform, category, sanbao, policy, sent)
        r = check(draft(platform, category, sanbao, policy, sent))
        got, found = by_code(r), codes(r)
        distance = platform != "offline" and category not in NO_REASON_EXCLUDED
        windows = {
            "no_reason_return": (expect_window(policy.get("no_reason_days"), distance, 7), RECEIVED),
            "quality_return": (expect_window(policy.get("quality_return_days"), True, 7), RECEIVED),
            "sanbao_exchange": (expect_window(policy.get("exchange_days"), sanbao, 15), ORDERED),
        }
        for code, (want, start) in windows.items():
            if want is None:
                assert code not in got, case
                continue
            d = got[code]
            assert (d["date"], d["source"]) == ((start + timedelta(days=want[0])).isoformat(), want[1]), (case, d)
            if d["source"] == "merchant":
                assert not any(s in d["basis"] for s in STATUTES) and "截图" in d["basis"], (case, d)
            else:
                assert any(s in d["basis"] for s in STATUTES), (case, d)
        below = {f["field"] for f in r["findings"] if f["code"] == "policy.below_legal_minimum"}
        want_below = {f"merchant.policy.{k}" for k, v in policy.items()
                      if (k, v) in {("no_reason_days", 3), ("no_reason_days", 0)} and distance
                      or (k, v) == ("quality_return_days", 3) or (k, v) == ("exchange_days", 10) and sanbao}
        assert below == want_below, (case, below)
        # The no-reason verdict, judged on the day the request is sent.
        judged = date.fromisoformat(sent or TODAY)
        nr = got.get("no_reason_return")
        if nr is None:
            want = "window.no_reason.not_distance_sale" if platform == "offline" else "window.no_reason.excluded"
            assert want in found and found[want]["severity"] == "error", case
        elif judged > date.fromisoformat(nr["date"]):
            assert found["window.no_reason.expired"]["severity"] == "error", case
        else:
            assert not {"window.no_reason.expired", "window.no_reason.excluded",
                        "window.no_reason.not_distance_sale"} & set(found), case
        assert r["ready"] == (not any(f["severity"] == "error" for f in r["findings"]))


def test_exchange_findings_over_sanbao_promise_problem_and_sending_day():
    for sanbao, policy, problem, sent in itertools.product(
            (False, True), ({}, {"exchange_days": 10}, {"exchange_days": 30}), ("quality", "other"), SENT):
        case = (sanbao, policy, problem, sent)
        r = check(draft(sanbao=sanbao, policy=policy, problem=problem, resolution="exchange", submitted=sent))
        found, ex = codes(r), by_code(r).get("sanbao_exchange")
        judged = date.fromisoformat(sent or TODAY)
        late = ex is not None and judged > date.fromisoformat(ex["date"])
        if sanbao:
            assert ("window.exchange.expired" in found) == late, case
            if late:
                assert found["window.exchange.expired"]["severity"] == "warning"
                assert "维修" in found["window.exchange.expired"]["message"], case
        else:
            assert "window.exchange.expired" not in found, case
            # Outside 三包 only the promise limits an exchange, and a faulty item can still be exchanged.
            assert ("window.exchange_promise.expired" in found) == (late and problem == "other"), case


def test_two_failed_sanbao_repairs_keep_exchange_and_return_open():
    late = "2026-11-30"  # past the 15 days from the order on 10 November
    d = draft(sanbao=True, problem="quality", resolution="exchange")
    assert "window.exchange.expired" in codes(check(d, late))
    d["order"]["sanbao_repairs"] = 2
    r = check(d, late)
    assert "window.exchange.expired" not in codes(r)
    assert codes(r)["window.sanbao.after_repairs"]["field"] == "order.sanbao_repairs"
    d["resolution"] = "return_refund"
    assert "window.quality_return.expired" not in codes(check(d, late))
    d["order"]["sanbao_repairs"] = "1"
    assert "window.quality_return.expired" in codes(check(d, late))
    assert check(d, late)["normalized"]["order"]["sanbao_repairs"] == 1


def test_policy_numbers_beyond_sensible_limits_are_findings_and_not_used():
    for policy, field in (({"warranty_months": 0}, "warranty_months"), ({"warranty_months": 121}, "warranty_months"),
                          ({"review_working_days": 31}, "review_working_days"),
                          ({"no_reason_days": 366}, "no_reason_days"), ({"exchange_days": 999}, "exchange_days")):
        r = check(draft(sanbao=True, policy=policy, problem="quality", resolution="repair"))
        f = [x for x in r["findings"] if x["code"] == "policy.out_of_range"]
        assert [x["field"] for x in f] == [f"merchant.policy.{field}"], (policy, f)
        assert str(policy[field]) in f[0]["message"]
        for d in r["deadlines"]:
            assert d["source"] != "merchant", (policy, d)
    ok = check(draft(sanbao=True, policy={"warranty_months": 120, "review_working_days": 30, "no_reason_days": 365}))
    assert "policy.out_of_range" not in codes(ok)


def test_submitted_before_the_purchase_is_a_date_sequence_error():
    r = check(draft(submitted="2026-11-09"))
    f = [x for x in r["findings"] if x["code"] == "date.sequence"]
    assert [x["field"] for x in f] == ["submitted_date"] and f[0]["severity"] == "error"


def test_holiday_extension_only_for_law_windows_and_make_up_days_are_working_days():
    sunday = draft(received_date="2026-11-22", purchase_date="2026-11-20")
    d = by_code(check(sunday, "2026-11-25"))
    assert d["no_reason_return"]["legal_date"] == "2026-11-30" and d["quality_return"]["legal_date"] == "2026-11-30"
    promised = by_code(check(draft(received_date="2026-11-20", purchase_date="2026-11-20",
                                   policy={"no_reason_days": 8}), "2026-11-25"))
    assert promised["no_reason_return"]["date"] == "2026-11-28"  # a Saturday, but a promise is not moved
    assert "legal_date" not in promised["no_reason_return"]
    # 10 October 2026 is a Saturday worked in exchange for the National Day holiday: not a rest day.
    make_up = by_code(check(draft(received_date="2026-10-03", purchase_date="2026-10-01"), "2026-10-05"))
    assert make_up["no_reason_return"]["date"] == "2026-10-10" and "legal_date" not in make_up["no_reason_return"]
    # Between the two days: a warning on the field the expiry would name, for each window.
    r = check(draft(received_date="2026-11-22", purchase_date="2026-11-20", problem="quality"), "2026-11-30")
    assert {(f["code"], f["field"], f["severity"]) for f in r["findings"]} >= {
        ("window.extended_by_holiday", "resolution", "warning")}


def _lines_naming(text, label):
    return [line for line in text.replace("\r\n ", "").splitlines() if label in line]


def test_a_promise_is_never_labelled_with_a_statute_in_any_output():
    d = draft(category="custom_made", policy={"no_reason_days": 10}, problem="no_reason",
              received_date="2026-11-20", purchase_date="2026-11-18")
    for lang in ("zh-CN", "en"):
        report = check_report(d, TODAY, lang)
        promised = report.deadline("no_reason_return")
        assert promised.source == "merchant" and promised.legal_date is None
        f = facts(report)
        outputs = {"letter": texts.letter(f), "platform": texts.platform_text(f), "appeal": texts.appeal_text(f),
                   "summary": summary.render(report, [], report.today),
                   "ics": make("ics", d, report).data.decode("utf-8")}
        for kind, text in outputs.items():
            if kind == "ics":  # one event per deadline: the promised one's summary and description
                event = next(e for e in text.replace("\r\n ", "").split("BEGIN:VEVENT") if promised.label in e)
                found = event.splitlines()
            else:
                found = _lines_naming(text, escape(promised.label) if kind == "summary" else promised.label)
            assert found, (kind, lang)
            for line in found:
                assert not any(s in line for s in STATUTES), (kind, lang, line)


def test_exchange_texts_outside_sanbao_cite_the_exchange_right():
    report = check_report(draft(problem="quality", resolution="exchange", submitted="2026-11-24"), TODAY)
    f = facts(report)
    for text in (texts.letter(f), texts.platform_text(f), texts.appeal_text(f)):
        assert "第二十四条" in text and "更换、修理" in text, text
    assert "质量问题退货" not in texts.platform_text(f)
    sanbao = facts(check_report(draft(sanbao=True, problem="quality", resolution="exchange",
                                      submitted="2026-11-24"), TODAY))
    assert "三包换货最后一天" in texts.platform_text(sanbao)
