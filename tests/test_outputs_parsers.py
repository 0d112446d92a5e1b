"""Hostile values in every field, outputs read back by well-kept parsers (icalendar, email, zipfile,
html.parser). CPython only: icalendar is not part of the browser build."""

from __future__ import annotations

import copy
import email
import hashlib
import io
import json
import sys
import zipfile
from email import policy
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import icalendar

sys.path.insert(0, str(Path(__file__).parent / "core"))
from test_outputs import DRAFT, TODAY, make_jpeg  # noqa: E402

from aftersales import outputs  # noqa: E402
from aftersales.data import fields  # noqa: E402
from aftersales.outputs import exif, texts  # noqa: E402

HOSTILE = [
    "a\r\nBcc: spy@evil.example\r\n\r\n<script>alert(1)</script>",
    "../../../etc/passwd",
    '"><img src=x onerror=alert(1)><a href="https://evil.example/">x</a>',
    "x" * 10_000,
    "零\x00一\x1b[31m二\u202e三\u2028四\rSUMMARY:injected\nBEGIN:VEVENT",
    "%0D%0ABcc:%20spy@evil.example?&body=injected#frag",
    "; , \\ : \"quoted\" 'single' `tick`",
]

ZIP_FILES = {"ticket.json", "summary.html", "manifest.json", "SHA256SUMS"}
SUMMARY_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "p",
    "br",
    "table",
    "tr",
    "th",
    "td",
    "div",
    "span",
    "ul",
    "li",
    "img",
    "small",
}
MAIL_TAGS = {"html", "head", "meta", "body", "p", "br"}
MAIL_HEADERS = {"to", "from", "subject", "x-unsent", "mime-version", "content-type"}


def hostile_draft(value: str) -> dict:
    draft = copy.deepcopy(DRAFT)
    for f in fields.FIELDS:
        if f.control in ("text", "textarea", "email", "tel", "url"):
            node = draft
            *parents, leaf = f.path.split(".")
            for key in parents:
                node = node.setdefault(key, {})
            node[leaf] = value
    draft["evidence"] = [{"kind": "photo", "name": value, "size": 10}]
    return draft


def hostile_files(value: str) -> list[dict]:
    return [
        {"name": value + ".jpg", "kind": "photo", "type": "image/jpeg", "data": make_jpeg()},
        {"name": value, "kind": value, "type": value, "data": b"plain bytes"},
        {
            "name": "../" + value,
            "kind": "chat",
            "type": "image/png",
            "data": b"\x89PNG\r\n\x1a\n" + bytes(30),
        },
    ]


def run(kind: str, value: str, options: dict | None = None):
    return outputs.make_output(
        kind,
        json.dumps(hostile_draft(value)),
        TODAY.isoformat(),
        hostile_files(value),
        json.dumps(options or {}),
    )


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += [(k, v or "") for k, v in attrs]


