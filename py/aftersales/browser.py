"""What the checker page's Web Worker calls (widgets/worker.mjs): strings in, strings out, so the
JavaScript side only transports."""

from __future__ import annotations

import json

from . import media, outputs
from .checks import check
from .checks.evidence import guess_kind as _guess_kind


def check_json(draft_json: str, today: str) -> str:
    try:
        draft = json.loads(draft_json)
    except (ValueError, RecursionError):
        draft = None  # reported as a finding on the whole draft
    return json.dumps(check(draft, today).to_json(), ensure_ascii=False)


def guess_kind(name: str, mime: str) -> str:
    return _guess_kind(str(name), str(mime))


def thumbnail_type(magic_hex: str) -> str:
    """The image type to show a file's thumbnail as (from its first bytes, as hex), or "" for an icon."""
    return media.raster(media.from_hex(magic_hex)) if isinstance(magic_hex, str) else ""


def make_output(kind: str, draft_json: str, today: str, files=None, options_json: str = "") -> dict:
    """A download or text for the page: {"filename", "mime", "data"} (see aftersales.outputs)."""
    return outputs.make_output(kind, draft_json, today, files, options_json)
