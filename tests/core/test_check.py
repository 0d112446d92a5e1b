"""Every finding and deadline code at and around its boundary. Plain asserts, no pytest features:
tests/pyodide runs this same file under Pyodide in Node."""

import copy
import json

from aftersales import check as check_report
from aftersales.checks.normalize import phone
from aftersales.data.fields import by_path
from aftersales.data.rules import catalogue


def check(draft, today, lang=None):
    """The aftersales/result/1 JSON the assertions read (check() itself returns the typed Report)."""
    return check_report(draft, today, lang).to_json()

TODAY = "2026-11-15"
BASE = {
    "schema": "aftersales/draft/1",
    "lang": "zh-CN",
    "order": {"platform": "jd", "order_id": "301234567890", "product_name": "电热水壶 1.7L",
              "category": "general", "purchase_date": "2026-11-10", "received_date": "2026-11-12"},
    "problem": {"type": "quality", "noticed_date": "2026-11-14",
                "description": "11月14日第二次使用时壶底漏水，水从底座接缝处渗出，加水到一半就开始漏，已停止使用。"},
    "resolution": "return_refund",
    "evidence": [{"kind": "video", "name": "leak.mp4", "size": 5242880},
                 {"kind": "order_screenshot", "name": "order.png", "size": 90000}],
    "contact": {"name": "李雷", "phone": "139 1234 5678", "email": "lilei@example.com"},
    "submitted_date": "2026-11-15",
}


def draft(**changes):
    """BASE with dotted-path changes; a value of DELETE removes the key."""
    d = copy.deepcopy(BASE)
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        node = d
        for key in parents:
            node = node.setdefault(key, {})
        if value is DELETE:
            node.pop(leaf, None)
        else:
            node[leaf] = value
    return d


DELETE = object()


def pairs(result):
    return {(f["code"], f["field"]) for f in result["findings"]}


def codes(result):
    return {f["code"] for f in result["findings"]}


def deadline(result, code):
    return next((d for d in result["deadlines"] if d["code"] == code), None)


def test_base_draft_is_ready():
    r = check(BASE, TODAY)
    assert r["ready"] and r["findings"] == [], r["findings"]
    assert r["score"] >= 90
    assert deadline(r, "no_reason_return")["date"] == "2026-11-19"
    assert deadline(r, "no_reason_return")["from"] == "2026-11-12"


def test_required_fields():
    empty = check({}, TODAY)
    for path in ("order.order_id", "order.product_name", "order.purchase_date", "problem.type",
                 "problem.description", "resolution", "contact"):
        assert ("required", path) in pairs(empty), path
    assert not empty["ready"] and empty["score"] < 40
    blank = check(draft(order__order_id="   ", contact__phone="", contact__email=" "), TODAY)
    assert ("required", "order.order_id") in pairs(blank)
    assert ("required", "contact") in pairs(blank)
    only_email = check(draft(contact__phone=DELETE), TODAY)
    assert ("required", "contact") not in pairs(only_email)


def test_phone_numbers():
    for ok in ("139 1234 5678", "+86 138-0013-8000", "0086 13800138000", "(010) 1234 5678",
               "+86 10 12345678", "１３８００１３８０００", "0755-8888 8888", "8613800138000"):
        assert phone(ok), ok
        assert "format.phone" not in codes(check(draft(contact__phone=ok), TODAY)), ok
    for bad in ("12345", "1234567890123", "23800138000", "+1 415 555 0100", "abc", "138001380001"):
        assert phone(bad) is None, bad
        assert ("format.phone", "contact.phone") in pairs(check(draft(contact__phone=bad), TODAY)), bad
    r = check(draft(contact__phone="+86 (138) 0013-8000"), TODAY)
    assert {"field": "contact.phone", "input": "+86 (138) 0013-8000", "value": "13800138000"} in r["read_as"]


def test_emails():
    for bad in ("lilei@", "@example.com", "li lei@example.com", "lilei@example", "a@b@c.com"):
        assert ("format.email", "contact.email") in pairs(check(draft(contact__email=bad), TODAY)), bad
    r = check(draft(merchant={"support_email": "not-an-email"}), TODAY)
    assert ("format.email", "merchant.support_email") in pairs(r)
    assert "format.email" not in codes(check(draft(contact__email="ｌｉｌｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ"), TODAY))


