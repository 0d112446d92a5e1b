"""Deadlines the buyer can rely on (data/windows.py has each window's numbers and words), the
merchant's promises measured against the law, and the findings when a window has passed. Where the
law is ambiguous the earliest date is used."""

from __future__ import annotations

from datetime import date

from ..data.vocab import NO_REASON_EXCLUDED
from ..data.windows import WINDOWS
from . import dates, workdays
from .model import Deadline, Draft, Hit

QUALITY_PROBLEMS = frozenset({"quality", "not_as_described", "damaged"})
DEFECT_PROBLEMS = QUALITY_PROBLEMS | {"wrong_item", "missing_parts"}
RETURNS = frozenset({"return_refund", "refund_only"})


def effective(draft: Draft, code: str) -> int:
    w = WINDOWS[code]
    given = draft.policy.get(w.policy_key)
    if given is None:
        return w.default
    return max(given, w.legal_minimum) if w.legal_minimum is not None else given


def policy_hits(draft: Draft) -> list[Hit]:
    hits = []
    for w in WINDOWS.values():
        given = draft.policy.get(w.policy_key)
        if w.policy_key and w.legal_minimum is not None and given is not None and given < w.legal_minimum:
            hits.append(Hit("policy.below_legal_minimum", f"merchant.policy.{w.policy_key}",
                            {"value": given, "limit": w.legal_minimum}))
    return hits


def deadlines(draft: Draft, today: date) -> list[Deadline]:
    got = draft.dates.get
    received, purchased = got("order.received_date"), got("order.purchase_date")
    category = draft.get("order.category") or "general"
    out: list[Deadline] = []

    def days(code: str, start: date | None, note: str = "") -> None:
        n = effective(draft, code)
        end = dates.add_days(start, n) if start else None
        if end:
            out.append(Deadline(code, end, start, days=n, note=note))

    def months(code: str, start: date | None, n: int, note: str = "") -> None:
        end = dates.add_months(start, n) if start else None
        if end:
            out.append(Deadline(code, end, start, months=n, note=note))

    if category not in NO_REASON_EXCLUDED or "no_reason_days" in draft.policy:
        days("no_reason_return", received, "promised" if category in NO_REASON_EXCLUDED else "")
    days("quality_return", received)
    if draft.sanbao:
        # 三包 counts "from sale"; for an online order the earliest plausible start is the order date.
        start = min(d for d in (purchased, received) if d) if (purchased or received) else None
        days("sanbao_exchange", start, "from_sale")
    if draft.sanbao or "warranty_months" in draft.policy:
        months("warranty", purchased or received, effective(draft, "warranty"), "invoice")
    if category == "durable":
        months("burden_of_proof", received, 6)
    submitted = got("submitted_date") or today
    count = workdays.add_workdays(submitted, effective(draft, "merchant_review"))
    if count:
        out.append(Deadline("merchant_review", count.day, submitted, days=effective(draft, "merchant_review"),
                            note="estimated" if count.estimated else "workdays"))
    return out


def window_hits(draft: Draft, found: list[Deadline], today: date) -> list[Hit]:
    by_code = {d.code: d for d in found}
    problem, resolution = draft.get("problem.type"), draft.get("resolution")
    category = draft.get("order.category") or "general"
    hits: list[Hit] = []

    def passed(code: str) -> Deadline | None:
        d = by_code.get(code)
        return d if d and today > d.date else None

    if problem == "no_reason":
        if category in NO_REASON_EXCLUDED and "no_reason_days" not in draft.policy:
            hits.append(Hit("window.no_reason.excluded", "order.category", {"category_value": category}))
        elif d := passed("no_reason_return"):
            hits.append(Hit("window.no_reason.expired", "problem.type", _when(d)))
    if problem in QUALITY_PROBLEMS and resolution in RETURNS and (d := passed("quality_return")):
        hits.append(Hit("window.quality_return.expired", "resolution", _when(d)))
    if resolution == "exchange" and (d := passed("sanbao_exchange")):
        hits.append(Hit("window.exchange.expired", "resolution", _when(d)))
    if resolution == "repair" and (d := passed("warranty")):
        hits.append(Hit("window.warranty.expired", "resolution", _when(d)))
    needs_received = problem in DEFECT_PROBLEMS | {"no_reason"}
    if needs_received and "order.received_date" not in draft.dates and "order.received_date" not in draft.bad:
        hits.append(Hit("date.received_missing", "order.received_date"))
    proof = by_code.get("burden_of_proof")
    noticed = draft.dates.get("problem.noticed_date") or today
    if proof and problem in QUALITY_PROBLEMS and noticed <= proof.date:
        hits.append(Hit("burden_of_proof", "order.category", _when(proof)))
    return hits


def _when(d: Deadline) -> dict:
    return {"date": d.date.isoformat(), "from_date": d.start.isoformat(), "days": d.days, "months": d.months}
