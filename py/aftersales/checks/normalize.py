"""Normalise first, then check: turn whatever was typed (or posted by an attacker) into a `Draft`,
reporting what could not be read as findings and what was read differently as `read_as` hints.
Nothing here raises on bad input."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .. import media, paths
from ..data import vocab
from ..data.fields import EVIDENCE_NAME_LIMIT, FIELDS, POLICY_MAX, Field
from ..text import LANGS, Text
from . import dates
from .model import Draft, Evidence, Hit

DRAFT_SCHEMA = "aftersales/draft/1"
POLICY_PREFIX = "merchant.policy."
# Folding full-width forms is right for codes, numbers and addresses, not for prose: NFKC would turn
# Chinese punctuation in a description into ASCII.
_FOLD = {"tel", "email", "date", "number", "url", "select", "choice"}
_FOLD_PATHS = {"order.order_id", "order.price"}
_PHONE_NOISE = re.compile(r"[\s\-()（）.·—_]")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]{1,64}@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+$")
_ORDER_ID = re.compile(r"^[A-Za-z0-9_-]{6,32}$")
# What a value of the wrong JSON type should have been, as a finding says it.
EXPECTED = {
    "text": Text("文字", "text"), "choice": Text("是、否或不确定", "yes, no or not sure"), "number": Text("数字", "a number"),
    "list": Text("文件列表", "a list of files"), "object": Text("一组字段", "a group of fields"),
}


def clean_text(value: str, multiline: bool = False, fold: bool = False) -> str:
    if fold:
        value = unicodedata.normalize("NFKC", value)
    return media.clean_text(value, multiline)


def phone(text: str) -> str | None:
    """The number as a buyer's merchant would dial it, or None when it is not a mainland number."""
    s = _PHONE_NOISE.sub("", unicodedata.normalize("NFKC", text))
    international = False
    for prefix in ("+86", "0086"):
        if s.startswith(prefix):
            s, international = s[len(prefix):], True
            break
    else:
        if len(s) == 13 and s.startswith("861"):
            s, international = s[2:], True
    if re.fullmatch(r"1[3-9]\d{9}", s):
        return s
    if international and re.fullmatch(r"[1-9]\d{8,10}", s):
        s = "0" + s
    if re.fullmatch(r"0\d{9,11}", s):
        area = 3 if s[1] in "12" else 4
        return s[:area] + "-" + s[area:]
    return None


def email_ok(text: str) -> bool:
    return len(text) <= 254 and bool(_EMAIL.match(text))


def normalize(raw: object, today: date | None = None) -> tuple[Draft, list[Hit], list[dict]]:
    """`today` lets a date typed without its year ("11-22") be read; without it such a date is a finding."""
    hits: list[Hit] = []
    read_as: list[dict] = []
    draft = Draft()
    if not isinstance(raw, dict):
        hits.append(Hit("format.type", "draft", {"expected": "object"}))
        raw = {}
    lang = raw.get("lang")
    draft.lang = lang if lang in LANGS else "zh-CN"
    bad_parents: set[str] = set()
    for f in FIELDS:
        value, bad_parent = paths.lookup(raw, f.path)
        if bad_parent:
            if bad_parent not in bad_parents:
                bad_parents.add(bad_parent)
                hits.append(Hit("format.type", bad_parent, {"expected": "object"}))
            continue
        if value is None:
            continue
        _read_field(f, value, draft, hits, read_as, today)
    _read_evidence(raw.get("evidence"), draft, hits)
    draft.answers.setdefault("order.sanbao", "false")  # contract: not said means not 三包 goods
    return draft, hits, read_as


def _read_field(f: Field, value: object, draft: Draft, hits: list[Hit], read_as: list[dict],
                today: date | None) -> None:
    path = f.path
    if f.control == "choice":
        answer = _answer(value)
        if answer is None:
            draft.bad.add(path)
            hits.append(Hit("format.type", path, {"expected": "choice"}))
        else:
            draft.answers[path] = answer
        return
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        draft.bad.add(path)
        hits.append(Hit("format.type", path, {"expected": "number" if f.control == "number" else "text"}))
        return
    given = value if isinstance(value, str) else repr(value)
    text = clean_text(given, f.control == "textarea", f.control in _FOLD or path in _FOLD_PATHS)
    if len(text) > f.limit:
        hits.append(Hit("input.too_long", path, {"limit": f.limit, "value": len(text)}))
    if not text:
        return
    draft.text[path] = text
    read = _parse(f, value, text, today)
    if read is None:
        draft.bad.add(path)
        hits.append(Hit(_FORMAT_CODE[f.control], path, {"value": text[:60]}))
        if f.control == "url":
            del draft.text[path]  # never offered as a link
    elif isinstance(read, date):
        draft.dates[path] = read
        draft.text[path] = read.isoformat()
    elif isinstance(read, int):
        if path.startswith(POLICY_PREFIX):
            draft.policy[path.removeprefix(POLICY_PREFIX)] = read
        else:
            draft.numbers[path] = read
        draft.text[path] = str(read)
    else:
        draft.text[path] = read
    if path == "order.order_id":
        compact = re.sub(r"\s+", "", text)
        draft.text[path] = compact
        if not _ORDER_ID.match(compact):
            hits.append(Hit("format.order_id", path, {"value": text[:60]}))
    final = draft.text.get(path)
    if final is not None and isinstance(value, str) and final != value.strip() and f.control != "textarea":
        read_as.append({"field": path, "input": value.strip()[:200], "value": final})


