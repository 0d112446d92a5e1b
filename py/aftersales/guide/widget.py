"""Everything the checker page is rendered from (hooks/widgets.py), as plain data: the form, the page's
strings, and the few rules its script must know to place findings and offer downloads. The script
reads these instead of keeping literals of its own."""

from __future__ import annotations

from ..checks.required import CONTACT, CONTACT_PATHS, REQUIRED
from ..data import vocab
from ..data.fields import (
    EVIDENCE_MAX_FILE_BYTES,
    EVIDENCE_MAX_FILES,
    EVIDENCE_MAX_TOTAL_BYTES,
    FIELDS,
    GROUPS,
    Field,
)
from ..data.rules import SEVERITIES
from ..outputs import OUTPUTS
from .ui import ui_strings


def widget_data(lang: str) -> dict:
    return {"form": form(lang), "ui": ui_strings(lang), "rules": rules()}


def form(lang: str) -> list[dict]:
    """The form: groups, each with its fields (labels, limits, choices)."""
    out = []
    for g in GROUPS:
        group = {"key": g.key, "label": g.label.get(lang), "why": g.why.get(lang), "folded": g.folded,
                 "fields": [_field(f, lang) for f in FIELDS if f.group == g.key]}
        if g.key == "evidence":
            group.update(kinds=[{"value": t.value, "label": t.label(lang)} for t in vocab.EVIDENCE_KINDS],
                         max_files=EVIDENCE_MAX_FILES, max_file_bytes=EVIDENCE_MAX_FILE_BYTES,
                         max_total_bytes=EVIDENCE_MAX_TOTAL_BYTES)
        out.append(group)
    return out


def start_data(lang: str) -> dict:
    """The home page's copy of the checker's first questions: the same fields, choices and words."""
    ui = ui_strings(lang)
    group = next(g for g in form(lang) if g["key"] == "start")
    return {"fields": group["fields"], "ui": {k: ui[k] for k in (
        "start_label", "start_go", "start_note", "choose", "date_placeholder")}}


def _field(f: Field, lang: str) -> dict:
    return {
        "path": f.path,
        "id": "f-" + f.path.replace(".", "-"),
        "control": f.control,
        "label": f.label.get(lang),
        "hint": f.hint.get(lang),
        "maxlength": f.limit,
        "required": f.required,
        "autocomplete": f.autocomplete,
        "example": f.example.get(lang),
        "inputmode": f.inputmode or {"date": "numeric", "number": "numeric"}.get(f.control, ""),
        "options": [{"value": t.value, "label": t.label(lang)} for t in f.options],
    }


def rules() -> dict:
    """What the page's script decides nothing about but must know: how findings are ranked and
    placed, which words answer a yes / no question, and which downloads exist."""
    return {
        "severities": list(SEVERITIES),
        "required_code": REQUIRED,
        "contact": {"field": CONTACT, "paths": list(CONTACT_PATHS)},
        # A yes / no / not-sure answer as links and older drafts write it (true, 1, 是 …) -> its choice.
        "answers": {"true": list(vocab.CHECKBOX_TRUE), "false": [w for w in vocab.CHECKBOX_FALSE if w],
                    vocab.UNSURE: list(vocab.UNSURE_WORDS)},
        "outputs": [{"kind": k.kind, "needs_files": k.needs_files} for k in OUTPUTS],
    }
