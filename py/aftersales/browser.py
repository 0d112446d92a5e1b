"""What the pages' Web Worker calls (widgets/checker/worker.mjs): strings in, strings out, so the
JavaScript side only transports."""

from __future__ import annotations

import json

from . import media
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
    # Imported on the first output, not at start-up: email and zipfile are a plain start's largest
    # imports, and most visits only check (a restored snapshot has them warmed anyway).
    from . import outputs

    return outputs.make_output(kind, draft_json, today, files, options_json)


# The merchants page's calls (aftersales.merchant). Imported late: a buyer's checker never needs them,
# and the QR code needs segno, which only the merchants page loads.


def merchant_link(values_json: str, base: str, lang: str, today: str) -> dict:
    """The link builder's outputs for the form's values: link, QR SVG, snippet, card, policy findings."""
    from .merchant import linkbuilder, qr, ui

    try:
        values = json.loads(values_json)
    except (ValueError, RecursionError):
        values = {}
    built = linkbuilder.build(values, base, lang, today).as_dict()
    built["qr"] = qr.svg(built["link"], ui.text("out_qr").get(lang))
    return built


def verify_package(data, lang: str) -> dict:
    """The verifier's verdict on a package's bytes (from the page: a buffer Pyodide hands over)."""
    from .merchant import verify

    to_bytes = getattr(data, "to_bytes", None)  # a JsProxy of a Uint8Array, if it arrives unconverted
    raw = to_bytes() if callable(to_bytes) else bytes(data)
    return verify.verify(raw, lang).as_dict()


def warm_up() -> None:
    """Runs every call the page makes once, on an empty draft, so that the modules they need are
    imported and their first-call work is done: the build snapshots the runtime right after this.
    Every module of the package is imported too: a restored runtime has the package's modules, not its
    files, so one imported later (the merchants' tools) would not be found. (tests/test_build.py
    holds this list to the package.)"""
    import datetime as dt

    from . import cli  # noqa: F401
    from .guide import catalogue  # noqa: F401
    from .merchant import linkbuilder, qr, verify  # noqa: F401
    from .outputs import KINDS, package

    today = "2026-01-05"
    check_json("{}", today)
    guess_kind("photo.jpg", "image/jpeg")
    thumbnail_type("ffd8ffe000104a464946")
    for kind in KINDS:
        if kind != "zip":
            make_output(kind, "{}", today)
    # The ZIP through its plain-Python path: in Pyodide the page's path leaves Pyodide holding a
    # JavaScript array, which a memory snapshot cannot contain.
    package.build({}, check({}, dt.date.fromisoformat(today)), [], dt.date.fromisoformat(today))
