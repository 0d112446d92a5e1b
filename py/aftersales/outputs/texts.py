"""Copy-ready texts built from a draft and its check result: the request letter, platform-form
texts cut to each platform's limit, and the escalation kit (appeal / 申诉 and a 12315 complaint).

Values come from Facts (the Report's draft, labelled); only the sentences that join them live here.
"""

from __future__ import annotations

from ..checks.answer import cited
from ..checks.report import DeadlineView
from ..data.law import EXCHANGE_AFTER_7
from ..data.windows import CITED_AS, LAW
from ..text import Text, guide_link, texts
from .facts import Facts

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
_ITEM = Text("【{label}】", "[{label}]")  # a 12315 complaint item's heading

_S: dict[str, Text] = {
    "title": Text("售后申请",
        "After-sales request"),
    "subject": Text("售后申请：订单 {order}｜{product}｜{resolution}",
        "After-sales request: order {order} | {product} | {resolution}"),
    "subject_no_order": Text("售后申请：{product}｜{resolution}",
        "After-sales request: {product} | {resolution}"),
    "greeting": Text("您好：",
        "Hello,"),
    "greeting_named": Text("{name}您好：",
        "Hello {name},"),
    "intro": Text("我购买的商品出现问题，现提出售后申请，具体如下。",
        "There is a problem with an item I bought, and I would like after-sales service. The details are below."),
    "facts": Text("问题情况",
        "The problem"),
    "request": Text("我的诉求：{resolution}。",
        "What I ask for: {resolution}."),
    "evidence": Text("证据",
        "Evidence"),
    "evidence_none": Text("（暂无）",
        "(none yet)"),
    "deadlines": Text("相关期限",
        "Deadlines"),
    "deadline_line": Text("{label}：{date}（{basis}；{counted_from}）",
        "{label}: {date} ({basis}; {counted_from})"),
    "deadline_passed": Text("（已过）",
        " (passed)"),
    "deadline_moved": Text("（{date} 是休息日，按{basis}顺延至 {legal_date}）",
        " ({date} is a rest day: under {basis} it runs until {legal_date})"),
    "reply_by": Text("请在 {date} 前答复处理方案。",
        "Please let me know by {date} how you will resolve this."),
    "reply": Text("请尽快答复处理方案。",
        "Please let me know as soon as possible how you will resolve this."),
    "thanks": Text("谢谢！",
        "Thank you."),
    "contact": Text("联系方式",
        "Contact"),
    "attach": Text("证据文件和完整材料见附件（{package}）。",
        "The evidence and the full request are attached ({package})."),
    "attach_mailto": Text("完整内容和证据文件在提交包 {package} 中，请把它作为附件添加到这封邮件。",
        "The full request and the evidence are in the package {package}: please attach that file to this email."),
    "mailto_cut": Text("……（内容过长已截断）\n\n完整内容和证据在提交包 {package} 中，请把它作为附件添加到这封邮件。",
        "... (shortened)\n\nThe full request and the evidence are in the package {package}: please attach that file to this email."),
    "missing": Text("（请补充）",
        "(please fill in)"),
    "yes": Text("是",
        "yes"),
    "no": Text("否",
        "no"),
    "sep": Text("：",
        ": "),
    "list_sep": Text("、",
        ", "),
    "count": Text("{label} {n} 个",
        "{label} ×{n}"),
    "noticed": Text("发现日期",
        "Noticed on"),
    "pf_order": Text("订单号：{v}",
        "Order {v}"),
    "pf_product": Text("商品：{v}",
        "Item: {v}"),
    "pf_problem": Text("问题：{v}",
        "Problem: {v}"),
    "pf_request": Text("诉求：{v}",
        "Request: {v}"),
    "pf_evidence": Text("已提供证据：{v}",
        "Evidence provided: {v}"),
    "pf_basis": Text("依据{basis}，{label}截至{date}",
        "Under {basis}, {label} until {date}"),
    "pf_promise": Text("{label}截至{date}（{basis}）",
        "{label}: {date} ({basis})"),
    "pf_end": Text("。",
        ". "),
    "ellipsis": Text("…",
        "…"),
    "appeal_title": Text("申诉（请求平台介入复核）",
        "Appeal (asking the platform to step in and review)"),
    "appeal_intro": Text("我对订单 {order}（{product}）的售后处理结果不认可，现提出申诉，请平台介入复核。",
        "I disagree with how my after-sales request for order {order} ({product}) was handled, and I ask the platform to step in and review it."),
    "appeal_facts": Text("一、事实经过",
        "1. What happened"),
    "appeal_received": Text("我于 {purchase} 下单，{received} 签收。",
        "I ordered on {purchase} and signed for the goods on {received}."),
    "appeal_noticed": Text("{noticed} 发现问题：{problem}。",
        "On {noticed} I found the problem: {problem}."),
    "appeal_request": Text("二、我的诉求",
        "2. What I ask for"),
    "appeal_basis": Text("三、依据",
        "3. Legal basis"),
    "appeal_basis_general": Text("《消费者权益保护法》第二十四条、第二十五条；《电子商务法》第五十九条至第六十二条（平台应协助消费者维权，商家应提供交易记录）。",
        "Consumer Rights Protection Law, Arts. 24 and 25; E-Commerce Law, Arts. 59–62 (the platform must help consumers; the seller must provide the transaction records)."),
    "appeal_evidence": Text("四、证据",
        "4. Evidence"),
    "appeal_end": Text("以上情况属实，恳请平台核实后支持我的诉求。",
        "The above is true. Please look into it and support my request."),
    "complaint_title": Text("12315 投诉草稿",
        "12315 complaint draft"),
    "complaint_hint": Text("在 12315 网站、小程序或拨打 12315 时按下列各项填写；带“请补充”的项目需要你补全。",
        "12315 is the national consumer complaint service. Use these items on its website or mini-program, or when you call 12315; complete the ones marked “please fill in”."),
    "c_name": Text("投诉人姓名",
        "Complainant's name"),
    "c_phone": Text("投诉人电话",
        "Complainant's phone"),
    "c_address": Text("投诉人地址",
        "Complainant's address"),
    "c_business": Text("被投诉方名称",
        "Business complained about"),
    "c_business_address": Text("被投诉方地址",
        "Address of the business"),
    "c_business_hint": Text("（请补充：店铺页面的“营业执照 / 资质”中有经营者名称和地址）",
        "(please fill in: the shop's business licence page, 营业执照, gives the business name and address)"),
    "c_order": Text("购买渠道和订单号",
        "Where you bought it, and the order number"),
    "c_demand": Text("投诉诉求",
        "Request"),
    "c_facts": Text("事实和理由",
        "Facts and reasons"),
    "guide": Text("操作步骤见指南：{link}",
        "Step by step in the guide: {link}"),
}


