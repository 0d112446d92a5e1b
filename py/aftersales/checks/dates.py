"""Dates: reading what buyers type (2026-11-22, 2026/11/22, 2026.11.22, 2026年11月22日, 20261122, full-width
digits; and, given today, a day without its year: 11-22, 11/22, 11月22日, 1122), calendar arithmetic, and
the findings on impossible dates."""

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
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
# A day as people say it on the phone: month and day, the year understood.
_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*[日号]?|(\d{2}))\s*$")


def parse(text: str, today: date | None = None) -> date | None:
    """The date `text` names, or None. A month and day without a year reads as the most recent such day
    not after `today` (a buyer writes the day she signed for a parcel, which lies behind her); without
    `today` such a text names nothing."""
    folded = unicodedata.normalize("NFKC", text)
    m = _DATE.match(folded) or _COMPACT.match(folded)
    if m:
        return _real(int(m[1]), int(m[2]), int(m[3]))
    m = _MONTH_DAY.match(folded)
    if not m or today is None:
        return None
    if m[3] and len(m[1]) != 2:
        return None  # "1122" is month 11, day 22; "122" is nothing
    month, day = int(m[1]), int(m[2] or m[3])
    for year in (today.year, today.year - 1, today.year - 2, today.year - 3, today.year - 4):
        d = _real(year, month, day)
        if d and d <= today:
            return d
    return None


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
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
