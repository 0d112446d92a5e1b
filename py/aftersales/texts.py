"""Copy-ready texts built from a draft and its check result: the request letter, platform-form
texts cut to each platform's limit, and the escalation kit (appeal / 申诉 and a 12315 complaint).

Field names and vocabulary labels come from fields.py and vocab.py; only the sentences that
join them live here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from . import fields, vocab

# Longest text each platform's after-sales form (退款说明 / 问题描述 / 补充描述) accepted when we last
# looked, in characters (a Chinese character counts as one). They are the platforms' own settings,
# not law, and change without notice: the numbers are deliberately on the low side, the text says
# where to find the rest, and the full text is always in the package and the email.
PLATFORM_LIMITS = {
    "taobao": 200,
    "tmall": 200,
    "jd": 500,
    "pinduoduo": 200,
    "douyin": 200,
    "other": 500,
}

GUIDE_APPEAL = "escalate/#appeal"
GUIDE_12315 = "escalate/#12315"

_S = {
    "zh-CN": {
        "title": "售后申请",
        "subject": "售后申请：订单 {order}｜{product}｜{resolution}",
        "subject_no_order": "售后申请：{product}｜{resolution}",
        "greeting": "您好：",
        "greeting_named": "{name}您好：",
        "intro": "我购买的商品出现问题，现提出售后申请，具体如下。",
        "facts": "问题情况",
        "request": "我的诉求：{resolution}。",
        "evidence": "证据",
        "evidence_none": "（暂无）",
        "deadlines": "相关期限",
        "deadline_line": "{label}：{date}（{basis}；{counted_from}）",
        "deadline_passed": "（已过）",
        "reply_by": "请在 {date} 前答复处理方案。",
        "reply": "请尽快答复处理方案。",
        "thanks": "谢谢！",
        "contact": "联系方式",
        "attach": "证据文件和完整材料见附件（{package}）。",
        "attach_mailto": "完整内容和证据文件在提交包 {package} 中，请把它作为附件添加到这封邮件。",
        "mailto_cut": "……（内容过长已截断）\n\n"
        "完整内容和证据在提交包 {package} 中，请把它作为附件添加到这封邮件。",
        "missing": "（请补充）",
        "yes": "是",
        "no": "否",
        "sep": "：",
        "list_sep": "、",
        "count": "{label} {n} 个",
        "noticed": "发现日期",
        "pf_order": "订单号：{v}",
        "pf_product": "商品：{v}",
        "pf_problem": "问题：{v}",
        "pf_request": "诉求：{v}",
        "pf_evidence": "已提供证据：{v}",
        "pf_basis": "依据{basis}，{label}截至{date}",
        "pf_end": "。",
        "ellipsis": "…",
        "appeal_title": "申诉（请求平台介入复核）",
        "appeal_intro": "我对订单 {order}（{product}）的售后处理结果不认可，现提出申诉，请平台介入复核。",
        "appeal_facts": "一、事实经过",
        "appeal_received": "我于 {purchase} 下单，{received} 签收。",
        "appeal_noticed": "{noticed} 发现问题：{problem}。",
        "appeal_request": "二、我的诉求",
        "appeal_basis": "三、依据",
        "appeal_basis_general": "《消费者权益保护法》第二十四条、第二十五条；"
        "《电子商务法》第五十九条至第六十二条"
        "（平台应协助消费者维权，商家应提供交易记录）。",
        "appeal_evidence": "四、证据",
        "appeal_end": "以上情况属实，恳请平台核实后支持我的诉求。",
        "complaint_title": "12315 投诉草稿",
        "complaint_hint": "在 12315 网站、小程序或拨打 12315 时按下列各项填写；带“请补充”的项目需要你补全。",
        "c_name": "投诉人姓名",
        "c_phone": "投诉人电话",
        "c_address": "投诉人地址",
        "c_business": "被投诉方名称",
        "c_business_address": "被投诉方地址",
        "c_business_hint": "（请补充：店铺页面的“营业执照 / 资质”中有经营者名称和地址）",
        "c_order": "购买渠道和订单号",
        "c_demand": "投诉诉求",
        "c_facts": "事实和理由",
        "guide": "操作步骤见指南：{link}",
    },
    "en": {
        "title": "After-sales request",
        "subject": "After-sales request: order {order} | {product} | {resolution}",
        "subject_no_order": "After-sales request: {product} | {resolution}",
        "greeting": "Hello,",
        "greeting_named": "Hello {name},",
        "intro": "An item I bought has a problem and I am asking for after-sales service. "
        "The details follow.",
        "facts": "The problem",
        "request": "What I ask for: {resolution}.",
        "evidence": "Evidence",
        "evidence_none": "(none yet)",
        "deadlines": "Deadlines",
        "deadline_line": "{label}: {date} ({basis}; {counted_from})",
        "deadline_passed": " (passed)",
        "reply_by": "Please reply with how you will handle it by {date}.",
        "reply": "Please reply with how you will handle it as soon as possible.",
        "thanks": "Thank you.",
        "contact": "Contact",
        "attach": "The evidence and the full request are attached ({package}).",
        "attach_mailto": "The full request and the evidence are in the package {package}: please attach "
        "that file to this email.",
        "mailto_cut": "... (shortened)\n\nThe full request and the evidence are in the package {package}: "
        "please attach that file to this email.",
        "missing": "(please fill in)",
        "yes": "yes",
        "no": "no",
        "sep": ": ",
        "list_sep": ", ",
        "count": "{label} ×{n}",
        "noticed": "Noticed on",
        "pf_order": "Order {v}",
        "pf_product": "Item: {v}",
        "pf_problem": "Problem: {v}",
        "pf_request": "Request: {v}",
        "pf_evidence": "Evidence provided: {v}",
        "pf_basis": "Under {basis}, {label} until {date}",
        "pf_end": ". ",
        "ellipsis": "…",
        "appeal_title": "Appeal (asking the platform to step in and review)",
        "appeal_intro": "I do not accept how my after-sales request for order {order} ({product}) "
        "was handled and ask the platform to step in and review it.",
        "appeal_facts": "1. What happened",
        "appeal_received": "I ordered on {purchase} and signed for the goods on {received}.",
        "appeal_noticed": "On {noticed} I found the problem: {problem}.",
        "appeal_request": "2. What I ask for",
        "appeal_basis": "3. Legal basis",
        "appeal_basis_general": "Consumer Rights Protection Law Art. 24 and 25; E-Commerce Law Art. 59–62 "
        "(the platform must help consumers; the seller must provide the transaction records).",
        "appeal_evidence": "4. Evidence",
        "appeal_end": "The above is true. Please verify it and support my request.",
        "complaint_title": "12315 complaint draft",
        "complaint_hint": "Fill in the 12315 website, mini-program or hotline with these items; complete the "
        "ones marked \u201cplease fill in\u201d.",
        "c_name": "Complainant's name",
        "c_phone": "Complainant's phone",
        "c_address": "Complainant's address",
        "c_business": "Business complained about",
        "c_business_address": "Business address",
        "c_business_hint": "(please fill in: the shop's licence / 营业执照 page gives the business "
        "name and address)",
        "c_order": "Where bought and order number",
        "c_demand": "Demand",
        "c_facts": "Facts and reasons",
        "guide": "Step by step in the guide: {link}",
    },
}


def strings(lang: str) -> dict[str, str]:
    return _S["en" if lang == "en" else "zh-CN"]


def guide_link(anchor: str, lang: str) -> str:
    """Site-relative guide link in the buyer's language, as findings carry them."""
    return ("en/" + anchor) if lang == "en" else anchor