def strings(lang: str) -> dict[str, str]:
    return texts(lang, _S)


def cut(text: str, limit: int, ellipsis: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: max(limit - len(ellipsis), 0)].rstrip() + ellipsis


def cited_basis(d: DeadlineView, lang: str) -> str:
    """What a deadline rests on, as a text to the merchant says it: a statute by name, else the source."""
    return d.basis if d.source == LAW else CITED_AS[d.source].get(lang)


def deadline_text(d: DeadlineView, lang: str) -> str:
    s = strings(lang)
    line = s["deadline_line"].format(label=d.label, date=d.date.isoformat(), basis=cited_basis(d, lang),
                                     counted_from=d.counted_from)
    if d.legal_date:
        line += s["deadline_moved"].format(date=d.date.isoformat(), basis=d.legal_basis,
                                           legal_date=d.legal_date.isoformat())
    return line + (s["deadline_passed"] if not d.in_time else "")


def exchange_right(f: Facts) -> str:
    """For an exchange of faulty goods outside 三包: what the law says once the first 7 days have passed."""
    faulty = f["problem.type.code"] in ("quality", "not_as_described", "damaged", "wrong_item", "missing_parts")
    if f["resolution.code"] == "exchange" and faulty and f["order.sanbao.code"] != "true":
        return EXCHANGE_AFTER_7.get(f.lang)
    return ""


def _evidence_counts(f: Facts) -> str:
    s = strings(f.lang)
    counts: dict[str, int] = {}
    for kind, _name in f.evidence:
        counts[kind] = counts.get(kind, 0) + 1
    return s["list_sep"].join(s["count"].format(label=k, n=n) for k, n in counts.items())


def cited_deadline(f: Facts) -> DeadlineView | None:
    """The deadline a text to the merchant cites: the check's own answer, judged on the sending day."""
    return cited(f.deadlines, f["problem.type.code"], f["resolution.code"], by_request=True)


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
        if d.code == "merchant_review" and not d.passed:
            return d.date.isoformat()
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
        "order.delivery",
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
    if exchange_right(f):
        out.append(exchange_right(f))
    out += ["", s["evidence"] + s["sep"] + (_evidence_counts(f) or s["evidence_none"])]
    upcoming = [d for d in f.deadlines if d.in_time]
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
        key = "pf_basis" if basis.source == LAW else "pf_promise"
        tail.append(s[key].format(basis=cited_basis(basis, f.lang), label=basis.label,
                                  date=basis.date.isoformat()))
    elif exchange_right(f):
        tail.append(exchange_right(f).rstrip("。."))
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
    out += ["- " + deadline_text(d, f.lang) for d in f.deadlines if d.code != "merchant_review"]
    if exchange_right(f):
        out.append(exchange_right(f))
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
        out += [_ITEM.get(f.lang).format(label=label), value, ""]
    out.append(s["guide"].format(link=guide_link(GUIDE_12315, f.lang)))
    return "\n".join(out).strip() + "\n"
