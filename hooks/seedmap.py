"""MkDocs hook: every section, FAQ and table of the source guide must have a home on the built site.

The site was written from a source guide: eight steps, four FAQs, three tables. SEED_MAP is the
record of where each one lives (page and anchor, the same in both editions). After the build, each
anchor must exist on its page, and a table's section must contain a table; otherwise the build fails.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

# (kind, seed heading) -> "page/#anchor" (site-relative, directory URLs)
SEED_MAP: dict[tuple[str, str], str] = {
    ("step", "了解售后政策"): "guide/policy/#read-policy",
    ("step", "收集相关证据"): "guide/evidence/#photos",
    ("step", "选择合适的申请渠道"): "guide/channel/#platform",
    ("step", "填写售后申请信息"): "guide/fill-in/#order",
    ("step", "等待商家审核"): "guide/review/#working-days",
    ("step", "协商解决方案"): "guide/negotiate/#needs",
    ("step", "执行售后操作"): "guide/carry-out/#return",
    ("step", "跟进售后结果"): "guide/follow-up/#logistics",
    ("faq", "售后工单处理一般需要多久时间?"): "faq/#how-long",
    ("faq", "申请售后工单需要准备哪些资料?"): "faq/#what-to-prepare",
    ("faq", "售后工单申请不通过怎么办?"): "faq/#rejected",
    ("faq", "售后工单处理结果不满意怎么处理?"): "faq/#unhappy",
    ("table", "信息类别"): "guide/fill-in/#required-info",
    ("table", "售后操作类型"): "guide/follow-up/#summary",
    ("table", "不通过原因"): "faq/#rejected",
}

class _Sections(HTMLParser):
    """Collects element ids, and for each heading id whether a <table> follows before the next heading."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.with_table: set[str] = set()
        self._current: str | None = None

    def handle_starttag(self, tag, attrs):
        element_id = dict(attrs).get("id")
        if element_id:
            self.ids.add(element_id)
        if tag in ("h1", "h2", "h3"):
            self._current = element_id
        elif tag == "table" and self._current:
            self.with_table.add(self._current)


def check_site(site_dir: Path) -> list[str]:
    problems = []
    parsed: dict[str, _Sections] = {}
    for (kind, heading), target in SEED_MAP.items():
        page, _, anchor = target.partition("#")
        if page not in parsed:
            html_file = site_dir / page / "index.html"
            sections = _Sections()
            if html_file.is_file():
                sections.feed(html_file.read_text(encoding="utf-8"))
            parsed[page] = sections
        sections = parsed[page]
        if anchor not in sections.ids:
            problems.append(f"seed {kind} {heading!r}: {target} is missing")
        elif kind == "table" and anchor not in sections.with_table:
            problems.append(f"seed table {heading!r}: section {target} has no table")
    return problems


def on_post_build(*, config) -> None:
    problems = check_site(Path(config["site_dir"]))
    if problems:
        raise PluginError("the source guide is not fully covered:\n  " + "\n  ".join(problems))
