#!/usr/bin/env python3
"""Build, serve and test the after-sales guide: the one entry point.

    python3 build.py build                       bootstrap, then build site/
    python3 build.py serve [--host H] [--port P] build, then serve site/ like a production static host
    python3 build.py test                        build, make sure a browser exists, ruff, Pyodide and pytest

Importable with the standard library alone (the tests import its server). Everything that needs a
third-party package runs after bootstrap, inside .venv, by re-executing this file with the venv's Python.
"""

from __future__ import annotations

import argparse
import fcntl
import gzip
import hashlib
import http.server
import json
import os
import platform
import posixpath
import re
import shutil
import signal
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
VENV_STAMP = VENV / ".aftersales-requirements.sha256"
REQUIREMENTS = ROOT / "requirements.txt"
NODE_MODULES = ROOT / "node_modules"
NPM_STAMP = NODE_MODULES / ".aftersales-lock.sha256"
PACKAGE_LOCK = ROOT / "package-lock.json"
SITE = ROOT / "site"
WORK = ROOT / "build"  # scratch: wheels, stamps, the manifest the mkdocs hook reads
MANIFEST = WORK / "manifest.json"
SITE_STAMP = WORK / "site.sha256"
HOLIDAYS_MODULE = ROOT / "py" / "aftersales" / "data" / "holidays.py"

PYODIDE_VERSION = "314.0.7"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
RUNTIME_PATH = f"pyodide/v{PYODIDE_VERSION}/"
WIDGET_SUFFIXES = (".js", ".mjs", ".css")

# Everything whose change must rebuild the site (the stamp also covers requirements and the lock).
SITE_INPUTS = ("docs", "widgets", "hooks", "overrides", "py/aftersales", "search", "mkdocs.yml",
               "mkdocs.en.yml", "pyproject.toml", "build.py")

IN_VENV_FLAG = "AFTERSALES_IN_VENV"
CHROMIUM = Path("/usr/bin/chromium")
WQY_FONT_DIR = Path("/usr/share/fonts/truetype/wqy")


class BuildError(Exception):
    """A step failed in a way the user can act on; the message says how."""


def say(message: str) -> None:
    print(f"[build.py] {message}", flush=True)


def sha256_files(paths: list[Path], extra: str = "") -> str:
    digest = hashlib.sha256(extra.encode())
    for path in paths:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


def tree_files(names: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc"))
    return sorted(files)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kwargs)


# --------------------------------------------------------------------------- bootstrap (stdlib only)

def ensure_venv() -> None:
    """Create or refresh .venv when requirements.txt (or the Python that made the venv) changed."""
    wanted = sha256_files([REQUIREMENTS], extra=sys.version)
    if VENV_PYTHON.exists() and VENV_STAMP.exists() and VENV_STAMP.read_text().strip() == wanted:
        return
    if VENV.exists() and venv_python_version() != platform.python_version():
        say(f"{VENV.name} was made by another Python; making it again")
        shutil.rmtree(VENV)
    if not VENV_PYTHON.exists():
        say(f"creating {VENV.name} with Python {sys.version.split()[0]}")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
        if result.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            if not apt_install([f"python3.{sys.version_info.minor}-venv"]):
                raise BuildError("could not create a virtual environment; install the python3-venv package.")
            run([sys.executable, "-m", "venv", str(VENV)])
    say("installing pinned Python packages (requirements.txt)")
    pip = [str(VENV_PYTHON), "-m", "pip", "--disable-pip-version-check", "--no-input"]
    try:
        run([*pip, "install", "--quiet", "-r", str(REQUIREMENTS)])
    except subprocess.CalledProcessError as exc:
        raise BuildError("pip could not install requirements.txt (is PyPI reachable?)") from exc
    VENV_STAMP.write_text(wanted + "\n")


def venv_python_version() -> str:
    cfg = VENV / "pyvenv.cfg"
    if not cfg.exists():
        return ""
    for line in cfg.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            return value.strip()
    return ""


def ensure_node_modules() -> None:
    """`npm ci` the pinned Pyodide when package-lock.json changed since the last install."""
    wanted = sha256_files([PACKAGE_LOCK, ROOT / "package.json"])
    runtime = NODE_MODULES / "pyodide"
    if NPM_STAMP.exists() and NPM_STAMP.read_text().strip() == wanted and all(
            (runtime / name).exists() for name in PYODIDE_FILES):
        return
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("npm is needed to fetch the pinned Pyodide runtime; install Node.js and npm "
                         "(on Debian: apt-get install nodejs npm).")
    say(f"installing pinned npm packages (pyodide {PYODIDE_VERSION}) with npm ci")
    try:
        run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT)
    except subprocess.CalledProcessError as exc:
        raise BuildError("npm ci failed (is the npm registry reachable?)") from exc
    NPM_STAMP.write_text(wanted + "\n")


