"""Is the problem description something a merchant can act on? CJK-aware: Chinese is counted by
character, other scripts by word, so "坏了" and "broken" are equally short."""

from __future__ import annotations

import re
import unicodedata

from .model import Draft, Hit

MIN_UNITS = 10
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# Words that say something is wrong without saying what (the seed's "问题描述不准确"). Removed with
# str.replace and a set look-up rather than one big regex alternation, which took 10 ms on 5,000 characters.
VAGUE_ZH = tuple(sorted((
    "质量太差", "质量不好", "质量差", "不好用", "不能用", "用不了", "有问题", "出问题", "有毛病", "坏掉了", "坏掉",
    "坏了", "不行", "垃圾", "太差", "很差", "不满意", "差评", "退货", "退款", "换货", "东西", "商品", "这个", "了",
    "的", "很", "太", "就", "是", "真",
), key=len, reverse=True))
VAGUE_EN = frozenset((
    "doesn't", "does", "not", "work", "working", "works", "bad", "quality", "poor", "broken", "faulty",
    "defective", "problem", "problems", "issue", "issues", "terrible", "rubbish", "junk", "it", "is", "the",
    "this", "very", "so", "a", "really", "was", "and",
))
_TIME = re.compile(
    r"\d|[一二两三四五六七八九十几半]+[天次周月年个]|[昨今前当]天|刚|开箱|收到|签收|到货|使用后|用了|之后|以后|第.次|早上|晚上|"
    r"yesterday|today|since|after|when|day|week|month|first|second|time|arriv|unbox|deliver",
    re.IGNORECASE,
)


def units(text: str) -> int:
    """Characters of CJK text plus words of everything else."""
    return len(_CJK.findall(text)) + len(_WORD.findall(_CJK.sub(" ", text)))


def _specific_units(text: str) -> int:
    for word in VAGUE_ZH:
        text = text.replace(word, " ")
    latin = _WORD.findall(_CJK.sub(" ", text))
    return len(_CJK.findall(text)) + sum(w.lower() not in VAGUE_EN for w in latin)


def description_hits(draft: Draft) -> list[Hit]:
    text = draft.get("problem.description")
    problem = draft.get("problem.type")
    if not text or problem == "no_reason":  # the law asks for no reason, so none is "too short"
        return []
    folded = unicodedata.normalize("NFKC", text)
    n = units(folded)
    if n < MIN_UNITS:
        return [Hit("description.short", "problem.description", {"value": n, "limit": MIN_UNITS})]
    if _specific_units(folded) < 3:
        return [Hit("description.vague", "problem.description", {"value": folded[:40]})]
    if problem in ("quality", "not_as_described", "damaged") and not _TIME.search(folded):
        return [Hit("description.no_time", "problem.description")]
    return []
