"""How the checker starts on a first visit and on the next: on a fast link (here, loopback) the first
visit restores the runtime from the snapshot it downloads, instead of starting Python, and keeps it, so
the next visit restores from the kept copy without downloading it again. Either way the draft is checked.
(Which path a start took is read from the page's User Timing marks, the same the bench reports.)"""

from __future__ import annotations

import pytest
from test_outputs_downloads import DRAFT

from aftersales.outputs.links import deep_link

MARKS = "performance.getEntriesByType('mark').map(m => m.name)"
KEPT = """caches.open('aftersales-snapshot').then(c => c.keys())
    .then(keys => keys.some(r => r.url.endsWith('runtime.snapshot.gz?unpacked')))"""


def checked(page, wait_ready) -> list[str]:
    wait_ready(page)
    page.wait_for_selector("[data-role=counts]:not([hidden])", timeout=30000)
    return page.evaluate(MARKS)


@pytest.mark.cold_start
def test_a_first_visit_on_a_fast_link_restores_the_downloaded_snapshot_and_the_next_the_kept_one(page, wait_ready):
    page.goto("checker/" + deep_link(DRAFT))
    first = checked(page, wait_ready)
    assert "aftersales:worker:snapshot-fast" in first, first
    assert "aftersales:restored" in first, first
    page.wait_for_function(KEPT, timeout=30000)

    page.goto("faq/")  # a plain navigation away and back: a returning visitor
    page.goto("checker/" + deep_link(DRAFT))
    second = checked(page, wait_ready)
    assert "aftersales:worker:snapshot-cached" in second, second
    assert "aftersales:restored" in second, second
    assert not any("snapshot-fast" in m or "snapshot-slow" in m for m in second), second
