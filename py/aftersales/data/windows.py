"""Every deadline window once: the law's numbers, what the merchant's policy may change, the words a
buyer reads about it and where the guide explains it. Dates follow reference/legal.md: "within N days
of receipt" counts from the day after signing, so the last day is received + N."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Text
from .law import CPL23, CPL24, CPL25, REVIEW_CUSTOM, SANBAO


@dataclass(frozen=True)
class Window:
    code: str
    policy_key: str  # merchant.policy.<key>; "" when the merchant cannot change it
    legal_minimum: int | None  # None: no legal minimum to compare a promise with
    default: int
    unit: str  # "days" | "months" | "workdays"
    label: Text  # the deadline as a result lists it
    name: Text  # the right, as the guide's table names it
    short: Text  # the merchant's promise, as the merchant block names it
    counted_from: Text
    basis: Text
    anchor: str  # guide page and section that explains it


WINDOWS = {w.code: w for w in (
    Window("no_reason_return", "no_reason_days", 7, 7, "days",  # 消法 25
           Text("七日无理由退货最后一天", "Last day for a no-reason return"),
           Text("七日无理由退货", "No-reason return"), Text("无理由退货", "No-reason return"),
           Text("签收次日起算", "counted from the day after you signed"), CPL25, "guide/policy/#no-reason"),
    Window("quality_return", "quality_return_days", 7, 7, "days",  # 消法 24
           Text("质量问题退货最后一天", "Last day to return a faulty item"),
           Text("质量问题退货", "Return of a faulty item"), Text("质量问题退货", "Return of a faulty item"),
           Text("签收次日起算", "counted from the day after you signed"), CPL24, "guide/policy/#quality"),
    Window("sanbao_exchange", "exchange_days", 15, 15, "days",  # 三包规定
           Text("三包换货最后一天", "Last day for a 三包 exchange"),
           Text("三包换货", "三包 exchange"), Text("换货", "Exchange"),
           Text("售出次日起算", "counted from the day after the sale"), SANBAO, "guide/policy/#sanbao"),
    Window("warranty", "warranty_months", None, 12, "months",  # typical 三包 whole-unit warranty
           Text("保修期最后一天", "Last day of the warranty"),
           Text("三包保修（维修）", "三包 warranty (repair)"), Text("保修", "Warranty"),
           Text("发票日期起算", "counted from the invoice date"), SANBAO, "guide/policy/#warranty"),
    Window("burden_of_proof", "", 6, 6, "months",  # 消法 23(3)
           Text("商家举证期最后一天", "Last day the merchant must prove no defect"),
           Text("商家举证（耐用商品）", "Merchant's burden of proof (durable goods)"), Text("", ""),
           Text("签收日起 6 个月", "6 months from receipt"), CPL23, "guide/policy/#burden-of-proof"),
    Window("merchant_review", "review_working_days", None, 3, "workdays",  # the seed's 1–3 working days
           Text("商家审核预计截止", "Merchant review expected by"),
           Text("商家审核（惯例）", "Merchant review (custom)"), Text("审核", "Review"),
           Text("提交次日起按工作日算", "working days after you submit"), REVIEW_CUSTOM, "guide/policy/#merchant-policy"),
)}

POLICY_KEYS = tuple(w.policy_key for w in WINDOWS.values() if w.policy_key)

UNITS = {"days": Text("天", "days"), "months": Text("个月", "months"), "workdays": Text("个工作日", "working days")}

# Why a deadline's date is what it is, where that needs saying ({year}: the deadline's year).
NOTES = {
    "estimated": Text("{year} 年的放假安排还没公布，只按周末和固定日期节日计算，实际可能更晚。",
                      "The {year} holiday schedule is not published yet: only weekends and fixed-date holidays "
                      "are skipped, so the real date may be later."),
    "workdays": Text("已跳过周末和法定节假日，调休上班日照常计算。",
                     "Weekends and public holidays skipped; official make-up working days count."),
    "from_sale": Text("三包从“售出”起算；网购时按下单日这个最早的起点算，宁早勿晚。",
                      "三包 counts from the sale; for an online order the earliest start, the order date, is used."),
    "invoice": Text("以发票或保修卡上的日期为准；修理占用的时间不计入保修期。",
                    "Go by the date on the invoice or warranty card; time spent in repair does not count."),
    "promised": Text("这类商品本不适用无理由退货，但商家承诺了可退，承诺对商家有约束力。",
                     "These goods are excluded by law, but the merchant promised returns, and that promise binds it."),
}

# Which deadline a short text cites first: the one the requested resolution (or a no-reason
# return) depends on.
CITE_FIRST = {
    "no_reason": ("no_reason_return",),
    "return_refund": ("quality_return", "no_reason_return"),
    "refund_only": ("quality_return", "no_reason_return"),
    "exchange": ("sanbao_exchange", "quality_return"),
    "repair": ("warranty",),
}
