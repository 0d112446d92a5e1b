"""check(draft, today, lang) -> Report. The one entry point every face calls:

    normalize (read what was typed) → required → dates → windows (deadlines) → evidence → situations → description
    → resolution → report (words, links) and score
"""

from __future__ import annotations

from datetime import date

from ..text import LANGS
from . import report
from .answer import answer
from .dates import date_hits
from .description import description_hits
from .evidence import evidence_hits
from .normalize import as_json, normalize
from .report import Report
from .required import required_hits
from .resolution import resolution_hits
from .score import score
from .situations import situation_hits
from .windows import deadlines, policy_hits, request_day, window_hits

__all__ = ["Report", "check"]


def check(draft: object, today: date | str, lang: str | None = None) -> Report:
    """Check a draft (any JSON-like value). `today` is the buyer's calendar date; `lang` overrides the
    draft's own. Never raises on bad drafts: what cannot be read becomes findings."""
    today = today if isinstance(today, date) else date.fromisoformat(today)
    d, hits, read_as = normalize(draft, today)
    if lang in LANGS:
        d.lang = lang
    hits += required_hits(d) + date_hits(d, today)
    found = deadlines(d, today)
    hits += policy_hits(d) + window_hits(d, found, today)
    hits += evidence_hits(d) + situation_hits(d) + description_hits(d) + resolution_hits(d)
    findings = report.findings(hits, d.lang, today)
    counts = report.counts(findings)
    sent = request_day(d, today)
    views = tuple(sorted((report.deadline(x, d.lang, today, sent) for x in found), key=lambda v: (v.date, v.code)))
    told = answer(d, views, d.lang)
    return Report(
        lang=d.lang,
        today=today,
        ready=report.is_ready(counts),
        score=score(d, [f.severity for f in findings]),
        counts=counts,
        findings=findings,
        deadlines=views,
        draft=d,
        normalized=as_json(d),
        read_as=tuple(read_as),
        merchant=report.merchant_block(d, d.lang),
        nearest=told.nearest,
        next_step=told.next_step,
        nearest_field=told.field,
    )
