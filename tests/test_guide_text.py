"""What a buyer reads on the guide: internal finding codes stay on the rules and reference pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from aftersales.data.rules import catalogue

SITE = Path(__file__).resolve().parent.parent / "site"
# Pages written for integrators, where codes are the point.
CODE_PAGES = {"rules", "reference"}


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._hidden += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    parser = _VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(parser.parts)


def test_guide_pages_show_no_finding_codes():
    dotted = [code for code in catalogue() if "." in code]
    pattern = re.compile("|".join(re.escape(c) for c in dotted))
    offenders = []
    for page in sorted(SITE.rglob("index.html")):
        rel = page.parent.relative_to(SITE).parts
        if set(rel) & CODE_PAGES or "assets" in rel:
            continue
        found = sorted(set(pattern.findall(visible_text(page))))
        if found:
            offenders.append(f"{page.relative_to(SITE)}: {', '.join(found)}")
    assert not offenders, "\n".join(offenders)
