"""Which resolution fits which problem: "no" findings block, "unusual" ones warn."""

from __future__ import annotations

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
    fits, unusual = FIT[problem]
    if resolution in fits:
        return []
    code = "resolution.unusual" if resolution in unusual else "resolution.mismatch"
    return [Hit(code, "resolution", {"problem_value": problem, "resolution_value": resolution,
                                     "options_values": fits})]
