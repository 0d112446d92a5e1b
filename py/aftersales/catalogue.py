"""The guide's tables, rendered from the same data the check uses (hooks/tables.py puts them into the
pages at build time), so what a buyer reads and what the checker enforces cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from . import vocab
from .description import MIN_UNITS
from .evidence import NEEDS_VISUAL
from .fields import FIELDS, GROUPS
from .resolution import FIT
from .rules import DEADLINES, ERROR, INFO, WARNING, catalogue
from .windows import WINDOWS

TABLE_NAMES = ("required_info", "windows", "evidence", "rejections", "resolutions", "rules", "score", "link_keys")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]


def table(name: str, lang: str) -> Table:
    if name not in TABLE_NAMES:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLE_NAMES)}")
    return globals()["_" + name](lang == "en")


def md_link(anchor: str) -> str:
    """A guide anchor ("guide/evidence/#photos") as a docs-relative Markdown target."""
    page, _, frag = anchor.partition("#")
    page = page.rstrip("/")
    return f"{page}.md#{frag}" if page else f"#{frag}"


def _required_info(en: bool) -> Table:
    rows = []
    for g in GROUPS:
        fields = [f for f in FIELDS if f.group == g.key]
        if g.key == "evidence":
            contents = ", ".join(t.en for t in vocab.EVIDENCE_KINDS) if en else "、".join(
                t.zh for t in vocab.EVIDENCE_KINDS)
        else:
            contents = (", " if en else "、").join(
                f.label("en" if en else "zh-CN") + (" *" if f.required else "") for f in fields)
        rows.append([g.en if en else g.zh, contents, g.why_en if en else g.why_zh])
    cols = ["Group", "What to give (* required)", "Why it matters"] if en else ["信息类别", "具体内容（* 为必填）", "为什么重要"]
    return Table(cols, rows)


_WINDOW_NAMES = {
    "no_reason_return": ("七日无理由退货", "No-reason return"),
    "quality_return": ("质量问题退货", "Return of a faulty item"),
    "sanbao_exchange": ("三包换货", "三包 exchange"),
    "warranty": ("三包保修（维修）", "三包 warranty (repair)"),
    "burden_of_proof": ("商家举证（耐用商品）", "Merchant's burden of proof (durable goods)"),
    "merchant_review": ("商家审核（惯例）", "Merchant review (custom)"),
}
_UNITS = {"days": ("天", "days"), "months": ("个月", "months"), "workdays": ("个工作日", "working days")}


def _windows(en: bool) -> Table:
    rows = []
    for code, w in WINDOWS.items():
        words = DEADLINES[code]
        unit = _UNITS[w.unit][en]
        length = f"{w.default} {unit}"
        if code == "warranty":
            length = ("usually 12 months; see the warranty card" if en else "一般 12 个月，以保修卡为准")
        if w.legal_minimum is not None and w.policy_key:
            can = ("may only lengthen it" if en else "只能延长，不能缩短")
        elif w.policy_key:
            can = ("the merchant's promise applies" if en else "按商家承诺")
        else:
            can = ("no" if en else "不能")
        rows.append([_WINDOW_NAMES[code][en], length, words.counted_en if en else words.counted_zh, can,
                     words.basis_en if en else words.basis_zh])
    cols = (["Right", "How long", "Counted", "Can the merchant change it?", "Basis"] if en
            else ["权利", "期限", "怎么算", "商家能改吗", "依据"])
    return Table(cols, rows)


def _evidence(en: bool) -> Table:
    lang = "en" if en else "zh-CN"
    rows = []
    for t in vocab.PROBLEM_TYPES:
        must = []
        if t.value in NEEDS_VISUAL:
            must.append("photo or video" if en else "照片或视频")
        must_text = (", " if en else "、").join(must) or ("—")
        also = {
            "quality": ("usage notes, invoice (for repair or 三包)", "使用记录；要维修或三包时附发票"),
            "not_as_described": ("screenshot of the product page", "商品详情页截图"),
            "damaged": ("photo of the parcel, delivery record", "外包装照片、物流记录"),
            "wrong_item": ("photo of the label, order screenshot", "标签照片、订单截图"),
            "missing_parts": ("photo of everything in the box, packing list", "箱内全部物品照片、装箱单"),
            "no_reason": ("photos showing it is intact", "商品完好的照片"),
            "not_received": ("delivery record", "物流记录"),
            "usage_question": ("video of what you tried", "操作过程视频"),
            "other": ("chat screenshots", "聊天记录截图"),
        }[t.value][0 if en else 1]
        rows.append([t.label(lang), must_text, also])
    rows.append(["Repair or any 三包 claim" if en else "维修或三包", "invoice or order screenshot" if en else "发票或订单截图",
                 "warranty card" if en else "保修卡"])
    cols = ["Problem", "Required", "Helps"] if en else ["问题类型", "必须有", "最好也有"]
    return Table(cols, rows)


# The seed's rejection table, each row tied to the checks that catch it before you submit.
_REJECTIONS = (
    (("资料不全", "Information missing"), ("补齐资料再提交", "Add what is missing and resubmit"),
     ("资料要真实、清楚", "Keep it true and legible"), ("required", "evidence.photo", "evidence.proof_of_purchase")),
    (("问题描述不准确", "Unclear description"), ("重新写清时间、现象、已做的尝试", "Rewrite it: when, what happens, what you tried"),
     ("客观、具体，不带情绪", "Objective and specific, not angry"), ("description.short", "description.vague")),
    (("超过时限", "Out of time"), ("改选仍在期限内的方案（换货、维修）", "Ask for a remedy still in time (exchange, repair)"),
     ("时限从签收次日算", "Windows count from the day after signing"),
     ("window.no_reason.expired", "window.quality_return.expired", "window.exchange.expired", "window.warranty.expired")),
    (("不适用无理由退货", "Excluded from no-reason return"), ("有质量问题就按质量问题申请", "If it is faulty, claim a fault"),
     ("商家不能自己扩大例外范围", "A merchant cannot widen the exceptions itself"), ("window.no_reason.excluded",)),
    (("方案不合适", "Resolution does not fit"), ("换成适合该问题的方案", "Pick a resolution that fits the problem"),
     ("", ""), ("resolution.mismatch",)),
    (("联系不上", "Cannot reach you"), ("核对手机号和邮箱", "Check phone and email"), ("", ""),
     ("format.phone", "format.email")),
    (("判定不合理", "Unfair decision"), ("申诉，或申请平台介入", "Appeal, or ask the platform to step in"),
     ("附上充分证据和法律依据", "Bring full evidence and the legal basis"), ()),
)


def _rejections(en: bool) -> Table:
    rows = []
    for reason, fix, note, codes in _REJECTIONS:
        checks = ", ".join(f"[`{c}`](rules.md#{c})" for c in codes) or (
            "[escalate](escalate.md#appeal)" if en else "[申诉与投诉](escalate.md#appeal)")
        rows.append([reason[en], fix[en], note[en], checks])
    cols = (["Why it was refused", "What to do", "Mind", "Checked before you submit"] if en
            else ["不通过原因", "解决办法", "注意事项", "提交前能查出的问题"])
    return Table(cols, rows)


def _resolutions(en: bool) -> Table:
    lang = "en" if en else "zh-CN"
    sep = ", " if en else "、"
    rows = []
    for t in vocab.PROBLEM_TYPES:
        fits, unusual = FIT.get(t.value, (tuple(r.value for r in vocab.RESOLUTIONS), ()))
        rows.append([t.label(lang), sep.join(vocab.label(vocab.RESOLUTIONS, r, lang) for r in fits),
                     sep.join(vocab.label(vocab.RESOLUTIONS, r, lang) for r in unusual) or "—"])
    cols = ["Problem", "Fits", "Possible, often refused"] if en else ["问题类型", "适合的方案", "可以提，但常被拒"]
    return Table(cols, rows)


_SEVERITY = {ERROR: ("必须改", "must fix"), WARNING: ("建议改", "should fix"), INFO: ("提示", "tip")}


def _rules(en: bool) -> Table:
    lang = "en" if en else "zh-CN"
    rows = []
    for code, rule in catalogue().items():
        w = rule.words(lang)
        rows.append([f'<span id="{code}"></span>`{code}`', _SEVERITY[rule.severity][en], w.trigger,
                     w.fix.format_map(_Generic(en, limit=MIN_UNITS) if code == "description.short" else _Generic(en)),
                     rule.basis(lang) or "—",
                     f"[{'guide' if en else '指南'}]({md_link(rule.anchor)})"])
    cols = (["Code", "Severity", "When", "What to do", "Basis", "Read more"] if en
            else ["代码", "级别", "何时出现", "怎么办", "依据", "详见"])
    return Table(cols, rows)


class _Generic(dict):
    """Placeholder values for a rule's words shown out of context, on the catalogue page."""

    def __init__(self, en: bool, **known: object):
        super().__init__(label="this field" if en else "该项", limit="the limit" if en else "上限",
                         today="today" if en else "今天")
        self.update(known)

    def __missing__(self, key: str) -> str:
        return "…"


