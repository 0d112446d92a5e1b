"""Every sentence the package says, in one shape: Text(zh, en), read with .get(lang).

Only this module decides what a language code means; everything else asks a Text for its words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["zh-CN", "en"]
LANGS: tuple[Lang, ...] = ("zh-CN", "en")
DEFAULT: Lang = "zh-CN"


def lang_of(value: object) -> Lang:
    """A language this package speaks: "en" stays English, anything else reads as the site's zh-CN."""
    return "en" if value == "en" else DEFAULT


@dataclass(frozen=True)
class Text:
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang_of(lang) == "en" else self.zh

    def format(self, **values: object) -> Text:
        return Text(self.zh.format(**values), self.en.format(**values))


def texts(lang: str, table: dict[str, Text]) -> dict[str, str]:
    """A table of Texts as plain strings in one language (for templates and string formatting)."""
    return {key: t.get(lang) for key, t in table.items()}


# Punctuation that joins words differently in each language.
LIST_SEP = Text("、", ", ")
COLON = Text("：", ": ")
YES_NO = (Text("是", "yes"), Text("否", "no"))


def guide_link(anchor: str, lang: str) -> str:
    """A guide anchor ("guide/policy/#no-reason") as a site-relative link in the buyer's language."""
    return Text(anchor, "en/" + anchor).get(lang)
