"""The draft's closed vocabularies (contract §1) with the labels a buyer reads, in both languages."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Text


@dataclass(frozen=True)
class Term:
    value: str
    text: Text

    def label(self, lang: str) -> str:
        return self.text.get(lang)


def _terms(*rows: tuple[str, str, str]) -> tuple[Term, ...]:
    return tuple(Term(value, Text(zh, en)) for value, zh, en in rows)


PLATFORMS = _terms(
    ("taobao", "淘宝", "Taobao"),
    ("tmall", "天猫", "Tmall"),
    ("jd", "京东", "JD.com"),
    ("pinduoduo", "拼多多", "Pinduoduo"),
    ("douyin", "抖音", "Douyin"),
    ("xianyu", "闲鱼、转转等二手平台", "A second-hand app (Xianyu, Zhuanzhuan …)"),
    ("merchant_site", "商家官网 / 小程序", "Merchant's own site or mini-program"),
    ("offline", "线下门店", "In a shop"),
    ("other", "其他", "Other"),
)

CATEGORIES = _terms(
    ("general", "一般商品", "General goods"),
    ("durable", "耐用商品（电脑、电视、冰箱、空调、洗衣机、汽车等）",
     "Durable goods (computers, TVs, fridges, air conditioners, washing machines, vehicles …)"),
    ("custom_made", "定制商品", "Custom-made"),
    ("perishable", "鲜活易腐商品", "Fresh or perishable"),
    ("food", "食品（零食、饮料、保健食品等，生鲜请选“鲜活易腐”）",
     "Food (snacks, drinks, supplements …; for fresh food choose “Fresh or perishable”)"),
    ("digital", "已拆封的音像制品、软件、数字商品", "Opened audio or video recordings, software, or digital goods"),
    ("periodical", "报纸、期刊", "Newspapers and periodicals"),
    ("confirmed_non_returnable", "购买时已确认“不适用七日无理由”的商品",
     "Goods you confirmed at purchase as not returnable without reason"),
)

# Food: 食品安全法 148's compensation can apply (checks/situations.py).
FOOD = frozenset({"food", "perishable"})

# How the parcel reached the buyer: it decides which day counts as received and what evidence helps.
DELIVERY = _terms(
    ("in_person", "送到手上（本人或家人签收）", "Handed to me or someone at home"),
    ("pickup_point", "放在驿站或快递柜，我去取的", "Left at a parcel station or locker; I collected it"),
    ("refused", "我拒收了，包裹退回去了", "I refused it and it went back"),
)

# Categories the law (消法 第二十五条) excludes from no-reason return.
NO_REASON_EXCLUDED = frozenset({"custom_made", "perishable", "digital", "periodical", "confirmed_non_returnable"})

PROBLEM_TYPES = _terms(
    ("quality", "质量问题（故障、不能正常使用）", "Quality problem (faulty, does not work properly)"),
    ("not_as_described", "与描述不符", "Not as described"),
    ("damaged", "运输破损 / 外观损坏", "Damaged in transit or on arrival"),
    ("wrong_item", "发错货", "Wrong item sent"),
    ("missing_parts", "少件 / 缺配件", "Parts or items missing"),
    ("no_reason", "七日无理由退货（不想要了）", "No-reason return (changed my mind)"),
    ("not_received", "没收到货", "Never received"),
    ("usage_question", "不会用 / 使用咨询", "Question about using it"),
    ("other", "其他", "Other"),
)

RESOLUTIONS = _terms(
    ("refund_only", "仅退款（不退货）", "Refund only (you keep the item, or never got it)"),
    ("return_refund", "退货退款", "Return and refund"),
    ("exchange", "换货", "Exchange"),
    ("repair", "维修", "Repair"),
    ("reship", "补发", "Send it again, or send the missing parts"),
    ("usage_help", "使用指导", "Help with using it"),
    ("other", "其他", "Other"),
)

EVIDENCE_KINDS = _terms(
    ("photo", "照片", "Photo"),
    ("video", "视频", "Video"),
    ("chat", "聊天记录截图", "Chat screenshot"),
    ("invoice", "发票", "Invoice"),
    ("order_screenshot", "订单截图", "Order screenshot"),
    ("logistics", "物流记录", "Tracking record"),
    ("usage_log", "使用记录", "Usage notes"),
    ("other", "其他", "Other"),
)


def values(terms: tuple[Term, ...]) -> frozenset[str]:
    return frozenset(t.value for t in terms)


def label(terms: tuple[Term, ...], value: str, lang: str) -> str:
    for t in terms:
        if t.value == value:
            return t.label(lang)
    return value


# What a checkbox may say (after NFKC, trimmed, lower-cased): the page, links and hand-written drafts
# all send one of these.
CHECKBOX_TRUE = ("true", "1", "yes", "on", "是", "y")
CHECKBOX_FALSE = ("false", "0", "no", "off", "否", "n", "")
# A three-way answer (the 三包 question): yes, no, or "not sure", which the check explains rather
# than holding against the buyer. Old drafts and links send true/false; both stay valid.
UNSURE = "unknown"
UNSURE_WORDS = (UNSURE, "unsure", "not sure", "不确定", "不知道", "?")
ANSWERS = _terms(
    ("true", "是", "Yes"),
    ("false", "否", "No"),
    (UNSURE, "不确定", "Not sure"),
)
