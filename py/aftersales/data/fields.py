"""Every draft field once: its path, form control, labels, hint, limit and whether it is required.

The checker page's form, the length limits the check enforces, the draft's JSON Schema and the guide's
"what to fill in" table are all made from FIELDS, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Text
from . import vocab
from .vocab import Term


@dataclass(frozen=True)
class Group:
    key: str
    label: Text
    why: Text
    # Folded on the page unless a link or the buyer filled one of its fields: what a buyer usually
    # cannot answer (a shop's policy numbers, the 三包 question) must not stand between her and her answer.
    folded: bool = False


@dataclass(frozen=True)
class Field:
    path: str
    group: str
    control: str  # text | textarea | date | select | choice (yes / no / not sure) | email | tel | number | url
    label: Text
    hint: Text = Text("", "")
    limit: int = 100  # characters, counted after normalisation
    required: bool = False
    options: tuple[Term, ...] = ()
    autocomplete: str = ""
    example: Text = Text("", "")  # shown as the empty control's placeholder, in the page's language
    json_types: tuple[str, ...] = ()  # JSON types a draft may give, where the control's own is too narrow
    inputmode: str = ""  # the phone keyboard that helps, where the control's own does not


def _group(key: str, zh: str, en: str, why_zh: str, why_en: str, folded: bool = False) -> Group:
    return Group(key, Text(zh, en), Text(why_zh, why_en), folded)


def _field(path: str, group: str, control: str, zh: str, en: str, hint_zh: str = "", hint_en: str = "",
           example: str | tuple[str, str] = "", **more) -> Field:
    """`example`: one string where it reads the same in both languages (a number, an address), else (zh, en)."""
    example_text = Text(*example) if isinstance(example, tuple) else Text(example, example)
    return Field(path, group, control, Text(zh, en), Text(hint_zh, hint_en), example=example_text, **more)


# In page order: the three questions that give an answer at once, then what every request needs, then
# (folded) what only some buyers know.
GROUPS = (
    _group("start", "先回答三个问题", "Three questions first", "马上告诉你能要求什么、最晚哪一天",
          "tells you straight away what you can ask for, and by when"),
    _group("order", "订单信息", "Order", "帮商家找到你的订单", "lets the merchant find your order"),
    _group("problem", "问题描述", "Problem", "让商家看懂出了什么问题", "tells the merchant exactly what is wrong"),
    _group("evidence", "证据", "Evidence", "照片、视频和凭证证明问题存在", "photos, videos and receipts prove the problem"),
    _group("contact", "联系方式", "Contact", "商家处理时能联系到你", "lets the merchant reach you"),
    _group("product", "商品类别、三包和卖家（不确定可以不填）", "Kind of product, 三包 and seller (skip if unsure)",
          "不填就按一般商品计算", "if you leave this blank, the checker treats it as ordinary goods", folded=True),
    _group("contact_more", "姓名、邮箱和地址（可选）", "Name, email and address (optional)",
          "写邮件或投诉 12315 时用得上", "useful for an email or a 12315 complaint", folded=True),
    _group("merchant", "商家、售后政策和提交日期（可选）", "Merchant, their policy and the day you submit (optional)", "商家承诺比法律更宽时按承诺办",
          "a promise more generous than the law binds the merchant", folded=True),
)

FIELDS = (
    _field("order.platform", "start", "select", "购买平台", "Bought on", options=vocab.PLATFORMS),
    _field("order.order_id", "order", "text", "订单编号", "Order number",
          "在订单详情页复制，不要手抄", "Copy it from the order page rather than typing it",
          limit=40, required=True, example="2741234567890123456"),
    _field("order.product_name", "order", "text", "商品名称", "Product name",
          "写上型号、规格、颜色", "Include model, size and colour", limit=120, required=True,
          example=("无线降噪耳机 X2 黑色", "X2 wireless earbuds, black")),
    _field("order.category", "product", "select", "商品类别", "Kind of product",
          "决定七日无理由退货是否适用", "Decides whether a no-reason return is possible", options=vocab.CATEGORIES),
    _field("order.sanbao", "product", "choice", "属于“三包”商品吗？（手机、电脑、电视、大家电等）",
          "Is it covered by the 三包 rules? (phones, computers, TVs, large appliances …)",
          "不确定就选“不确定”：检查会告诉你，如果属于三包，换货能换到哪天。",
          "Not sure? Say so: the check tells you how long an exchange runs if it is covered.",
          limit=10, options=vocab.ANSWERS),
    _field("order.sanbao_repairs", "product", "number", "三包商品已经修过几次（没修过填 0）",
          "Times a 三包 item has already been repaired (0 if never)",
          "修过两次仍有问题时，三包规定一般允许换货或退货；请附上维修记录",
          "After two failed repairs the 三包 rules generally allow an exchange or a return; attach the repair records",
          limit=4, example="2"),
    _field("order.private_seller", "product", "choice", "卖家是个人吗？（例如在闲鱼上转卖自己东西的人）",
          "Is the seller a private person? (someone selling their own things on a second-hand app, say)",
          "偶尔卖自己旧东西的个人一般不算商家，七天无理由、三包等规定可能不适用；长期卖同类商品或卖全新货的，选“否”。",
          "A person now and then selling their own used things is usually not a business, so no-reason return "
          "and 三包 may not apply; someone who sells the same kind of goods regularly, or new goods, counts as a "
          "business: answer “No”.",
          limit=10, options=vocab.ANSWERS),
    _field("order.price", "order", "text", "实付金额（元）", "Amount paid (yuan)", limit=20, example="399.00",
           json_types=("string", "number"), inputmode="decimal"),
    _field("order.purchase_date", "order", "date", "下单日期", "Order date", limit=20, required=True),
    _field("order.received_date", "start", "date", "签收日期", "Signed for on",
          "写 11-22 或 11月22日都行。放在驿站或快递柜的，写你取件的那天（或物流显示签收的那天）",
          "11-22 or 22 Nov is fine. Left at a pickup point or locker? The day you collected it "
          "(or the day tracking shows it signed for)", limit=20),
    _field("order.delivery", "order", "select", "收货方式", "How the parcel reached you",
          "放在驿站、快递柜或拒收了的，检查会告诉你从哪天算、要留什么证据",
          "Left at a station or locker, or refused? The check tells you which day counts and what to keep",
          options=vocab.DELIVERY),
    _field("problem.type", "problem", "select", "问题类型", "What went wrong", required=True,
          options=vocab.PROBLEM_TYPES),
    _field("problem.noticed_date", "problem", "date", "发现问题的日期", "When you noticed it", limit=20),
    _field("problem.description", "problem", "textarea", "问题描述", "Describe the problem",
          "写清：什么时候开始、具体什么现象、你已经试过什么",
          "Say when it started, what exactly happens and what you already tried",
          limit=1000, required=True),
    _field("resolution", "start", "select", "希望怎么处理", "What you want", required=True,
          options=vocab.RESOLUTIONS),
    _field("contact.name", "contact_more", "text", "姓名", "Name", limit=40, autocomplete="name"),
    _field("contact.phone", "contact", "tel", "手机或座机", "Phone (mobile or landline)",
          "可写 +86、空格或短横线", "+86, spaces and dashes are fine", limit=30, autocomplete="tel",
          example="138 0013 8000"),
    _field("contact.email", "contact_more", "email", "电子邮箱", "Email", limit=254, autocomplete="email"),
    _field("contact.address", "contact_more", "text", "联系地址（投诉 12315 时需要）",
          "Postal address (12315 complaints need it)", limit=200, autocomplete="street-address"),
    _field("merchant.name", "merchant", "text", "商家 / 店铺名称", "Merchant or shop", limit=100,
          example=("某某旗舰店", "Example Flagship Store")),
    _field("merchant.support_email", "merchant", "email", "商家售后邮箱", "Merchant's support email", limit=254,
          example="service@example.com"),
    _field("merchant.support_url", "merchant", "url", "商家售后页面", "Merchant's support page", limit=500,
          example="https://example.com/help"),
    _field("merchant.address", "merchant", "text", "商家地址", "Merchant's address", limit=200),
    _field("merchant.policy.no_reason_days", "merchant", "number", "商家承诺：无理由退货天数",
          "Merchant's promise: days for a no-reason return", limit=4, example="15"),
    _field("merchant.policy.quality_return_days", "merchant", "number", "商家承诺：质量问题退货天数",
          "Merchant's promise: days to return a faulty item", limit=4, example="15"),
    _field("merchant.policy.exchange_days", "merchant", "number", "商家承诺：换货天数",
          "Merchant's promise: days for an exchange", limit=4, example="30"),
    _field("merchant.policy.warranty_months", "merchant", "number", "商家承诺：保修月数",
          "Merchant's promise: months of warranty", limit=4, example="24"),
    _field("merchant.policy.review_working_days", "merchant", "number", "商家承诺：审核工作日",
          "Merchant's promise: working days to review a request", limit=4, example="2"),
    _field("submitted_date", "merchant", "date", "提交日期（默认今天）", "Day you submit (today if left blank)", limit=20),
)

# How a field is named inside a sentence ("{label} is missing"), where its form label is a prompt.
NOUNS = {
    "order.platform": Text("购买平台", "the platform"),
    "order.order_id": Text("订单编号", "the order number"),
    "order.product_name": Text("商品名称", "the product name"),
    "order.category": Text("商品类别", "the kind of product"),
    "order.sanbao": Text("三包选项", "the 三包 option"),
    "order.sanbao_repairs": Text("已修过的次数", "the number of repairs so far"),
    "order.private_seller": Text("卖家是不是个人", "whether the seller is a private person"),
    "order.delivery": Text("收货方式", "how the parcel reached you"),
    "order.price": Text("实付金额", "the amount paid"),
    "order.purchase_date": Text("下单日期", "the order date"),
    "order.received_date": Text("签收日期", "the date you signed for it"),
    "problem.type": Text("问题类型", "the problem type"),
    "problem.noticed_date": Text("发现问题的日期", "the date you noticed it"),
    "problem.description": Text("问题描述", "the description"),
    "resolution": Text("期望方案", "the resolution you want"),
    "contact.name": Text("姓名", "your name"),
    "contact.phone": Text("联系电话", "the phone number"),
    "contact.email": Text("电子邮箱", "the email address"),
    "contact.address": Text("联系地址", "your address"),
    "merchant.name": Text("商家名称", "the merchant's name"),
    "merchant.support_email": Text("商家售后邮箱", "the merchant's support email"),
    "merchant.support_url": Text("商家售后页面", "the merchant's support page"),
    "merchant.address": Text("商家地址", "the merchant's address"),
    "merchant.policy.no_reason_days": Text("商家承诺的无理由退货天数", "the merchant's days for a no-reason return"),
    "merchant.policy.quality_return_days": Text("商家承诺的质量问题退货天数", "the merchant's days to return a faulty item"),
    "merchant.policy.exchange_days": Text("商家承诺的换货天数", "the merchant's days for an exchange"),
    "merchant.policy.warranty_months": Text("商家承诺的保修月数", "the merchant's months of warranty"),
    "merchant.policy.review_working_days": Text("商家承诺的审核工作日", "the merchant's working days to review"),
    "submitted_date": Text("提交日期", "the day you submit"),
}

# merchant.policy numbers: whole days or months, 0 to POLICY_MAX.
POLICY_MAX = 3650

# Evidence list limits: the check reports evidence.too_large / evidence.count against them.
EVIDENCE_MAX_FILES = 20
EVIDENCE_MAX_FILE_BYTES = 50 * 1024 * 1024
EVIDENCE_MAX_TOTAL_BYTES = 200 * 1024 * 1024
EVIDENCE_NAME_LIMIT = 200
# Most mail services refuse messages over 20–25 MB; past this the .eml is unlikely to send.
EMAIL_ATTACHMENTS_LIMIT = 20 * 1024 * 1024


def by_path() -> dict[str, Field]:
    return {f.path: f for f in FIELDS}
