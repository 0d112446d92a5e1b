"""The site after one visit: the guide and the checker (check and outputs) with the network cut, a new
deploy replacing the kept copy whole, and a damaged runtime snapshot that only costs a plain start.

These tests let the service worker run (the shared `context` blocks it), so they make their own
context; Playwright cannot route a service worker's requests, so none of them routes through one."""

from __future__ import annotations

import io
import json
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from test_outputs_downloads import DRAFT, ROOT_SEL, download

from aftersales.outputs.links import deep_link
from tools.offline import write_offline
from tools.precompress import precompress
from tools.server import make_server

OFFLINE_NOTE = "[data-role=offline][data-state=offline]:not([hidden])"
UPDATE_NOTE = "[data-role=offline][data-state=update]:not([hidden])"


def watched(context, watch):
    page = context.new_page()
    page.on("console", lambda msg: watch.errors.append(f"console error: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    return page


@pytest.fixture
def sw_context(browser):
    made = []

    def make(base_url: str):
        context = browser.new_context(base_url=base_url, locale="zh-CN", timezone_id="Asia/Shanghai",
                                      service_workers="allow")
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def test_after_one_visit_the_guide_and_the_checker_work_offline(sw_context, base_url, watch, wait_ready):
    context = sw_context(base_url)
    page = watched(context, watch)
    page.goto("checker/" + deep_link(DRAFT))
    wait_ready(page)
    page.wait_for_selector(OFFLINE_NOTE, timeout=60000)
    assert page.locator("[data-role=offline-text]").inner_text() == "已可离线使用"

    context.set_offline(True)
    page.goto("guide/")
    assert page.locator("h1").first.is_visible()
    page.goto("checker/" + deep_link(DRAFT))
    wait_ready(page)
    page.wait_for_selector(f"{ROOT_SEL} [data-output=zip]:not([disabled])", timeout=30000)
    assert page.locator("[data-role=counts]").is_visible()
    name, data = download(page, "zip")
    assert name.endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        assert json.loads(zf.read("ticket.json"))["order"]["order_id"] == "301234567890"
    assert not watch.problems(), watch.problems()


def test_a_new_deploy_replaces_the_kept_copy_whole(sw_context, site_dir, tmp_path, watch, wait_ready):
    site = tmp_path / "site"
    shutil.copytree(site_dir, site)
    server = make_server("127.0.0.1", 0, site, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        context = sw_context(server.url)
        page = watched(context, watch)
        page.goto("faq/")
        page.wait_for_selector(OFFLINE_NOTE, timeout=60000)
        first = page.evaluate("caches.keys()")

        # The next deploy: a page changes, so the build id does.
        faq = site / "faq" / "index.html"
        faq.write_text(faq.read_text(encoding="utf-8").replace("</h1>", " · 新版</h1>", 1), encoding="utf-8")
        write_offline(site)
        # As the build does last: the server sends the .br/.gz copies, which must be of the new files.
        for stale in [*site.rglob("*.br"), *site.rglob("*.gz")]:
            if stale.name != "runtime.snapshot.gz":
                stale.unlink()
        precompress(site)
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        page.wait_for_selector(UPDATE_NOTE, timeout=60000)
        page.click("[data-role=offline-reload]")
        page.wait_for_selector("h1:has-text('新版')")
        page.wait_for_function("caches.keys().then(k => k.filter(n => n !== 'aftersales-snapshot').length === 1)")
        now = page.evaluate("caches.keys()")
        assert set(now).isdisjoint(set(first) - {"aftersales-snapshot"}), (first, now)

        context.set_offline(True)
        page.goto("faq/")
        assert "新版" in page.locator("h1").first.inner_text()
    finally:
        server.shutdown()
        server.server_close()
    assert not watch.problems(), watch.problems()


@pytest.mark.parametrize("damage", ["not-gzip", "wrong-runtime"])
def test_a_damaged_snapshot_falls_back_to_a_plain_start_and_still_checks(page, wait_ready, damage):
    # Kept from an "earlier visit", so this visit restores it whatever the link looks like.
    page.goto("faq/")
    page.evaluate("""async ([url, wrongRuntime]) => {
        const bytes = new TextEncoder().encode("not a snapshot");
        const body = wrongRuntime
            ? new Response(new Blob([new Uint8Array(4096)]).stream().pipeThrough(new CompressionStream("gzip")))
            : new Response(bytes);
        await (await caches.open("aftersales-snapshot")).put(url, body);
    }""", [page.url.replace("faq/", "") + snapshot_path(), damage == "wrong-runtime"])
    page.goto("checker/" + deep_link(DRAFT))
    wait_ready(page)
    page.wait_for_selector("[data-role=counts]:not([hidden])", timeout=30000)
    if damage == "wrong-runtime":  # it was tried and refused
        assert "aftersales:restore-failed" in page.evaluate("performance.getEntriesByType('mark').map(m => m.name)")


def snapshot_path() -> str:
    manifest = json.loads((Path(__file__).resolve().parents[2] / "build" / "manifest.json").read_text())
    return manifest["snapshot"]