def html_tags(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def assert_clean_html(html: str, allowed: set[str]) -> None:
    parsed = html_tags(html)
    assert parsed.tags <= allowed, parsed.tags - allowed
    assert not any(k.startswith("on") or k == "href" for k, _ in parsed.attrs)
    assert all(v.startswith("data:image/") for k, v in parsed.attrs if k == "src")
    assert "<script" not in html.lower()


def test_zip_with_hostile_values_has_only_safe_names_and_clean_summary():
    for value in HOSTILE:
        out = run("zip", value)
        assert "/" not in out["filename"] and ".." not in out["filename"]
        with zipfile.ZipFile(io.BytesIO(out["data"])) as zf:
            assert zf.testzip() is None
            entries = {i.filename: zf.read(i) for i in zf.infolist()}
        evidence = [n for n in entries if n not in ZIP_FILES]
        assert len(evidence) == 3
        for name in evidence:
            folder, base = name.split("/", 1)
            assert folder == "evidence" and base and "/" not in base and "\\" not in base
            assert base not in (".", "..") and not base.startswith(".")
            assert not any(ord(c) < 32 or c in '<>:"|?*\u202e\u2028' for c in base)
            assert len(base.encode()) <= 120
        manifest = json.loads(entries["manifest.json"])
        for record in manifest["files"]:
            assert hashlib.sha256(entries[record["path"]]).hexdigest() == record["sha256"]
        jpeg = next(entries[n] for n in evidence if n.endswith(".jpg"))
        assert not exif.has_gps(jpeg)
        assert_clean_html(entries["summary.html"].decode(), SUMMARY_TAGS)
        ticket = json.loads(entries["ticket.json"])
        assert ticket["problem"]["description"] == value  # nothing the buyer typed is lost


def test_eml_with_hostile_values_has_no_injected_headers_or_markup():
    for value in HOSTILE:
        raw = run("eml", value)["data"]
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert {k.lower() for k in msg.keys()} <= MAIL_HEADERS, msg.keys()
        assert msg["Bcc"] is None and msg["X-Unsent"] == "1"
        assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])
        assert "spy@evil.example" not in str(msg["To"] or "")
        assert_clean_html(msg.get_body(("html",)).get_content(), MAIL_TAGS)
        names = [p.get_filename() for p in msg.iter_attachments()]
        assert len(names) == 3 and all("/" not in n and "\\" not in n for n in names)
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998  # RFC 5322 hard limit


def test_mailto_with_hostile_values_stays_short_and_decodes():
    for value in HOSTILE:
        link = run("mailto", value)["data"]
        assert len(link) <= 2000 and link.startswith("mailto:")
        assert all(c.isascii() and c.isprintable() and c not in " #" for c in link)
        head, query = link.split("?", 1)
        assert head == "mailto:"  # the hostile support email is not an address
        params = [p.split("=", 1) for p in query.split("&")]
        assert [k for k, _ in params] == ["subject", "body"]
        body = unquote(params[1][1], errors="strict")
        assert "售后-" in body or "aftersales-" in body


def test_ics_with_hostile_values_parses_with_icalendar():
    for value in HOSTILE:
        data = run("ics", value)["data"]
        assert all(len(line) <= 75 for line in data.split(b"\r\n"))
        cal = icalendar.Calendar.from_ical(data)
        events = list(cal.walk("VEVENT"))
        assert events and all(len(e.walk("VALARM")) == 1 for e in events)
        for event in events:
            assert set(event.keys()) == {
                "UID",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "DESCRIPTION",
                "TRANSP",
            }
            assert (event.decoded("DTEND") - event.decoded("DTSTART")).days == 1
            assert "\x00" not in str(event["SUMMARY"])
        assert len(events) == len({str(e["UID"]) for e in events})


def test_ics_matches_deadlines_in_icalendar():
    draft = copy.deepcopy(DRAFT)
    draft["lang"] = "en"
    out = outputs.make_output("ics", json.dumps(draft), TODAY.isoformat(), [], "{}")
    cal = icalendar.Calendar.from_ical(out["data"])
    event = next(e for e in cal.walk("VEVENT") if "Last day to return a faulty item" in str(e["SUMMARY"]))
    assert event.decoded("DTSTART").isoformat() == "2026-11-19"
    assert "Consumer" in str(event["DESCRIPTION"]) or "Art" in str(event["DESCRIPTION"])
    alarm = event.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER").total_seconds() < 0


def test_texts_with_hostile_values_fit_and_carry_no_controls():
    for value in HOSTILE:
        for platform, limit in texts.PLATFORM_LIMITS.items():
            text = run("text", value, {"text": "platform", "platform": platform})["data"]
            assert len(text) <= limit
            assert not any(ord(c) < 32 and c != "\n" for c in text)
        for kind in ("appeal", "12315"):
            text = run("text", value, {"text": kind})["data"]
            assert "\x00" not in text and "\r" not in text and "\u202e" not in text
