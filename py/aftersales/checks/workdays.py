"""PRC working days: weekends and public holidays off, official make-up working days (调休) on.

The holiday table is `data/holidays.py`, extracted from the `chinese-calendar` package at build time
(build.py); a year it does not cover falls back to weekends plus the fixed-date holidays, and the
caller is told so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..data import holidays as holidays_data

# Fixed-date statutory holidays (全国年节及纪念日放假办法, 2025 text): New Year's Day, Labour Day (1–2 May),
# National Day (1–3 October). Lunar holidays move, so a year without a table cannot know them.
_FIXED = {(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)}


@dataclass(frozen=True)
class Count:
    day: date
    estimated: bool  # some year on the way had no official table


def is_workday(d: date) -> tuple[bool, bool]:
    """(is a working day, whether the official table for its year was used)."""
    if d.year in holidays_data.YEARS:
        iso = d.isoformat()
        if iso in holidays_data.WORKDAYS:
            return True, True
        if iso in holidays_data.HOLIDAYS:
            return False, True
        return d.weekday() < 5, True
    return d.weekday() < 5 and (d.month, d.day) not in _FIXED, False


def add_workdays(start: date, n: int) -> Count | None:
    """The n-th working day after `start` (start itself not counted); None past the calendar's end."""
    day, estimated, left = start, False, max(n, 0)
    try:
        while left:
            day += timedelta(days=1)
            working, official = is_workday(day)
            estimated = estimated or not official
            left -= working
    except OverflowError:
        return None
    return Count(day, estimated)