def one_line(value) -> str:
    """A value as a single clean line: no control or format characters, runs of space collapsed."""
    return " ".join(clean(value).split())


def clean(value) -> str:
    """A value as text, keeping line breaks but dropping other control and format characters."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(
        c for c in value if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co")
    ).strip()


def _get(d, path: str):
    for key in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def cut(text: str, limit: int, ellipsis: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: max(limit - len(ellipsis), 0)].rstrip() + ellipsis


@dataclass
class Facts:
    """The draft as the texts need it: every value cleaned, every code turned into its label."""

    lang: str
    values: dict[str, str]
    labels: dict[str, str]  # field path -> label in lang
    evidence: list[tuple[str, str]]  # (kind label, file name)
    deadlines: list[dict] = field(default_factory=list)
    ready: bool = False

    def __getitem__(self, path: str) -> str:
        return self.values.get(path, "")


_CODED = {
    "order.platform": vocab.PLATFORMS,
    "order.category": vocab.CATEGORIES,
    "problem.type": vocab.PROBLEM_TYPES,
    "resolution": vocab.RESOLUTIONS,
}


def facts(draft: dict, result: dict, lang: str) -> Facts:
    """Facts from the check result's normalized draft (falling back to the draft as typed)."""
    normalized = result.get("normalized") if isinstance(result, dict) else None
    source = normalized if isinstance(normalized, dict) else (draft if isinstance(draft, dict) else {})
    values: dict[str, str] = {}
    for f in fields.FIELDS:
        raw = _get(source, f.path)
        if raw is None and source is not draft:
            raw = _get(draft, f.path)
        if f.path in _CODED and isinstance(raw, str):
            values[f.path + ".code"] = raw
            raw = vocab.label(_CODED[f.path], raw, lang)
        elif isinstance(raw, bool):
            raw = strings(lang)["yes"] if raw else strings(lang)["no"]
        values[f.path] = clean(raw) if f.control == "textarea" else one_line(raw)
    evidence = []
    items = _get(source, "evidence")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            kind = vocab.label(vocab.EVIDENCE_KINDS, one_line(item.get("kind")) or "other", lang)
            evidence.append((kind, one_line(item.get("name"))))
    deadlines = [d for d in (result.get("deadlines") or []) if isinstance(d, dict)]
    return Facts(
        lang=lang,
        values=values,
        labels={f.path: f.label(lang) for f in fields.FIELDS},
        evidence=evidence,
        deadlines=deadlines,
        ready=bool(result.get("ready")),
    )


