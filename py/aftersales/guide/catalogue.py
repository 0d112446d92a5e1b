"""The guide's tables, rendered from the same data the check uses (hooks/tables.py puts them into the
pages at build time), so what a buyer reads and what the checker enforces cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from ..checks.description import MIN_UNITS
from ..checks.evidence import NEEDS_VISUAL
from ..checks.resolution import FIT
from ..data import vocab
from ..data.fields import FIELDS, GROUPS
from ..data.rules import ERROR, INFO, WARNING, catalogue
from ..data.windows import UNITS, WINDOWS
from ..text import LIST_SEP, Text

TABLE_NAMES = ("required_info", "windows", "evidence", "rejections", "resolutions", "rules", "score", "link_keys")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]


def table(name: str, lang: str) -> Table:
    if name not in TABLE_NAMES:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLE_NAMES)}")
    return globals()["_" + name](lang)


def md_link(anchor: str) -> str:
    """A guide anchor ("guide/evidence/#photos") as a docs-relative Markdown target."""
    page, _, frag = anchor.partition("#")
    page = page.rstrip("/")
    return f"{page}.md#{frag}" if page else f"#{frag}"


def _required_info(lang: str) -> Table:
    rows = []
    sep = LIST_SEP.get(lang)
    for g in GROUPS:
        if g.key == "evidence":
            contents = sep.join(t.label(lang) for t in vocab.EVIDENCE_KINDS)
        else:
            contents = sep.join(f.label.get(lang) + (" *" if f.required else "") for f in FIELDS if f.group == g.key)
        rows.append([g.label.get(lang), contents, g.why.get(lang)])
    return Table(_cols(lang, ("信息类别", "Group"), ("具体内容（* 为必填）", "What to give (* required)"),
                       ("为什么重要", "Why it matters")), rows)


def _cols(lang: str, *pairs: tuple[str, str]) -> list[str]:
    return [Text(*pair).get(lang) for pair in pairs]


def _windows(lang: str) -> Table:
    rows = []
    for w in WINDOWS.values():
        length = w.length.get(lang) if w.length else f"{w.default} {UNITS[w.unit].get(lang)}"
        rows.append([w.name.get(lang), length, w.counted_from.get(lang), w.merchant_may.get(lang),
                     w.basis.get(lang)])
    return Table(_cols(lang, ("权利", "Right"), ("期限", "How long"), ("怎么算", "Counted"),
                       ("商家能改吗", "Can the merchant change it?"), ("依据", "Basis")), rows)


# What else helps prove each problem (the check only insists on photos or video).
_ALSO = {
    "quality": Text("使用记录；要维修或三包时附发票", "notes on how you used it; the invoice (for a repair or 三包)"),
    "not_as_described": Text("商品详情页截图", "screenshot of the product page"),
    "damaged": Text("外包装照片、物流记录", "photo of the outer packaging, tracking record"),
    "wrong_item": Text("标签照片、订单截图", "photo of the label, order screenshot"),
    "missing_parts": Text("箱内全部物品照片、装箱单", "photo of everything in the box, packing list"),
    "no_reason": Text("商品完好的照片", "photos showing it is intact"),
    "not_received": Text("物流记录", "tracking record"),
    "usage_question": Text("操作过程视频", "video of what you tried"),
    "other": Text("聊天记录截图", "chat screenshots"),
}
_PHOTO_OR_VIDEO = Text("照片或视频", "photo or video")
_REPAIR_ROW = (Text("维修或三包", "Repair or any 三包 claim"), Text("发票或订单截图", "invoice or order screenshot"),
               Text("保修卡", "warranty card"))


def _evidence(lang: str) -> Table:
    rows = []
    for t in vocab.PROBLEM_TYPES:
        must = _PHOTO_OR_VIDEO.get(lang) if t.value in NEEDS_VISUAL else "—"
        rows.append([t.label(lang), must, _ALSO[t.value].get(lang)])
    rows.append([x.get(lang) for x in _REPAIR_ROW])
    return Table(_cols(lang, ("问题类型", "Problem"), ("必须有", "Required"), ("最好也有", "Also helps")), rows)


# The seed's rejection table, each row tied to the checks that catch it before you submit.
_REJECTIONS = (
    (("资料不全", "Information missing"), ("补齐资料再提交", "Add what is missing and resubmit"),
     ("资料要真实、清楚", "Keep it true and legible"), ("required", "evidence.photo", "evidence.proof_of_purchase")),
    (("问题描述不准确", "Unclear description"), ("重新写清时间、现象、已做的尝试", "Rewrite it: when it started, what happens, what you tried"),
     ("客观、具体，不带情绪", "Stick to the facts, be specific, stay calm"), ("description.short", "description.vague")),
    (("超过时限", "Out of time"), ("改选仍在期限内的方案（换货、维修）", "Ask for something still in time (exchange, repair)"),
     ("时限从签收次日算", "Deadlines count from the day after you signed for the parcel"),
     ("window.no_reason.expired", "window.quality_return.expired", "window.exchange.expired", "window.warranty.expired")),
    (("不适用无理由退货", "Excluded from no-reason return"), ("有质量问题就按质量问题申请", "If it is faulty, apply as a quality problem"),
     ("网络、电视、电话、邮购买的才有法定的无理由退货；商家承诺了可退就按承诺", "By law, only goods bought online, by TV, by phone or by mail order have it; a merchant's promise binds the merchant"),
     ("window.no_reason.excluded", "window.no_reason.not_distance_sale")),
    (("方案不合适", "Resolution does not fit"), ("换成适合该问题的方案", "Pick a resolution that fits the problem"),
     ("", ""), ("resolution.mismatch",)),
    (("联系不上", "Cannot reach you"), ("核对手机号和邮箱", "Check your phone number and email"), ("", ""),
     ("format.phone", "format.email")),
    (("判定不合理", "Unfair decision"), ("申诉，或申请平台介入", "Appeal, or ask the platform to step in"),
     ("附上充分证据和法律依据", "Include all your evidence and the legal basis"), ()),
)


_ESCALATE = Text("[申诉与投诉](escalate.md#appeal)", "[escalate](escalate.md#appeal)")


def _rejections(lang: str) -> Table:
    rows = []
    rules = catalogue()
    for reason, fix, note, codes in _REJECTIONS:
        # Buyers read the rule's title; its code stays on the rules page the link opens.
        titles = [rules[c].words.title.get(lang).format_map(_Generic(lang)) for c in codes]
        checks = LIST_SEP.get(lang).join(
            f"[{t[:1].upper() + t[1:]}](rules.md#{c})" for t, c in zip(titles, codes, strict=True)
        ) or _ESCALATE.get(lang)
        rows.append([Text(*reason).get(lang), Text(*fix).get(lang), Text(*note).get(lang), checks])
    return Table(_cols(lang, ("不通过原因", "Why it was refused"), ("解决办法", "What to do"), ("注意事项", "Watch out for"),
                       ("提交前能查出的问题", "Checked before you submit")), rows)


def _resolutions(lang: str) -> Table:
    sep = LIST_SEP.get(lang)
    rows = []
    for t in vocab.PROBLEM_TYPES:
        fits, unusual = FIT.get(t.value, (tuple(r.value for r in vocab.RESOLUTIONS), ()))
        rows.append([t.label(lang), sep.join(vocab.label(vocab.RESOLUTIONS, r, lang) for r in fits),
                     sep.join(vocab.label(vocab.RESOLUTIONS, r, lang) for r in unusual) or "—"])
    return Table(_cols(lang, ("问题类型", "Problem"), ("适合的方案", "Fits"), ("可以提，但常被拒", "Possible, often refused")),
                 rows)


_SEVERITY = {ERROR: Text("必须改", "must fix"), WARNING: Text("建议改", "should fix"), INFO: Text("提示", "good to know")}
_READ_MORE = Text("指南", "guide")


def _rules(lang: str) -> Table:
    rows = []
    for code, rule in catalogue().items():
        w = rule.words
        generic = _Generic(lang, limit=MIN_UNITS) if code == "description.short" else _Generic(lang)
        rows.append([f'<span id="{code}"></span>`{code}`', _SEVERITY[rule.severity].get(lang), w.trigger.get(lang),
                     w.fix.get(lang).format_map(generic), rule.basis.get(lang) if rule.basis else "—",
                     f"[{_READ_MORE.get(lang)}]({md_link(rule.anchor)})"])
    return Table(_cols(lang, ("代码", "Code"), ("级别", "Severity"), ("何时出现", "When"), ("怎么办", "What to do"),
                       ("依据", "Basis"), ("详见", "Read more")), rows)


_PLACEHOLDERS = {"label": Text("该项", "this field"), "limit": Text("N", "the allowed number of"),
                 "today": Text("（当天日期）", "(today's date)")}


class _Generic(dict):
    """Placeholder values for a rule's words shown out of context, on the catalogue page."""

    def __init__(self, lang: str, **known: object):
        super().__init__({key: t.get(lang) for key, t in _PLACEHOLDERS.items()})
        self.update(known)

    def __missing__(self, key: str) -> str:
        return "…"


