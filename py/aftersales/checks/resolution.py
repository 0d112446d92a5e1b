"""Which resolution fits which problem: "no" findings block, "unusual" ones warn."""

from __future__ import annotations

from ..data.vocab import FOOD
from .model import Draft, Hit

# problem type -> (resolutions that fit, resolutions merchants often refuse). The rest are refused.
FIT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "quality": (("return_refund", "exchange", "repair"), ("refund_only",)),
    "not_as_described": (("return_refund", "exchange"), ("refund_only", "repair", "reship")),
    "damaged": (("return_refund", "exchange", "reship"), ("refund_only", "repair")),
    "wrong_item": (("exchange", "return_refund", "reship"), ("refund_only",)),
    "missing_parts": (("reship", "return_refund", "exchange"), ("refund_only",)),
    "no_reason": (("return_refund",), ("exchange",)),
    "not_received": (("refund_only", "reship"), ()),
    "usage_question": (("usage_help",), ("repair", "return_refund", "exchange")),
}


def resolution_hits(draft: Draft) -> list[Hit]:
    problem, resolution = draft.get("problem.type"), draft.get("resolution")
    if problem not in FIT or not resolution or resolution == "other":
        return []
    if draft.get("order.delivery") == "refused":
        return []  # the parcel went back: checks/situations.py says what can follow a refusal
    fits, unusual = FIT[problem]
    if draft.get("order.category") in FOOD and "refund_only" in unusual:
        # Spoiled or unsafe food is not sent back: platforms refund on photos, and the goods are evidence.
        fits, unusual = ("refund_only", *fits), tuple(r for r in unusual if r != "refund_only")
    if resolution in fits:
        return []
    code = "resolution.unusual" if resolution in unusual else "resolution.mismatch"
    return [Hit(code, "resolution", {"problem_value": problem, "resolution_value": resolution,
                                     "options_values": fits})]
