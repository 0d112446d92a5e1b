"""The Content-Security-Policy (issue 13): every built page carries it before any script, the host
headers and the server send the same policy plus framing rules, and inline code the policy cannot
vouch for stops the build."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from tools.console import BuildError
from tools.csp import policy_for, scan, source_hash, with_policy
from tools.headers import HEADERS_FILE, host_headers_text, site_wide_headers
from tools.server import make_server

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


@pytest.fixture(scope="module")
def site_dir() -> Path:
    if os.environ.get("AFTERSALES_SITE_BUILT") != "1":
        subprocess.run([sys.executable, str(ROOT / "build.py"), "build"], check=True, cwd=ROOT)
    return SITE


def test_every_page_of_both_editions_carries_the_policy_before_any_script(site_dir):
    host_policy = site_wide_headers(site_dir)["Content-Security-Policy"]
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 20 and any(p.is_relative_to(site_dir / "en") for p in pages)
    for path in pages:
        html = path.read_text(encoding="utf-8")
        found = META.findall(html)
        assert len(found) == 1, path
        assert host_policy == found[0] + "; frame-ancestors 'none'", path
        assert html.index("Content-Security-Policy") < html.find("<script") or "<script" not in html, path
        assert '<meta name="referrer" content="no-referrer">' in html, path
        directives = dict(d.split(" ", 1) for d in found[0].split("; "))
        assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
        assert "unsafe-inline" not in found[0] and "'unsafe-eval'" not in found[0]
        # Every inline script the page runs is one of the hashes.
        for script in scan(html).scripts:
            assert source_hash(script) in directives["script-src"], path


def test_host_headers_forbid_framing_sniffing_and_device_features(site_dir):
    headers = site_wide_headers(site_dir)
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]


def test_hash_is_the_one_browsers_compute():
    # The worked example of the CSP Level 3 specification.
    assert source_hash("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


PAGE = """<!doctype html><html><head><meta charset="utf-8"><script>var theme = 1;</script>
<script type="application/json" id="data">{"a": 1}</script><style>p { color: red; }</style></head>
<body><header><script>document.body.dataset.x = 1;</script></header>
<article class="md-content__inner">{content}</article></body></html>"""


def test_theme_scripts_and_styles_are_hashed_and_json_is_not():
    policy = policy_for({"a.html": PAGE.replace("{content}", "<p>hi</p>")})
    assert policy.script_hashes == tuple(sorted((source_hash("var theme = 1;"),
                                                 source_hash("document.body.dataset.x = 1;"))))
    assert policy.style_hashes == (source_hash("p { color: red; }"),)
    page = with_policy(PAGE.replace("{content}", ""), policy, "a.html")
    assert page.index('http-equiv="Content-Security-Policy"') < page.index("<script")
    assert page.index('<meta charset="utf-8">') < page.index('http-equiv="Content-Security-Policy"')


@pytest.mark.parametrize("content, said", [
    ('<button onclick="go()">go</button>', "onclick"),
    ('<a href="javascript:go()">go</a>', "javascript:"),
    ('<p style="color: red">red</p>', "style attribute"),
    ("<script>alert(1)</script>", "inline <script> in the page's content"),
    ("<style>p { color: red; }</style>", "inline <style> in the page's content"),
])
def test_inline_code_the_policy_cannot_allow_stops_the_build_and_says_where(content, said):
    with pytest.raises(BuildError) as caught:
        policy_for({"guide/index.html": PAGE.replace("{content}", content)})
    assert "guide/index.html" in str(caught.value) and said in str(caught.value)


def test_data_scripts_in_content_are_allowed():
    policy_for({"a.html": PAGE.replace("{content}", '<script type="application/json">{"b": 2}</script>')})


def test_server_sends_the_host_headers_with_every_response(tmp_path):
    (tmp_path / HEADERS_FILE).write_text(host_headers_text("default-src 'self'; frame-ancestors 'none'"),
                                         encoding="utf-8")
    (tmp_path / "index.html").write_text("<!doctype html><title>t</title>", encoding="utf-8")
    server = make_server(root=tmp_path, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for path in ("", "missing/"):
            try:
                response = urllib.request.urlopen(server.url + path, timeout=10)
            except urllib.error.HTTPError as err:
                response = err
            assert response.headers["Content-Security-Policy"] == "default-src 'self'; frame-ancestors 'none'"
            assert response.headers["X-Frame-Options"] == "DENY"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        server.shutdown()
        server.server_close()
