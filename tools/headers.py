"""The response headers a host should send: site/_headers (Netlify, Cloudflare Pages) is written from
here, and tools/server.py reads that file back, so `build.py serve` sends exactly what those hosts do."""

from __future__ import annotations

from pathlib import Path

from tools.layout import IMMUTABLE_PREFIXES

HEADERS_FILE = "_headers"

# Features no page here uses: a page framed or scripted by someone else cannot ask for them either.
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "camera", "microphone", "geolocation", "payment", "usb", "serial", "bluetooth", "hid", "midi",
    "accelerometer", "gyroscope", "magnetometer", "display-capture", "browsing-topics"))


def security_headers(csp: str) -> dict[str, str]:
    """Sent with every response: the page policy (plus frame-ancestors), no framing, no sniffing."""
    return {
        "Content-Security-Policy": csp,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": PERMISSIONS_POLICY,
    }


def host_headers_text(csp: str) -> str:
    """site/_headers. Cache rules match `serve` (both from tools/layout.py IMMUTABLE_PREFIXES); Material's
    fingerprinted bundles are left to the host's default revalidation."""
    everything = "".join(f"  {name}: {value}\n" for name, value in security_headers(csp).items())
    return (f"/*\n{everything}"
            + "".join(f"/{prefix}*\n  Cache-Control: public, max-age=31536000, immutable\n"
                      for prefix in IMMUTABLE_PREFIXES)
            + "/*.mjs\n  Content-Type: text/javascript; charset=utf-8\n")


def site_wide_headers(root: Path) -> dict[str, str]:
    """The headers site/_headers gives every path (its `/*` block); none when the file is absent."""
    path = root / HEADERS_FILE
    if not path.is_file():
        return {}
    headers: dict[str, str] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = line.strip()
        elif current == "/*":
            name, _, value = line.strip().partition(":")
            headers[name.strip()] = value.strip()
    return headers