def apt_install(packages: list[str]) -> bool:
    """Install Debian packages when we are root on Debian; False when that is not possible."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    say(f"apt-get install {' '.join(packages)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "update", "-q"], env=env).returncode != 0:
        return False
    return subprocess.run(["apt-get", "install", "-y", "-q", *packages],
                          env=env).returncode == 0


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def reexec_in_venv(argv: list[str]) -> None:
    ensure_venv()
    ensure_node_modules()
    if in_venv():
        return
    if os.environ.get(IN_VENV_FLAG):
        raise BuildError(f"{VENV_PYTHON} did not start inside {VENV}; delete {VENV.name}/ and run again")
    env = {**os.environ, IN_VENV_FLAG: "1"}
    os.execve(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve()), *argv], env)


# --------------------------------------------------------------------------- build stages (inside the venv)

def holidays_source() -> str:
    """py/aftersales/data/holidays.py as extracted from chinese-calendar: deterministic text."""
    from chinese_calendar import constants  # only present inside the venv

    dist_version = _dist_version("chinesecalendar")
    holidays = sorted((d.isoformat(), str(getattr(name, "value", name))) for d, name in constants.holidays.items())
    workdays = sorted(d.isoformat() for d in constants.workdays)
    years = sorted({int(day[:4]) for day, _ in holidays} | {int(day[:4]) for day in workdays})
    lines = [
        '"""PRC public holidays and make-up working days, as published by the State Council.',
        "",
        f"Generated by build.py from chinese-calendar {dist_version}; do not edit by hand.",
        "HOLIDAYS maps an ISO date to the holiday's name; WORKDAYS holds the weekend days that are",
        "working days (调休); YEARS lists the years whose official table is covered.",
        '"""',
        "",
        "HOLIDAYS: dict[str, str] = {",
        *(f"    {day!r}: {name!r}," for day, name in holidays),
        "}",
        "",
        "WORKDAYS: frozenset[str] = frozenset({",
        *(f"    {day!r}," for day in workdays),
        "})",
        "",
        f"YEARS: tuple[int, ...] = ({', '.join(str(y) for y in years)},)",
        "",
    ]
    return "\n".join(lines)


def _dist_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


@dataclass
class Wheel:
    path: Path
    digest: str

    @property
    def site_path(self) -> str:
        """Site-relative URL: the content hash is a folder, so the file keeps its valid wheel name."""
        return f"assets/py/{self.digest}/{self.path.name}"


def build_wheel() -> Wheel:
    """A pure-Python wheel of py/aftersales, reproducible (fixed timestamps) and cached by its inputs."""
    sources = tree_files(("py/aftersales", "pyproject.toml"))
    key = sha256_files(sources, extra=_dist_version("setuptools"))[:16]
    out = WORK / "wheel" / key
    found = sorted(out.glob("aftersales-*.whl")) if out.exists() else []
    if not found:
        say("building the aftersales wheel")
        shutil.rmtree(WORK / "wheel", ignore_errors=True)
        out.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as tmp:
            # Build from a copy so setuptools leaves no build/ or egg-info in the work tree.
            shutil.copy2(ROOT / "pyproject.toml", tmp)
            shutil.copytree(ROOT / "py" / "aftersales", Path(tmp) / "py" / "aftersales",
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            env = {**os.environ, "SOURCE_DATE_EPOCH": "315532800"}
            run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                 "--disable-pip-version-check", "-w", str(out), tmp], env=env, cwd=tmp)
        found = sorted(out.glob("aftersales-*.whl"))
    wheel = found[0]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()[:12]
    return Wheel(wheel, digest)


def mkdocs_build(config: str, site_dir: Path) -> None:
    say(f"mkdocs build --strict -f {config}")
    try:
        run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(site_dir)],
            cwd=ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"mkdocs build --strict -f {config} failed (see the messages above)") from exc


