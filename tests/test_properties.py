"""For any JSON-like input — nested junk, huge strings, wrong types, control characters — check()
returns a schema-valid result, never raises, and is ready exactly when no finding is an error."""

import copy
import json
import sys
from datetime import date
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aftersales import check as check_report
from aftersales.data.fields import FIELDS
from aftersales.guide.schemas import result_schema


def check(draft, today, lang=None):
    """The aftersales/result/1 JSON the assertions read (check() itself returns the typed Report)."""
    return check_report(draft, today, lang).to_json()

sys.path.insert(0, str(Path(__file__).parent / "core"))
from test_check import BASE  # noqa: E402

VALIDATOR = jsonschema.Draft202012Validator(result_schema())
nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["\r\nBcc: x@evil.test", "../../etc/passwd", "<script>alert(1)</script>", "坏了",
                     "２０２６年１１月１２日", "+86 138 0013 8000", "\x00\x1b[31m", "2026-02-29", "9999-12-31",
                     "0001-01-01", "１" * 5000]),
    st.integers(min_value=0, max_value=40).map(lambda n: "漏" * (n * 250)),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), nasty_text)
json_like = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=12)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def _assert_sound(result):
    VALIDATOR.validate(result)
    assert result["ready"] == (not any(f["severity"] == "error" for f in result["findings"]))
    json.dumps(result)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_like, days)
def test_any_json_value(value, today):
    _assert_sound(check(value, today))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([f.path for f in FIELDS] + ["evidence", "lang", "order", "merchant.policy"]),
                          json_like), max_size=6), days, st.sampled_from(["zh-CN", "en", None]))
def test_a_real_draft_with_any_field_replaced(changes, today, lang):
    draft = copy.deepcopy(BASE)
    for path, value in changes:
        node, *rest = path.split(".")
        target = draft
        parts = path.split(".")
        for key in parts[:-1]:
            if not isinstance(target.get(key), dict):
                target[key] = {}
            target = target[key]
        target[parts[-1]] = value
    _assert_sound(check(draft, today, lang))