def test_dates_are_read_in_buyers_forms():
    for text in ("2026/11/12", "2026年11月12日", "２０２６－１１－１２", " 2026.11.12 "):
        r = check(draft(order__received_date=text), TODAY)
        assert "format.date" not in codes(r), text
        assert r["normalized"]["order"]["received_date"] == "2026-11-12"
        assert deadline(r, "no_reason_return")["date"] == "2026-11-19"
    for bad in ("2026-02-30", "next tuesday", "2026-13-01", "11/12/2026"):
        assert ("format.date", "order.received_date") in pairs(check(draft(order__received_date=bad), TODAY)), bad


def test_a_day_without_its_year_is_the_most_recent_such_day():
    # TODAY is 2026-11-15: the 12th is this month's, the 20th can only be last year's.
    for text, read in (("11-12", "2026-11-12"), ("11月12日", "2026-11-12"), ("11/12", "2026-11-12"),
                       ("1112", "2026-11-12"), ("20261112", "2026-11-12"), ("11-15", "2026-11-15"),
                       ("11-20", "2025-11-20"), ("2月29日", "2024-02-29")):
        r = check(draft(order__received_date=text, order__purchase_date="2024-01-01"), TODAY)
        assert "format.date" not in codes(r), text
        assert "date.future" not in codes(r), text
        assert r["normalized"]["order"]["received_date"] == read, text
        shown = [x for x in r["read_as"] if x["field"] == "order.received_date"]
        assert shown and shown[0]["value"] == read, "the buyer is shown how the day was read"
    for bad in ("13-01", "11-31", "122", "11"):
        assert ("format.date", "order.received_date") in pairs(check(draft(order__received_date=bad), TODAY)), bad


def test_order_id_warning():
    assert "format.order_id" not in codes(check(BASE, TODAY))
    r = check(draft(order__order_id="单号:3012#"), TODAY)
    assert ("format.order_id", "order.order_id") in pairs(r)
    assert r["ready"], "an unusual order number warns, it does not block"


def test_wrong_types_become_findings():
    r = check(draft(order__order_id=["x"], order__sanbao="maybe", contact="nope", evidence={"a": 1}), TODAY)
    assert ("format.type", "order.order_id") in pairs(r)
    assert ("format.type", "order.sanbao") in pairs(r)
    assert ("format.type", "contact") in pairs(r)
    assert ("format.type", "evidence") in pairs(r)
    assert ("required", "order.order_id") not in pairs(r), "one finding per problem"
    assert ("format.choice", "resolution") in pairs(check(draft(resolution="money back please"), TODAY))
    assert "format.choice" not in codes(check(draft(order__platform="京东"), TODAY)), "labels are read too"
    for junk in (None, [], "text", 42, {"order": None}, {"order": {"purchase_date": {}}}):
        assert check(junk, TODAY)["schema"] == "aftersales/result/1"


def test_date_future_boundary():
    assert "date.future" not in codes(check(draft(problem__noticed_date="2026-11-15"), TODAY))
    r = check(draft(problem__noticed_date="2026-11-16"), TODAY)
    assert ("date.future", "problem.noticed_date") in pairs(r) and not r["ready"]


def test_date_sequence():
    r = check(draft(order__received_date="2026-11-09"), TODAY)
    assert ("date.sequence", "order.received_date") in pairs(r)
    r = check(draft(problem__noticed_date="2026-11-11"), TODAY)
    assert ("date.sequence", "problem.noticed_date") in pairs(r)
    assert "date.sequence" not in codes(check(draft(problem__noticed_date="2026-11-12"), TODAY))


def test_no_reason_window_boundary():
    d = draft(problem__type="no_reason", problem__description="不喜欢，未使用，包装完好。", submitted_date=DELETE)
    last = check(d, "2026-11-19")
    assert "window.no_reason.expired" not in codes(last)
    assert deadline(last, "no_reason_return")["days_left"] == 0
    after = check(d, "2026-11-20")
    assert ("window.no_reason.expired", "problem.type") in pairs(after)
    assert deadline(after, "no_reason_return")["passed"]


