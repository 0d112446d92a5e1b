"""Browser test harness: the real built site, served by tools/server.py (what `build.py serve` runs), driven in Chromium.

Every test that uses `page` fails when the page requests anything outside loopback, logs a console
error (HOUSE rule 4) or trips its Content-Security-Policy; a test that provokes an error on purpose says
which with `watch.allow(...)`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import chromium  # noqa: E402
from tools.layout import SITE  # noqa: E402 - stdlib-only modules at the repo root
from tools.server import SiteServer, make_server  # noqa: E402

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
READY_TIMEOUT_MS = 120_000
# The tests' browser reaches no host but loopback (an address is mapped like a name), so a request that
# would leave this machine fails at once; guard() records it.
NO_OUTSIDE_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"
# Runs before any page script in every frame (Playwright's init scripts are outside the page's CSP).
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__aftersalesCspViolation(
    `${e.effectiveDirective} refused ${e.blockedURI || "inline code"} (${e.sourceFile}:${e.lineNumber})`);
});
"""


def is_outside(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome", "chrome-extension", "devtools"):
        return False
    return (parts.hostname or "") not in LOOPBACK_HOSTS


@dataclass
class Watch:
    """What a page did that a user must never see: outside requests, console errors, page errors."""
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    allowed: list[re.Pattern[str]] = field(default_factory=list)

    def allow(self, pattern: str) -> None:
        self.allowed.append(re.compile(pattern))

    def problems(self) -> list[str]:
        errors = [e for e in self.errors if not any(p.search(e) for p in self.allowed)]
        return [f"request left loopback: {u}" for u in self.outside] + errors


@pytest.fixture(scope="session")
def site_dir() -> Path:
    # `build.py test` builds before it runs pytest and says so; a bare `pytest` builds here, once.
    if os.environ.get("AFTERSALES_SITE_BUILT") != "1":
        subprocess.run([sys.executable, str(ROOT / "build.py"), "build"], check=True, cwd=ROOT)
    assert (SITE / "index.html").exists(), "site/ was not built"
    return SITE


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[SiteServer]:
    srv = make_server("127.0.0.1", 0, site_dir, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="session")
def base_url(server: SiteServer) -> str:
    return server.url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium.executable(shell=True),
                                    args=[*chromium.ARGS, NO_OUTSIDE_HOSTS], headless=True)
        yield browser
        browser.close()


@pytest.fixture
def watch() -> Watch:
    return Watch()


@functools.cache
def snapshot_url(base_url: str) -> str:
    """The runtime snapshot's absolute URL in this build ("" when the build made none)."""
    manifest = json.loads((ROOT / "build" / "manifest.json").read_text(encoding="utf-8"))
    return base_url + manifest["snapshot"] if manifest.get("snapshot") else ""


# A page that starts the runtime (the checker, the merchants' tools), with or without a query; the
# request's URL never carries the fragment.
RUNTIME_DOCUMENT = re.compile(r"/(?:checker|merchants)/(?:\?[^#]*)?$")


def keep_snapshot(context, base_url: str) -> None:
    """Puts the runtime's memory snapshot where a returning visitor's browser has it (Cache Storage),
    so the checker and the merchants' tools restore it (about 1 s) instead of starting Python (several seconds). The suite pays
    the cold start only where a test asks for it (`@pytest.mark.cold_start`).

    Done when the context first asks for such a page, not before: most tests never open one, and
    copying 7 MB into every context's cache costs them time. A snapshot a test put there on purpose (a
    damaged one) is left as it is."""
    url = snapshot_url(base_url)
    if not url:
        return

    kept = False

    def first_runtime_page(route) -> None:
        nonlocal kept
        if kept:  # a second page asked while the first was being served
            route.fallback()
            return
        kept = True
        page = context.new_page()
        # Any same-origin document will do: a blank one of our own, which no policy or script touches.
        page.route(base_url + "__keep-snapshot", lambda blank: blank.fulfill(content_type="text/html", body=""))
        page.goto(base_url + "__keep-snapshot")
        page.evaluate("""async (url) => {
            const cache = await caches.open("aftersales-snapshot");
            if (!(await cache.match(url))) await cache.put(url, await fetch(url));
        }""", url)
        page.close()
        route.fallback()
        # Only now, with the request on its way: removing the context's last route stops Playwright
        # intercepting, and doing that while this request waited in it raced the context's closing.
        context.unroute(RUNTIME_DOCUMENT, first_runtime_page)

    context.route(RUNTIME_DOCUMENT, first_runtime_page)


def new_context(browser, base_url: str, watch: Watch | None = None, *, snapshot: bool = True, **options):
    """A fresh browser context as the suite uses them: zh-CN in Shanghai, service workers off, the
    runtime's snapshot kept (unless `snapshot` is False) and, given a `watch`, guarded. `options` are
    Playwright's (a phone's viewport, say) and override these."""
    context = browser.new_context(**{"base_url": base_url, "locale": "zh-CN", "timezone_id": "Asia/Shanghai",
                                     "service_workers": "block", **options})
    if watch is not None:
        guard(context, watch)
    if snapshot:
        keep_snapshot(context, base_url)
    return context