SCORE_BANDS = (
    (90, 100, "完整：可以提交", "Complete: ready to submit"),
    (70, 89, "可以提交，补上提示的内容会更顺利", "Ready; adding what the tips suggest will help"),
    (40, 69, "还有必须改的问题，提交多半会被退回", "Something must be fixed; as it is, it would likely be refused"),
    (0, 39, "刚开始：先填订单、问题和方案", "Just started: fill in the order, problem and request first"),
)


def _score(en: bool) -> Table:
    rows = [[f"{lo}–{hi}", en_text if en else zh_text] for lo, hi, zh_text, en_text in SCORE_BANDS]
    cols = ["Score", "Meaning"] if en else ["分数", "含义"]
    return Table(cols, rows)


def _link_keys(en: bool) -> Table:
    """What a merchant may put in a checker link: the shop's own fields and the order's."""
    lang = "en" if en else "zh-CN"
    rows = []
    for f in FIELDS:
        if not f.path.startswith(("merchant.", "order.")):
            continue
        if f.options:
            values = ", ".join(f"`{t.value}`" for t in f.options)
        elif f.control == "checkbox":
            values = "`true`, `false`"
        else:
            values = f.example or ("2026-11-22" if f.control == "date" else "…")
        rows.append([f"`{f.path}`", f.label(lang), values])
    cols = ["Key", "What it fills in", "Values"] if en else ["键", "填入的内容", "取值"]
    return Table(cols, rows)

