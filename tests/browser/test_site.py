"""The built site as a visitor and a static host see it: languages, search, the checker runtime,
no third-party host named in any file, and the production server's headers. (That no page requests
anything off this machine is test_pages_under_policy.py's walk over every page.)"""

from __future__ import annotations

import gzip
import json
import re
import urllib.request
import zipfile

from conftest import ROOT

import aftersales
import aftersales.guide.ui

FORBIDDEN_HOSTS = re.compile(rb"fonts\.googleapis|fonts\.gstatic|unpkg|jsdelivr|cdnjs|api\.github\.com")
TEXT_SUFFIXES = {".html", ".js", ".mjs", ".css", ".json", ".xml", ".txt", ".svg", ".map", ".webmanifest"}


def search(page, word: str) -> list[str]:
    """Types into Material's search box as a person would and returns the result titles."""
    box = page.locator("input.md-search__input")
    page.locator("label.md-header__button[for=__search]").first.click() if not box.is_visible() else box.click()
    results = page.locator(".md-search-result__item")
    # The index loads in a worker; until it has, typing shows nothing. Type again until it answers.
    for _ in range(40):
        box.fill(word)
        box.press("End")
        try:
            results.first.wait_for(state="visible", timeout=500)
            break
        except Exception:  # noqa: BLE001 - Playwright's timeout: the index is not loaded yet
            continue
    return results.locator(".md-search-result__title, h1, h2").all_inner_texts()


def test_home_page_is_chinese_and_english_edition_is_english(page, site_dir):
    page.goto("")
    assert page.get_attribute("html", "lang") == "zh"
    assert "售后" in page.title()
    english = "en/" if (site_dir / "en" / "index.html").exists() else "en/checker/"
    page.goto(english)
    assert page.get_attribute("html", "lang") == "en"


def test_language_switcher_keeps_the_reader_on_the_same_page(page):
    page.goto("checker/")
    links = page.locator("a.md-select__link")
    hrefs = {a.get_attribute("hreflang"): a.get_attribute("href") for a in links.all()}
    assert set(hrefs) == {"zh", "en"}
    page.goto("checker/" + hrefs["en"])
    assert page.url.endswith("/en/checker/")
    assert page.get_attribute("html", "lang") == "en"
    back = page.locator("a.md-select__link[hreflang=zh]").get_attribute("href")
    page.goto("en/checker/" + back)
    assert page.url.endswith("/checker/") and "/en/" not in page.url


def test_typing_a_chinese_word_into_search_finds_the_page(page):
    page.goto("")
    titles = search(page, "检查")
    assert titles, "searching 检查 found nothing"
    assert any("检查" in t for t in titles), titles


def test_search_index_holds_segmented_chinese_words(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert r"\u200b" in index["config"]["separator"]  # the regex splits on the zero-width space
    text = " ".join(d["title"] + " " + d["text"] for d in index["docs"])
    # jieba's segments are joined with zero-width spaces: 检查 stands alone as a word.
    assert re.search("\u200b检查\u200b", text), "Chinese text in the search index is not segmented"


def test_search_finds_the_checker_page_but_not_the_words_of_its_form(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    checker = [d for d in index["docs"] if d["location"].startswith("checker/")]
    assert [d["location"] for d in checker] == ["checker/"]
    # The form's words are not the page's text (a guide page may name a button, as the privacy page does).
    start_over = aftersales.guide.ui.ui_strings("zh-CN")["start_over"]
    assert start_over not in json.dumps(checker, ensure_ascii=False).replace("\u200b", "")


def test_widget_labels_are_the_strings_not_python_objects(site_dir):
    for lang_dir in ("", "en/"):
        html = (site_dir / lang_dir / "checker" / "index.html").read_text(encoding="utf-8")
        assert "built-in method" not in html and "&lt;bound method" not in html
        assert 'data-action="copy"' in html


def test_checker_runtime_becomes_ready_and_shows_the_package_version(page, wait_ready):
    page.goto("checker/")
    assert page.get_attribute("#aftersales-checker", "data-state") in ("loading", "ready")
    wait_ready(page)
    assert aftersales.__version__ in page.locator("[data-role=runtime-version]").inner_text()


def test_english_checker_loads_the_shared_runtime(page, wait_ready):
    page.goto("en/checker/")
    wait_ready(page)
    assert page.get_attribute("html", "lang") == "en"


def test_checker_explains_when_the_browser_has_no_webassembly(page):
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto("checker/")
    page.wait_for_selector("#aftersales-checker[data-state=error]", state="attached", timeout=30_000)
    message = page.locator("[data-role=runtime-error]")
    assert message.is_visible()
    assert len(message.inner_text().strip()) > 10


def test_checker_explains_a_failed_download(page, watch):
    watch.allow("Failed to load resource|pyodide|WebAssembly|wasm")
    page.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=503, body="unavailable"))
    page.goto("checker/")
    page.wait_for_selector("#aftersales-checker[data-state=error]", state="attached", timeout=60_000)
    assert page.locator("[data-role=runtime-error]").is_visible()


def test_no_built_file_names_a_third_party_host(site_dir):
    offenders = [str(p.relative_to(site_dir)) for p in site_dir.rglob("*")
                 if p.is_file() and p.suffix in TEXT_SUFFIXES and FORBIDDEN_HOSTS.search(p.read_bytes())]
    offenders += [str(p.relative_to(site_dir)) for p in site_dir.rglob("*.mjs") if FORBIDDEN_HOSTS.search(p.read_bytes())]
    assert not offenders, offenders


