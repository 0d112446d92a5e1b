"""Every draft in tests/samples, on its day, gives the findings and deadlines expected.json lists."""

import json
from pathlib import Path

import jsonschema
import pytest

from aftersales import check as check_report
from aftersales.guide.schemas import draft_schema, result_schema


def check(draft, today, lang=None):
    """The aftersales/result/1 JSON the assertions read (check() itself returns the typed Report)."""
    return check_report(draft, today, lang).to_json()

SAMPLES = Path(__file__).resolve().parent / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample(name):
    want = EXPECTED[name]
    draft = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    result = check(draft, want["today"])
    jsonschema.validate(result, result_schema())
    got = {(f["code"], f["field"]) for f in result["findings"]}
    for code, field in want.get("must", []):
        assert (code, field) in got, f"{name}: expected {code} on {field}, got {sorted(got)}"
    if "ready" in want:
        assert result["ready"] is want["ready"], result["findings"]
    dates = {d["code"]: d["date"] for d in result["deadlines"]}
    for code, day in want.get("deadlines", {}).items():
        assert dates.get(code) == day, f"{name}: {code} should be {day}, got {dates.get(code)}"


def test_samples_are_valid_drafts():
    for path in SAMPLES.glob("*.json"):
        if path.name != "expected.json":
            jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), draft_schema())


def test_every_sample_is_covered():
    names = {p.stem for p in SAMPLES.glob("*.json")} - {"expected"}
    assert names == set(EXPECTED)
