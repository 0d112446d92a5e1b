"""The readiness score: how complete the draft is, less what is wrong with it."""

from __future__ import annotations

from ..data.fields import FIELDS
from ..data.rules import ERROR, WARNING
from .model import Draft

# Fields whose completeness the score counts (required ones weigh double).
_SCORED = ("order.platform", "order.category", "order.received_date", "problem.noticed_date", "contact.name")


def score(draft: Draft, severities: list[str]) -> int:
    required = [f.path for f in FIELDS if f.required]
    have = sum(2 for p in required if draft.get(p)) + sum(1 for p in _SCORED if draft.get(p))
    have += 2 if draft.get("contact.phone") or draft.get("contact.email") else 0
    have += 2 if draft.evidence else 0
    completeness = have / (2 * len(required) + len(_SCORED) + 4)
    errors = severities.count(ERROR)
    warnings = severities.count(WARNING)
    quality = max(0.0, 1 - 0.25 * errors - 0.08 * warnings)
    value = round(100 * (0.6 * completeness + 0.4 * quality))
    # A draft with an error is never shown as "nearly there": the bands in guide.catalogue.SCORE_BANDS.
    return min(value, 69) if errors else max(value, 70)