def deadline_text(d: dict, lang: str) -> str:
    s = strings(lang)
    line = s["deadline_line"].format(
        label=one_line(d.get("label") or d.get("code")),
        date=one_line(d.get("date")),
        basis=one_line(d.get("basis")),
        counted_from=one_line(d.get("counted_from") or d.get("from")),
    )
    return line + (s["deadline_passed"] if d.get("passed") else "")


def _evidence_counts(f: Facts) -> str:
    s = strings(f.lang)
    counts: dict[str, int] = {}
    for kind, _name in f.evidence:
        counts[kind] = counts.get(kind, 0) + 1
    return s["list_sep"].join(s["count"].format(label=k, n=n) for k, n in counts.items())


# Which deadline a short text cites first: the one the requested resolution depends on.
_CITE_FIRST = {
    "no_reason": ("no_reason_return",),
    "return_refund": ("quality_return", "no_reason_return"),
    "refund_only": ("quality_return", "no_reason_return"),
    "exchange": ("sanbao_exchange", "quality_return"),
    "repair": ("warranty",),
}


def cited_deadline(f: Facts) -> dict | None:
    upcoming = [d for d in f.deadlines if not d.get("passed") and d.get("code") != "merchant_review"]
    key = "no_reason" if f["problem.type.code"] == "no_reason" else f["resolution.code"]
    for code in _CITE_FIRST.get(key, ()):
        for d in upcoming:
            if d.get("code") == code:
                return d
    return upcoming[0] if upcoming else None


