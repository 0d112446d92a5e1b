"""The Report's draft as the outputs need it: every value as text, every code as its label, in the
buyer's language. Read straight from the typed Report; nothing is parsed back from JSON."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..checks.report import DeadlineView, Report
from ..data import fields, vocab

# Fields whose value is a code: the texts show its label and keep the code under "<path>.code".
_CODED = {
    "order.platform": vocab.PLATFORMS,
    "order.category": vocab.CATEGORIES,
    "order.delivery": vocab.DELIVERY,
    "problem.type": vocab.PROBLEM_TYPES,
    "resolution": vocab.RESOLUTIONS,
}


@dataclass
class Facts:
    lang: str
    values: dict[str, str]
    labels: dict[str, str]  # field path -> label in lang
    evidence: list[tuple[str, str]]  # (kind label, file name)
    deadlines: tuple[DeadlineView, ...] = ()
    ready: bool = False
    bad: frozenset[str] = field(default_factory=frozenset)  # fields the check could not read

    def __getitem__(self, path: str) -> str:
        return self.values.get(path, "")


def facts(report: Report) -> Facts:
    lang, d = report.lang, report.draft
    values: dict[str, str] = {}
    for f in fields.FIELDS:
        choice = f.control == "choice"
        value = d.answers.get(f.path, "") if choice else d.get(f.path)
        coded = vocab.ANSWERS if choice else _CODED.get(f.path)
        if coded and value:
            values[f.path + ".code"] = value
            value = vocab.label(coded, value, lang)
        values[f.path] = value
    return Facts(
        lang=lang,
        values=values,
        labels={f.path: f.label.get(lang) for f in fields.FIELDS},
        evidence=[(vocab.label(vocab.EVIDENCE_KINDS, e.kind, lang), e.name) for e in d.evidence],
        deadlines=report.deadlines,
        ready=report.ready,
        bad=frozenset(d.bad),
    )
