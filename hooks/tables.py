"""MkDocs hook: replaces `<!-- table:NAME -->` in a page with a table built from aftersales.guide.catalogue.

The guide's tables (required information, windows, evidence, rejections, resolutions, rules) come
from the same data the checker enforces, so what a buyer reads and what the check says cannot drift.
An unknown name fails the build: a typo must not silently drop a table from the guide.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^<!-- table:([^ ]*) -->[ \t]*$", re.MULTILINE)


def _catalogue():
    # Imported late and from the work tree: the hook must see the package as it is being built.
    if str(ROOT / "py") not in sys.path:
        sys.path.insert(0, str(ROOT / "py"))
    import aftersales.guide.catalogue

    return aftersales.guide.catalogue


def edition_lang(config) -> str:
    """The catalogue's language code for this build: Material says `zh`, the data says `zh-CN`."""
    language = str(config["theme"]["language"] or "zh")
    return "zh-CN" if language.lower().startswith("zh") else "en"


def cell(text) -> str:
    """One Markdown table cell. The catalogue writes Markdown (links, code, anchors), so only what
    would break the table is escaped: pipes, and line breaks (kept as <br>)."""
    value = str(text if text is not None else "").replace("|", "\\|")
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    return "<br>".join(lines) or " "


def markdown_table(table) -> str:
    columns = [cell(c) for c in table.columns]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for index, row in enumerate(table.rows):
        if len(row) != len(columns):
            raise PluginError(f"table row {index} has {len(row)} cells, the table has {len(columns)} columns")
        lines.append("| " + " | ".join(cell(value) for value in row) + " |")
    return "\n".join(lines)


def render(name: str, lang: str, catalogue) -> str:
    if name not in catalogue.TABLE_NAMES:
        raise PluginError(f"unknown table {name!r} in <!-- table:{name} -->; "
                          f"known: {', '.join(catalogue.TABLE_NAMES)}")
    return markdown_table(catalogue.table(name, lang))


def on_page_markdown(markdown: str, *, page, config, files) -> str:
    if not MARKER.search(markdown):
        return markdown
    catalogue = _catalogue()
    lang = edition_lang(config)
    return MARKER.sub(lambda match: render(match.group(1), lang, catalogue), markdown)