def guard(context, watch: Watch) -> None:
    """Every page of `context`: a request off this machine is recorded (and fails: NO_OUTSIDE_HOSTS),
    and so is any Content-Security-Policy violation.

    Requests are watched, not intercepted: a catch-all route held every request for Playwright and turned
    the HTTP cache off, about 0.4 s of CPU per context that opens the checker."""
    context.on("request", lambda request: watch.outside.append(request.url) if is_outside(request.url) else None)
    context.expose_function("__aftersalesCspViolation",
                            lambda text: watch.errors.append(f"Content-Security-Policy violation: {text}"))
    context.add_init_script(CSP_LISTENER)


AXE = Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js"


def axe_violations(page, impacts: tuple[str, ...] | None = ("serious", "critical")) -> list[dict]:
    """axe-core's violations on the page as it is (all of them when `impacts` is None). Evaluated from
    outside the page: an injected <script> is inline code the page's policy rightly refuses."""
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    found = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in found if impacts is None or v["impact"] in impacts]


@pytest.fixture
def context(browser, base_url: str, watch: Watch, request):
    context = new_context(browser, base_url, watch, snapshot=request.node.get_closest_marker("cold_start") is None)
    yield context
    context.close()


def watched_page(context, watch: Watch):
    """A new page of `context` whose console errors and page errors (its workers' too) go to `watch`."""
    page = context.new_page()
    page.on("console", lambda msg: watch.errors.append(f"console error: {msg.text} ({msg.location.get('url')})")
            if msg.type == "error" else None)
    page.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    page.on("worker", lambda worker: worker.on(
        "console", lambda msg: watch.errors.append(f"worker console error: {msg.text}")
        if msg.type == "error" else None) if hasattr(worker, "on") else None)
    return page


@pytest.fixture
def page(context, watch: Watch):
    yield watched_page(context, watch)
    problems = watch.problems()
    assert not problems, "the page misbehaved:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def search_page(browser, base_url: str):
    """search_page(edition) -> that edition's home page, opened once per test module and worker and kept
    for the module's search tests: a search only reads the page, and Material builds its index anew
    on every page where search is opened."""
    watch = Watch()
    context = new_context(browser, base_url, watch, snapshot=False)
    pages: dict[str, object] = {}

    def open_edition(edition: str = ""):
        if edition not in pages:
            pages[edition] = watched_page(context, watch)
            pages[edition].goto(edition)
        return pages[edition]

    yield open_edition
    context.close()
    problems = watch.problems()
    assert not problems, "a search page misbehaved:\n" + "\n".join(problems)


def _wait_ready(page, timeout: int = READY_TIMEOUT_MS) -> None:
    page.wait_for_selector("#aftersales-checker[data-state=ready], #aftersales-checker[data-state=error]",
                           state="attached", timeout=timeout)
    state = page.get_attribute("#aftersales-checker", "data-state")
    if state != "ready":
        message = page.locator("[data-role=runtime-error]").get_attribute("title")
        raise AssertionError(f"the checker did not become ready: {message}")


@pytest.fixture
def wait_ready():
    """wait_ready(page): waits until the checker's runtime is ready; fails with the page's reason on error."""
    return _wait_ready


def start_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """Every start tag in `html` with its attributes, in document order: what a built page or a snippet
    hands a browser, read without one."""
    tags: list[tuple[str, dict[str, str | None]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append((tag, dict(attrs)))

    Tags().feed(html)
    return tags


def part_of(items: list, part: int, parts: int) -> list:
    """Every `parts`-th item from `part` on: a test that walks every page is parametrized over its parts,
    so the workers share the walk instead of one of them taking it all while the others wait."""
    return items[part::parts]


def fill_field(page, name: str, value: str | bool) -> None:
    """Set the checker's control `name` (a draft path) in `page` (or a frame locator) as a buyer would: a folded group (<details data-fold>)
    holding it is opened first by its summary. Text is typed, a select chooses the option, a checkbox takes
    True/False, a set of radio buttons the one whose value is `value`."""
    control = page.locator(f"[name='{name}']").first
    if not control.is_visible():
        fold = page.locator(f"details[data-fold]:has([name='{name}'])")
        if fold.count() and fold.get_attribute("open") is None:
            fold.locator(":scope > summary").click()
    kind = control.evaluate("c => c.type")
    if kind == "radio":
        page.locator(f"[name='{name}'][value='{value}']").check()
    elif kind == "checkbox":
        control.set_checked(bool(value))
    elif kind.startswith("select"):
        # A yes/no question may be a select (三包: 是 / 否 / 不确定): True and False are its values.
        control.select_option(str(value).lower() if isinstance(value, bool) else str(value))
    else:
        control.fill(str(value))