def test_generous_policy_is_honoured():
    d = draft(problem__type="no_reason", merchant={"policy": {"no_reason_days": "15"}}, submitted_date=DELETE)
    assert deadline(check(d, TODAY), "no_reason_return")["date"] == "2026-11-27"
    assert "window.no_reason.expired" not in codes(check(d, "2026-11-27"))
    assert "window.no_reason.expired" in codes(check(d, "2026-11-28"))


def test_policy_below_law_is_flagged_and_law_applies():
    d = draft(problem__type="no_reason", merchant={"name": "某小店", "policy": {"no_reason_days": 3}})
    r = check(d, TODAY)
    assert ("policy.below_legal_minimum", "merchant.policy.no_reason_days") in pairs(r)
    assert deadline(r, "no_reason_return")["date"] == "2026-11-19"
    assert r["merchant"]["name"] == "某小店" and "7" in r["merchant"]["lines"][0]
    r = check(draft(order__sanbao=True, merchant={"policy": {"exchange_days": 10, "quality_return_days": 6}}), TODAY)
    assert ("policy.below_legal_minimum", "merchant.policy.exchange_days") in pairs(r)
    assert ("policy.below_legal_minimum", "merchant.policy.quality_return_days") in pairs(r)
    assert ("format.number", "merchant.policy.warranty_months") in pairs(
        check(draft(merchant={"policy": {"warranty_months": "twelve"}}), TODAY))
    assert "format.number" in codes(check(draft(merchant={"policy": {"no_reason_days": -1}}), TODAY))


def test_no_reason_exceptions():
    for category in ("custom_made", "perishable", "digital", "periodical", "confirmed_non_returnable"):
        r = check(draft(order__category=category, problem__type="no_reason"), TODAY)
        assert ("window.no_reason.excluded", "order.category") in pairs(r), category
        assert deadline(r, "no_reason_return") is None
    promised = check(draft(order__category="custom_made", problem__type="no_reason",
                           merchant={"policy": {"no_reason_days": 7}}), TODAY)
    assert "window.no_reason.excluded" not in codes(promised), "a seller's promise binds it (法释〔2022〕8号)"
    assert "window.no_reason.excluded" not in codes(check(draft(order__category="custom_made"), TODAY))


def test_quality_return_window_boundary():
    assert "window.quality_return.expired" not in codes(check(BASE, "2026-11-19"))
    r = check(draft(submitted_date=DELETE), "2026-11-20")
    assert ("window.quality_return.expired", "resolution") in pairs(r)
    assert "window.quality_return.expired" not in codes(check(draft(resolution="exchange"), "2026-11-20"))
    assert "window.quality_return.expired" not in codes(check(draft(resolution="repair"), "2026-11-20"))


def test_sanbao_exchange_counts_from_the_earliest_start():
    d = draft(order__sanbao=True, resolution="exchange", evidence=BASE["evidence"], submitted_date=DELETE)
    r = check(d, "2026-11-25")
    assert deadline(r, "sanbao_exchange")["date"] == "2026-11-25"
    assert deadline(r, "sanbao_exchange")["from"] == "2026-11-10"
    assert "window.exchange.expired" not in codes(r)
    assert ("window.exchange.expired", "resolution") in pairs(check(d, "2026-11-26"))


def test_warranty_boundary():
    d = draft(order__sanbao=True, order__purchase_date="2025-11-10", order__received_date="2025-11-12",
              problem__noticed_date="2026-11-01", resolution="repair", submitted_date=DELETE)
    assert deadline(check(d, "2026-11-10"), "warranty")["date"] == "2026-11-10"
    assert "window.warranty.expired" not in codes(check(d, "2026-11-10"))
    assert ("window.warranty.expired", "resolution") in pairs(check(d, "2026-11-11"))
    longer = draft(order__purchase_date="2025-11-10", order__received_date="2025-11-12",
                   problem__noticed_date="2026-11-01", resolution="repair", merchant={"policy": {"warranty_months": 24}})
    assert deadline(check(longer, "2026-11-11"), "warranty")["date"] == "2027-11-10"


