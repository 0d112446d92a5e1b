"""Turn hits and deadlines into aftersales/result/1: words in the draft's language, guide links,
the readiness score. Only here do codes meet their texts."""

from __future__ import annotations

import re
from datetime import date

from . import __version__, vocab
from .fields import NOUNS, by_path
from .model import Deadline, Draft, Hit
from .normalize import expected_words
from .rules import DEADLINE_NOTES, DEADLINES, ERROR, INFO, WARNING, catalogue
from .windows import WINDOWS

SCHEMA = "aftersales/result/1"
_SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}
_REQUIRED_ANCHORS = {"problem": "guide/fill-in/#description", "resolution": "guide/fill-in/#resolution",
                     "contact": "guide/fill-in/#contact"}
_SPECIAL_LABELS = {
    "contact": ("手机或邮箱", "a phone number or an email"),
    "draft": ("草稿", "the draft"),
    "evidence": ("证据", "the evidence"),
    "order": ("订单信息", "the order"),
    "problem": ("问题", "the problem"),
    "merchant": ("商家信息", "the merchant"),
    "merchant.policy": ("商家政策", "the merchant's policy"),
}
# Fields whose completeness the score counts (required ones weigh double).
_SCORED = ("order.platform", "order.category", "order.received_date", "problem.noticed_date", "contact.name")


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def field_label(path: str, lang: str) -> str:
    en = lang == "en"
    if path in _SPECIAL_LABELS:
        return _SPECIAL_LABELS[path][en]
    if path in NOUNS:
        return NOUNS[path][en]
    m = re.match(r"evidence\[(\d+)\]", path)
    if m:
        return f"evidence file {int(m[1]) + 1}" if en else f"第 {int(m[1]) + 1} 个证据文件"
    return path


def finding(hit: Hit, lang: str, today: date) -> dict:
    rule = catalogue()[hit.code]
    words = rule.words(lang)
    field = hit.field or rule.field
    p = _Blank(hit.params)
    p["label"] = field_label(field, lang)
    p["today"] = today.isoformat()
    if "expected" in p:
        p["expected"] = expected_words(lang, p["expected"])
    if "category_value" in p:
        p["category"] = vocab.label(vocab.CATEGORIES, p["category_value"], lang)
    if "problem_value" in p:
        p["problem"] = vocab.label(vocab.PROBLEM_TYPES, p["problem_value"], lang)
        p["resolution"] = vocab.label(vocab.RESOLUTIONS, p["resolution_value"], lang)
        p["options"] = ("、" if lang != "en" else ", ").join(
            vocab.label(vocab.RESOLUTIONS, v, lang) for v in p["options_values"])
    if "other_path" in p:
        p["other"] = field_label(p["other_path"], lang)
    title, why, fix = (s.format_map(p) for s in (words.title, words.why, words.fix))
    title = title[:1].upper() + title[1:]
    anchor = hit.anchor or rule.anchor
    if hit.code == "required":
        anchor = _REQUIRED_ANCHORS.get(field.split(".")[0], anchor)
    message = f"{title}. {why} {fix}" if lang == "en" else f"{title}。{why}{fix}"
    out = {"code": hit.code, "severity": rule.severity, "field": field, "message": message,
           "guide": guide_link(anchor, lang), "title": title, "why": why, "fix": fix}
    if rule.basis(lang):
        out["basis"] = rule.basis(lang)
    return out


def guide_link(anchor: str, lang: str) -> str:
    return ("en/" + anchor) if lang == "en" else anchor


def deadline(d: Deadline, lang: str, today: date) -> dict:
    en = lang == "en"
    w = DEADLINES[d.code]
    out = {"code": d.code, "date": d.date.isoformat(), "from": d.start.isoformat(),
           "basis": w.basis_en if en else w.basis_zh, "label": w.en if en else w.zh,
           "counted_from": w.counted_en if en else w.counted_zh,
           "passed": today > d.date, "days_left": (d.date - today).days}
    if d.note:
        out["note"] = DEADLINE_NOTES[d.note][en].format(year=d.date.year)
    return out


def score(draft: Draft, findings: list[dict]) -> int:
    required = [f.path for f in by_path().values() if f.required]
    have = sum(2 for p in required if draft.get(p)) + sum(1 for p in _SCORED if draft.get(p))
    have += 2 if draft.get("contact.phone") or draft.get("contact.email") else 0
    have += 2 if draft.evidence else 0
    completeness = have / (2 * len(required) + len(_SCORED) + 4)
    errors = sum(f["severity"] == ERROR for f in findings)
    warnings = sum(f["severity"] == WARNING for f in findings)
    quality = max(0.0, 1 - 0.25 * errors - 0.08 * warnings)
    value = round(100 * (0.6 * completeness + 0.4 * quality))
    # A draft with an error is never shown as "nearly there": the bands in catalogue.SCORE_BANDS.
    return min(value, 69) if errors else max(value, 70)


def merchant_block(draft: Draft, lang: str) -> dict | None:
    name = draft.get("merchant.name")
    if not name and not draft.policy:
        return None
    en = lang == "en"
    names = {
        "no_reason_days": ("无理由退货", "No-reason return", "天", "days"),
        "quality_return_days": ("质量问题退货", "Return of a faulty item", "天", "days"),
        "exchange_days": ("换货", "Exchange", "天", "days"),
        "warranty_months": ("保修", "Warranty", "个月", "months"),
        "review_working_days": ("审核", "Review", "个工作日", "working days"),
    }
    lines = []
    for w in WINDOWS.values():
        if w.policy_key not in draft.policy:
            continue
        zh, en_name, unit_zh, unit_en = names[w.policy_key]
        n, floor = draft.policy[w.policy_key], w.legal_minimum
        if en:
            line = f"{en_name}: {n} {unit_en}"
            if floor is not None:
                line += (f" — below the legal {floor}; the law's {floor} apply" if n < floor else
                         f" — more than the legal {floor}" if n > floor else " — the legal minimum")
        else:
            line = f"{zh}：{n} {unit_zh}"
            if floor is not None:
                line += (f"（低于法定 {floor} 天，按法定计算）" if n < floor else
                         f"（高于法定 {floor} 天）" if n > floor else "（等于法定标准）")
        lines.append(line)
    return {"name": name, "lines": lines}


def build(draft: Draft, hits: list[Hit], found: list[Deadline], read_as: list[dict], normalized: dict,
          today: date) -> dict:
    lang = draft.lang
    findings = [finding(h, lang, today) for h in _dedupe(hits)]
    findings.sort(key=lambda f: _SEVERITY_ORDER[f["severity"]])
    counts = {s: sum(f["severity"] == s for f in findings) for s in (ERROR, WARNING, INFO)}
    return {
        "schema": SCHEMA,
        "ready": counts[ERROR] == 0,
        "score": score(draft, findings),
        "version": __version__,
        "today": today.isoformat(),
        "lang": lang,
        "counts": counts,
        "findings": findings,
        "deadlines": sorted((deadline(d, lang, today) for d in found), key=lambda d: (d["date"], d["code"])),
        "normalized": normalized,
        "read_as": read_as,
        "merchant": merchant_block(draft, lang),
    }


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen, out = set(), []
    for h in hits:
        if (h.code, h.field) not in seen:
            seen.add((h.code, h.field))
            out.append(h)
    return out
