"""The Report: what check() found, as typed values in the buyer's language. Outputs read it directly;
to_json() gives aftersales/result/1. Only here do finding codes meet their words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as _default
from datetime import date

from .. import __version__
from ..data import vocab
from ..data.fields import NOUNS
from ..data.rules import ERROR, SEVERITIES, catalogue
from ..data.windows import HOLIDAY_BASIS, NOTES, UNITS, WINDOWS, basis_of
from ..text import LIST_SEP, Text, guide_link
from .model import Deadline, Draft, Hit
from .normalize import EXPECTED
from .windows import floor, promise

SCHEMA = "aftersales/result/1"
_REQUIRED_ANCHORS = {"problem": "guide/fill-in/#description", "resolution": "guide/fill-in/#resolution",
                     "contact": "guide/fill-in/#contact"}
# Paths a finding may name that are not fields: groups, the whole draft, the contact pair.
_SPECIAL_LABELS = {
    "contact": Text("手机或邮箱", "a phone number or an email"),
    "draft": Text("草稿", "the draft"),
    "evidence": Text("证据", "the evidence"),
    "order": Text("订单信息", "the order"),
    "problem": Text("问题", "the problem"),
    "merchant": Text("商家信息", "the merchant"),
    "merchant.policy": Text("商家政策", "the merchant's policy"),
}
_EVIDENCE_FILE = Text("第 {n} 个证据文件", "evidence file {n}")
_MESSAGE = Text("{title}。{why}{fix}", "{title}. {why} {fix}")
# The merchant block: a promise against the law's floor.
_PROMISE = Text("{name}：{n} {unit}", "{name}: {n} {unit}")
_BELOW = Text("（低于法定 {floor} 天，按法定计算）", " — below the legal {floor}; the law's {floor} apply")
_ABOVE = Text("（高于法定 {floor} 天）", " — more than the legal {floor}")
_EQUAL = Text("（等于法定标准）", " — the legal minimum")
_IGNORED = Text("（不合常理，未采用）", " — implausible, not used")


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    field: str
    message: str
    guide: str
    title: str
    why: str
    fix: str
    basis: str = ""

    def to_json(self) -> dict:
        out = {"code": self.code, "severity": self.severity, "field": self.field, "message": self.message,
               "guide": self.guide, "title": self.title, "why": self.why, "fix": self.fix}
        if self.basis:
            out["basis"] = self.basis
        return out


@dataclass(frozen=True)
class DeadlineView:
    code: str
    date: date
    start: date
    basis: str
    label: str
    counted_from: str
    passed: bool  # today is after date (the calendar's view; findings judge the request day)
    days_left: int
    source: str  # law | merchant | practice
    in_time: bool  # the request, sent on submitted_date or today, is within the window
    note: str = ""
    legal_date: date | None = None
    legal_basis: str = ""  # what moved legal_date (民法典 203)

    def to_json(self) -> dict:
        out = {"code": self.code, "date": self.date.isoformat(), "from": self.start.isoformat(),
               "basis": self.basis, "source": self.source, "label": self.label,
               "counted_from": self.counted_from, "passed": self.passed, "days_left": self.days_left,
               "in_time": self.in_time}
        if self.legal_date:
            out["legal_date"] = self.legal_date.isoformat()
            out["legal_basis"] = self.legal_basis
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class MerchantBlock:
    name: str
    lines: tuple[str, ...]

    def to_json(self) -> dict:
        return {"name": self.name, "lines": list(self.lines)}


@dataclass(frozen=True)
class Report:
    """A checked draft: the verdict, its findings and deadlines, and the draft as understood."""

    lang: str
    today: date
    ready: bool
    score: int
    counts: dict[str, int]
    findings: tuple[Finding, ...]
    deadlines: tuple[DeadlineView, ...]
    draft: Draft  # the draft as understood; outputs read their values from it
    normalized: dict  # the same, in aftersales/draft/1 shape
    read_as: tuple[dict, ...] = ()
    merchant: MerchantBlock | None = None
    nearest: str = ""  # the code of the deadline the request hangs on (checks/answer.py)
    next_step: str = ""  # what to do today
    nearest_field: str = ""  # the date field it is counted from
    version: str = _default(default=__version__)

    def to_json(self) -> dict:
        return {
            "schema": SCHEMA,
            "ready": self.ready,
            "score": self.score,
            "version": self.version,
            "today": self.today.isoformat(),
            "lang": self.lang,
            "counts": dict(self.counts),
            "findings": [f.to_json() for f in self.findings],
            "deadlines": [d.to_json() for d in self.deadlines],
            "normalized": self.normalized,
            "read_as": list(self.read_as),
            "merchant": self.merchant.to_json() if self.merchant else None,
            "nearest": self.nearest,
            "next_step": self.next_step,
            "nearest_field": self.nearest_field,
        }

    def deadline(self, code: str) -> DeadlineView | None:
        return next((d for d in self.deadlines if d.code == code), None)


_AMOUNT = Text("你付了 {price} 元，按价款十倍（不足一千元按一千元）是 {amount} 元。",
               " You paid {price} yuan: ten times the price (at least 1,000 yuan) comes to {amount} yuan.")
_UNTIL = Text("（从最早可能的起算日算，到 {date}）", " (until {date}, counted from the earliest possible start)")


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def field_label(path: str, lang: str) -> str:
    """How a finding names a field inside a sentence."""
    if path in _SPECIAL_LABELS:
        return _SPECIAL_LABELS[path].get(lang)
    if path in NOUNS:
        return NOUNS[path].get(lang)
    m = re.match(r"evidence\[(\d+)\]", path)
    if m:
        return _EVIDENCE_FILE.get(lang).format(n=int(m[1]) + 1)
    return path


def finding(hit: Hit, lang: str, today: date) -> Finding:
    rule = catalogue()[hit.code]
    words = rule.words
    field = hit.field or rule.field
    p = _Blank(hit.params)
    p["label"] = field_label(field, lang)
    p["today"] = today.isoformat()
    if "expected" in p:
        p["expected"] = EXPECTED[p["expected"]].get(lang) if p["expected"] in EXPECTED else p["expected"]
    if "category_value" in p:
        p["category"] = vocab.label(vocab.CATEGORIES, p["category_value"], lang)
    if "resolution_value" in p:
        p["resolution"] = vocab.label(vocab.RESOLUTIONS, p["resolution_value"], lang)
    if "problem_value" in p:
        p["problem"] = vocab.label(vocab.PROBLEM_TYPES, p["problem_value"], lang)
        p["options"] = LIST_SEP.get(lang).join(vocab.label(vocab.RESOLUTIONS, v, lang) for v in p["options_values"])
    if "other_path" in p:
        p["other"] = field_label(p["other_path"], lang)
    if "until_date" in p:
        p["until"] = _UNTIL.get(lang).format(date=p["until_date"])
    if "amount" in p:
        p["amount_note"] = _AMOUNT.get(lang).format(price=p["price"], amount=p["amount"])
    if "unit_key" in p:
        p["unit"] = UNITS[p["unit_key"]].get(lang)
    title, why, fix = (t.get(lang).format_map(p) for t in (words.title, words.why, words.fix))
    title = title[:1].upper() + title[1:]
    anchor = hit.anchor or rule.anchor
    if hit.code == "required":
        anchor = _REQUIRED_ANCHORS.get(field.split(".")[0], anchor)
    basis = hit.basis or rule.basis
    return Finding(hit.code, rule.severity, field, _MESSAGE.get(lang).format(title=title, why=why, fix=fix),
                   guide_link(anchor, lang), title, why, fix, basis.get(lang) if basis else "")


def deadline(d: Deadline, lang: str, today: date, sent: date) -> DeadlineView:
    """`sent`: the day the request is judged on (checks.windows.request_day)."""
    w = WINDOWS[d.code]
    basis = basis_of(d.code, d.source)
    label = w.label if d.source == w.source else w.promised
    legal = d.legal_date.isoformat() if d.legal_date else ""
    note = " ".join(NOTES[k].get(lang).format(year=d.date.year, legal_date=legal) for k in d.notes)
    return DeadlineView(d.code, d.date, d.start, basis.get(lang), label.get(lang), w.counted_from.get(lang),
                        today > d.date, (d.date - today).days, d.source, sent <= d.last, note, d.legal_date,
                        HOLIDAY_BASIS.get(lang) if d.legal_date else "")


def merchant_block(draft: Draft, lang: str) -> MerchantBlock | None:
    name = draft.get("merchant.name")
    if not name and not draft.policy:
        return None
    lines = []
    for w in WINDOWS.values():
        if w.policy_key not in draft.policy:
            continue
        n, least = draft.policy[w.policy_key], floor(draft, w)
        line = _PROMISE.get(lang).format(name=w.short.get(lang), n=n, unit=UNITS[w.unit].get(lang))
        if promise(draft, w) is None:
            line += _IGNORED.get(lang)
        elif least is not None:
            line += (_BELOW if n < least else _ABOVE if n > least else _EQUAL).get(lang).format(floor=least)
        lines.append(line)
    return MerchantBlock(name, tuple(lines))


def dedupe(hits: list[Hit]) -> list[Hit]:
    seen, out = set(), []
    for h in hits:
        if (h.code, h.field) not in seen:
            seen.add((h.code, h.field))
            out.append(h)
    return out


def findings(hits: list[Hit], lang: str, today: date) -> tuple[Finding, ...]:
    found = [finding(h, lang, today) for h in dedupe(hits)]
    found.sort(key=lambda f: SEVERITIES.index(f.severity))
    return tuple(found)


def counts(found: tuple[Finding, ...]) -> dict[str, int]:
    return {s: sum(f.severity == s for f in found) for s in SEVERITIES}


def is_ready(counted: dict[str, int]) -> bool:
    return counted[ERROR] == 0
