"""What evidence each problem needs, and whether the attached files are usable (judged by content)."""

from __future__ import annotations

from .. import media
from ..data.fields import (
    EMAIL_ATTACHMENTS_LIMIT,
    EVIDENCE_MAX_FILE_BYTES,
    EVIDENCE_MAX_FILES,
    EVIDENCE_MAX_TOTAL_BYTES,
)
from .model import Draft, Hit

VISUAL = frozenset({"photo", "video"})
PURCHASE = frozenset({"invoice", "order_screenshot"})
# Problem types whose proof is what the item looks like or does.
NEEDS_VISUAL = frozenset({"quality", "not_as_described", "damaged", "wrong_item", "missing_parts"})

def guess_kind(name: str, mime: str) -> str:
    n, m = name.lower(), mime.lower()
    if any(w in n for w in ("发票", "invoice", "fapiao", "receipt")):
        return "invoice"
    if any(w in n for w in ("订单", "order")):
        return "order_screenshot"
    if any(w in n for w in ("聊天", "chat", "wechat", "微信")):
        return "chat"
    if any(w in n for w in ("物流", "快递", "logistics", "tracking")):
        return "logistics"
    if m.startswith("video/") or n.endswith((".mp4", ".mov", ".webm", ".3gp", ".m4v")):
        return "video"
    if m.startswith("image/") or n.endswith((".jpg", ".jpeg", ".png", ".heic", ".webp", ".gif")):
        return "photo"
    if m == "application/pdf" or n.endswith(".pdf"):
        return "invoice"
    return "other"


def evidence_hits(draft: Draft) -> list[Hit]:
    hits: list[Hit] = []
    kinds = {e.kind for e in draft.evidence}
    problem, resolution = draft.get("problem.type"), draft.get("resolution")
    if problem in NEEDS_VISUAL and not kinds & VISUAL and "evidence" not in draft.bad:
        hits.append(Hit("evidence.photo", "evidence"))
    sanbao_claim = draft.sanbao and resolution in ("exchange", "return_refund", "repair")
    if (resolution == "repair" or sanbao_claim) and not kinds & PURCHASE and "evidence" not in draft.bad:
        hits.append(Hit("evidence.proof_of_purchase", "evidence"))
    if len(draft.evidence) > EVIDENCE_MAX_FILES:
        hits.append(Hit("evidence.count", "evidence", {"value": len(draft.evidence), "limit": EVIDENCE_MAX_FILES}))
    total = 0
    for i, e in enumerate(draft.evidence):
        total += e.size or 0
        if e.size and e.size > EVIDENCE_MAX_FILE_BYTES:
            hits.append(Hit("evidence.too_large", f"evidence[{i}]",
                            {"value": e.name or f"#{i + 1}", "limit": media.megabytes(EVIDENCE_MAX_FILE_BYTES)}))
        if e.magic and not media.openable(media.from_hex(e.magic)):
            hits.append(Hit("evidence.type", f"evidence[{i}]", {"value": e.name or f"#{i + 1}"}))
    if total > EVIDENCE_MAX_TOTAL_BYTES:
        hits.append(Hit("evidence.too_large", "evidence", {"value": media.megabytes(total), "limit": media.megabytes(EVIDENCE_MAX_TOTAL_BYTES)}))
    elif total > EMAIL_ATTACHMENTS_LIMIT:
        hits.append(Hit("evidence.email_size", "evidence", {"value": media.megabytes(total), "limit": media.megabytes(EMAIL_ATTACHMENTS_LIMIT)}))
    return hits

