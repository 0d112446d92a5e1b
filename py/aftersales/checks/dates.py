"""Dates: reading what buyers type (2026-11-22, 2026/11/22, 2026.11.22, 2026年11月22日, full-width
digits), calendar arithmetic, and the findings on impossible dates."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from .model import Draft, Hit

# (later field, earlier field): the later one may not come before the earlier one.
_SEQUENCE = (
    ("order.received_date", "order.purchase_date"),
    ("problem.noticed_date", "order.received_date"),
    ("problem.noticed_date", "order.purchase_date"),
    ("submitted_date", "order.purchase_date"),
)
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[T\s].*)?$")


def parse(text: str) -> date | None:
    m = _DATE.match(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def add_months(d: date, n: int) -> date | None:
    """Same day n months later; the month's last day where that day does not exist (31 Aug + 6 → 28/29 Feb)."""
    months = d.year * 12 + d.month - 1 + n
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:
        return None
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


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
