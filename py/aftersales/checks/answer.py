"""The answer a buyer gets before she fills in the rest: the deadline her request hangs on and what to
do about it today. The page shows it under the three first questions and in its status bar."""

from __future__ import annotations

from dataclasses import dataclass

from ..data.windows import CITE_FIRST
from ..text import Text
from .model import Draft

# The merchant's review is the merchant's deadline, not the buyer's: it never tells her to hurry.
_MERCHANTS_OWN = {"merchant_review"}

_SEND_TODAY = Text("今天就可以在订单页的“申请售后”里提交：{label}是 {date}，还剩 {n} 天。先拍好照片，再提交。",
                   "You can send your request from the order page today: the {label_lower} is {date}, {n} days "
                   "from now. Take your photos first, then send it.")
_LAST_DAY = Text("今天就是{label}：现在就在订单页的“申请售后”里提交，证据可以稍后补充。",
                 "Today is the {label_lower}: send your request from the order page now; evidence can follow.")
_PASSED = Text("{label}（{date}）已经过了。下面的提示会说明还能要求什么。",
               "The {label_lower} ({date}) has passed. The notes below say what you can still ask for.")


@dataclass(frozen=True)
class Answer:
    nearest: str  # the code of the deadline the request hangs on, "" when there is none yet
    next_step: str  # what to do today, in the buyer's words; "" when there is nothing to say yet
    field: str = ""  # the date field the deadline is counted from, where its chip goes


def answer(d: Draft, views: tuple, lang: str) -> Answer:
    """`views` are the report's DeadlineViews in date order."""
    mine = [v for v in views if v.code not in _MERCHANTS_OWN]
    if not mine:
        return Answer("", "", "")
    key = "no_reason" if d.get("problem.type") == "no_reason" else d.get("resolution")
    upcoming = [v for v in mine if not v.passed]
    cited = [v for code in CITE_FIRST.get(key, ()) for v in mine if v.code == code]
    pick = next((v for v in cited if not v.passed), None) or (upcoming[0] if upcoming else None)
    if pick is None:
        pick = cited[0] if cited else mine[-1]
        words = _PASSED
    else:
        words = _LAST_DAY if pick.days_left == 0 else _SEND_TODAY
    text = words.get(lang).format(label=pick.label, label_lower=pick.label[:1].lower() + pick.label[1:],
                                  date=pick.date.isoformat(), n=pick.days_left)
    field = next((path for path, day in d.dates.items() if day == pick.start), "")
    return Answer(pick.code, text, field)