# For Netlify and Cloudflare Pages, which read cache rules from site/_headers; the same rules that
# `serve` applies (see IMMUTABLE). Material's bundles are left to the host's default revalidation.
HOST_HEADERS = f"""/{RUNTIME_PATH}*
  Cache-Control: public, max-age=31536000, immutable
/assets/py/*
  Cache-Control: public, max-age=31536000, immutable
/*.mjs
  Content-Type: text/javascript; charset=utf-8
"""


def vendor_into_site(site: Path, wheel: Wheel) -> None:
    (site / "_headers").write_text(HOST_HEADERS, encoding="utf-8")
    runtime_dir = site / RUNTIME_PATH
    runtime_dir.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(NODE_MODULES / "pyodide" / name, runtime_dir / name)
    wheel_target = site / wheel.site_path
    wheel_target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(wheel.path, wheel_target)
    checker = site / "assets" / "checker"
    checker.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "widgets").glob("*")):
        if path.suffix in WIDGET_SUFFIXES:
            shutil.copy2(path, checker / path.name)


# Third-party URLs that Material and Pyodide carry for cases this site never enters (a repo_url, Mermaid
# diagrams, browsers without ResizeObserver, Pyodide packages from a CDN). They are rewritten to inert
# values so no shipped file can reach another host; a rewrite that finds nothing fails the build, so an
# upgrade that moves these strings is noticed rather than silently shipping them.
THIRD_PARTY_REWRITES = (
    ("assets/javascripts/bundle.*.min.js", "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
     "data:text/javascript,"),
    ("assets/javascripts/bundle.*.min.js", "https://unpkg.com/resize-observer-polyfill", "data:text/javascript,"),
    ("assets/javascripts/bundle.*.min.js", "https://api.github.com/repos/", "data:,"),
    ("assets/javascripts/bundle.*.min.js", "https://api.github.com/users/", "data:,"),
    (RUNTIME_PATH + "pyodide.mjs", "https://cdn.jsdelivr.net/pyodide/v${U}/full/", "./"),
)


def scrub_third_party(site: Path) -> None:
    for edition in (site, site / "en"):
        for pattern, old, new in THIRD_PARTY_REWRITES:
            if pattern.startswith(RUNTIME_PATH) and edition != site:
                continue
            matches = sorted(edition.glob(pattern))
            hits = 0
            for path in matches:
                text = path.read_text(encoding="utf-8")
                hits += text.count(old)
                path.write_text(text.replace(old, new), encoding="utf-8")
            if hits == 0:
                raise BuildError(f"expected {old!r} in {edition.name}/{pattern}; "
                                 "update THIRD_PARTY_REWRITES in build.py for the new Material/Pyodide")
        # Source maps are for debugging Material itself and name third-party sites.
        for path in edition.glob("assets/javascripts/**/*.map"):
            path.unlink()


def build_site(force: bool = False) -> Wheel:
    WORK.mkdir(exist_ok=True)
    with open(WORK / ".lock", "w") as lock:
        # One build at a time in this work tree (a test run and a `serve` may start together).
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _build_site(force)


def _build_site(force: bool) -> Wheel:
    started = time.monotonic()
    if write_if_changed(HOLIDAYS_MODULE, holidays_source()):
        say(f"regenerated {HOLIDAYS_MODULE.relative_to(ROOT)}")
    wheel = build_wheel()
    stamp = sha256_files(tree_files(SITE_INPUTS) + [REQUIREMENTS, PACKAGE_LOCK], extra=wheel.digest)
    if not force and SITE_STAMP.exists() and SITE_STAMP.read_text().strip() == stamp \
            and (SITE / "index.html").exists() and (SITE / "en").is_dir():
        say(f"site/ is up to date ({time.monotonic() - started:.1f}s)")
        return wheel
    SITE_STAMP.unlink(missing_ok=True)
    MANIFEST.write_text(json.dumps({"wheel": wheel.site_path, "runtime": RUNTIME_PATH}, indent=2) + "\n")
    # Build beside site/ and swap it in at the end, so a running server never sees a half-built site.
    stage = WORK / "site-next"
    shutil.rmtree(stage, ignore_errors=True)
    mkdocs_build("mkdocs.yml", stage)  # cleans its folder, so it goes first
    mkdocs_build("mkdocs.en.yml", stage / "en")
    vendor_into_site(stage, wheel)
    scrub_third_party(stage)
    old = WORK / "site-old"
    shutil.rmtree(old, ignore_errors=True)
    if SITE.exists():
        SITE.rename(old)
    stage.rename(SITE)
    shutil.rmtree(old, ignore_errors=True)
    SITE_STAMP.write_text(stamp + "\n")
    say(f"built site/ in {time.monotonic() - started:.1f}s")
    return wheel


