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

# What the law says about exchange once a faulty item's 7 days have passed, for goods outside 三包.
EXCHANGE_AFTER_7 = Text(
    "依据消费者权益保护法 第二十四条，商品不符合质量要求的，收货七日后不符合法定解除合同条件的，"
    "可以要求经营者履行更换、修理等义务，运输等必要费用由经营者承担。",
    "Under the Consumer Rights Protection Law, Art. 24, goods that fail quality requirements may, after the "
    "first 7 days and where the grounds to cancel the contract are not met, still be exchanged or repaired, "
    "and the business pays the shipping and other necessary costs.")
