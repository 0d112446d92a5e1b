"""What the checker page's Web Worker calls (widgets/worker.mjs): strings in, strings out, so the
JavaScript side only transports."""

from __future__ import annotations

import json

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


def make_output(kind: str, draft_json: str, today: str, files=None, options_json: str = "") -> dict:
    """A download or text for the page: {"filename", "mime", "data"} (see aftersales.outputs)."""
    # Imported on the first output, not at start-up: email and zipfile are a plain start's largest
    # imports, and most visits only check (a restored snapshot has them warmed anyway).
    from . import outputs

    return outputs.make_output(kind, draft_json, today, files, options_json)


def warm_up() -> None:
    """Runs every call the page makes once, on an empty draft, so that the modules they need are
    imported and their first-call work is done: the build snapshots the runtime right after this."""
    import datetime as dt

    from .outputs import KINDS, package

    today = "2026-01-05"
    check_json("{}", today)
    guess_kind("photo.jpg", "image/jpeg")
    for kind in KINDS:
        if kind != "zip":
            make_output(kind, "{}", today)
    # The ZIP through its plain-Python path: in Pyodide the page's path leaves Pyodide holding a
    # JavaScript array, which a memory snapshot cannot contain.
    package.build({}, check({}, dt.date.fromisoformat(today)), [], dt.date.fromisoformat(today))