# --------------------------------------------------------------------------- the static server (stdlib only)

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/wasm", "image/svg+xml",
                "application/xml", "application/manifest+json")
IMMUTABLE = (
    re.compile(r"^/pyodide/v[^/]+/"),                       # runtime: the version is in the path
    re.compile(r"^/assets/py/[0-9a-f]{12}/"),               # our wheel: content hash in the path
    re.compile(r"\.[0-9a-f]{8,}\.min\.(?:js|css)$"),        # Material's fingerprinted bundles
)
MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".map": "application/json",
    ".css": "text/css",
    ".html": "text/html",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".webmanifest": "application/manifest+json",
    ".woff2": "font/woff2",
    ".ico": "image/x-icon",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".webp": "image/webp",
}


@dataclass
class Encoded:
    body: bytes
    etag: str


@dataclass
class CompressionCache:
    """Compressed bodies keyed by file, size, mtime and encoding; owned by one server instance."""
    entries: dict[tuple[str, int, int, str], Encoded] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, path: Path, encoding: str) -> Encoded:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns, encoding)
        with self.lock:
            hit = self.entries.get(key)
        if hit is not None:
            return hit
        raw = path.read_bytes()
        if encoding == "br":
            import brotli  # in the venv; without it only gzip is offered

            body = brotli.compress(raw, quality=5 if len(raw) > 1_000_000 else 9)
        elif encoding == "gzip":
            body = gzip.compress(raw, compresslevel=6, mtime=0)
        else:
            body = raw
        encoded = Encoded(body, f'"{hashlib.sha1(raw).hexdigest()[:16]}-{encoding}"')
        with self.lock:
            self.entries[key] = encoded
        return encoded


