"""Every page of both editions works under its Content-Security-Policy: no violation, no console error,
no request that leaves this machine, and the checker still starts its Python runtime. (conftest.py fails
any test on a violation or on a request off loopback.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import part_of


def site_pages(site_dir: Path) -> list[str]:
    """Every page of both editions as a site-relative URL, found in site/ rather than listed by hand."""
    pages = []
    for index in sorted(site_dir.rglob("index.html")):
        rel = index.parent.relative_to(site_dir).as_posix()
        if rel.split("/")[0] in ("assets", "pyodide", "search"):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages + ["404.html", "en/404.html"]


@pytest.mark.parametrize("part", range(4))
def test_every_page_of_both_editions_loads_without_a_policy_violation(page, site_dir, watch, part):
    pages = site_pages(site_dir)
    assert "" in pages and "en/" in pages and "checker/" in pages and "en/checker/" in pages
    for url in part_of(pages, part, 4):
        # The context's guard sees every request, a late one too, while the next page loads; the last
        # page waits until the network is idle so that its late requests are seen as well.
        response = page.goto(url)
        assert response is not None
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], url
        assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1, url
        # Let Material's scripts (palette, tabs, search worker) run before leaving the page.
        page.wait_for_function("document.body && document.body.dataset.mdColorScheme !== undefined")
        assert not watch.problems(), f"{url}:\n" + "\n".join(watch.problems())
    page.wait_for_load_state("networkidle")
    assert not watch.problems(), "\n".join(watch.problems())


def test_checker_loads_pyodide_and_becomes_ready_under_the_policy(page, wait_ready):
    response = page.goto("checker/")
    assert "'wasm-unsafe-eval'" in response.headers["content-security-policy"]
    wait_ready(page)
    assert page.get_attribute("#aftersales-checker", "data-state") == "ready"