def _problem(f: Facts) -> str:
    """Problem type and description as one clause, without doubled end punctuation."""
    s = strings(f.lang)
    description = f["problem.description"].rstrip("。.！!；; ")
    kind = f["problem.type"]
    if kind and description:
        return kind + s["sep"] + description
    return kind or description


def _reply_date(f: Facts) -> str:
    for d in f.deadlines:
        if d.get("code") == "merchant_review" and not d.get("passed"):
            return one_line(d.get("date"))
    return ""


def subject(f: Facts) -> str:
    s = strings(f.lang)
    product = cut(f["order.product_name"], 30) or s["missing"]
    resolution = f["resolution"] or s["missing"]
    order = cut(f["order.order_id"], 40)
    key = "subject" if order else "subject_no_order"
    return s[key].format(order=order, product=product, resolution=resolution)


def letter(f: Facts, package_name: str = "", compact: bool = False, description: str | None = None) -> str:
    """The request as a plain-text letter: the email body and the basis of the HTML body.

    `compact` (for mailto links) leaves out the introduction and the deadlines and asks for the
    package to be attached; `description` replaces the full problem description (to shorten it).
    """
    s = strings(f.lang)
    merchant = f["merchant.name"]
    out = [s["greeting_named"].format(name=cut(merchant, 60)) if merchant else s["greeting"], ""]
    if not compact:
        out += [s["intro"], ""]
    for path in (
        "order.platform",
        "order.order_id",
        "order.product_name",
        "order.price",
        "order.purchase_date",
        "order.received_date",
    ):
        if f[path] and not (compact and path in ("order.platform", "order.price", "order.purchase_date")):
            out.append(f.labels[path] + s["sep"] + f[path])
    out += [""] if compact else ["", s["facts"]]
    if f["problem.type"]:
        out.append(f.labels["problem.type"] + s["sep"] + f["problem.type"])
    if f["problem.noticed_date"]:
        out.append(s["noticed"] + s["sep"] + f["problem.noticed_date"])
    description = f["problem.description"] if description is None else description
    if description:
        out += [description]
    out += ["", s["request"].format(resolution=f["resolution"] or s["missing"])]
    out += ["", s["evidence"] + s["sep"] + (_evidence_counts(f) or s["evidence_none"])]
    upcoming = [d for d in f.deadlines if not d.get("passed")]
    if upcoming and not compact:
        out += ["", s["deadlines"]] + ["- " + deadline_text(d, f.lang) for d in upcoming]
    if package_name:
        out += ["", s["attach_mailto" if compact else "attach"].format(package=package_name)]
    reply = _reply_date(f)
    out += ["", s["reply_by"].format(date=reply) if reply else s["reply"], s["thanks"], ""]
    out += signature(f)
    return "\n".join(out).strip() + "\n"


def signature(f: Facts) -> list[str]:
    return [cut(v, 80) for v in (f["contact.name"], f["contact.phone"], f["contact.email"]) if v]


def platform_text(f: Facts, platform: str = "") -> str:
    """One paragraph for a platform's after-sales form or chat, cut to that platform's limit."""
    s = strings(f.lang)
    platform = platform or f["order.platform.code"]  # merchant_site, offline …: the "other" limit
    limit = PLATFORM_LIMITS.get(platform, PLATFORM_LIMITS["other"])
    head, tail = [], []
    if f["order.order_id"]:
        head.append(s["pf_order"].format(v=f["order.order_id"]))
    if f["order.product_name"]:
        head.append(s["pf_product"].format(v=cut(f["order.product_name"], 40)))
    problem = " ".join(f["problem.description"].split()).rstrip("。.！!；; ")
    kind = f["problem.type"]
    tail.append(s["pf_request"].format(v=f["resolution"] or s["missing"]))
    counts = _evidence_counts(f)
    if counts:
        tail.append(s["pf_evidence"].format(v=counts))
    basis = cited_deadline(f)
    if basis:
        tail.append(
            s["pf_basis"].format(
                basis=one_line(basis.get("basis")),
                label=one_line(basis.get("label")),
                date=one_line(basis.get("date")),
            )
        )
    end = s["pf_end"]

    def join(problem_text: str) -> str:
        middle = s["pf_problem"].format(
            v=(kind + s["sep"] + problem_text)
            if kind and problem_text
            else kind or problem_text or s["missing"]
        )
        return end.join(head + [middle] + tail).strip() + end.strip()

    full = join(problem)
    if len(full) <= limit:
        return full
    room = len(problem) - (len(full) - limit)
    if room >= 20:  # still a useful description: keep everything else whole
        return join(cut(problem, room, s["ellipsis"]))
    return cut(full, limit, s["ellipsis"])


