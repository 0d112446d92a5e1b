"""Every page of both editions works under its Content-Security-Policy: no violation, no console error,
no request that leaves this machine, and the checker still starts its Python runtime. (conftest.py fails
any test on a violation or on a request off loopback.) The same walk runs axe-core on every page that does
not start the runtime (the checker's and the merchants' pages have axe tests of their own, once working),
and narrows each page to a phone's 375 px to see that nothing makes it scroll sideways: one page load
serves all three checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import RUNTIME_DOCUMENT, axe_violations, part_of


def site_pages(site_dir: Path) -> list[str]:
    """Every page of both editions as a site-relative URL, found in site/ rather than listed by hand."""
    pages = []
    for index in sorted(site_dir.rglob("index.html")):
        rel = index.parent.relative_to(site_dir).as_posix()
        if rel.split("/")[0] in ("assets", "pyodide", "search"):
            continue
        pages.append("" if rel == "." else rel + "/")
    return pages + ["404.html", "en/404.html"]


DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 375, "height": 740}


@pytest.mark.parametrize("part", range(4))
def test_every_page_of_both_editions_loads_under_the_policy_passes_axe_and_fits_a_phone(page, site_dir, watch,
                                                                                         base_url, part):
    pages = site_pages(site_dir)
    assert "" in pages and "en/" in pages and "checker/" in pages and "en/checker/" in pages
    inaccessible, wide = [], []
    for url in part_of(pages, part, 4):
        page.set_viewport_size(DESKTOP)
        # The context's guard sees every request, a late one too, while the next page loads; the last
        # page waits until the network is idle so that its late requests are seen as well.
        response = page.goto(url)
        assert response is not None
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], url
        assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1, url
        # Let Material's scripts (palette, tabs, search worker) run before leaving the page.
        page.wait_for_function("document.body && document.body.dataset.mdColorScheme !== undefined")
        assert not watch.problems(), f"{url}:\n" + "\n".join(watch.problems())
        if not RUNTIME_DOCUMENT.search(base_url + url):
            inaccessible += [f"{url}: {json.dumps(v, ensure_ascii=False)}" for v in axe_violations(page)]
        page.set_viewport_size(PHONE)
        overflow = page.evaluate("document.documentElement.scrollWidth") - PHONE["width"]
        if overflow > 0:
            wide.append(f"{url}: {overflow}px too wide at {PHONE['width']} px")
    page.wait_for_load_state("networkidle")
    assert not watch.problems(), "\n".join(watch.problems())
    assert not inaccessible, "axe (serious or critical):\n" + "\n".join(inaccessible)
    assert not wide, "scrolls sideways on a phone:\n" + "\n".join(wide)


def test_checker_loads_pyodide_and_becomes_ready_under_the_policy(page, wait_ready):
    response = page.goto("checker/")
    assert "'wasm-unsafe-eval'" in response.headers["content-security-policy"]
    wait_ready(page)
    assert page.get_attribute("#aftersales-checker", "data-state") == "ready"
