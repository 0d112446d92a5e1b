"""MkDocs hook: search-only words. A page's `keywords:` front matter (the words buyers type, such as
驿站, 闲鱼, 运费险) goes into the search index, in a field of its own that results never show.

Material's search plugin has no such field, so after it has written search/search_index.json this
hook adds the words to each page's first entry, cut the way the plugin cuts Chinese (jieba with our
user dictionary, words joined by U+200B), and declares the field with the title's weight.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data

FIELD = "keywords"
SEPARATORS = re.compile(r"[\s,，、;；]+")
BOOST = 1e3  # as much as a title: a page lists a word only if it is the page for that word


def page_url(src: str) -> str:
    """docs-relative source path → the location Material's index uses (directory URLs)."""
    stem = src.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def cut(words: str) -> str:
    """Each keyword whole (so a query finds it whatever jieba does) and as jieba's pieces."""
    import jieba  # Material's search plugin depends on it and has loaded our user dictionary

    tokens: list[str] = []
    for word in filter(None, SEPARATORS.split(words)):
        tokens.append(word)
        pieces = [p for p in jieba.cut(word) if p.strip()]
        if len(pieces) > 1:
            tokens += pieces
    return "\u200b".join(tokens)


def page_keywords(docs_dir: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        _, meta = get_data(path.read_text(encoding="utf-8"))
        words = meta.get(FIELD)
        if words:
            found[page_url(path.relative_to(docs_dir).as_posix())] = cut(str(words))
    return found


def add_keywords(index: dict, keywords: dict[str, str]) -> dict:
    index["config"]["fields"][FIELD] = {"boost": BOOST}
    for doc in index["docs"]:
        if doc["location"] in keywords:  # the page's own entry, not its sections (#…)
            doc[FIELD] = keywords[doc["location"]]
    return index


def on_post_build(*, config) -> None:
    path = Path(config["site_dir"], "search", "search_index.json")
    if not path.exists():
        raise PluginError("hooks/search_keywords.py: no search index in the built site")
    index = json.loads(path.read_text(encoding="utf-8"))
    keywords = page_keywords(Path(config["docs_dir"]))
    path.write_text(json.dumps(add_keywords(index, keywords), separators=(",", ":")),
                    encoding="utf-8")
