"""The reference page as an integrator reads it: its draft examples are valid drafts, and the
JSON Schemas it links to are published at their stable URLs with what the checker enforces."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from aftersales.guide.schemas import draft_schema, result_schema

ROOT = Path(__file__).resolve().parent.parent
JSON_BLOCK = re.compile(r"```json\n(.*?)```", re.S)


@pytest.mark.parametrize("edition", ["zh", "en"])
def test_reference_examples_are_valid(edition):
    blocks = [json.loads(b) for b in JSON_BLOCK.findall((ROOT / "docs" / edition / "reference.md").read_text("utf-8"))]
    drafts = [b for b in blocks if b.get("schema") == "aftersales/draft/1"]
    assert drafts and any(b.get("schema") == "aftersales/result/1" for b in blocks)
    for draft in drafts:
        jsonschema.validate(draft, draft_schema())


def test_schemas_are_published_at_stable_urls():
    site = ROOT / "site" / "schema"
    assert json.loads((site / "draft-1.json").read_text("utf-8")) == draft_schema()
    assert json.loads((site / "result-1.json").read_text("utf-8")) == result_schema()
