"""The laws and customs the rules and deadlines cite, named once. Article texts were checked against
the official texts as kept in LawRefBook/Laws; where the original could not be read (the 三包 rules
for most goods), the basis says so instead of citing an article."""

from __future__ import annotations

from ..text import Text

CPL23 = Text("消费者权益保护法 第二十三条第三款", "Consumer Rights Protection Law, Art. 23(3)")
CPL24 = Text("消费者权益保护法 第二十四条", "Consumer Rights Protection Law, Art. 24")
# After day 7 a faulty item may still go back where the grounds to cancel the contract are met.
CPL24_CANCEL = Text("消费者权益保护法 第二十四条；民法典 第五百六十三条",
                    "Consumer Rights Protection Law, Art. 24; Civil Code, Art. 563")
CPL25 = Text("消费者权益保护法 第二十五条", "Consumer Rights Protection Law, Art. 25")
CPL25_SCOPE = Text("消费者权益保护法 第二十五条（网络、电视、电话、邮购等方式销售）",
                   "Consumer Rights Protection Law, Art. 25 (online, TV, phone and mail-order sales)")
# The 1995 rules and the phone, computer and home AV rules could not be read in the original: no
# article is cited and no number is presented as verified.
SANBAO = Text("三包规定（以原文为准）", "三包 rules (check the original text)")
CIVIL_203 = Text("民法典 第二百零一条、第二百零三条", "Civil Code, Arts. 201 and 203")
REVIEW_CUSTOM = Text("常见做法：1–3 个工作日（非法定）", "Common practice: 1–3 working days (not law)")
WARRANTY_CUSTOM = Text("常见做法：三包商品整机保修一般 12 个月（非法定数字，以保修卡和三包规定原文为准）",
                       "Common practice: 12 months for the whole unit of 三包 goods (not a legal number; "
                       "check the warranty card and the 三包 rules)")
# The catalogue's basis for policy.below_legal_minimum; each finding cites its own window's.
BELOW_BASIS = Text("所涉期限的依据：消费者权益保护法 第二十四条、第二十五条；三包规定（以原文为准）",
                   "That of the window concerned: Consumer Rights Protection Law, Arts. 24 and 25; 三包 rules "
                   "(check the original text)")
# A date that rests on a promise is never labelled with a statute.
PROMISE = Text("商家自己的承诺（不是法定期限）；请保存商家页面上这条承诺的截图",
               "The merchant's own promise (not a legal deadline); keep a screenshot of where it says so")

# Situations (checks/situations.py). Quoted from the texts in LawRefBook/Laws (commit 2f4c5c2).
# 电商法 51 / 民法典 512: parcel delivery happens when the recipient signs; 快递暂行条例 25: to the
# recipient or an agent the recipient named, who may inspect it in person.
DELIVERY = Text("电子商务法 第五十一条；快递暂行条例 第二十五条",
                "E-Commerce Law, Art. 51; Interim Regulations on Express Delivery, Art. 25")
# 电商法 20: the seller bears the risks of transport unless the buyer chose the carrier; 民法典 604:
# risk passes on delivery; 民法典 623: a signed delivery note presumes quantity and appearance were
# checked, unless evidence shows otherwise.
TRANSIT = Text("电子商务法 第二十条；民法典 第六百零四条、第六百二十三条",
               "E-Commerce Law, Art. 20; Civil Code, Arts. 604 and 623")
NOT_DELIVERED = Text("电子商务法 第二十条、第五十一条；民法典 第六百零四条",
                     "E-Commerce Law, Arts. 20 and 51; Civil Code, Art. 604")
# A refusal: without a reason it is a no-reason return (消法 25(3): refund within 7 days of getting the
# goods back, return freight on the buyer unless agreed); for faulty goods the business pays (消法 24(2)).
REFUSED = Text("消费者权益保护法 第二十四条第二款、第二十五条第三款", "Consumer Rights Protection Law, Arts. 24(2) and 25(3)")
FOOD = Text("食品安全法 第一百四十八条", "Food Safety Law, Art. 148")
# 消法 3: the law binds 经营者; 法释〔2022〕8号 7: a second-hand seller found to be in business answers
# as one; 民法典 582: remedies for goods that do not conform to the contract.
PRIVATE_SELLER = Text("消费者权益保护法 第三条；法释〔2022〕8号 第七条",
                      "Consumer Rights Protection Law, Art. 3; SPC Provisions on Online Consumer Disputes (I), Art. 7")
CONTRACT = Text("民法典 第五百八十二条；法释〔2022〕8号 第七条",
                "Civil Code, Art. 582; SPC Provisions on Online Consumer Disputes (I), Art. 7")

# What the law says about exchange once a faulty item's 7 days have passed, for goods outside 三包.
EXCHANGE_AFTER_7 = Text(
    "依据消费者权益保护法 第二十四条，商品不符合质量要求的，收货七日后不符合法定解除合同条件的，"
    "可以要求经营者履行更换、修理等义务，运输等必要费用由经营者承担。",
    "Under the Consumer Rights Protection Law, Art. 24, goods that fail quality requirements may, after the "
    "first 7 days and where the grounds to cancel the contract are not met, still be exchanged or repaired, "
    "and the business pays the shipping and other necessary costs.")
