"""Every deadline window once: the number it has without a promise, which goods have it, what it rests
on, what the merchant's policy may change, the words a buyer reads about it and where the guide
explains it. Dates follow 民法典 第二百零一条: "within N days of receipt" starts the day after signing,
so the last day is received + N."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Text
from .law import CIVIL_203, CPL23, CPL24, CPL25, PROMISE, REVIEW_CUSTOM, SANBAO, WARRANTY_CUSTOM

# What a deadline rests on (contract §2): a statute, the merchant's promise, or common practice.
LAW, MERCHANT, PRACTICE = "law", "merchant", "practice"
SOURCES = (LAW, MERCHANT, PRACTICE)

# Which goods have the window without any promise. Where the source is the law, its number is also
# the least a merchant may offer for these goods; elsewhere the merchant's number stands as given.
ALL, DISTANCE, SANBAO_GOODS, DURABLE = "all", "distance", "sanbao", "durable"


@dataclass(frozen=True)
class Window:
    code: str
    policy_key: str  # merchant.policy.<key>; "" when the merchant cannot change it
    default: int  # the window's length without a promise, for the goods in `applies`
    applies: str  # ALL | DISTANCE (not bought in a shop, not an excepted kind) | SANBAO_GOODS | DURABLE
    source: str  # what the default rests on: LAW or PRACTICE
    unit: str  # "days" | "months" | "workdays"
    bounds: tuple[int, int]  # a promise outside these is not believed (a mistyped or crafted link)
    label: Text  # the deadline as a result lists it
    promised: Text  # the same, when its date rests on the merchant's promise
    name: Text  # the right, as the guide's table names it
    short: Text  # the merchant's promise, as the merchant block names it
    counted_from: Text
    basis: Text  # what the default rests on; a promise's basis is law.PROMISE
    merchant_may: Text  # for the guide's table: what a merchant's own number does
    anchor: str  # guide page and section that explains it
    length: Text | None = None  # the guide table's "how long", where the bare number would overstate it


_DAYS = (0, 365)
WINDOWS = {w.code: w for w in (
    Window("no_reason_return", "no_reason_days", 7, DISTANCE, LAW, "days", _DAYS,  # 消法 25
           Text("七日无理由退货最后一天", "Last day for a no-reason return"),
           Text("商家承诺的无理由退货最后一天", "Last day for the merchant's promised no-reason return"),
           Text("七日无理由退货", "No-reason return"), Text("无理由退货", "No-reason return"),
           Text("签收次日起算", "counted from the day after the parcel was signed for"), CPL25,
           Text("网购的非例外商品只能延长；例外商品和门店购买没有法定期限，按商家承诺",
                "goods bought online and not excepted: only a longer one; excepted goods and shop purchases "
                "have no legal window, so the merchant's promise applies"),
           "guide/policy/#no-reason"),
    Window("quality_return", "quality_return_days", 7, ALL, LAW, "days", _DAYS,  # 消法 24
           Text("质量问题退货最后一天", "Last day to return a faulty item"),
           Text("商家承诺的质量问题退货最后一天", "Last day for the merchant's promised return of a faulty item"),
           Text("质量问题退货", "Return of a faulty item"), Text("质量问题退货", "Return of a faulty item"),
           Text("签收次日起算", "counted from the day after the parcel was signed for"), CPL24,
           Text("只能延长，不能缩短", "only a longer one, never a shorter one"), "guide/policy/#quality"),
    Window("sanbao_exchange", "exchange_days", 15, SANBAO_GOODS, LAW, "days", _DAYS,  # 三包规定
           Text("三包换货最后一天", "Last day for a 三包 exchange"),
           Text("商家承诺的换货最后一天", "Last day for the merchant's promised exchange"),
           Text("三包换货", "三包 exchange"), Text("换货", "Exchange"),
           Text("售出次日起算（网购按下单日）", "counted from the day after the sale (for an online order, the order date)"),
           SANBAO,
           Text("三包商品只能延长；三包以外的商品没有法定换货期，按商家承诺",
                "三包 goods: only a longer one; other goods have no legal exchange window, so the merchant's "
                "promise applies"),
           "guide/policy/#sanbao",
           Text("一般 15 天（以三包规定原文为准）", "usually 15 days (check the 三包 rules)")),
    Window("warranty", "warranty_months", 12, SANBAO_GOODS, PRACTICE, "months", (1, 120),
           Text("保修期最后一天", "Last day of the warranty"),
           Text("商家承诺的保修期最后一天", "Last day of the merchant's promised warranty"),
           Text("三包保修（维修）", "三包 warranty (repair)"), Text("保修", "Warranty"),
           Text("发票日期起算", "counted from the invoice date"), WARRANTY_CUSTOM,
           Text("按保修卡或商家承诺", "the warranty card or the merchant's promise applies"),
           "guide/policy/#warranty",
           Text("一般 12 个月，以保修卡为准", "usually 12 months; see the warranty card")),
    Window("burden_of_proof", "", 6, DURABLE, LAW, "months", (0, 0),  # 消法 23(3)
           Text("商家举证期最后一天", "Last day the merchant must prove no defect"), Text("", ""),
           Text("商家举证（耐用商品）", "Merchant's burden of proof (durable goods)"), Text("", ""),
           Text("签收日起 6 个月", "6 months from receipt"), CPL23, Text("不能", "no"),
           "guide/policy/#burden-of-proof"),
    Window("merchant_review", "review_working_days", 3, ALL, PRACTICE, "workdays", (1, 30),
           Text("商家审核预计截止", "Merchant review expected by"),
           Text("商家承诺的审核截止", "Merchant's promised review by"),
           Text("商家审核（惯例）", "Merchant review (usual practice)"), Text("审核", "Review"),
           Text("提交次日起按工作日算", "counted in working days from the day after the request is sent"), REVIEW_CUSTOM,
           Text("按商家承诺", "the merchant's promise applies"), "guide/policy/#merchant-policy"),
)}

POLICY_KEYS = tuple(w.policy_key for w in WINDOWS.values() if w.policy_key)

UNITS = {"days": Text("天", "days"), "months": Text("个月", "months"), "workdays": Text("个工作日", "working days")}

BASIS = {MERCHANT: PROMISE}  # a deadline's basis when its source is not its window's own


def basis_of(code: str, source: str) -> Text:
    """What a deadline of this window rests on, given its source."""
    w = WINDOWS[code]
    return w.basis if source == w.source else BASIS[source]
# How texts addressed to the merchant name what a deadline rests on, where it is not a statute (the
# full basis asks the buyer to keep a screenshot, which is no sentence for the merchant).
CITED_AS = {MERCHANT: Text("商家承诺", "the merchant's promise"), PRACTICE: Text("常见做法，非法定", "common practice, not law")}
# 民法典 203: the last day moved off a rest day. Shown with the plain count, never instead of it.
HOLIDAY_BASIS = CIVIL_203

# Why a deadline's date is what it is, where that needs saying ({year}: the deadline's year;
# {legal_date}: the day 民法典 203 moves the end to).
NOTES = {
    "estimated": Text("{year} 年的放假安排还没公布，只按周末和固定日期节日计算，实际可能更晚。",
                      "The {year} holiday schedule is not published yet: only weekends and fixed-date holidays "
                      "are skipped, so the real date may be later."),
    "workdays": Text("已跳过周末和法定节假日，调休上班日照常计算。",
                     "Weekends and public holidays are skipped; official make-up working days count."),
    "from_sale": Text("三包从“售出”起算；网购时按下单日这个最早的起点算，宁早勿晚。",
                      "三包 counts from the sale; for an online order we use the earliest possible start, the order date."),
    "earliest": Text("按下单日这个最早的起点算，宁早勿晚；商家页面写了别的起算日时以它为准。",
                     "Counted from the earliest possible start, the order date; if the merchant's page gives "
                     "another start, that one applies."),
    "invoice": Text("以发票或保修卡上的日期和期限为准。",
                    "Go by the date and length on the invoice or warranty card."),
    "promised": Text("这类商品或这种购买方式本没有法定的无理由退货，但商家承诺了可退，承诺对商家有约束力。",
                     "The law gives no right to a no-reason return here, but the merchant promised one, and the "
                     "merchant is bound by that promise."),
    "holiday": Text("最后一天是休息日，按民法典第二百零三条顺延到 {legal_date}；平台通常按原日期算，请尽量在原日期前提交。",
                    "The last day is a rest day, so under Civil Code Art. 203 the period runs until "
                    "{legal_date}; platforms usually keep the plain date, so submit by it if you can."),
}

# Which deadline a short text cites first: the one the requested resolution (or a no-reason
# return) depends on.
CITE_FIRST = {
    "no_reason": ("no_reason_return",),
    "return_refund": ("quality_return", "no_reason_return"),
    "refund_only": ("quality_return", "no_reason_return"),
    "exchange": ("sanbao_exchange",),
    "repair": ("warranty",),
}
