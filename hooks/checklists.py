"""MkDocs hook: a checklist item's text becomes its checkbox's label.

pymdownx.tasklist renders `<label><input type="checkbox"><span></span></label> text`: the checkbox
has no accessible name (axe: label, critical) and only the small box is a tap target. Moving the
text into the label names the box for screen readers and lets a buyer tick an item by tapping its
words on a phone.
"""

from __future__ import annotations

import re

ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control">'
    r'<input type="checkbox"[^>]*/?><span class="task-list-indicator"></span>)</label>'
    r'(.*?)(?=</li>|<ul|<ol|<p>)',
    re.DOTALL,
)


def label_items(html: str) -> str:
    return ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}</label>", html)


def on_page_content(html: str, *, page, config, files) -> str:
    return label_items(html) if "task-list-control" in html else html