def brotli_available() -> bool:
    try:
        import brotli  # noqa: F401
    except ImportError:
        return False
    return True


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ as a production static host would: MIME types, compression, cache lifetimes."""

    server: SiteServer
    protocol_version = "HTTP/1.1"

    def __init__(self, request, client_address, server: SiteServer):
        super().__init__(request, client_address, server, directory=str(server.root))

    def server_root(self) -> Path:
        return self.server.root  # type: ignore[attr-defined]

    def guess_type(self, path) -> str:
        ctype = MIME_TYPES.get(posixpath.splitext(str(path))[1].lower()) or super().guess_type(path)
        if ctype.startswith("text/") or ctype in ("application/json", "application/xml", "image/svg+xml"):
            ctype += "; charset=utf-8"
        return ctype

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if not self.server.quiet:
            super().log_message(format, *args)

    def cache_control(self, url_path: str) -> str:
        if any(p.search(url_path) for p in IMMUTABLE):
            return "public, max-age=31536000, immutable"
        return "no-cache"

    def pick_encoding(self, ctype: str) -> str:
        if not ctype.startswith(COMPRESSIBLE):
            return "identity"
        accepted = {part.split(";")[0].strip().lower(): part for part in
                    self.headers.get("Accept-Encoding", "").split(",")}
        for name in ("br", "gzip"):
            q = accepted.get(name)
            if q is not None and not re.search(r";\s*q=0(\.0*)?\s*$", q):
                if name == "br" and not self.server.brotli:
                    continue
                return name
        return "identity"

    def send_head(self):
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        fs_path = Path(self.translate_path(self.path))
        if fs_path.is_dir():
            if not url_path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url_path + "/" + self.path[len(url_path):])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            fs_path = fs_path / "index.html"
        status = 200
        if not fs_path.is_file():
            status, fs_path, url_path = 404, self.server_root() / "404.html", "/404.html"
            if not fs_path.is_file():
                self.send_error(404, "Not found")
                return None
        ctype = self.guess_type(str(fs_path))
        encoding = self.pick_encoding(ctype)
        encoded = self.server.cache.get(fs_path, encoding)
        if status == 200 and self.headers.get("If-None-Match") == encoded.etag:
            self.send_response(304)
            self.send_header("ETag", encoded.etag)
            self.send_header("Cache-Control", self.cache_control(url_path))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return None
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(encoded.body)))
        if encoding != "identity":
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("ETag", encoded.etag)
        self.send_header("Cache-Control", self.cache_control(url_path) if status == 200 else "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        return _BytesBody(encoded.body)

    def copyfile(self, source, outputfile) -> None:
        outputfile.write(source.data)


class _BytesBody:
    def __init__(self, data: bytes):
        self.data = data

    def close(self) -> None:
        pass


class SiteServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], root: Path, quiet: bool = False):
        self.root = root
        self.quiet = quiet
        self.brotli = brotli_available()
        self.cache = CompressionCache()
        super().__init__(address, SiteHandler)

    def handle_error(self, request, client_address) -> None:
        # A browser that navigates away mid-download closes the socket: normal, not worth a traceback.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"


def make_server(host: str = "127.0.0.1", port: int = 0, root: Path = SITE, quiet: bool = False) -> SiteServer:
    """A ready-to-run server for `root` (port 0 picks a free port); the browser tests use this too."""
    return SiteServer((host, port), root, quiet=quiet)


def serve(host: str, port: int) -> int:
    try:
        server = make_server(host, port)
    except OSError as exc:
        raise BuildError(f"cannot listen on {host}:{port} ({exc.strerror}); try another --port") from exc
    # Ctrl-C and a plain `kill` both stop cleanly, even when started from a shell that ignores SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    print(f"Serving site/ at {server.url}  (checker: {server.url}checker/ ; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nstopped", flush=True)
    finally:
        server.server_close()
    return 0


# --------------------------------------------------------------------------- test

def ensure_browser() -> dict[str, str]:
    """Environment for the browser tests: Debian's Chromium, else Playwright's own, else a clear error."""
    have_fonts = WQY_FONT_DIR.exists()
    if CHROMIUM.exists() and have_fonts:
        return {}
    wanted = [p for p, missing in (("chromium", not CHROMIUM.exists()),
                                   ("fonts-wqy-microhei", not have_fonts)) if missing]
    if apt_install(wanted) and CHROMIUM.exists():
        return {}
    if CHROMIUM.exists():
        say("warning: fonts-wqy-microhei is missing; Chinese text in screenshots will show boxes")
        return {}
    say("Debian chromium unavailable; trying Playwright's browser download")
    if subprocess.run([sys.executable, "-m", "playwright", "install", "chromium"]).returncode == 0:
        return {"AFTERSALES_CHROMIUM": "playwright"}
    raise BuildError("no browser for the browser tests: install Chromium (Debian: apt-get install chromium "
                     "fonts-wqy-microhei) or let `python -m playwright install chromium` download one.")


def lint_targets() -> list[str]:
    return [name for name in ("py", "tests", "build.py", "hooks", "bench") if (ROOT / name).exists()]


def test() -> int:
    wheel = build_site()
    env = {**os.environ, **ensure_browser(), "AFTERSALES_SITE_BUILT": "1"}
    failed: list[str] = []

    say("ruff check " + " ".join(lint_targets()))
    if subprocess.run([sys.executable, "-m", "ruff", "check", *lint_targets()], cwd=ROOT).returncode != 0:
        failed.append("ruff")

    say("core tests under Pyodide in Node")
    node = shutil.which("node")
    if node is None:
        failed.append("pyodide (node not found)")
    elif subprocess.run([node, str(ROOT / "tests" / "pyodide" / "run.mjs"), str(wheel.path)],
                        cwd=ROOT).returncode != 0:
        failed.append("pyodide")

    say("pytest")
    code = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=ROOT, env=env).returncode
    if code == 5:
        failed.append("pytest (no tests collected)")
    elif code != 0:
        failed.append("pytest")
    if failed:
        print(f"[build.py] FAILED: {', '.join(failed)}", file=sys.stderr, flush=True)
        return 1
    return 0


# --------------------------------------------------------------------------- command line

def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="bootstrap and build site/")
    b.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    s = sub.add_parser("serve", help="build, then serve site/")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    sub.add_parser("test", help="build, then ruff, Pyodide core tests and pytest (unit and browser)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if sys.version_info < (3, 11):  # noqa: UP036 - a plain message beats a traceback on an old Python
        print(f"[build.py] error: Python 3.11 or newer is needed (found {sys.version.split()[0]})", file=sys.stderr)
        return 2
    args = parse(argv)
    try:
        reexec_in_venv(argv)
        if args.command == "build":
            build_site(force=args.force)
            return 0
        if args.command == "serve":
            build_site()
            return serve(args.host, args.port)
        return test()
    except BuildError as exc:
        print(f"[build.py] error: {exc}", file=sys.stderr, flush=True)
        return 2


if __name__ == "__main__":
    sys.exit(main())