SCORE_BANDS = (
    (90, 100, Text("完整：可以提交", "Complete: ready to submit")),
    (70, 89, Text("可以提交，补上提示的内容会更顺利", "Ready; adding what the notes suggest will help")),
    (40, 69, Text("还有必须改的问题，提交多半会被退回", "Something must be fixed; as it stands, it would probably be refused")),
    (0, 39, Text("刚开始：先填订单、问题和方案", "Just started: fill in the order, problem and request first")),
)


def _score(lang: str) -> Table:
    rows = [[f"{lo}–{hi}", meaning.get(lang)] for lo, hi, meaning in SCORE_BANDS]
    return Table(_cols(lang, ("分数", "Score"), ("含义", "Meaning")), rows)


def _link_keys(lang: str) -> Table:
    """What a merchant may put in a checker link: the shop's own fields and the order's."""
    rows = []
    for f in FIELDS:
        if not f.path.startswith(("merchant.", "order.")):
            continue
        if f.options:
            values = ", ".join(f"`{t.value}`" for t in f.options)
        else:
            values = f.example.get(lang) or ("2026-11-22" if f.control == "date" else "…")
        rows.append([f"`{f.path}`", f.label.get(lang), values])
    return Table(_cols(lang, ("键", "Key"), ("填入的内容", "What it fills in"), ("取值", "Values")), rows)
