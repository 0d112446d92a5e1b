"""Drafts shaped like real ones — every field present or not, plausible or hostile, of every JSON type,
evidence items with any kind, name, size, type and first bytes — through check() and every output
builder. Nothing raises, and each output reads back with the parser a buyer's tools use: zipfile,
email, icalendar, an HTML parser. CPython only (icalendar is not in the browser build).

One test draws FUZZ_EXAMPLES drafts (issue 13 asks for at least 1,000) and puts each through check() and
every output, one named check per output: drawing a hostile draft costs more than any one output, so
each draft serves them all."""

from __future__ import annotations

import email
import hashlib
import io
import json
import zipfile
from datetime import date
from email import policy
from urllib.parse import unquote

import icalendar
import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_outputs_parsers import MAIL_TAGS, SUMMARY_TAGS, ZIP_FILES, html_tags

from aftersales import check, outputs
from aftersales.data import vocab
from aftersales.data.fields import FIELDS
from aftersales.guide.schemas import result_schema
from aftersales.outputs import texts

FUZZ_EXAMPLES = 1000
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TODAY = date(2026, 11, 29)
RESULT = jsonschema.Draft202012Validator(result_schema())

# Markup and header text an attacker would type: none of it may come out as an element, an attribute
# or a header. The marker names are ours, so finding one in an output means the input put it there.
MARKUP = ['<img src=x onerror=alert(1) data-fuzz="1">', "<script>alert(1)</script>", '"><svg onload=alert(1)>',
          "<a href='javascript:alert(1)'>x</a>", "<fuzzmark>", "</td></tr></table><fuzzmark>"]
HEADERS = ["\r\nBcc: spy@evil.example", "=?utf-8?q?Shop=0D=0ABcc=3A_evil=40evil=2Eexample?=",
           "x\nX-Fuzz: 1", "%0D%0ABcc:%20spy@evil.example", "a@shop.example,evil@evil.example",
           "a@shop.example;b@evil.example", "a@shop.example?cc=evil@evil.example", "BEGIN:VEVENT\r\nX-FUZZ:1"]
ODD = ["", " ", "../../etc/passwd", "..", ".", "CON", "\u202eexe.jpg", "\x00\x1b[31m", "\ud800", "１" * 300,
       "漏" * 2500, "2026-02-29", "9999-12-31", "0001-01-01", "2026年11月22日", "+86 138 0013 8000", "坏了"]
hostile = st.one_of(st.sampled_from(MARKUP + HEADERS + ODD), st.text(max_size=60),
                    st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), hostile)
any_json = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                        max_leaves=8)


def plausible(f) -> st.SearchStrategy:
    """What a buyer or a link would really put in the field."""
    if f.control == "choice":  # yes / no / not sure, as links and older drafts write it too
        return st.sampled_from([True, False, "是", "no", 1, "不确定", "unknown"])
    if f.options:
        return st.sampled_from([t.value for t in f.options] + [t.text.zh for t in f.options])
    if f.control == "date":
        return st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat)
    if f.control == "email":
        return st.sampled_from(["service@example.com", "wang@example.com", "a.b+c@shop.example.cn"])
    if f.control == "tel":
        return st.sampled_from(["138 0013 8000", "+86 10 8888 6666", "0755-12345678"])
    if f.control == "number":
        return st.one_of(st.integers(min_value=0, max_value=40), st.integers().map(str))
    if f.control == "url":
        return st.sampled_from(["https://example.com/help", "javascript:alert(1)", "http://x"])
    return st.text(min_size=1, max_size=80)


field_value = {f.path: st.one_of(plausible(f), plausible(f), hostile, any_json) for f in FIELDS}
magic = st.one_of(st.sampled_from(["ffd8ffe000104a464946", "89504e470d0a1a0a", "0000000066747970zzzzzzzz",
                                   "3c7376672078", "0000000066747970", "zz", "f", ""]),
                  st.binary(max_size=16).map(bytes.hex), scalar)
evidence_item = st.one_of(
    st.fixed_dictionaries({}, optional={
        "kind": st.one_of(st.sampled_from(sorted(vocab.values(vocab.EVIDENCE_KINDS))), any_json),
        "name": st.one_of(st.sampled_from(["壶底.jpg", "chat.png"]), hostile, any_json),
        "size": st.one_of(st.integers(min_value=0, max_value=2**40), any_json),
        "type": st.one_of(st.sampled_from(["image/jpeg", "image/svg+xml", "text/html"]), any_json),
        "magic": magic, "id": any_json}),
    any_json)


def _put(draft: dict, path: str, value: object) -> None:
    *parents, leaf = path.split(".")
    node = draft
    for key in parents:
        node = node.setdefault(key, {}) if isinstance(node.get(key, {}), dict) else node
    node[leaf] = value


@st.composite
def drafts(draw) -> dict:
    draft: dict = {"schema": "aftersales/draft/1", "lang": draw(st.sampled_from(["zh-CN", "en", None, 5]))}
    for f in FIELDS:
        if draw(st.booleans()):
            _put(draft, f.path, draw(field_value[f.path]))
    if draw(st.booleans()):
        draft["evidence"] = draw(st.one_of(st.lists(evidence_item, max_size=4), any_json))
    if draw(st.integers(0, 9)) == 0:  # a whole group of the wrong type
        draft[draw(st.sampled_from(["order", "problem", "contact", "merchant"]))] = draw(scalar)
    return draft


