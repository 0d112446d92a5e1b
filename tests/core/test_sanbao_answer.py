"""The 三包 question has three answers: yes, no, and "not sure", which the check explains instead of
holding against the buyer. Old drafts and links say true / false and keep working.
Plain asserts, no pytest features: tests/pyodide runs this same file under Pyodide in Node."""

from aftersales import check
from aftersales.guide.schemas import draft_schema
from aftersales.outputs import texts
from aftersales.outputs.facts import facts

TODAY = "2026-11-26"


def draft(sanbao, resolution="exchange"):
    return {"schema": "aftersales/draft/1",
            "order": {"platform": "jd", "order_id": "301234567890", "product_name": "无线降噪耳机 X2",
                      "sanbao": sanbao, "purchase_date": "2026-11-20", "received_date": "2026-11-22"},
            "problem": {"type": "quality", "description": "11月24日开始左耳没有声音，换了两台手机都一样。"},
            "resolution": resolution, "contact": {"phone": "138 0013 8000"},
            "evidence": [{"kind": "photo", "name": "ear.jpg", "size": 5000},
                         {"kind": "order_screenshot", "name": "order.png", "size": 5000}]}


def test_not_sure_is_a_tip_with_the_exchange_day_it_would_have_never_an_error():
    for answer in ("unknown", "不确定", "Not sure"):
        r = check(draft(answer), TODAY)
        tips = [f for f in r.findings if f.code == "sanbao.unsure"]
        assert len(tips) == 1 and tips[0].severity == "info" and tips[0].field == "order.sanbao", answer
        assert "2026-12-05" in tips[0].message and tips[0].guide.endswith("guide/policy/#sanbao")
        assert not [f for f in r.findings if f.field == "order.sanbao" and f.severity == "error"]
        assert r.ready
        assert r.normalized["order"]["sanbao"] == "unknown"
        assert "sanbao_exchange" not in {d.code for d in r.deadlines}, "no 三包 date stated as fact"
    english = check(draft("unknown") | {"lang": "en"}, TODAY)
    assert "until 2026-12-05" in next(f.message for f in english.findings if f.code == "sanbao.unsure")


def test_old_true_and_false_still_read_and_a_nonsense_answer_is_a_finding():
    assert "sanbao_exchange" in {d.code for d in check(draft(True), TODAY).deadlines}
    assert "sanbao_exchange" in {d.code for d in check(draft("true"), TODAY).deadlines}
    for answer in (False, "false", "否"):
        r = check(draft(answer), TODAY)
        assert "sanbao_exchange" not in {d.code for d in r.deadlines}
        assert not [f for f in r.findings if f.code == "sanbao.unsure"]
    assert ("format.type", "order.sanbao") in {(f.code, f.field) for f in check(draft("maybe"), TODAY).findings}


def test_texts_name_the_answer_and_the_schema_accepts_all_three():
    f = facts(check(draft("unknown"), TODAY))
    assert f["order.sanbao"] == "不确定" and f["order.sanbao.code"] == "unknown"
    assert "第二十四条" in texts.platform_text(f), "an exchange asked without 三包 cites the exchange right"
    prop = draft_schema()["properties"]["order"]["properties"]["sanbao"]
    assert {"type": "boolean"} in prop["anyOf"]
    assert sorted(next(p for p in prop["anyOf"] if p.get("type") == "string")["enum"]) == ["false", "true", "unknown"]
