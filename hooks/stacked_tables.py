"""MkDocs hook: gives each table cell its column's heading as `data-label`, so on a phone
(overrides/main.html) a wide table can show each row as a card, every value under its heading,
instead of a table cut off at the screen's edge."""

from __future__ import annotations

import html
import re

TABLE = re.compile(r"<table>(.*?)</table>", re.DOTALL)
HEAD = re.compile(r"<thead>(.*?)</thead>", re.DOTALL)
CELL_OPEN = re.compile(r"<td(?=[\s>])")
ROW = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
TH = re.compile(r"<th[^>]*>(.*?)</th>", re.DOTALL)
TAGS = re.compile(r"<[^>]+>")


def _text(cell: str) -> str:
    return " ".join(html.unescape(TAGS.sub("", cell)).split())


def _label_row(row: re.Match, labels: list[str]) -> str:
    column = iter(labels)

    def label(_: re.Match) -> str:
        heading = next(column, "")
        return f'<td data-label="{html.escape(heading)}"' if heading else "<td"

    return "<tr>" + CELL_OPEN.sub(label, row.group(1)) + "</tr>"


def _stack(table: re.Match) -> str:
    body = table.group(1)
    head = HEAD.search(body)
    if not head:
        return table.group(0)
    labels = [_text(c) for c in TH.findall(head.group(1))]
    rest = ROW.sub(lambda row: _label_row(row, labels), body[head.end():])
    return "<table data-stack>" + body[:head.end()] + rest + "</table>"


def on_page_content(content: str, **_) -> str:
    return TABLE.sub(_stack, content)
