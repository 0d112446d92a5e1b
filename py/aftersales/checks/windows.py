"""Deadlines the buyer can rely on (data/windows.py has each window's numbers and words), the
merchant's promises measured against the law for *these* goods, and the findings when a window has
passed. Where the law is ambiguous the earliest date is used; a window is judged on the day the
request is sent."""

from __future__ import annotations

from datetime import date, timedelta

from ..data.vocab import NO_REASON_EXCLUDED
from ..data.windows import (
    ALL,
    BASIS,
    DISTANCE,
    DURABLE,
    LAW,
    MERCHANT,
    SANBAO_GOODS,
    WINDOWS,
    Window,
    basis_of,
)
from ..text import Text
from . import dates, workdays
from .model import Deadline, Draft, Hit

QUALITY_PROBLEMS = frozenset({"quality", "not_as_described", "damaged"})
DEFECT_PROBLEMS = QUALITY_PROBLEMS | {"wrong_item", "missing_parts"}
RETURNS = frozenset({"return_refund", "refund_only"})
# 三包 rules generally reopen exchange or return after this many failed repairs (以原文为准).
SANBAO_REPAIRS = 2


def shop_purchase(draft: Draft) -> bool:
    """Bought in a shop: 消法 25 covers only online, TV, phone and mail-order sales."""
    return draft.get("order.platform") == "offline"


def _applies(draft: Draft, w: Window) -> bool:
    if draft.private_seller and (w.applies != ALL or w.source == LAW):
        # 消法 and 三包 bind businesses (消法 3): a private seller owes what she promised; only the
        # platform's review custom is left.
        return False
    category = draft.get("order.category") or "general"
    return {
        ALL: True,
        DISTANCE: not shop_purchase(draft) and category not in NO_REASON_EXCLUDED,
        SANBAO_GOODS: draft.sanbao,
        DURABLE: category == "durable",
    }[w.applies]


def promise(draft: Draft, w: Window) -> int | None:
    """The merchant's number for this window, or None when none was given or it is not believable."""
    given = draft.policy.get(w.policy_key) if w.policy_key else None
    if given is None or not w.bounds[0] <= given <= w.bounds[1]:
        return None
    return given


def floor(draft: Draft, w: Window) -> int | None:
    """The least the law lets a merchant offer for these goods, or None where the law sets none."""
    return w.default if w.source == LAW and w.policy_key and _applies(draft, w) else None


def terms(draft: Draft, w: Window) -> tuple[int, str] | None:
    """(length, source) of the window for this draft, or None when the buyer has no such window."""
    promised, base = promise(draft, w), w.default if _applies(draft, w) else None
    if promised is None:
        return (base, w.source) if base is not None else None
    least = floor(draft, w)
    if least is not None and promised <= least:
        return least, LAW  # below: flagged, the law's number applies; equal: it is the law's
    if base is None and promised == 0:
        return None  # where the law gives nothing, 0 means no promise
    return promised, MERCHANT


def policy_hits(draft: Draft) -> list[Hit]:
    hits = []
    for w in WINDOWS.values():
        given = draft.policy.get(w.policy_key) if w.policy_key else None
        if given is None:
            continue
        path = f"merchant.policy.{w.policy_key}"
        if promise(draft, w) is None:
            hits.append(Hit("policy.out_of_range", path, {"value": given, "low": w.bounds[0], "high": w.bounds[1],
                                                          "unit_key": w.unit}))
        elif (least := floor(draft, w)) is not None and given < least:
            hits.append(Hit("policy.below_legal_minimum", path, {"value": given, "limit": least}, basis=w.basis))
    return hits


def request_day(draft: Draft, today: date) -> date:
    """The day a window is judged on: the day the request was sent, when given and not after today."""
    sent = draft.dates.get("submitted_date")
    return sent if sent and sent <= today else today


def next_workday(day: date) -> date | None:
    """民法典 203: a last day that is a rest day (weekend or public holiday; make-up working days are
    working days) moves to the day after the rest ends. None when `day` is a working day."""
    moved = day
    try:
        while not workdays.is_workday(moved)[0]:
            moved += timedelta(days=1)
    except OverflowError:
        return None
    return moved if moved != day else None