def test_burden_of_proof_for_durable_goods():
    d = draft(order__category="durable", order__received_date="2026-08-31", order__purchase_date="2026-08-30",
              problem__noticed_date="2026-11-14", submitted_date=DELETE)
    r = check(d, TODAY)
    assert deadline(r, "burden_of_proof")["date"] == "2027-02-28", "31 Aug + 6 months is the month's end"
    assert ("burden_of_proof", "order.category") in pairs(r)
    late = check(draft(order__category="durable", order__received_date="2026-03-01",
                       order__purchase_date="2026-03-01", problem__noticed_date="2026-09-02"), TODAY)
    assert "burden_of_proof" not in codes(late)
    assert deadline(check(BASE, TODAY), "burden_of_proof") is None


def test_evidence_rules():
    for problem in ("quality", "not_as_described", "damaged", "wrong_item", "missing_parts"):
        r = check(draft(problem__type=problem, evidence=[{"kind": "order_screenshot", "name": "o.png"}]), TODAY)
        assert ("evidence.photo", "evidence") in pairs(r), problem
    assert "evidence.photo" not in codes(check(draft(problem__type="not_received", resolution="reship",
                                                     evidence=[]), TODAY))
    repair = check(draft(resolution="repair", evidence=[{"kind": "photo", "name": "a.jpg"}]), TODAY)
    assert ("evidence.proof_of_purchase", "evidence") in pairs(repair)
    big = check(draft(evidence=[{"kind": "video", "name": "v.mp4", "size": 60 * 1024 * 1024}]), TODAY)
    assert ("evidence.too_large", "evidence[0]") in pairs(big)
    exe = check(draft(evidence=BASE["evidence"] + [{"kind": "photo", "name": "x.jpg", "magic": "4d5a900003"}]), TODAY)
    assert ("evidence.type", "evidence[2]") in pairs(exe)
    jpeg = check(draft(evidence=[{"kind": "photo", "name": "x.bin", "magic": "ffd8ffe000104a464946"}]), TODAY)
    assert "evidence.type" not in codes(jpeg)
    mail = check(draft(evidence=[{"kind": "video", "name": f"{i}.mp4", "size": 8 * 1024 * 1024} for i in range(3)]), TODAY)
    assert ("evidence.email_size", "evidence") in pairs(mail) and mail["ready"]
    assert "evidence.email_size" not in codes(check(BASE, TODAY))
    many = check(draft(evidence=[{"kind": "photo", "name": f"{i}.jpg"} for i in range(21)]), TODAY)
    assert "evidence.count" in codes(many)


def test_description_quality():
    assert ("description.short", "problem.description") in pairs(check(draft(problem__description="坏了"), TODAY))
    assert "description.short" in codes(check(draft(problem__description="It broke."), TODAY))
    vague = check(draft(problem__description="东西坏了，质量太差了，有问题，不好用，很不满意，垃圾"), TODAY)
    assert ("description.vague", "problem.description") in pairs(vague)
    english_vague = check(draft(problem__description="It is broken. It is bad. Really bad quality, a terrible problem, very poor."), TODAY)
    assert "description.vague" in codes(english_vague)
    no_time = check(draft(problem__description="壶底漏水，水从底座接缝处渗出，加水到一半就开始漏"), TODAY)
    assert ("description.no_time", "problem.description") in pairs(no_time) and no_time["ready"]
    no_reason = check(draft(problem__type="no_reason", problem__description="不想要了"), TODAY)
    assert "description.short" not in codes(no_reason), "no reason is needed for a no-reason return"


def test_resolution_fit():
    r = check(draft(problem__type="not_received", resolution="repair", evidence=[]), TODAY)
    assert ("resolution.mismatch", "resolution") in pairs(r)
    r = check(draft(problem__type="usage_question", resolution="refund_only"), TODAY)
    assert ("resolution.mismatch", "resolution") in pairs(r)
    r = check(draft(resolution="refund_only"), TODAY)
    assert ("resolution.unusual", "resolution") in pairs(r) and r["ready"]


def test_too_long_names_the_limit():
    limit = by_path()["problem.description"].limit
    at = "漏" * limit
    assert "input.too_long" not in codes(check(draft(problem__description=at), TODAY))
    r = check(draft(problem__description=at + "漏"), TODAY)
    f = next(f for f in r["findings"] if f["code"] == "input.too_long")
    assert f["field"] == "problem.description" and str(limit) in f["message"]


def test_merchant_review_over_national_day():
    r = check(draft(submitted_date="2026-09-29", order__purchase_date="2026-09-20",
                    order__received_date="2026-09-23", problem__noticed_date="2026-09-25"), "2026-09-29")
    assert deadline(r, "merchant_review")["date"] == "2026-10-09"


