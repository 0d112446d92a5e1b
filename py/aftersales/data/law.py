"""The laws and customs the rules and deadlines cite, named once."""

from __future__ import annotations

from ..text import Text

CPL23 = Text("消费者权益保护法 第二十三条第三款", "Consumer Rights Protection Law, Art. 23(3)")
CPL24 = Text("消费者权益保护法 第二十四条", "Consumer Rights Protection Law, Art. 24")
CPL25 = Text("消费者权益保护法 第二十五条", "Consumer Rights Protection Law, Art. 25")
SANBAO = Text("部分商品修理更换退货责任规定（三包规定）", "Rules on repair, exchange and return of certain goods (三包)")
REVIEW_CUSTOM = Text("常见做法：1–3 个工作日（非法定）", "Common practice: 1–3 working days (not law)")