def test_only_the_five_runtime_files_are_vendored(site_dir):
    runtime = site_dir / "pyodide" / "v314.0.7"
    # Each may have precompressed copies beside it (name.br, name.gz); those are the same file.
    names = {p.name.removesuffix(".br").removesuffix(".gz") for p in runtime.iterdir()}
    assert sorted(names) == sorted(
        ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"])


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, encoding: str = "identity", etag: str | None = None):
    """One HTTP request as a browser's first visit makes it, without following redirects."""
    headers = {"Accept-Encoding": encoding}
    if etag:
        headers["If-None-Match"] = etag
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.build_opener(_NoRedirect).open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_server_sends_runtime_with_wasm_type_brotli_and_a_long_cache(base_url, site_dir):
    status, headers, body = fetch(base_url + "pyodide/v314.0.7/pyodide.asm.wasm", "br, gzip")
    assert status == 200
    assert headers["Content-Type"] == "application/wasm"
    assert headers["Content-Encoding"] == "br"
    assert "immutable" in headers["Cache-Control"] and "max-age=31536000" in headers["Cache-Control"]
    assert len(body) < (site_dir / "pyodide/v314.0.7/pyodide.asm.wasm").stat().st_size / 2


def test_server_sends_modules_as_javascript_gzipped_for_gzip_only_clients(base_url):
    app = json.loads((ROOT / "build" / "manifest.json").read_text(encoding="utf-8"))["app"]
    status, headers, body = fetch(base_url + app + "checker/worker.mjs", "gzip")
    assert status == 200
    assert headers["Content-Type"].startswith("text/javascript")
    assert headers["Content-Encoding"] == "gzip"
    # The app folder is named by its files' digest: a returning browser never asks again.
    assert "immutable" in headers["Cache-Control"]
    assert b"loadPyodide" in gzip.decompress(body)


def test_server_makes_browsers_revalidate_pages_and_answers_304(base_url):
    status, headers, body = fetch(base_url + "checker/", "identity")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-cache"
    assert "Content-Encoding" not in headers
    assert b'id="aftersales-checker"' in body
    status, _, _ = fetch(base_url + "checker/", "identity", etag=headers["ETag"])
    assert status == 304


def test_server_gives_hashed_assets_a_long_cache_and_missing_pages_a_404(base_url, site_dir):
    wheel = next(site_dir.glob("assets/py/*/aftersales-*.whl")).relative_to(site_dir).as_posix()
    status, headers, _ = fetch(base_url + wheel)
    assert status == 200 and "immutable" in headers["Cache-Control"]
    status, headers, body = fetch(base_url + "no/such/page/")
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    status, headers, _ = fetch(base_url + "checker")
    assert status == 301 and headers["Location"].endswith("/checker/")


def test_each_editions_not_found_page_links_its_own_app_manifest(site_dir):
    # 404 pages are served at any depth, so they link from the root; the English one installs the English app.
    assert '<link rel="manifest" href="/en/manifest.webmanifest">' in (site_dir / "en" / "404.html").read_text()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in (site_dir / "404.html").read_text()


def test_a_broken_link_says_the_page_is_missing_and_offers_the_way_on(page, watch):
    watch.allow(r"status of 404 .*/no/such/page/")  # the browser reports the missing page itself
    response = page.goto("no/such/page/")
    assert response.status == 404
    words = aftersales.guide.ui.site_strings("zh")["not_found"]
    assert page.locator("article h1").inner_text() == words["title"]
    page.get_by_role("link", name=words["checker"]).click()
    page.wait_for_url("**/checker/")
    assert page.locator("#aftersales-checker").count() == 1


def test_the_checker_starts_from_our_precompiled_standard_library(site_dir):
    # tools/snapshot.mjs: what the package imports, compiled by Pyodide's own Python, beside the snapshot
    # made with it; the pages name it, and a plain start compiles none of it.
    stdlib = json.loads((ROOT / "build" / "manifest.json").read_text(encoding="utf-8"))["stdlib"]
    with zipfile.ZipFile(site_dir / stdlib) as zf:
        names = set(zf.namelist())
    assert not [n for n in names if n.endswith(".py")]
    assert {"email/__init__.pyc", "json/__init__.pyc", "zipfile/__init__.pyc", "encodings/utf_8.pyc",
            "traceback.pyc"} <= names
    assert (site_dir / stdlib).stat().st_size < (site_dir / "pyodide/v314.0.7/python_stdlib.zip").stat().st_size
    for page in ("checker/index.html", "merchants/index.html"):
        assert f'data-stdlib="../{stdlib}"' in (site_dir / page).read_text(encoding="utf-8"), page


def test_a_missing_english_page_gets_the_english_not_found_page(base_url):
    # The server picks the 404.html nearest the missing path, as Cloudflare Pages does.
    for path, lang in (("en/no/such/page/", "en"), ("no/such/page/", "zh"), ("en/guide/missing.html", "en")):
        status, _, body = fetch(base_url + path)
        assert status == 404
        assert aftersales.guide.ui.site_strings(lang)["not_found"]["title"] in body.decode("utf-8"), path
