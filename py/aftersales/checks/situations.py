"""Situations that change the answer beyond the windows: how the parcel arrived (a pickup point, a
refusal), a parcel that never arrived or arrived broken, food, and a private seller. Each finding here
points the buyer at the situation's guide page."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..data.vocab import FOOD
from .model import Draft, Hit

# 食品安全法 148: ten times the price (or three times the loss); an increase under ¥1,000 becomes ¥1,000.
FOOD_MULTIPLE, FOOD_FLOOR = 10, Decimal(1000)
FOOD_PROBLEMS = frozenset({"quality", "not_as_described"})
# What a refused parcel can still lead to: the money back, or the goods sent again.
AFTER_REFUSAL = frozenset({"refund_only", "reship", "other"})
_PRICE = re.compile(r"^\D{0,4}?(\d{1,9}(?:\.\d{1,2})?)\D{0,4}$")


def situation_hits(draft: Draft) -> list[Hit]:
    problem, resolution = draft.get("problem.type"), draft.get("resolution")
    delivery, private = draft.get("order.delivery"), draft.private_seller
    hits: list[Hit] = []
    if delivery == "pickup_point":
        hits.append(Hit("delivery.pickup_point", "order.received_date"))
    if delivery == "refused":
        hits.append(Hit("delivery.refused", "order.delivery"))
        if resolution and resolution not in AFTER_REFUSAL:
            hits.append(Hit("delivery.refused.resolution", "resolution", {"resolution_value": resolution}))
    # 电商法 20 puts transport on the business; a private seller's risk passes to the carrier
    # (民法典 607), so these two are for business sellers only.
    if problem == "not_received" and delivery != "refused" and not private:
        hits.append(Hit("delivery.not_received", "problem.type"))
    if problem == "damaged" and not private:
        hits.append(Hit("transit.seller_risk", "problem.type"))
    tracked = {"pickup_point": "pickup-point", "refused": "refused"}.get(delivery)
    if problem == "not_received" and not tracked:
        tracked = "not-received"
    if tracked and "evidence" not in draft.bad and not any(e.kind == "logistics" for e in draft.evidence):
        hits.append(Hit("evidence.logistics", "evidence", anchor=f"situations/{tracked}/#collect"))
    if draft.get("order.category") in FOOD and problem in FOOD_PROBLEMS and not private:
        hits.append(Hit("food.compensation", "order.category", food_amount(draft.get("order.price"))))
    if private and problem != "no_reason":
        hits.append(Hit("seller.private", "order.private_seller"))
    unanswered = "order.private_seller" not in draft.answers
    if draft.unsure("order.private_seller") or (unanswered and draft.get("order.platform") == "xianyu"):
        hits.append(Hit("seller.unsure", "order.private_seller"))
    return hits


def food_amount(price: str) -> dict:
    """The least 食品安全法 148 gives on this price, for the finding to name; {} when no price is readable."""
    m = _PRICE.match(price.replace(",", "").replace("，", "").strip())
    try:
        paid = Decimal(m[1]) if m else None
    except InvalidOperation:
        paid = None
    if not paid:
        return {}
    amount = max(paid * FOOD_MULTIPLE, FOOD_FLOOR)
    return {"price": _money(paid), "amount": _money(amount)}


def _money(value: Decimal) -> str:
    return f"{value:.2f}".removesuffix(".00")
