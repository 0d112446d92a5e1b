"""check(draft, today, lang) -> aftersales/result/1. The one entry point every face calls:

    normalize (read what was typed) → required/dates → windows (deadlines) → evidence → description
    → resolution → result (words, links, score)
"""

from __future__ import annotations

from datetime import date

from . import result, vocab
from .description import description_hits
from .evidence import evidence_hits
from .fields import FIELDS
from .model import Draft, Hit
from .normalize import normalize
from .resolution import resolution_hits
from .windows import deadlines, policy_hits, window_hits

DRAFT_SCHEMA = "aftersales/draft/1"
# (later field, earlier field): the later one may not come before the earlier one.
_SEQUENCE = (
    ("order.received_date", "order.purchase_date"),
    ("problem.noticed_date", "order.received_date"),
    ("problem.noticed_date", "order.purchase_date"),
    ("submitted_date", "order.purchase_date"),
)


def check(draft: object, today: date | str, lang: str | None = None) -> dict:
    """Check a draft (any JSON-like value). `today` is the buyer's calendar date; `lang` overrides the
    draft's own. Never raises on bad drafts: what cannot be read becomes findings."""
    today = today if isinstance(today, date) else date.fromisoformat(today)
    d, hits, read_as = normalize(draft)
    if lang in vocab.LANGS:
        d.lang = lang
    hits += required_hits(d) + date_hits(d, today)
    found = deadlines(d, today)
    hits += policy_hits(d) + window_hits(d, found, today)
    hits += evidence_hits(d) + description_hits(d) + resolution_hits(d)
    return result.build(d, hits, found, read_as, as_json(d), today)


def required_hits(d: Draft) -> list[Hit]:
    hits = [Hit("required", f.path) for f in FIELDS if f.required and not d.get(f.path) and f.path not in d.bad]
    contact = ("contact.phone", "contact.email")
    if not any(d.get(p) or p in d.bad for p in contact):
        hits.append(Hit("required", "contact"))
    return hits


def date_hits(d: Draft, today: date) -> list[Hit]:
    hits = [Hit("date.future", p, {"value": v.isoformat()}) for p, v in d.dates.items() if v > today]
    flagged = set()
    for later, earlier in _SEQUENCE:
        a, b = d.dates.get(later), d.dates.get(earlier)
        if a and b and a < b and later not in flagged:
            flagged.add(later)
            hits.append(Hit("date.sequence", later, {"value": a.isoformat(), "other_path": earlier,
                                                     "other_value": b.isoformat()}))
    return hits


def as_json(d: Draft) -> dict:
    """The draft as understood, in draft/1 shape, for "read as …" and for the package."""
    out: dict = {"schema": DRAFT_SCHEMA, "lang": d.lang}
    for path, value in d.text.items():
        node = out
        *parents, leaf = path.split(".")
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = d.policy.get(leaf, value) if path.startswith("merchant.policy.") else value
    out.setdefault("order", {})["sanbao"] = d.sanbao
    out["evidence"] = [{"kind": e.kind, "name": e.name, "size": e.size} for e in d.evidence]
    return out
