"""Situations that change the answer (checks/situations.py): a parcel left at a pickup point, a refused
or lost parcel, transit damage, food, and a private seller — each against what the law quoted in
data/law.py gives. Plain asserts, no pytest features: tests/pyodide runs this same file under Pyodide."""

from aftersales import check as check_report
from aftersales.outputs import texts
from aftersales.outputs.facts import facts

TODAY = "2026-11-29"


def draft(problem="no_reason", resolution="return_refund", evidence=None, **order):
    return {"schema": "aftersales/draft/1",
            "order": {"platform": "taobao", "order_id": "301234567890", "product_name": "保温杯 500ml",
                      "purchase_date": "2026-11-20", "received_date": "2026-11-24"} | order,
            "problem": {"type": problem, "noticed_date": "2026-11-25",
                        "description": "11月25日第一次用，杯盖接缝处漏水，倒过来就滴，已拍视频。"},
            "resolution": resolution, "contact": {"phone": "139 1234 5678"},
            "evidence": evidence if evidence is not None else [{"kind": "video", "name": "leak.mp4", "size": 5000}]}


def codes(d, lang=None):
    return {f["code"]: f for f in check_report(d, TODAY, lang).to_json()["findings"]}


def deadline_codes(d):
    return {x["code"]: x for x in check_report(d, TODAY).to_json()["deadlines"]}


def test_a_pickup_point_counts_from_the_collection_and_asks_for_the_record():
    found = codes(draft(delivery="pickup_point"))
    assert found["delivery.pickup_point"]["field"] == "order.received_date"
    assert found["delivery.pickup_point"]["guide"] == "situations/pickup-point/#answer"
    assert found["evidence.logistics"]["severity"] == "warning"
    assert found["evidence.logistics"]["guide"] == "situations/pickup-point/#collect"
    basis = {f.code: f.basis for f in check_report(draft(delivery="pickup_point"), TODAY).findings}
    assert basis["delivery.pickup_point"] == "电子商务法 第五十一条；快递暂行条例 第二十五条"
    tracked = draft(delivery="pickup_point", evidence=[{"kind": "logistics", "name": "取件记录.png", "size": 10}])
    assert "evidence.logistics" not in codes(tracked)
    # Handed over in person: nothing to explain.
    assert not {"delivery.pickup_point", "evidence.logistics"} & set(codes(draft(delivery="in_person")))


def test_a_refused_parcel_wants_a_refund_only_and_no_receipt_date():
    refused = draft(problem="no_reason", resolution="refund_only", delivery="refused")
    del refused["order"]["received_date"]
    found = codes(refused)
    assert "delivery.refused" in found and "evidence.logistics" in found
    # Never received, so no receipt date is asked for, and refund only is right, not a mismatch.
    assert not {"date.received_missing", "resolution.mismatch", "delivery.refused.resolution"} & set(found)
    for resolution in ("return_refund", "exchange", "repair"):
        refused["resolution"] = resolution
        assert codes(refused)["delivery.refused.resolution"]["field"] == "resolution", resolution
    refused["resolution"] = "reship"
    assert "delivery.refused.resolution" not in codes(refused)
    refused["resolution"] = "exchange"
    assert "换货" in codes(refused)["delivery.refused.resolution"]["title"]
    assert "exchange" in codes(refused, "en")["delivery.refused.resolution"]["title"].lower()


def test_a_lost_parcel_is_the_business_sellers_risk():
    found = codes(draft(problem="not_received", resolution="reship", evidence=[]))
    assert "delivery.not_received" in found and "evidence.logistics" in found
    assert found["evidence.logistics"]["guide"] == "situations/not-received/#collect"
    # A private seller's risk passed to the carrier (民法典 607): no such promise is made.
    assert "delivery.not_received" not in codes(draft(problem="not_received", resolution="reship", private_seller=True))


def test_transit_damage_is_the_business_sellers_risk():
    found = codes(draft(problem="damaged", resolution="exchange"))
    assert found["transit.seller_risk"]["severity"] == "info"
    assert "transit.seller_risk" not in codes(draft(problem="damaged", resolution="exchange", private_seller=True))
    assert "transit.seller_risk" not in codes(draft(problem="quality", resolution="exchange"))


def test_food_names_ten_times_the_price_with_the_floor():
    cases = {"35.5": "1000", "¥268": "2680", "1,268.50元": "12685", "": None, "免费": None}
    for price, amount in cases.items():
        for category in ("food", "perishable"):
            found = codes(draft(problem="quality", resolution="refund_only", category=category, price=price))
            why = found["food.compensation"]["why"]
            assert (f"是 {amount} 元" in why) if amount else ("十倍" in why and "你付了" not in why), (price, why)
            # Spoiled food is refunded on photos: refund only is not "unusual" for food.
            assert "resolution.unusual" not in found, category
    en = codes(draft(problem="quality", resolution="refund_only", category="food", price="80"), "en")
    assert "comes to 1000 yuan" in en["food.compensation"]["why"]
    assert "food.compensation" not in codes(draft(problem="quality", resolution="refund_only", category="general"))
    assert "resolution.unusual" in codes(draft(problem="quality", resolution="refund_only", category="general"))
    assert "food.compensation" not in codes(draft(problem="no_reason", category="food"))


def test_a_private_seller_owes_only_what_was_promised():
    private = draft(platform="xianyu", private_seller=True)
    found = codes(private)
    assert found["window.no_reason.private_seller"]["severity"] == "error"
    assert found["window.no_reason.private_seller"]["field"] == "order.private_seller"
    assert "seller.unsure" not in found
    assert set(deadline_codes(private)) == {"merchant_review"}
    # A listing that promised 7-day returns: the promise, labelled as one, and no error.
    promised = draft(platform="xianyu", private_seller=True)
    promised["merchant"] = {"policy": {"no_reason_days": 7}}
    assert "window.no_reason.private_seller" not in codes(promised)
    assert deadline_codes(promised)["no_reason_return"]["source"] == "merchant"
    # Not as described: contract law, no consumer-law windows.
    described = draft(problem="not_as_described", platform="xianyu", private_seller="是")
    assert "seller.private" in codes(described)
    assert "quality_return" not in deadline_codes(described)
    # The same seller found to be a business: the consumer-law answer.
    business = draft(platform="xianyu", private_seller=False)
    assert not {"window.no_reason.private_seller", "seller.private", "seller.unsure"} & set(codes(business))
    assert "no_reason_return" in deadline_codes(business)


def test_not_sure_about_the_seller_is_explained_not_held_against_the_buyer():
    for d in (draft(private_seller="不确定"), draft(platform="xianyu")):
        found = codes(d)
        assert found["seller.unsure"]["severity"] == "info"
        assert "window.no_reason.private_seller" not in found
        assert "no_reason_return" in deadline_codes(d)
    assert "seller.unsure" not in codes(draft())


def test_the_answers_survive_in_the_draft_as_read_and_the_letter():
    report = check_report(draft(delivery="pickup_point", private_seller="unsure"), TODAY)
    assert report.normalized["order"]["private_seller"] == "unknown"
    assert report.normalized["order"]["delivery"] == "pickup_point"
    letter = texts.letter(facts(report))
    assert "收货方式：放在驿站或快递柜，我去取的" in letter
    bad = check_report(draft(delivery="drone", private_seller=["x"]), TODAY).to_json()["findings"]
    assert {(f["code"], f["field"]) for f in bad} >= {("format.choice", "order.delivery"),
                                                      ("format.type", "order.private_seller")}
