"""What evidence each problem needs, and whether the attached files are usable (judged by content)."""

from __future__ import annotations

from .fields import (
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

# File signatures (hex prefixes) of what merchants can open. Checked by content, not by name.
_SIGNATURES = (
    ("ffd8ff", "image/jpeg"), ("89504e47", "image/png"), ("47494638", "image/gif"),
    ("25504446", "application/pdf"), ("1a45dfa3", "video/webm"), ("424d", "image/bmp"),
)
_FTYP = {"heic": "image/heic", "heix": "image/heic", "mif1": "image/heif", "avif": "image/avif",
         "qt  ": "video/quicktime", "m4v ": "video/mp4", "3gp": "video/3gpp"}


def sniff(magic_hex: str) -> str | None:
    """The media type the file's first bytes show, or None when they show nothing we accept."""
    m = magic_hex.lower()
    for prefix, mime in _SIGNATURES:
        if m.startswith(prefix):
            return mime
    if m.startswith("52494646") and m[16:24] == "57454250":  # RIFF....WEBP
        return "image/webp"
    if m[8:16] == "66747970":  # ....ftyp
        brand = bytes.fromhex(m[16:24]).decode("latin-1") if len(m) >= 24 else ""
        return next((v for k, v in _FTYP.items() if brand.startswith(k)), "video/mp4")
    try:
        head = bytes.fromhex(m)
        head.decode("utf-8")
    except ValueError:
        return None
    return "text/plain" if head and all(b >= 0x09 for b in head) else None


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
                            {"value": e.name or f"#{i + 1}", "limit": _mb(EVIDENCE_MAX_FILE_BYTES)}))
        if e.magic and sniff(e.magic) is None:
            hits.append(Hit("evidence.type", f"evidence[{i}]", {"value": e.name or f"#{i + 1}"}))
    if total > EVIDENCE_MAX_TOTAL_BYTES:
        hits.append(Hit("evidence.too_large", "evidence", {"value": _mb(total), "limit": _mb(EVIDENCE_MAX_TOTAL_BYTES)}))
    elif total > EMAIL_ATTACHMENTS_LIMIT:
        hits.append(Hit("evidence.email_size", "evidence", {"value": _mb(total), "limit": _mb(EMAIL_ATTACHMENTS_LIMIT)}))
    return hits


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"
