"""build.py and tools/ as a newcomer and a static host meet them: importable without the venv, the
generated holiday table up to date, and the server honest about encodings."""

from __future__ import annotations

import gzip
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from tools.holidays import holidays_source
from tools.precompress import precompress
from tools.server import make_server

ROOT = Path(__file__).resolve().parent.parent


def test_build_py_imports_with_the_standard_library_alone():
    # -I -S: no site-packages, no user paths, no environment; exactly a fresh machine's python3.
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); import build; print(build.PYODIDE_VERSION)"
    result = subprocess.run([sys.executable, "-I", "-S", "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "314.0.7"


def test_every_tool_imports_with_the_standard_library_alone():
    # The browser tests and benches import tools.server this way; build.py imports the rest before the venv exists.
    names = sorted(p.stem for p in (ROOT / "tools").glob("*.py") if p.stem != "__init__")
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import importlib; "
            f"[importlib.import_module('tools.' + n) for n in {names!r}]; print(len({names!r}))")
    result = subprocess.run([sys.executable, "-I", "-S", "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(len(names))


def test_an_unknown_command_prints_usage_and_fails():
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "deploy"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "build" in result.stderr and "serve" in result.stderr and "test" in result.stderr


def test_precompressed_copies_are_served_whole_with_an_etag_per_encoding(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    text = "<!doctype html><title>售后</title>" + "<p>退货 7 天</p>\n" * 400
    (site / "index.html").write_text(text, encoding="utf-8")
    (site / "photo.jpg").write_bytes(bytes(range(256)) * 8)  # not compressible: no copies
    precompress(site, cache=tmp_path / "compressed")
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "index.html.br", "index.html.gz", "photo.jpg"]
    server = make_server(root=site, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        etags = {}
        for accept, encoding in (("br, gzip", "br"), ("gzip", "gzip"), ("identity", None)):
            _, headers, body = _get(server.url, accept)
            assert headers.get("Content-Encoding") == encoding
            assert "Accept-Encoding" in headers["Vary"]
            assert int(headers["Content-Length"]) == len(body)
            if encoding == "br":
                import brotli

                body = brotli.decompress(body)
            elif encoding == "gzip":
                body = gzip.decompress(body)
            assert body.decode("utf-8") == text
            etags[accept] = headers["ETag"]
        assert len(set(etags.values())) == 3
    finally:
        server.shutdown()
        server.server_close()


def test_holiday_table_is_what_chinese_calendar_says_today():
    text = (ROOT / "py" / "aftersales" / "data" / "holidays.py").read_text(encoding="utf-8")
    assert text == holidays_source(), "run `python3 build.py build` to regenerate data/holidays.py"
    from aftersales.data import holidays as holidays_data

    assert holidays_data.HOLIDAYS["2026-10-01"] == "National Day"
    assert "2026-10-10" in holidays_data.WORKDAYS  # a Saturday worked after the 2026 Golden Week
    assert holidays_data.YEARS == tuple(range(holidays_data.YEARS[0], holidays_data.YEARS[-1] + 1))


def _get(url: str, accept: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_server_respects_refused_encodings_and_serves_module_scripts_as_javascript(tmp_path):
    (tmp_path / "app.mjs").write_text("export const answer = 42;\n" * 50, encoding="utf-8")
    precompress(tmp_path, cache=tmp_path.parent / "compressed")
    server = make_server(root=tmp_path, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        status, headers, body = _get(server.url + "app.mjs", "gzip;q=0, br;q=0")
        assert status == 200
        assert headers["Content-Type"] == "text/javascript; charset=utf-8"
        assert "Content-Encoding" not in headers
        assert body.startswith(b"export const answer")
        _, headers, gzipped = _get(server.url + "app.mjs", "gzip")
        assert headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(gzipped) == body
    finally:
        server.shutdown()
        server.server_close()


def test_the_snapshot_warm_up_imports_every_module_of_the_package():
    # A runtime restored from the memory snapshot has the modules warm_up imported, not the package's
    # files: a module left out could not be imported on the page.
    import pkgutil
    import subprocess

    import aftersales

    names = [m.name for m in pkgutil.walk_packages(aftersales.__path__, "aftersales.") if m.name != "aftersales.__main__"]
    script = ("import sys, aftersales.browser as b; b.warm_up(); "
              f"missing = [n for n in {names!r} if n not in sys.modules]; print(missing); sys.exit(bool(missing))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT / "py")
    assert done.returncode == 0, done.stdout + done.stderr
