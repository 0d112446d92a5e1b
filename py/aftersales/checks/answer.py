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


def _own(views: tuple, problem: str, resolution: str) -> list | None:
    """The request's own windows among `views`, in the order they are cited; None when this kind of
    request has no window of its own (reship, usage help …)."""
    codes = CITE_FIRST.get("no_reason" if problem == "no_reason" else resolution)
    if codes is None:
        return None
    return [v for code in codes for v in views if v.code == code]


def cited(views: tuple, problem: str, resolution: str, by_request: bool = False):
    """The deadline the request hangs on: the first of its own windows still open, or, for a request
    with none of its own, the nearest open one. None when nothing fits: an exchange outside 三包 must
    not quote a return deadline. `views` are DeadlineViews in date order; `by_request` judges "open"
    on the day the request is sent (what a text to the merchant says) rather than today."""
    def still(v) -> bool:
        return v.in_time if by_request else not v.passed

    mine = [v for v in views if v.code not in _MERCHANTS_OWN]
    own = _own(tuple(mine), problem, resolution)
    return next((v for v in (mine if own is None else own) if still(v)), None)


def answer(d: Draft, views: tuple, lang: str) -> Answer:
    """`views` are the report's DeadlineViews in date order."""
    mine = [v for v in views if v.code not in _MERCHANTS_OWN]
    if not mine:
        return Answer("", "", "")
    problem, resolution = d.get("problem.type"), d.get("resolution")
    # Where the request's own window is closed or missing, the bar still shows the nearest open one.
    pick = cited(views, problem, resolution) or next((v for v in mine if not v.passed), None)
    if pick is None:
        own = _own(tuple(mine), problem, resolution)
        pick = own[0] if own else mine[-1]
        words = _PASSED
    else:
        words = _LAST_DAY if pick.days_left == 0 else _SEND_TODAY
    text = words.get(lang).format(label=pick.label, label_lower=pick.label[:1].lower() + pick.label[1:],
                                  date=pick.date.isoformat(), n=pick.days_left)
    field = next((path for path, day in d.dates.items() if day == pick.start), "")
    return Answer(pick.code, text, field)