files = st.lists(st.fixed_dictionaries({
    "name": st.one_of(st.sampled_from(["壶底.jpg", "a.png"]), hostile),
    "kind": st.one_of(st.sampled_from(sorted(vocab.values(vocab.EVIDENCE_KINDS))), hostile),
    "type": st.one_of(st.sampled_from(["image/jpeg", "image/png", "application/pdf"]), hostile),
    "data": st.one_of(st.binary(max_size=64), st.sampled_from([b"\xff\xd8\xff\xe0" + bytes(20), b"\x89PNG" + bytes(20)])),
}), max_size=3)


def make(kind: str, draft: dict, evidence=None, options=None) -> dict:
    return outputs.make_output(kind, json.dumps(draft), TODAY.isoformat(), evidence or [], json.dumps(options or {}))


def assert_no_input_markup(html: str, allowed_tags: set[str]) -> None:
    parsed = html_tags(html)
    assert parsed.tags <= allowed_tags, parsed.tags - allowed_tags
    names = {k for k, _ in parsed.attrs}
    assert not any(k.startswith("on") for k in names) and not names & {"href", "data-fuzz"}, names
    assert all(v.startswith("data:image/") for k, v in parsed.attrs if k == "src")


def check_never_raises_and_gives_a_valid_result(draft, today):
    result = check(draft, today).to_json()
    RESULT.validate(result)
    assert result["ready"] == (not any(f["severity"] == "error" for f in result["findings"]))


def zip_opens_with_safe_names_and_a_summary_without_input_markup(draft, evidence):
    out = make("zip", draft, evidence)
    assert "/" not in out["filename"] and "\\" not in out["filename"] and ".." not in out["filename"]
    with zipfile.ZipFile(io.BytesIO(out["data"])) as zf:
        assert zf.testzip() is None
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    for name in set(entries) - ZIP_FILES:
        folder, base = name.split("/", 1)
        assert folder == "evidence" and base and "/" not in base and "\\" not in base and not base.startswith(".")
        assert not any(ord(c) < 32 or c in '<>:"|?*\u202e\u2028' for c in base)
    manifest = json.loads(entries["manifest.json"])
    for record in manifest["files"]:
        assert hashlib.sha256(entries[record["path"]]).hexdigest() == record["sha256"]
    assert_no_input_markup(entries["summary.html"].decode(), SUMMARY_TAGS)
    json.loads(entries["ticket.json"])


MESSAGE_HEADERS = {"to", "from", "subject", "x-unsent", "mime-version", "content-type"}
PART_HEADERS = {"content-type", "content-transfer-encoding", "content-disposition", "mime-version"}


def eml_parses_with_exactly_the_intended_headers(draft, evidence):
    raw = make("eml", draft, evidence)["data"]
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert {k.lower() for k in msg.keys()} <= MESSAGE_HEADERS, msg.keys()
    assert len(msg.get_all("To") or []) <= 1 and len(msg.get_all("From") or []) <= 1
    for header in ("To", "From"):
        if msg[header]:
            assert len(msg[header].addresses) == 1, msg[header]
    assert msg["X-Unsent"] == "1" and msg["Subject"] is not None
    for part in msg.walk():
        if part is not msg:
            assert {k.lower() for k in part.keys()} <= PART_HEADERS, part.keys()
    assert_no_input_markup(msg.get_body(("html",)).get_content(), MAIL_TAGS)
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def mailto_addresses_at_most_one_person_and_carries_only_subject_and_body(draft):
    link = make("mailto", draft)["data"]
    assert link.startswith("mailto:") and len(link) <= 2000
    assert all(c.isascii() and c.isprintable() and c not in " #" for c in link)
    head, query = link.split("?", 1)
    to = unquote(head[len("mailto:"):])
    assert to == "" or (to.count("@") == 1 and not any(c in to for c in ",;?&<> "))
    assert [p.split("=", 1)[0] for p in query.split("&")] == ["subject", "body"]


EVENT_KEYS = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "TRANSP"}


def ics_parses_with_icalendar_and_holds_only_our_events(draft):
    data = make("ics", draft)["data"]
    cal = icalendar.Calendar.from_ical(data)
    assert {c.name for c in cal.walk()} <= {"VCALENDAR", "VEVENT", "VALARM"}
    events = list(cal.walk("VEVENT"))
    for event in events:
        assert set(event.keys()) == EVENT_KEYS
        assert len(event.walk("VALARM")) == 1
    assert len(events) == len({str(e["UID"]) for e in events})


def texts_and_the_json_ticket_come_out_clean(draft, text, platform):
    out = make("text", draft, options={"text": text, "platform": platform})["data"]
    assert not any(ord(c) < 32 and c != "\n" for c in out) and "\u202e" not in out
    if text == "platform" and platform in texts.PLATFORM_LIMITS:
        assert len(out) <= texts.PLATFORM_LIMITS[platform]
    assert json.loads(make("json", draft)["data"])["schema"]


@FUZZ
@given(drafts(), st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), files,
       st.sampled_from(["platform", "appeal", "12315"]), st.sampled_from(list(texts.PLATFORM_LIMITS) + ["", "nowhere"]))
def test_any_draft_checks_and_every_output_reads_back_clean(draft, today, evidence, text, platform):
    check_never_raises_and_gives_a_valid_result(draft, today)
    zip_opens_with_safe_names_and_a_summary_without_input_markup(draft, evidence)
    eml_parses_with_exactly_the_intended_headers(draft, evidence)
    mailto_addresses_at_most_one_person_and_carries_only_subject_and_body(draft)
    ics_parses_with_icalendar_and_holds_only_our_events(draft)
    texts_and_the_json_ticket_come_out_clean(draft, text, platform)