def deadlines(draft: Draft, today: date) -> list[Deadline]:
    got = draft.dates.get
    received, purchased = got("order.received_date"), got("order.purchase_date")
    category = draft.get("order.category") or "general"
    out: list[Deadline] = []

    def days(code: str, start: date | None, *notes: str) -> None:
        t = terms(draft, WINDOWS[code])
        end = dates.add_days(start, t[0]) if t and start else None
        if not end:
            return
        n, source = t
        moved = next_workday(end) if source == LAW else None
        out.append(Deadline(code, end, start, source, days=n, legal_date=moved,
                            notes=notes + (("holiday",) if moved else ())))

    def months(code: str, start: date | None, *notes: str) -> None:
        t = terms(draft, WINDOWS[code])
        end = dates.add_months(start, t[0]) if t and start else None
        if end:
            out.append(Deadline(code, end, start, t[1], months=t[0], notes=notes))

    no_right = shop_purchase(draft) or category in NO_REASON_EXCLUDED or draft.private_seller
    days("no_reason_return", received, *(("promised",) if no_right else ()))
    days("quality_return", received)
    # 三包 counts "from sale"; for an online order the earliest plausible start is the order date.
    # A merchant's own exchange promise gets the same earliest start: never a later date than is safe.
    start = min(d for d in (purchased, received) if d) if (purchased or received) else None
    days("sanbao_exchange", start, "from_sale" if draft.sanbao else "earliest")
    months("warranty", purchased or received, "invoice")
    months("burden_of_proof", received)
    submitted = got("submitted_date") or today
    review = terms(draft, WINDOWS["merchant_review"])
    count = workdays.add_workdays(submitted, review[0]) if review else None
    if review and count:
        out.append(Deadline("merchant_review", count.day, submitted, review[1], days=review[0],
                            notes=("estimated" if count.estimated else "workdays",)))
    return out


def window_hits(draft: Draft, found: list[Deadline], today: date) -> list[Hit]:
    by_code = {d.code: d for d in found}
    problem, resolution = draft.get("problem.type"), draft.get("resolution")
    category = draft.get("order.category") or "general"
    sent = request_day(draft, today)
    hits: list[Hit] = []

    def closed(code: str, expired: str, field: str) -> None:
        """The window's finding when the request day is past it: between the plain count and the day
        民法典 203 moves it to, a warning that the law still allows it; after that, `expired`."""
        d = by_code.get(code)
        if not d or sent <= d.date:
            return
        if sent <= d.last:
            hits.append(Hit("window.extended_by_holiday", field, _when(d)))
        else:
            hits.append(Hit(expired, field, _when(d), basis=_promised(d)))

    repaired = draft.sanbao and draft.numbers.get("order.sanbao_repairs", 0) >= SANBAO_REPAIRS
    if problem == "no_reason":
        if "no_reason_return" not in by_code and draft.private_seller:
            hits.append(Hit("window.no_reason.private_seller", "order.private_seller"))
        elif "no_reason_return" not in by_code and shop_purchase(draft):
            hits.append(Hit("window.no_reason.not_distance_sale", "order.platform"))
        elif "no_reason_return" not in by_code and category in NO_REASON_EXCLUDED:
            hits.append(Hit("window.no_reason.excluded", "order.category", {"category_value": category}))
        else:
            closed("no_reason_return", "window.no_reason.expired", "problem.type")
    if problem in QUALITY_PROBLEMS and resolution in RETURNS and not repaired:
        closed("quality_return", "window.quality_return.expired", "resolution")
    if resolution == "exchange" and not repaired:
        if draft.sanbao:
            closed("sanbao_exchange", "window.exchange.expired", "resolution")
        elif problem not in DEFECT_PROBLEMS:
            closed("sanbao_exchange", "window.exchange_promise.expired", "resolution")
    if draft.sanbao_unsure:
        hits.append(_unsure(draft))
    if repaired and resolution in RETURNS | {"exchange"}:
        hits.append(Hit("window.sanbao.after_repairs", "order.sanbao_repairs",
                        {"value": draft.numbers["order.sanbao_repairs"]}))
    if resolution == "repair" and (d := by_code.get("warranty")) and sent > d.date:
        hits.append(Hit("window.warranty.expired", "resolution", _when(d), basis=basis_of(d.code, d.source)))
    # A refused parcel was never received: nothing counts from a receipt date.
    needs_received = problem in DEFECT_PROBLEMS | {"no_reason"} and draft.get("order.delivery") != "refused"
    if needs_received and "order.received_date" not in draft.dates and "order.received_date" not in draft.bad:
        hits.append(Hit("date.received_missing", "order.received_date"))
    proof = by_code.get("burden_of_proof")
    noticed = draft.dates.get("problem.noticed_date") or today
    if proof and problem in QUALITY_PROBLEMS and noticed <= proof.date:
        hits.append(Hit("burden_of_proof", "order.category", _when(proof)))
    return hits


def _unsure(draft: Draft) -> Hit:
    """"Not sure about 三包" is answered, not held against the buyer: what she would have if it is."""
    w = WINDOWS["sanbao_exchange"]
    known = [d for d in (draft.dates.get("order.purchase_date"), draft.dates.get("order.received_date")) if d]
    end = dates.add_days(min(known), w.default) if known else None
    return Hit("sanbao.unsure", "order.sanbao", {"days": w.default, **({"until_date": end.isoformat()} if end else {})})


def _promised(d: Deadline) -> Text | None:
    """A finding about a date that rests on a promise cites the promise, never a statute."""
    return BASIS[MERCHANT] if d.source == MERCHANT else None


def _when(d: Deadline) -> dict:
    return {"date": d.date.isoformat(), "from_date": d.start.isoformat(), "days": d.days, "months": d.months,
            "legal_date": (d.legal_date or d.date).isoformat()}
