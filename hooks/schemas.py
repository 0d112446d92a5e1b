"""MkDocs hook: publishes the JSON Schemas at stable URLs, schema/draft-1.json and schema/result-1.json.

Integrators validate drafts and results against these files; they are generated from aftersales.guide.schemas,
so the published shape is the one the checker enforces. Only the root edition writes them: one URL each.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The URL path of each schema, as the reference page and README name it.
PUBLISHED = {"schema/draft-1.json": "draft_schema", "schema/result-1.json": "result_schema"}


def on_post_build(*, config) -> None:
    if config["extra"].get("edition_path"):
        return
    if str(ROOT / "py") not in sys.path:
        sys.path.insert(0, str(ROOT / "py"))
    from aftersales.guide import schemas

    for url_path, maker in PUBLISHED.items():
        target = Path(config["site_dir"]) / url_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(getattr(schemas, maker)(), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
