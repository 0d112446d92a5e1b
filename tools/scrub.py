"""Removes third-party URLs from the shipped Material and Pyodide files (HOUSE rule 3).

Material and Pyodide carry them for cases this site never enters (a repo_url, Mermaid diagrams,
browsers without ResizeObserver, Pyodide packages from a CDN). They are rewritten to inert values so no
shipped file can reach another host; a rewrite that finds nothing fails the build, so an upgrade that
moves these strings is noticed rather than silently shipping them.
"""

from __future__ import annotations

from pathlib import Path

from tools.console import BuildError
from tools.layout import RUNTIME_PATH

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
                                 "update THIRD_PARTY_REWRITES in tools/scrub.py for the new Material/Pyodide")
        # Source maps are for debugging Material itself and name third-party sites.
        for path in edition.glob("assets/javascripts/**/*.map"):
            path.unlink()
