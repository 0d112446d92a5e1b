"""Typed values that pass between the check's steps; report.py turns them into the Report."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _default
from datetime import date

from ..data.vocab import UNSURE
from ..text import Text


@dataclass(frozen=True)
class Hit:
    """A rule that fired: its code, the field it is about and the values its words need."""

    code: str
    field: str = ""
    params: dict = _default(default_factory=dict)
    anchor: str = ""  # overrides the rule's guide anchor where the field has a better one
    basis: Text | None = None  # overrides the rule's basis where it depends on the window concerned


@dataclass(frozen=True)
class Evidence:
    kind: str
    name: str
    size: int | None
    mime: str
    magic: str


@dataclass
class Draft:
    """The draft as understood: text trimmed and NFKC-folded, dates parsed, numbers read."""

    lang: str = "zh-CN"
    text: dict[str, str] = _default(default_factory=dict)  # path -> cleaned text ("" when absent)
    dates: dict[str, date] = _default(default_factory=dict)  # path -> parsed date (valid ones only)
    answers: dict[str, str] = _default(default_factory=dict)  # choice path -> "true" | "false" | vocab.UNSURE
    policy: dict[str, int] = _default(default_factory=dict)  # key -> days or months, as given
    numbers: dict[str, int] = _default(default_factory=dict)  # other whole-number fields, by path
    evidence: list[Evidence] = _default(default_factory=list)
    bad: set[str] = _default(default_factory=set)  # paths whose value could not be read

    def get(self, path: str) -> str:
        return self.text.get(path, "")

    def yes(self, path: str) -> bool:
        return self.answers.get(path) == "true"

    def unsure(self, path: str) -> bool:
        """The buyer answered "not sure": explained, never held against her."""
        return self.answers.get(path) == UNSURE

    @property
    def sanbao(self) -> bool:
        return self.yes("order.sanbao")

    @property
    def sanbao_unsure(self) -> bool:
        return self.unsure("order.sanbao")

    @property
    def private_seller(self) -> bool:
        """A private person selling their own things: consumer law binds businesses (消法 3)."""
        return self.yes("order.private_seller")


@dataclass(frozen=True)
class Deadline:
    code: str
    date: date
    start: date
    source: str  # data.windows.LAW | MERCHANT | PRACTICE
    days: int | None = None
    months: int | None = None
    notes: tuple[str, ...] = ()  # keys into data.windows.NOTES
    legal_date: date | None = None  # 民法典 203: the end moved off a rest day (law-based day windows only)

    @property
    def last(self) -> date:
        """The last day the law allows: legal_date where a rest day moved it, else date."""
        return self.legal_date or self.date