_FORMAT_CODE = {"select": "format.choice", "date": "format.date", "tel": "format.phone", "email": "format.email",
                "url": "format.url", "number": "format.number"}
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def _parse(f: Field, value: object, text: str, today: date | None) -> str | date | int | None:
    """What the control's text means (a choice, a date, a number …), or None when it means nothing."""
    if f.control == "select":
        return _choice(f, text)
    if f.control == "date":
        return dates.parse(text, today)
    if f.control == "tel":
        return phone(text)
    if f.control == "email":
        return text if email_ok(text) else None
    if f.control == "url":
        return text if _URL.match(text) else None
    if f.control == "number":
        return _whole(value, text)
    return text


def _answer(value: object) -> str | None:
    """A yes / no / not-sure answer as "true", "false" or vocab.UNSURE; None when it is none of them."""
    if isinstance(value, str) and unicodedata.normalize("NFKC", value).strip().lower() in vocab.UNSURE_WORDS:
        return vocab.UNSURE
    flag = _flag(value)
    return None if flag is None else "true" if flag else "false"


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        v = unicodedata.normalize("NFKC", value).strip().lower()
        if v in vocab.CHECKBOX_TRUE:
            return True
        if v in vocab.CHECKBOX_FALSE:
            return False
    return None


def _choice(f: Field, text: str) -> str | None:
    key = text.strip().lower()
    for t in f.options:
        if key in (t.value, t.text.zh.lower(), t.text.en.lower()):
            return t.value
    return None


def _whole(value: object, text: str) -> int | None:
    if isinstance(value, float):
        number = int(value) if value.is_integer() else None
    elif isinstance(value, int):
        number = value
    else:
        number = int(text) if re.fullmatch(r"\d{1,5}", text) else None
    return number if number is not None and 0 <= number <= POLICY_MAX else None


def _read_evidence(value: object, draft: Draft, hits: list[Hit]) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        draft.bad.add("evidence")
        hits.append(Hit("format.type", "evidence", {"expected": "list"}))
        return
    kinds = vocab.values(vocab.EVIDENCE_KINDS)
    for i, item in enumerate(value):
        path = f"evidence[{i}]"
        if not isinstance(item, dict):
            hits.append(Hit("format.type", path, {"expected": "object"}))
            continue
        kind = item.get("kind")
        # Only text can name a kind: a list or an object here is unhashable and names nothing.
        kind = kind.strip().lower() if isinstance(kind, str) else kind
        if not isinstance(kind, str) or kind not in kinds:
            hits.append(Hit("format.choice", f"{path}.kind", {"value": _shown(kind)}))
            kind = "other"
        name = item.get("name")
        name = clean_text(name) if isinstance(name, str) else ""
        if len(name) > EVIDENCE_NAME_LIMIT:
            hits.append(Hit("input.too_long", f"{path}.name", {"limit": EVIDENCE_NAME_LIMIT, "value": len(name)}))
        size = item.get("size")
        if isinstance(size, bool) or not (size is None or (isinstance(size, int) and size >= 0)):
            hits.append(Hit("format.type", f"{path}.size", {"expected": "number"}))
            size = None
        mime = item.get("type", item.get("mime"))
        magic = item.get("magic")
        draft.evidence.append(Evidence(
            kind=kind, name=name[:EVIDENCE_NAME_LIMIT], size=size,
            mime=mime.strip().lower()[:100] if isinstance(mime, str) else "",
            magic=magic.strip().lower()[:64] if isinstance(magic, str) else "",
        ))


def _shown(value: object) -> str:
    """A wrong value as a finding quotes it: scalars as typed, containers as "…" (str() of a deeply
    nested list would recurse without end)."""
    if isinstance(value, list | dict):
        return "…"
    return media.one_line(value if isinstance(value, str) else repr(value))[:60]


def as_json(d: Draft) -> dict:
    """The draft as understood, in draft/1 shape, for "read as …" and for the package."""
    out: dict = {"schema": DRAFT_SCHEMA, "lang": d.lang}
    for path, value in d.text.items():
        number = d.policy.get(path.removeprefix(POLICY_PREFIX)) if path.startswith(POLICY_PREFIX) else d.numbers.get(path)
        paths.put(out, path, value if number is None else number)
    for path, answer in d.answers.items():
        paths.put(out, path, answer if answer == vocab.UNSURE else answer == "true")
    out["evidence"] = [{"kind": e.kind, "name": e.name, "size": e.size} for e in d.evidence]
    return out
