"""The rule catalogue: every finding code once, with its severity, guide anchor, legal basis and
the words a buyer reads (what is wrong, why it matters, what to do) in zh-CN and en.

Search for a finding code to land here; `where` names the module under aftersales/ that raises it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Text
from .law import (
    BELOW_BASIS,
    CIVIL_203,
    CONTRACT,
    CPL23,
    CPL24_CANCEL,
    CPL25,
    CPL25_SCOPE,
    DELIVERY,
    FOOD,
    NOT_DELIVERED,
    PRIVATE_SELLER,
    PROMISE,
    REFUSED,
    SANBAO,
    TRANSIT,
)

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)  # most serious first: the order findings are listed in


@dataclass(frozen=True)
class Words:
    title: Text
    why: Text
    fix: Text
    trigger: Text  # for the rule catalogue page: when the rule fires


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    field: str  # the usual field; some findings name another
    anchor: str  # guide page and section, site-relative, without the language prefix
    where: str  # the module that raises it
    words: Words
    basis: Text | None = None


def _rule(code: str, severity: str, field: str, anchor: str, where: str, zh: tuple[str, str, str, str],
          en: tuple[str, str, str, str], basis: Text | None = None) -> Rule:
    return Rule(code, severity, field, anchor, where, Words(*(Text(z, e) for z, e in zip(zh, en, strict=True))),
                basis)


_RULES = (
    _rule("required", ERROR, "", "guide/fill-in/#order", "checks/required",
         ("{label}还没填", "商家靠它处理你的申请，缺了会被退回。", "请填写{label}。",
               "必填信息（订单编号、商品名称、下单日期、问题类型、问题描述、期望方案，以及手机或邮箱至少一项）为空"),
         ("{label} is missing", "The merchant needs it to handle your request, and will send the request back without it.",
               "Fill in {label}.",
               "A required value (order number, product, order date, problem type, description, requested "
               "resolution, and a phone or an email) is missing or blank")),
    _rule("format.type", ERROR, "", "guide/fill-in/#order", "checks/normalize",
         ("{label}的内容无法识别", "这里应该是{expected}，收到的却是别的类型。", "请重新填写{label}。",
               "字段的 JSON 类型不对（例如该填文字处是列表）"),
         ("{label} could not be read", "It should be {expected}, but something else was given.",
               "Enter {label} again.", "A value has the wrong JSON type (a list where text belongs, say)")),
    _rule("format.choice", ERROR, "", "guide/fill-in/#order", "checks/normalize",
         ("{label}不是可选的值", "“{value}”不在可选列表里，系统无法按它判断时限。", "请从列表中选择{label}。",
               "取值不在可选列表中"),
         ("{label} is not one of the choices", "“{value}” is not on the list, so deadlines cannot be "
               "worked out from it.", "Choose {label} from the list.", "A value is not one of the allowed choices")),
    _rule("format.number", ERROR, "", "guide/policy/#merchant-policy", "checks/normalize",
         ("{label}应为整数", "“{value}”不是 0 到 3650 之间的整数。", "请只填数字，例如 15。",
               "商家政策中的天数或月数不是 0–3650 的整数"),
         ("{label} must be a whole number", "“{value}” is not a whole number from 0 to 3650.",
               "Enter digits only, for example 15.", "A policy day or month count is not a whole number 0–3650")),
    _rule("format.phone", ERROR, "contact.phone", "guide/fill-in/#contact", "checks/normalize",
         ("手机号或座机号码看起来不对", "“{value}”去掉空格、横线和 +86 后，不是大陆手机号（11 位，1 开头）或带区号的座机号，"
               "商家会联系不上你。", "请核对号码，例如 138 0013 8000 或 010-12345678。",
               "去掉空格、横线、括号、+86/0086 和全角数字后，不是大陆手机或座机号码"),
         ("The phone number does not look right", "Without spaces, dashes and +86, “{value}” is neither a "
               "mainland mobile (11 digits starting with 1) nor a landline with area code, so the merchant "
               "cannot reach you.", "Check the number, for example 138 0013 8000 or 010-12345678.",
               "Not a mainland mobile or landline number after removing spaces, dashes, brackets, +86/0086 "
               "and full-width digits")),
    _rule("format.email", ERROR, "contact.email", "guide/fill-in/#contact", "checks/normalize",
         ("邮箱地址看起来不对", "“{value}”不像有效的邮箱，回复会寄不到。", "请写成 name@example.com 的形式。",
               "不是可信的邮箱地址"),
         ("The email address does not look right", "“{value}” is not a valid address, so replies would "
               "not reach you.", "Write it as name@example.com.", "Not a plausible email address")),
    _rule("format.url", WARNING, "merchant.support_url", "guide/channel/#merchant-site", "checks/normalize",
         ("售后页面地址看起来不对", "只接受 http 或 https 开头的网址，其他链接不会显示。", "请核对网址。",
               "商家售后页面不是 http(s) 网址"),
         ("The support page address does not look right", "Only http or https links are shown.",
               "Check the address.", "The merchant's support page is not an http(s) address")),
    _rule("format.date", ERROR, "", "guide/fill-in/#dates", "checks/normalize",
         ("{label}不是有效日期", "“{value}”无法识别为日历上的日期，时限就算不出来。",
               "请写成 2026-11-22、2026/11/22 或 2026年11月22日。", "不是真实的日历日期"),
         ("{label} is not a valid date", "“{value}” is not a real calendar date, so deadlines cannot be "
               "worked out.", "Write it as 2026-11-22.", "Not a real calendar date")),
    _rule("format.order_id", WARNING, "order.order_id", "guide/fill-in/#order", "checks/normalize",
         ("订单编号看起来不常见", "订单编号通常是 6–32 位数字或字母，抄错了商家就找不到订单。",
               "请从订单详情页直接复制订单编号。", "订单编号含有不常见的字符，或长度不在 6–32 位"),
         ("The order number looks unusual", "Order numbers are usually 6–32 letters or digits; a typo "
               "means the merchant cannot find your order.", "Copy the number from the order page.",
               "Unusual characters or length (not 6–32) for an order number")),
    _rule("date.future", ERROR, "", "guide/fill-in/#dates", "checks/dates",
         ("{label}晚于今天", "{label}是 {value}，还没到这一天。", "请核对日期，今天是 {today}。",
               "日期晚于今天"),
         ("{label} is after today", "You gave {value} for {label}, a day that has not come yet.",
               "Check the date; today is {today}.", "The date is later than today")),
    _rule("date.sequence", ERROR, "", "guide/fill-in/#dates", "checks/dates",
         ("{label}早于{other}", "{label}（{value}）不可能早于{other}（{other_value}），商家会以日期矛盾退回。",
               "请核对这两个日期。", "签收早于下单，或发现问题早于签收"),
         ("{label} is before {other}", "The dates contradict each other: {label} ({value}) cannot come "
               "before {other} ({other_value}), and merchants reject requests like that.", "Check both dates.",
               "Received before ordered, or noticed before received")),
    _rule("date.received_missing", WARNING, "order.received_date", "guide/policy/#no-reason", "checks/windows",
         ("没填签收日期", "退货时限从签收次日开始算，没有签收日期就算不出最后期限。", "请填写签收日期（物流记录里有）。",
               "没有签收日期，无法计算退货、换货时限"),
         ("The day you signed for the parcel is missing", "Return windows count from the day after you "
               "signed for the parcel; without it, no deadline can be given.", "Fill in the date (the "
               "tracking record shows it).", "No date of receipt, so return and exchange deadlines cannot be worked out")),
    _rule("window.no_reason.expired", ERROR, "problem.type", "guide/policy/#no-reason", "checks/windows",
         ("无理由退货期已过", "无理由退货的最后一天是 {date}（签收 {from_date} 的次日起算 {days} 天），提交申请的日子已经过了这一天。",
               "如果商品有质量问题，请把问题类型改为“质量问题”并写清故障；如果你在期限内已经提交过申请，"
               "请把提交日期改成那一天；否则只能和商家协商。",
               "以无理由退货申请，但提交申请的日子已超过最后一天"),
         ("The no-reason return window has closed", "The last day was {date} ({days} days counted from "
               "the day after you signed for the parcel on {from_date}), and this request is sent after it.",
               "If the item is faulty, change the problem type to a quality problem and describe the fault; "
               "if you already sent the request in time, set the submission date to that day; otherwise "
               "all you can do is negotiate with the merchant.",
               "A no-reason return whose request is sent after the last allowed day"),
         CPL25),
    _rule("window.no_reason.excluded", ERROR, "order.category", "guide/policy/#exceptions", "checks/windows",
         ("这类商品不适用七日无理由退货", "{category}属于法定例外，商家可以拒绝无理由退货。",
               "如果商品有质量问题或与描述不符，请改选对应的问题类型；如果商家在页面上承诺过可退，请在商家政策里填上天数。",
               "以无理由退货申请定制、鲜活易腐、已拆封数字商品、报刊，或购买时已确认不退的商品，且商家没有承诺可退"),
         ("No-reason returns do not apply to this kind of product", "{category} is an exception in the "
               "law, so the merchant may refuse a no-reason return.", "If it is faulty or not as described, choose "
               "that problem type instead; if the merchant promised returns anyway, enter the days under "
               "the merchant's policy.", "A no-reason return of custom-made, perishable, unsealed digital "
               "goods, periodicals, or goods confirmed non-returnable at purchase, with no promise from the "
               "merchant"),
         CPL25),
    _rule("window.no_reason.not_distance_sale", ERROR, "order.platform", "guide/policy/#no-reason", "checks/windows",
         ("门店购买没有法定的无理由退货", "七日无理由退货只适用于网络、电视、电话、邮购等方式买的商品；在实体店买的，"
               "法律没有规定可以无理由退货，只有商家自己承诺了才能退。",
               "如果商品有质量问题或与描述不符，请改选对应的问题类型；如果门店承诺过可以退，请在商家政策里填上承诺的天数，"
               "并保存承诺的凭据。",
               "以无理由退货申请在实体店买的商品，且商家没有承诺可退"),
         ("Goods bought in a shop have no legal no-reason return", "No-reason returns cover goods bought "
               "online, by TV, by phone or by mail order. For goods bought in a shop the law gives none; only "
               "the shop's own promise does.", "If the item is faulty or not as described, choose that problem type "
               "instead; if the shop promised returns, enter the promised days under the merchant's policy "
               "and keep proof of the promise.",
               "A no-reason return of goods bought in a shop, with no promise from the shop"),
         CPL25_SCOPE),
    _rule("window.extended_by_holiday", WARNING, "problem.type", "guide/policy/#windows", "checks/windows",
         ("按日历算已过期，但法定期限顺延到 {legal_date}", "按日历数，最后一天是 {date}，那天是休息日；"
               "民法典规定期限的最后一天是法定休假日的，顺延到休假结束的次日，也就是 {legal_date}。"
               "平台和商家常常不顺延，可能先拒绝。",
               "最晚在 {legal_date} 当天提交；如果被以超时为由拒绝，引用民法典第二百零三条申诉。",
               "按日历计算的最后一天已过，但它落在周末或节假日，按民法典顺延后的最后一天还没过"),
         ("Past the calendar date, but the legal deadline is {legal_date}", "Counted on the calendar, the "
               "last day was {date}, a rest day. When a deadline falls on a statutory rest day, the Civil "
               "Code moves it to the day after the rest days: {legal_date}. Platforms and merchants often do "
               "not, and may refuse at first.", "Submit by the end of {legal_date}; if you are refused as too "
               "late, appeal and cite Civil Code Art. 203.",
               "The calendar last day has passed, but it fell on a weekend or holiday, and the day the Civil "
               "Code moves it to has not"),
         CIVIL_203),
    _rule("window.quality_return.expired", WARNING, "resolution", "guide/policy/#quality", "checks/windows",
         ("质量问题七天内退货的期限已过", "签收后 {days} 天内（到 {date}）可以因质量问题直接退货，这段时间已过。之后还能退货的，"
               "是问题严重到无法实现买它的目的（符合法定解除合同条件）；否则可以要求换货或维修，运费等必要费用由商家承担。",
               "如果问题严重到商品不能正常使用，请在描述里写清楚并继续要求退货；否则把方案改为换货或维修。",
               "质量问题要求退货/退款，但已超过签收后的退货期限（仍可在符合解除合同条件时退货，或换货、维修）"),
         ("The {days}-day return window for faults has closed", "A faulty item could be returned outright "
               "until {date}. After that, a return is still possible if the fault is so serious that the "
               "item cannot do what you bought it for (the legal grounds to cancel the contract); otherwise you can ask for an "
               "exchange or a repair, and the business pays the shipping and other necessary costs.",
               "If the fault stops the item from being used as intended, say so in the description and "
               "keep asking for a return; otherwise ask for an exchange or a repair.",
               "Return or refund for a fault after the return window (a return is still possible where the "
               "grounds to cancel the contract are met; exchange and repair remain possible)"),
         CPL24_CANCEL),
    _rule("window.exchange.expired", WARNING, "resolution", "guide/policy/#sanbao", "checks/windows",
         ("三包换货期已过", "三包商品的换货期到 {date}（从 {from_date} 起算 {days} 天），已经过了。保修期内仍可以免费维修；"
               "三包规定一般还规定，修理两次仍不能正常使用的，可以换货或退货（以原文为准）。",
               "把期望方案改为维修；如果已经修过两次仍有问题，请填上已修过的次数并附上维修记录。",
               "三包商品要求换货，但已超过换货期（仍可维修，修两次不好可换货或退货）"),
         ("The 三包 exchange window has closed", "Exchange was possible until {date} ({days} days from "
               "{from_date}). Repair is still free within the warranty, and the 三包 rules generally let "
               "you ask for an exchange or a return after two failed repairs (check the original text).",
               "Ask for a repair; if it has already been repaired twice and still fails, enter the number "
               "of repairs and attach the repair records.",
               "A 三包 exchange asked for after its window (repair remains possible; exchange or return after two "
               "failed repairs)"),
         SANBAO),
    _rule("window.exchange_promise.expired", WARNING, "resolution", "guide/policy/#merchant-policy",
          "checks/windows",
         ("商家承诺的换货期已过", "商家承诺的换货期到 {date}（{days} 天），已经过了。这件商品不属于三包，法律没有另外规定换货期，"
               "换货只能靠商家的承诺或协商。",
               "如果商品其实有质量问题，请把问题类型改为“质量问题”：质量问题收货七天后仍可以要求换货或维修。",
               "三包以外、没有质量问题的商品要求换货，但商家承诺的换货期已过"),
         ("The merchant's promised exchange window has closed", "The merchant promised exchanges until "
               "{date} ({days} days). These goods are not under 三包 and the law sets no other exchange "
               "window, so an exchange now depends on the merchant's goodwill.", "If the item is in fact faulty, change the "
               "problem type to a quality problem: faulty goods can still be exchanged or repaired after the "
               "first 7 days.", "An exchange of goods outside 三包, with no fault, after the merchant's "
               "promised window"),
         PROMISE),
    _rule("sanbao.unsure", INFO, "order.sanbao", "guide/policy/#sanbao", "checks/windows",
         ("不确定是不是三包商品：先按一般商品计算", "手机、电脑、电视、冰箱、空调、洗衣机等一般属于三包。"
               "如果你的商品属于三包，换货期一般是售出后 {days} 天{until}，之后在保修期内可以要求维修。",
               "看看包装里的三包凭证或保修卡；确认属于三包后把这一项改成“是”，期限会重新计算。",
               "买家选了“不确定是不是三包商品”"),
         ("Not sure whether it is a 三包 product: counted as ordinary goods for now", "Phones, computers, "
               "TVs, fridges, air conditioners and washing machines are usually covered by 三包. If yours is, "
               "an exchange can usually be asked for within {days} days of the sale{until}, and a repair "
               "within the warranty after that.", "Look for a 三包 card or warranty card in the box; once "
               "you know it is covered, change this answer to “Yes” and the dates are worked out again.",
               "The buyer is not sure whether the product is covered by 三包"),
         SANBAO),
    _rule("window.sanbao.after_repairs", INFO, "order.sanbao_repairs", "guide/policy/#sanbao", "checks/windows",
         ("已经修过 {value} 次：可以要求换货或退货", "三包规定一般规定，保修期内修理两次仍不能正常使用的，"
               "可以换货或退货（以原文为准），所以这里不按换货期或七天退货期拦你。",
               "附上每次的维修单或维修记录，写清每次修的是什么问题。",
               "三包商品已修过两次或以上，仍要求换货或退货"),
         ("Repaired {value} times: you may ask for an exchange or a return", "The 三包 rules generally let "
               "you ask for an exchange or a return when an item still fails after two repairs within the "
               "warranty (check the original text), so the exchange and 7-day return windows are not held "
               "against you here.", "Attach every repair slip or record and say what each repair was for.",
               "A 三包 item repaired twice or more, with an exchange or a return asked for"),
         SANBAO),
    _rule("window.warranty.expired", ERROR, "resolution", "guide/policy/#warranty", "checks/windows",
         ("保修期已过", "保修期到 {date} 为止（从 {from_date} 起 {months} 个月）。过保后商家可以收费维修。",
               "先核对保修卡上的日期和期限；问清付费维修的价格；如果故障在保修期内就出现过，请附上当时的记录。",
               "保修期过后要求免费维修"),
         ("The warranty has ended", "The warranty ran until {date} ({months} months from {from_date}); "
               "the merchant may now charge for repairs.", "Check the date and length on the warranty card; "
               "ask what a paid repair would cost; if the fault first showed within the warranty, attach the "
               "record of it.",
               "A repair asked for after the warranty has ended"),
         SANBAO),
    _rule("evidence.photo", ERROR, "evidence", "guide/evidence/#photos", "checks/evidence",
         ("还没有照片或视频", "这类问题商家几乎都要看图，没有照片会直接驳回。",
               "拍清楚问题部位：一张全景、一张近景，故障最好录一段视频。", "质量、与描述不符、破损、发错货、少件，却没有照片或视频"),
         ("No photo or video yet", "For this kind of problem merchants nearly always ask for pictures and "
               "reject requests without them.", "Photograph the problem: one overall shot and one close-up; "
               "for a fault, a short video is best.", "A quality, not-as-described, damaged, wrong-item or "
               "missing-parts problem with no photo or video")),
    _rule("evidence.proof_of_purchase", ERROR, "evidence", "guide/evidence/#proof-of-purchase", "checks/evidence",
         ("缺少购买凭证", "维修和三包要凭发票或订单记录确认购买日期。", "附上发票，或订单详情页截图。",
               "要求维修或三包服务，却没有发票或订单截图"),
         ("Proof of purchase is missing", "Repairs and 三包 claims need an invoice or order record to "
               "confirm the purchase date.", "Attach the invoice or a screenshot of the order page.",
               "A repair or 三包 claim with no invoice or order screenshot"),
         SANBAO),
    _rule("evidence.too_large", ERROR, "evidence", "guide/evidence/#keep-local", "checks/evidence",
         ("文件太大", "{value}超过了 {limit} 的上限，打包和发送都会失败。", "请压缩视频或剪短后再添加。",
               "单个文件或全部证据超过大小上限"),
         ("A file is too large", "{value} is over the {limit} limit; packing and sending would fail.",
               "Shorten or compress the video, then add it again.", "One file, or all evidence, is over the size limit")),
    _rule("evidence.type", ERROR, "evidence", "guide/evidence/#photos", "checks/evidence",
         ("文件类型不支持", "“{value}”不是照片、视频、PDF 或文本文件（按文件内容判断），商家打不开。",
               "请附上 JPG、PNG、HEIC、MP4、MOV 或 PDF 文件。", "证据文件的内容不是图片、视频、PDF 或文本"),
         ("This file type is not supported", "By its content, “{value}” is not a photo, video, PDF or "
               "text file; the merchant could not open it.", "Attach JPG, PNG, HEIC, MP4, MOV or PDF files.",
               "An evidence file whose content is not an image, video, PDF or text")),
    _rule("evidence.email_size", INFO, "evidence", "guide/evidence/#keep-local", "checks/evidence",
         ("证据太大，邮件可能发不出去", "全部证据共 {value}，多数邮箱只收 {limit} 左右的邮件。",
               "用 ZIP 证据包上传到平台，或在邮件里只附最关键的几张照片。", "证据合计超过邮件附件的常见上限"),
         ("The evidence may be too big to email", "All files together are {value}; most mail services "
               "accept about {limit} per message.", "Upload the ZIP package to the platform, or attach only "
               "the key photos to the email.", "All evidence together is over the usual email attachment limit")),
    _rule("evidence.count", ERROR, "evidence", "guide/evidence/#keep-local", "checks/evidence",
         ("文件太多", "最多附 {limit} 个文件，现在有 {value} 个。", "只留最能说明问题的文件。", "证据文件数量超过上限"),
         ("Too many files", "At most {limit} files can be attached; there are {value}.",
               "Keep the files that show the problem best.", "More evidence files than the limit")),
    _rule("description.short", ERROR, "problem.description", "guide/fill-in/#description", "checks/description",
         ("问题描述太短", "只有 {value} 个字（词），商家看不出问题在哪，常以“描述不清”驳回。",
               "至少写 {limit} 个字：什么时候开始、具体什么现象、你已经试过什么。", "问题描述少于最低字数（中文按字、英文按词计）"),
         ("The description is too short", "It has only {value} words, so the merchant cannot tell what is "
               "wrong and will reject it as unclear.", "Write at least {limit} words: when it started, "
               "what exactly happens, what you already tried.",
               "A description under the minimum length (Chinese counted by character, other text by word)")),
    _rule("description.vague", ERROR, "problem.description", "guide/fill-in/#description", "checks/description",
         ("问题描述太笼统", "只说“{value}”，商家无法判断是什么问题。", "写出具体现象：哪里、怎样、多久一次，例如“开机 5 分钟后自动关机”。",
               "描述只有“坏了”“不好用”“有问题”之类的笼统词，没有具体内容"),
         ("The description is too vague", "Saying only “{value}” does not tell the merchant what is wrong.",
               "Describe what exactly happens, where and how often, e.g. “switches itself off 5 minutes "
               "after starting”.", "Only vague words (“broken”, “doesn't work”) and no specifics")),
    _rule("description.no_time", INFO, "problem.description", "guide/fill-in/#description", "checks/description",
         ("写上问题从什么时候开始", "有时间线的描述更可信，也方便判断是否在时限内。", "例如“11月14日第二次使用时开始漏水”。",
               "描述里没有时间（日期、第几次使用等）"),
         ("Say when the problem started", "Dates make the request more convincing and show it is within "
               "the deadlines.", "For example “started leaking the second time I used it, on 14 November”.",
               "The description gives no time (a date, or which use it was)")),
    _rule("resolution.mismatch", ERROR, "resolution", "guide/fill-in/#resolution", "checks/resolution",
         ("期望方案和问题类型对不上", "“{problem}”通常不能要求“{resolution}”，商家会直接驳回。", "可以选：{options}。",
               "方案不适合问题类型（例如没收到货却要维修，使用咨询却要退款）"),
         ("The resolution does not fit the problem", "For “{problem}”, merchants do not grant "
               "“{resolution}” and will reject it.", "You can choose: {options}.",
               "The resolution does not fit the problem (e.g. not received + repair, usage question + refund)")),
    _rule("resolution.unusual", WARNING, "resolution", "guide/fill-in/#resolution", "checks/resolution",
         ("这个方案可能被拒", "“{problem}”要求“{resolution}”不常见，商家多半会先提出别的方案。", "更稳妥的选择：{options}。",
               "方案可以提，但常被拒（例如质量问题要求仅退款不退货）"),
         ("This resolution may be refused", "“{resolution}” is unusual for “{problem}”; merchants "
               "usually offer something else first.", "Safer choices: {options}.",
               "Possible but often refused (e.g. refund without return for a fault)")),
    _rule("policy.below_legal_minimum", WARNING, "merchant.policy", "guide/policy/#merchant-policy", "checks/windows",
         ("商家政策低于法定标准", "商家写的是 {value} 天，但对这件商品，法律规定至少 {limit} 天；这里的时限已经按法定的 {limit} 天计算。",
               "和商家沟通时直接引用法律规定。",
               "商家承诺的天数少于法律对这件商品规定的最低天数（网购非例外商品的无理由退货 7 天、质量问题退货 7 天、"
               "三包商品换货 15 天）"),
         ("The merchant's policy is below the legal minimum", "The merchant says {value} days; for these "
               "goods the law gives at least {limit}, and the deadlines here use the law's {limit} days.",
               "Cite the law when you talk to the merchant.",
               "A merchant window shorter than the law sets for these goods (no-reason return of goods bought "
               "online and not excepted: 7 days; return of a faulty item: 7 days; exchange of 三包 goods: 15 days)"),
         BELOW_BASIS),
    _rule("policy.out_of_range", WARNING, "merchant.policy", "guide/policy/#merchant-policy", "checks/windows",
         ("商家政策里的数字不合常理", "“{value}”不在 {low} 到 {high} {unit} 之间，可能填错了，或者来自被改动过的链接，"
               "所以这里没有采用它。", "请对照商家页面核对这个数字；没有把握就留空，时限会按法律或常见做法计算。",
               "商家政策的数字超出合理范围（例如保修 0 个月或超过 120 个月、审核超过 30 个工作日、任何天数超过 365 天）"),
         ("A number in the merchant's policy is implausible", "“{value}” is not between {low} and {high} "
               "{unit}; it may be a typo or come from an altered link, so it is not used here.",
               "Check the number against the merchant's page; if you are not sure, leave it empty and the law "
               "or common practice is used.", "A policy number beyond sensible limits (e.g. a warranty of 0 or over "
               "120 months, review over 30 working days, any days over 365)")),
    _rule("input.too_long", ERROR, "", "guide/fill-in/#limits", "checks/normalize",
         ("{label}太长", "最多 {limit} 个字符，现在有 {value} 个；平台会截断或拒收。", "请精简到 {limit} 个字符以内。",
               "内容超过该字段的长度上限"),
         ("{label} is too long", "The limit is {limit} characters and it has {value}; platforms cut or "
               "refuse longer text.", "Shorten it to {limit} characters or fewer.", "A value over its field's limit")),
    _rule("burden_of_proof", INFO, "order.category", "guide/policy/#burden-of-proof", "checks/windows",
         ("举证责任在商家", "耐用商品签收后 6 个月内（到 {date}）发现瑕疵，发生争议时由商家证明商品没有问题。",
               "商家要求你出检测报告时，可以引用这条规定。", "耐用商品签收 6 个月内发现问题"),
         ("The merchant must prove there is no defect", "For durable goods with a defect found within 6 "
               "months of receipt (until {date}), it is the merchant who must prove, in a dispute, that the "
               "goods are not defective.",
               "If the merchant asks you for a test report, cite this rule.",
               "Durable goods, defect found within 6 months of receipt"),
         CPL23),
)

# Situations (checks/situations.py; the no-reason one in checks/windows.py): each points at its page
# under situations/.
_SITUATIONS = (
    _rule("delivery.pickup_point", INFO, "order.received_date", "situations/pickup-point/#answer",
          "checks/situations",
         ("放在驿站或快递柜的包裹：从你取件的那天算", "快递交付以收货人签收的时间为准；快递员应当把包裹交给你或你指定的代收人。"
               "你没同意放驿站、快递柜的，物流上的“签收”不一定是你收到货的日子。不过很多平台的倒计时按物流显示的签收时间算。",
               "签收日期填你取件的那天；截图保存取件通知短信、快递柜或驿站的取件记录和物流详情，附在证据里。"
               "如果倒计时按更早的日子快到了，先提交申请，再向客服说明实际取件日。",
               "买家说明包裹放在驿站或快递柜，由自己去取"),
         ("Left at a parcel station or locker: the day you collected it counts", "Delivery by courier happens "
               "when the recipient signs for the parcel, and the courier must hand it to you or someone you "
               "named. If you never agreed to a station or locker, the “signed” entry in the tracking is not "
               "necessarily the day you got the goods. Many platforms still start their countdown from it.",
               "Under “Signed for on”, enter the day you collected it; keep screenshots of the pickup "
               "text message, the locker or station record and the tracking page, and attach them. If the "
               "platform's countdown, running from an earlier day, is nearly over, submit first and then "
               "tell support the day you actually collected it.",
               "The buyer says the parcel was left at a parcel station or locker and collected later"),
          DELIVERY),
    _rule("delivery.refused", INFO, "order.delivery", "situations/refused/#answer", "checks/situations",
         ("拒收的包裹：申请“仅退款”", "你没有收下商品，包裹会退回商家，不用再寄回。没有理由拒收的，按七天无理由处理：商家收到退件后七日内要退款，"
               "退回的运费一般由你承担；因为破损、发错货等商品问题拒收的，运费等必要费用由商家承担。",
               "申请“仅退款”，写明哪天拒收、为什么拒收；截图物流里“拒收”“退回”的记录。物流显示商家已签收退件后，催商家退款。",
               "买家说明拒收了包裹"),
         ("A refused parcel: ask for a refund only", "You never accepted the goods: the parcel goes back to "
               "the merchant and you send nothing. Refusing without a reason counts as a no-reason return: the "
               "refund is due within 7 days of the merchant getting the parcel back, and the return shipping "
               "is usually yours to pay. Refusing a damaged or wrong item, the merchant pays the shipping and "
               "other necessary costs.",
               "Ask for a refund only, saying on which day and why you refused; keep screenshots of the "
               "“refused” and “returned” entries in the tracking. Once the tracking shows the merchant has "
               "the parcel back, ask for the refund.", "The buyer says the parcel was refused"),
          REFUSED),
    _rule("delivery.refused.resolution", WARNING, "resolution", "situations/refused/#ask-for", "checks/situations",
         ("拒收之后不能申请“{resolution}”", "包裹已经退回商家，你手上没有商品：平台的“{resolution}”流程要你寄回或交出商品，"
               "会卡住或被驳回。",
               "改选“仅退款”；还想要这件商品的，选“补发”。", "买家拒收了包裹，却要求退货、换货、维修等要交回商品的方案"),
         ("After a refusal you cannot ask for “{resolution}”", "The parcel has gone back and you do not "
               "have the goods; the platform's “{resolution}” process expects you to send or hand them over, "
               "and will stall or be refused.", "Choose refund only; if you still want the item, choose "
               "“send it again”.", "A refused parcel with a resolution that needs the goods back (return, "
               "exchange, repair …)")),
    _rule("delivery.not_received", INFO, "problem.type", "situations/not-received/#answer", "checks/situations",
         ("没收到货：找商家，不用你找快递", "包裹交到你手上之前丢了或坏了，风险由商家承担；运输是商家安排的，"
               "追快递是商家的事。物流显示“已签收”，但不是你本人或你指定的人签的，不算交付。",
               "向商家申请补发或仅退款；附物流详情截图，写清你没有签收、也没有让别人代收；请商家去查件。",
               "买家选了“没收到货”"),
         ("Never received: the merchant answers for it, not you", "Until the parcel is in your hands, "
               "its loss or damage is the merchant's risk; the merchant arranged the transport, so chasing "
               "the courier is the merchant's job. A tracking entry saying “signed” does not count as delivery "
               "if neither you nor someone you named signed.", "Ask the merchant to send it again or refund "
               "you; attach the tracking page and say that you did not sign and asked no one to sign for you; "
               "ask the merchant to trace the parcel.", "The problem type is “never received”"),
          NOT_DELIVERED),
    _rule("transit.seller_risk", INFO, "problem.type", "situations/damaged-in-transit/#answer", "checks/situations",
         ("运输中坏的，由商家负责", "商家要承担商品运输中的风险和责任（你自己另选快递的除外），不能让你去找快递索赔。"
               "签了收，会被推定为你已检查过数量和外观，但有证据可以推翻，所以开箱视频和外包装照片最关键。",
               "拍外包装（面单和破损处）、开箱视频、商品破损处；向商家申请换货、补发或退货退款，这时寄回的运费由商家承担。",
               "问题类型是运输破损，卖家是商家"),
         ("Broken in transit: the merchant answers for it", "The merchant bears the risks of transport "
               "(unless you chose the courier yourself) and cannot send you to claim from the courier. Signing "
               "for a parcel is taken to mean you checked the quantity and its outside, but evidence can "
               "overturn that, so an unboxing video and photos of the outer packaging matter most.",
               "Photograph the outer packaging (label and damage), the unboxing and the damage to the item; "
               "ask for an exchange, a new one or a return and refund; the merchant pays the return shipping.",
               "The problem is transit damage and the seller is a business"),
          TRANSIT),
    _rule("evidence.logistics", WARNING, "evidence", "situations/not-received/#collect", "checks/situations",
         ("还没有物流记录", "这类申请要看物流：什么时候到站、谁签的收、有没有退回。没有物流截图，商家常常按系统里的“已签收”驳回。",
               "打开订单的物流详情，把每一条时间记录都截下来，作为“物流记录”附上。",
               "放驿站或快递柜、拒收、没收到货，却没有物流记录"),
         ("No delivery record yet", "These requests turn on the tracking: when the parcel arrived, who "
               "signed, whether it went back. Without a screenshot, merchants often refuse on the strength of "
               "the “signed” entry in their system.", "Open the order's tracking page, screenshot every "
               "timed entry and attach it as a tracking record.",
               "Left at a station or locker, refused or never received, with no delivery record")),
    _rule("food.compensation", INFO, "order.category", "situations/food/#answer", "checks/situations",
         ("食品不安全，可以要求十倍赔偿", "食品不符合食品安全标准的（例如过期、变质、混有异物），除了赔偿损失，"
               "还可以向生产者、或明知还在卖的经营者要求价款十倍或者损失三倍的赔偿金，不足一千元的按一千元。{amount_note}"
               "只是标签、说明书有不影响安全、也不误导人的小瑕疵的，不在此列。",
               "别吃、别扔：保留实物和包装，拍下问题、生产日期和保质期；尽快向商家提出（生鲜最好当天）；商家不认，可以投诉到 12315。",
               "食品或生鲜有质量问题、与描述不符，卖家是商家"),
         ("Unsafe food: you may claim ten times the price", "Where food fails the food safety standards "
               "(past its date, spoiled, with something in it that should not be there), besides your losses "
               "you may claim ten times the price or three times the loss from the producer, or from a seller "
               "who sold it knowingly; an amount under 1,000 yuan becomes 1,000 yuan.{amount_note} Minor flaws "
               "in a label or leaflet that neither affect safety nor mislead do not count.",
               "Do not eat it or throw it away: keep the food and its packaging and photograph the problem, "
               "the production date and the best-before date; tell the merchant quickly (the same day for "
               "fresh food); if refused, complain to 12315.",
               "Food or fresh food with a quality problem or not as described, sold by a business"),
          FOOD),
    _rule("window.no_reason.private_seller", ERROR, "order.private_seller", "situations/second-hand/#answer",
          "checks/windows",
         ("个人卖的二手物品，没有法定的七天无理由退货", "七天无理由退货是法律对经营者的要求；偶尔转卖自己东西的个人一般不算经营者。"
               "卖家在商品页写了“支持七天无理由”的，按承诺办。",
               "商品有问题或与描述不符，请改选对应的问题类型；卖家承诺过可退的，在商家政策里填上天数并保存截图；"
               "卖家其实长期、大量卖同类商品的，把“卖家是个人吗”改成“否”。",
               "以无理由退货申请，卖家是个人，且没有承诺可退"),
         ("A private seller's second-hand goods have no statutory no-reason return", "No-reason return is a "
               "duty the law puts on businesses, and a person now and then selling their own things is usually "
               "not one. If the listing said returns without reason are accepted, that promise holds.",
               "If the item is faulty or not as described, choose that problem type; if the seller promised "
               "returns, enter the days under the merchant's policy and keep a screenshot; if the seller in "
               "fact sells the same kind of goods regularly and in volume, answer “No” to “Is the seller a "
               "private person?”.", "A no-reason return from a private seller who promised none"),
          PRIVATE_SELLER),
    _rule("seller.private", INFO, "order.private_seller", "situations/second-hand/#answer", "checks/situations",
         ("个人卖家：按买卖合同，不按消费者权益保护法", "个人卖自己的旧东西，七天退货、三包、耐用商品“六个月内商家举证”"
               "这些规定一般都不适用，这里不给这些期限。但卖家要按说好的交货：东西和描述不符的，你可以要求退货、更换、修理或减价。",
               "在平台上按“描述不符”申请退货退款（二手平台有自己的规则，以平台公布的为准）；保存商品页、卖家主页、"
               "全部聊天记录和开箱视频。卖家其实是职业卖家的，把“卖家是个人吗”改成“否”。",
               "卖家是个人"),
         ("A private seller: contract law applies, not consumer law", "For a person selling their own used "
               "things, the 7-day returns, 三包 and the business's burden of proof on durable goods generally "
               "do not apply, so no such deadlines are given here. The seller must still deliver what was "
               "agreed: for goods not as described you may ask for a return, a replacement, a repair or a "
               "lower price.", "Ask for a return and refund as “not as described” on the platform (second-hand "
               "apps have their own rules; theirs apply); keep the listing, the seller's profile, every chat "
               "and an unboxing video. If the seller is in fact a trader, answer “No” to “Is the seller a "
               "private person?”.", "The seller is a private person"),
          CONTRACT),
    _rule("seller.unsure", INFO, "order.private_seller", "situations/second-hand/#answer", "checks/situations",
         ("不确定卖家是个人还是商家：先按商家计算", "长期、大量卖同类商品，卖全新货，或者开了店的，一般算经营者，"
               "要按消费者权益保护法负责；偶尔转卖自己用过的东西的个人一般不算。",
               "看卖家主页：在售、已售的同类商品多，或有营业执照信息的，按商家对待并截图保存；确认是个人后把这一项改成“是”。",
               "买家不确定卖家是个人还是商家，或在二手平台购买却没回答"),
         ("Not sure whether the seller is a private person: counted as a business for now", "Someone who "
               "sells the same kind of goods regularly and in volume, sells new goods or runs a shop usually "
               "counts as a business and answers under consumer law; a person now and then selling their own "
               "used things usually does not.", "Look at the seller's profile: many similar items for sale or "
               "sold, or business licence details, mean a business (take screenshots); once you know it is a "
               "private person, change this answer to “Yes”.",
               "The buyer is not sure whether the seller is a private person, or bought on a second-hand app "
               "and did not say"),
          PRIVATE_SELLER),
)


def catalogue() -> dict[str, Rule]:
    return {r.code: r for r in _RULES + _SITUATIONS}
