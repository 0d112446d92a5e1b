"""The holiday table the checker ships is exactly what chinese-calendar publishes (never hand-typed)."""

from datetime import date, timedelta

import chinese_calendar
from chinese_calendar import constants

from aftersales.checks import workdays
from aftersales.data import holidays as holidays_data


def test_table_matches_chinese_calendar():
    assert set(holidays_data.HOLIDAYS) == {d.isoformat() for d in constants.holidays}
    assert holidays_data.WORKDAYS == {d.isoformat() for d in constants.workdays}


def test_every_day_of_covered_years_agrees():
    day = date(min(holidays_data.YEARS), 1, 1)
    while day.year <= max(holidays_data.YEARS):
        assert workdays.is_workday(day) == (chinese_calendar.is_workday(day), True), day
        day += timedelta(days=1)
