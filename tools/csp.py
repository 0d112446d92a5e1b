"""The Content-Security-Policy every page carries (issue 13), made from the built pages themselves.

Merchants link to the checker from their shops, so a page must run only the site's own files. The
policy allows scripts and styles from the site's origin, WebAssembly compilation (Pyodide), and the
exact inline scripts and <style> blocks the theme emits, each by its sha256 (never 'unsafe-inline' or
'unsafe-eval'). Inline code the policy cannot vouch for fails the build: an event-handler attribute,
a javascript: URL, a style attribute, or a script or <style> inside a page's content (Markdown is not
the place for code; the checker's scripts are files in widgets/).
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from tools.console import BuildError

# <script type=…> values a browser runs (or parses as script-src governed code); anything else, such as
# application/json, is data and needs no hash.
_SCRIPT_TYPES = re.compile(r"^(?:|module|importmap|speculationrules|(?:text|application)/(?:x-)?"
                           r"(?:java|ecma|j|live)script(?:1\.\d)?)$")


def source_hash(text: str) -> str:
    """The CSP source expression for inline code: what a browser computes over the element's text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@dataclass
class InlineCode:
    """One page's inline code: what the policy must hash, and what no policy here will allow."""
    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.found = InlineCode()
        self._article_depth = 0  # inside Material's <article>: the page's Markdown content
        self._open: tuple[str, bool] | None = None  # ("script" | "style", counted) while inside one
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        line = self.getpos()[0]
        for name, value in attrs:
            if name.startswith("on"):
                self.found.refused.append(f"line {line}: <{tag} {name}=…> (an inline event handler)")
            elif name == "style":
                self.found.refused.append(f"line {line}: <{tag} style=…> (a style attribute; use a class)")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                    "javascript:"):
                self.found.refused.append(f"line {line}: <{tag} {name}=\"javascript:…\">")
        if tag == "article":
            self._article_depth += 1
        if tag == "script" and "src" not in names:
            executable = bool(_SCRIPT_TYPES.match((names.get("type") or "").strip().lower()))
            self._begin("script", executable, line)
        elif tag == "style":
            self._begin("style", True, line)

    def _begin(self, kind: str, counted: bool, line: int) -> None:
        if counted and self._article_depth:
            self.found.refused.append(f"line {line}: an inline <{kind}> in the page's content")
            counted = False
        self._open = (kind, counted)
        self._text = []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if self._open and tag == self._open[0]:
            kind, counted = self._open
            if counted:
                (self.found.scripts if kind == "script" else self.found.styles).append("".join(self._text))
            self._open = None


def scan(html: str) -> InlineCode:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.found


@dataclass(frozen=True)
class Policy:
    script_hashes: tuple[str, ...]
    style_hashes: tuple[str, ...]

    def directives(self) -> list[str]:
        return [
            "default-src 'self'",
            # 'wasm-unsafe-eval' lets Pyodide compile its WebAssembly; it does not allow eval().
            " ".join(("script-src 'self' 'wasm-unsafe-eval'", *self.script_hashes)),
            # Material's search and the checker run in same-origin workers; nothing makes a blob: worker.
            "worker-src 'self'",
            # The checker shows the buyer's photos from blob: URLs; Material's icons are data: SVGs.
            "img-src 'self' data: blob:",
            # Hashes, not 'unsafe-inline': the only inline styles are <style> blocks (overrides/main.html).
            # Styles that scripts set through element.style are not governed by CSP.
            " ".join(("style-src 'self'", *self.style_hashes)),
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]

    @property
    def meta_content(self) -> str:
        return "; ".join(self.directives())

    @property
    def header_value(self) -> str:
        # frame-ancestors works only as a header (browsers ignore it, and complain, in a <meta>).
        return "; ".join([*self.directives(), "frame-ancestors 'none'"])


def policy_for(pages: dict[str, str]) -> Policy:
    """One policy for the whole site (a host header must fit every page): every page's inline code.

    Raises BuildError naming every page and element that no policy here would allow."""
    scripts: set[str] = set()
    styles: set[str] = set()
    refused: list[str] = []
    for name, html in sorted(pages.items()):
        found = scan(html)
        scripts.update(source_hash(s) for s in found.scripts)
        styles.update(source_hash(s) for s in found.styles)
        refused += [f"{name}: {problem}" for problem in found.refused]
    if refused:
        raise BuildError("inline code that the Content-Security-Policy cannot allow (move it to a file):\n  "
                         + "\n  ".join(refused))
    return Policy(tuple(sorted(scripts)), tuple(sorted(styles)))


_HEAD = re.compile(r"<head\b[^>]*>\s*(?:<meta\s+charset=[^>]*>)?", re.IGNORECASE)


def with_policy(html: str, policy: Policy, name: str) -> str:
    """The page with the policy and the referrer rule at the top of <head>, before any script."""
    head = _HEAD.search(html)
    if head is None:
        raise BuildError(f"{name}: no <head> to put the Content-Security-Policy in")
    tags = (f'\n<meta http-equiv="Content-Security-Policy" content="{policy.meta_content}">'
            '\n<meta name="referrer" content="no-referrer">')
    html = html[:head.end()] + tags + html[head.end():]
    first_script = html.lower().find("<script")
    if first_script != -1 and first_script < head.end():
        raise BuildError(f"{name}: a script comes before the Content-Security-Policy")
    return html


def apply_policy(site: Path) -> Policy:
    """Puts one site-wide policy into every HTML page under site/ and returns it (for the host headers)."""
    paths = sorted(site.rglob("*.html"))
    pages = {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in paths}
    policy = policy_for(pages)
    for path in paths:
        name = path.relative_to(site).as_posix()
        path.write_text(with_policy(pages[name], policy, name), encoding="utf-8")
    return policy
