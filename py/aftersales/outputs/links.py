"""Contract §5: the checker link a merchant (or a test) builds from a draft."""

from __future__ import annotations

from urllib.parse import quote

from .. import paths

_NOT_IN_LINKS = ("schema", "lang", "evidence")  # files cannot travel in a link; the page sets the language


def deep_link(draft: dict) -> str:
    """`#v=1&path=value…` for every plain field of the draft, values percent-encoded."""
    pairs = [("v", "1")] + [
        (path, str(value).lower() if isinstance(value, bool) else str(value))
        for path, value in paths.flatten(draft)
        if path not in _NOT_IN_LINKS
    ]
    return "#" + "&".join(f"{quote(k, safe='.')}={quote(v, safe='')}" for k, v in pairs)