def test_merchant_review_counts_a_make_up_saturday():
    # 2026-10-10 is a Saturday worked in exchange for the National Day holiday (调休).
    r = check(draft(submitted_date="2026-10-08", order__purchase_date="2026-10-01", order__received_date="2026-10-03",
                    problem__noticed_date="2026-10-05", merchant={"policy": {"review_working_days": 2}}), "2026-10-08")
    assert deadline(r, "merchant_review")["date"] == "2026-10-10"


def test_merchant_review_in_a_year_without_a_table():
    r = check(draft(submitted_date="2031-09-30", order__purchase_date="2031-09-20", order__received_date="2031-09-23",
                    problem__noticed_date="2031-09-25"), "2031-09-30")
    d = deadline(r, "merchant_review")
    assert d["date"] == "2031-10-08", "1–3 October are fixed holidays, the weekend is skipped"
    assert "2031" in d["note"]


def test_english_messages_and_links():
    r = check(draft(lang="en", contact__phone="12345"), TODAY)
    f = next(f for f in r["findings"] if f["code"] == "format.phone")
    assert f["guide"] == "en/guide/fill-in/#contact" and "phone" in f["message"]
    assert check(draft(contact__phone="12345"), TODAY, "en")["findings"][0]["guide"].startswith("en/")
    zh = check(draft(contact__phone="12345"), TODAY)["findings"][0]
    assert zh["guide"] == "guide/fill-in/#contact" and "手机" in zh["message"]


def test_every_rule_has_words_and_a_guide_page_in_both_languages():
    pages = {"guide/policy/", "guide/evidence/", "guide/fill-in/", "guide/channel/", "guide/review/"}
    for code, rule in catalogue().items():
        page = rule.anchor.split("#")[0]
        assert page in pages or page.startswith("situations/"), code
        for lang in ("zh-CN", "en"):
            w = rule.words
            assert all(t.get(lang) for t in (w.title, w.why, w.fix, w.trigger)), (code, lang)


def test_every_field_has_a_name_for_sentences():
    from aftersales.data.fields import FIELDS, NOUNS

    assert set(NOUNS) == {f.path for f in FIELDS}
    assert check(draft(lang="en", resolution=DELETE), TODAY)["findings"][0]["title"] == "The resolution you want is missing"


def test_ready_iff_no_error_and_result_is_json():
    for d in (BASE, {}, draft(contact__phone="1"), draft(resolution="refund_only")):
        r = check(d, TODAY)
        assert r["ready"] == (not any(f["severity"] == "error" for f in r["findings"]))
        assert json.loads(json.dumps(r)) == r


def test_deep_link_encodes_every_plain_field():
    from urllib.parse import parse_qsl

    from aftersales.outputs.links import deep_link

    link = deep_link({"merchant": {"name": "某某 & 旗舰店", "policy": {"no_reason_days": 15}}, "order": {"sanbao": True}})
    pairs = dict(parse_qsl(link[1:]))
    assert pairs == {"v": "1", "merchant.name": "某某 & 旗舰店", "merchant.policy.no_reason_days": "15",
                     "order.sanbao": "true"}


def test_evidence_items_of_any_shape_become_findings_not_crashes():
    # A kind of {} or [] was unhashable; a magic that is not hex must not break the type check.
    draft = {"evidence": [{"kind": {}}, {"kind": [], "name": {"x": 1}, "size": "big"},
                          {"kind": "photo", "magic": "0000000066747970zzzzzzzz"}, 7]}
    found = pairs(check(draft, "2026-11-29"))
    assert ("format.choice", "evidence[0].kind") in found and ("format.choice", "evidence[1].kind") in found
    assert ("format.type", "evidence[1].size") in found and ("format.type", "evidence[3]") in found


def test_only_raster_images_are_offered_as_thumbnails():
    from aftersales.browser import thumbnail_type

    assert thumbnail_type("89504e470d0a1a0a") == "image/png"
    assert thumbnail_type("ffd8ffe0") == "image/jpeg"
    for not_a_picture in ("3c737667", "3c68746d6c3e", "0000000066747970", "zz", ""):
        assert thumbnail_type(not_a_picture) == ""
