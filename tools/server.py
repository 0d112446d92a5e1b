"""The static server: serves site/ as a production static host would (MIME types, the build's
precompressed copies, cache lifetimes, site/_headers' security headers). `build.py serve` runs it; the
browser tests and benches start it in-process. Stdlib only."""

from __future__ import annotations

import hashlib
import http.server
import posixpath
import re
import signal
import socketserver
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tools.console import BuildError
from tools.headers import HEADERS_FILE, site_wide_headers
from tools.layout import IMMUTABLE_PREFIXES, SITE

# Sent even for a folder without site/_headers (a test's scratch site).
BASELINE_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

# Precompressed copies the build writes beside a file (tools/precompress.py), in order of preference.
PRECOMPRESSED = (("br", ".br"), ("gzip", ".gz"))
IMMUTABLE = (
    *(re.compile("^/" + re.escape(prefix)) for prefix in IMMUTABLE_PREFIXES),
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
class ETags:
    """Content ETags keyed by file, size and mtime: a large file is hashed once, not on every request."""
    entries: dict[tuple[str, int, int], str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, path: Path, encoding: str) -> str:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with self.lock:
            digest = self.entries.get(key)
        if digest is None:
            with path.open("rb") as f:
                digest = hashlib.file_digest(f, "sha1").hexdigest()[:16]
            with self.lock:
                self.entries[key] = digest
        return f'"{digest}-{encoding}"'


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ as nginx with gzip_static and brotli_static would, plus site/_headers."""

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

    def pick_encoding(self, fs_path: Path) -> tuple[str, Path]:
        """The precompressed copy the client accepts (q=0 refuses), else the file itself."""
        accepted = {part.split(";")[0].strip().lower(): part for part in
                    self.headers.get("Accept-Encoding", "").split(",")}
        for name, suffix in PRECOMPRESSED:
            q = accepted.get(name)
            if q is None or re.search(r";\s*q=0(\.0*)?\s*$", q):
                continue
            copy = fs_path.with_name(fs_path.name + suffix)
            if copy.is_file():
                return name, copy
        return "identity", fs_path

    def not_found_page(self, url_path: str) -> tuple[Path, str]:
        """The 404.html nearest the missing path (as Cloudflare Pages picks it): the English edition's
        under /en/, the site's elsewhere."""
        parts = [p for p in url_path.split("/")[1:-1] if p and p not in (".", "..")]
        for depth in range(len(parts), -1, -1):
            folder = "/".join(parts[:depth])
            page = self.server_root().joinpath(*parts[:depth], "404.html")
            if page.is_file():
                return page, f"/{folder}/404.html" if folder else "/404.html"
        return self.server_root() / "404.html", "/404.html"

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
            status, fs_path, url_path = 404, *self.not_found_page(url_path)
            if not fs_path.is_file():
                self.send_error(404, "Not found")
                return None
        ctype = self.guess_type(str(fs_path))
        encoding, served = self.pick_encoding(fs_path)
        etag = self.server.etags.get(served, encoding)
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", self.cache_control(url_path))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return None
        body = served.open("rb")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(served.stat().st_size))
        if encoding != "identity":
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("ETag", etag)
        self.send_header("Cache-Control", self.cache_control(url_path) if status == 200 else "no-cache")
        self.end_headers()
        return body

    def end_headers(self) -> None:
        # Every response, errors and redirects included, as a host applying site/_headers' `/*` rule does.
        for name, value in self.server.site_headers().items():
            self.send_header(name, value)
        super().end_headers()


class SiteServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], root: Path, quiet: bool = False):
        self.root = root
        self.quiet = quiet
        self.etags = ETags()
        self._site_headers: tuple[float, dict[str, str]] = (-1.0, {})
        self._site_headers_lock = threading.Lock()
        super().__init__(address, SiteHandler)

    def handle_error(self, request, client_address) -> None:
        # A browser that navigates away mid-download closes the socket: normal, not worth a traceback.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def site_headers(self) -> dict[str, str]:
        """Security headers from root/_headers (re-read when a rebuild replaces it); the baseline without one."""
        path = self.root / HEADERS_FILE
        mtime = path.stat().st_mtime if path.is_file() else 0.0
        with self._site_headers_lock:
            if self._site_headers[0] != mtime:
                self._site_headers = (mtime, {**BASELINE_HEADERS, **site_wide_headers(self.root)})
            return self._site_headers[1]

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