def appeal_text(f: Facts) -> str:
    """申诉: asks the platform to step in, with facts, request, basis and evidence."""
    s = strings(f.lang)
    missing = s["missing"]
    out = [
        s["appeal_title"],
        "",
        s["appeal_intro"].format(
            order=f["order.order_id"] or missing, product=f["order.product_name"] or missing
        ),
        "",
        s["appeal_facts"],
        s["appeal_received"].format(
            purchase=f["order.purchase_date"] or missing, received=f["order.received_date"] or missing
        ),
    ]
    problem = _problem(f)
    out.append(
        s["appeal_noticed"].format(noticed=f["problem.noticed_date"] or missing, problem=problem or missing)
    )
    out += ["", s["appeal_request"], s["request"].format(resolution=f["resolution"] or missing)]
    out += ["", s["appeal_basis"]]
    out += ["- " + deadline_text(d, f.lang) for d in f.deadlines if d.get("code") != "merchant_review"]
    out.append(s["appeal_basis_general"])
    out += ["", s["appeal_evidence"], _evidence_counts(f) or s["evidence_none"]]
    out += ["", s["appeal_end"], ""] + signature(f)
    out += ["", s["guide"].format(link=guide_link(GUIDE_APPEAL, f.lang))]
    return "\n".join(out).strip() + "\n"


def complaint_fields(f: Facts) -> list[tuple[str, str]]:
    """The items a 12315 complaint asks for, in its order, with placeholders where the draft is silent."""
    s = strings(f.lang)
    missing = s["missing"]
    where = s["list_sep"].join(v for v in (f["order.platform"], f["order.order_id"]) if v)
    facts_text = [
        s["appeal_received"].format(
            purchase=f["order.purchase_date"] or missing, received=f["order.received_date"] or missing
        )
    ]
    problem = _problem(f)
    facts_text.append(
        s["appeal_noticed"].format(noticed=f["problem.noticed_date"] or missing, problem=problem or missing)
    )
    if f.evidence:
        facts_text.append(s["evidence"] + s["sep"] + _evidence_counts(f))
    return [
        (s["c_name"], f["contact.name"] or missing),
        (s["c_phone"], f["contact.phone"] or missing),
        (s["c_address"], f["contact.address"] or missing),
        (s["c_business"], f["merchant.name"] or s["c_business_hint"]),
        (s["c_business_address"], f["merchant.address"] or s["c_business_hint"]),
        (s["c_order"], where or missing),
        (s["c_demand"], s["request"].format(resolution=f["resolution"] or missing)),
        (s["c_facts"], "\n".join(facts_text)),
    ]


def complaint_text(f: Facts) -> str:
    s = strings(f.lang)
    out = [s["complaint_title"], s["complaint_hint"], ""]
    for label, value in complaint_fields(f):
        out += [f"【{label}】" if f.lang != "en" else f"[{label}]", value, ""]
    out.append(s["guide"].format(link=guide_link(GUIDE_12315, f.lang)))
    return "\n".join(out).strip() + "\n"
