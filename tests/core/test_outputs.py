"""Outputs parsed back the way a buyer's tools read them: zipfile + manifest hashes, the email parser,
a small iCalendar reader. Plain asserts and stdlib only: this file also runs under Pyodide in Node."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import email
import hashlib
import io
import json
import random
import struct
import zipfile
from email import policy
from urllib.parse import unquote

from aftersales import outputs
from aftersales.outputs import exif, files, package, texts

TODAY = dt.date(2026, 11, 15)

DRAFT = {
    "schema": "aftersales/draft/1",
    "lang": "zh-CN",
    "order": {
        "platform": "jd",
        "order_id": "301234567890",
        "product_name": "电热水壶 1.7L",
        "category": "general",
        "purchase_date": "2026-11-10",
        "received_date": "2026-11-12",
    },
    "problem": {
        "type": "quality",
        "noticed_date": "2026-11-14",
        "description": "11月14日第二次使用时壶底漏水，水从底座接缝处渗出，加水到一半就开始漏，已停止使用。",
    },
    "resolution": "return_refund",
    "evidence": [{"kind": "photo", "name": "壶底.jpg", "size": 1000}, {"kind": "video", "name": "leak.mp4"}],
    "contact": {"name": "李雷", "phone": "139 1234 5678", "email": "lilei@example.com"},
    "merchant": {"name": "某某旗舰店", "support_email": "service@example.com"},
    "submitted_date": "2026-11-15",
}

# An 8×8 baseline JPEG; make_jpeg wraps it with an EXIF block carrying GPS and a thumbnail.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABsSFBcUERsXFhceHBsgKEIrKCUlKFE6PTBCYFVlZF9VXVtqeJmBanGQc1tdhbWG"
    "kJ6jq62rZ4C8ybqmx5moq6T/2wBDARweHigjKE4rK06kbl1upKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSk"
    "pKSkpKSkpKSkpKSkpKT/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAA"
    "AAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCEAdYf/9k="
)
# Latitude 39°54'27.12" as three RATIONALs: distinctive bytes the stripped file must no longer contain.
LATITUDE = ((39, 1), (54, 1), (2712, 100))


def make_jpeg(
    gps: bool = True, thumb: bool = True, big_endian: bool = False, pad: int = 0, seed: int = 1
) -> bytes:
    """A decodable JPEG with EXIF (Make, Orientation, optional GPS IFD and IFD1 thumbnail). `pad`
    bytes of filler scan data make it as large as a camera photo, with its metadata at the start as
    in a real one. Shared with bench/bench_package.py."""
    e = ">" if big_endian else "<"
    ifd0_tags = [(0x010F, 2, 7, b"Camera\0"), (0x0112, 3, 1, struct.pack(e + "HH", 1, 0))]
    if gps:
        ifd0_tags.append((0x8825, 4, 1, None))  # pointer filled below
    ifd0_at = 8
    ifd0_size = 2 + 12 * len(ifd0_tags) + 4
    make_at = ifd0_at + ifd0_size
    gps_at = make_at + 8
    lat = b"".join(struct.pack(e + "II", *r) for r in LATITUDE)
    lon = b"".join(struct.pack(e + "II", *r) for r in ((116, 1), (23, 1), (4455, 100)))
    gps_tags = [
        (0, 1, 4, bytes([2, 2, 0, 0])),
        (1, 2, 2, b"N\0\0\0"),
        (2, 5, 3, lat),
        (3, 2, 2, b"E\0\0\0"),
        (4, 5, 3, lon),
    ]
    gps_size = 2 + 12 * len(gps_tags) + 4 if gps else 0
    gps_data_at = gps_at + gps_size
    ifd1_at = gps_data_at + (48 if gps else 0)
    thumb_at = ifd1_at + 2 + 12 * 2 + 4

    def ifd(tags, next_at, data_at):
        out, data = struct.pack(e + "H", len(tags)), b""
        for tag, typ, count, value in tags:
            if value is None:
                value = struct.pack(e + "I", gps_at)
            if len(value) > 4:
                out += struct.pack(e + "HHII", tag, typ, count, data_at + len(data))
                data += value
            else:
                out += struct.pack(e + "HHI", tag, typ, count) + value.ljust(4, b"\0")
        return out + struct.pack(e + "I", next_at), data

    tiff = (b"MM\0*" if big_endian else b"II*\0") + struct.pack(e + "I", ifd0_at)
    block, data = ifd(ifd0_tags, ifd1_at if thumb else 0, make_at)
    tiff += block + data + b"\0" * (gps_at - make_at - len(data))
    if gps:
        block, data = ifd(gps_tags, 0, gps_data_at)
        tiff += block + data
    if thumb:
        tags = [
            (0x0201, 4, 1, struct.pack(e + "I", thumb_at)),
            (0x0202, 4, 1, struct.pack(e + "I", len(TINY_JPEG))),
        ]
        block, _ = ifd(tags, 0, 0)
        tiff += block + TINY_JPEG
    app1 = b"Exif\0\0" + tiff
    out = [b"\xff\xd8", b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1]
    out.append(TINY_JPEG[2:-2])  # up to and including the scan, without the end-of-image marker
    if pad > 0:  # entropy-coded data never holds a bare 0xFF
        out.append(random.Random(seed).randbytes(pad).replace(b"\xff", b"\x00"))
    out.append(b"\xff\xd9")
    return b"".join(out)


def file_items(*items):
    return [{"name": n, "kind": k, "type": t, "data": d} for n, k, t, d in items]


def sample_files():
    return file_items(
        ("../../壶底.jpg", "photo", "image/jpeg", make_jpeg()),
        ("leak.mp4", "video", "video/mp4", b"\0\0\0\x18ftypmp42" + bytes(200)),
    )


def make(kind, draft=DRAFT, evidence=None, options=None):
    return outputs.make_output(
        kind,
        json.dumps(draft, ensure_ascii=False),
        TODAY.isoformat(),
        sample_files() if evidence is None else evidence,
        json.dumps(options or {}),
    )


def as_bytes(data) -> bytes:
    """Under Pyodide the ZIP comes back as a JS Uint8Array (built in place), elsewhere as bytes."""
    return data.to_bytes() if hasattr(data, "to_bytes") else data


def read_zip(data) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(as_bytes(data))) as zf:
        assert zf.testzip() is None
        return {info.filename: zf.read(info) for info in zf.infolist()}


def parse_ics(data: bytes) -> list[dict[str, str]]:
    """Unfolded VEVENT properties (name with parameters -> raw value); asserts CRLF and 75-octet lines."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    raw = data.decode().split("\r\n")
    assert all(len(line.encode()) <= 75 for line in raw)
    lines = []
    for line in raw[:-1]:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    events, current, depth = [], None, []
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            depth.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert depth.pop() == value
            if value == "VEVENT":
                events.append(current)
        elif current is not None:
            key = ("VALARM." if depth[-1] == "VALARM" else "") + name
            current[key] = value
    return events


def unescape_ics(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


# --- ZIP package -----------------------------------------------------------------------------------


def test_zip_has_ticket_summary_evidence_and_verifiable_manifest():
    out = make("zip")
    assert out["filename"] == "售后-301234567890-2026-11-15.zip" and out["mime"] == "application/zip"
    entries = read_zip(out["data"])
    assert set(entries) == {
        "ticket.json",
        "summary.html",
        "evidence/壶底.jpg",
        "evidence/leak.mp4",
        "manifest.json",
        "SHA256SUMS",
    }
    manifest = json.loads(entries["manifest.json"])
    listed = {r["path"]: r for r in manifest["files"]}
    assert set(listed) == set(entries) - {"manifest.json", "SHA256SUMS"}
    for path, record in listed.items():
        assert record["size"] == len(entries[path])
        assert record["sha256"] == hashlib.sha256(entries[path]).hexdigest()
    sums = dict(reversed(line.split("  ", 1)) for line in entries["SHA256SUMS"].decode().splitlines())
    assert set(sums) == set(entries) - {"SHA256SUMS"}
    assert all(hashlib.sha256(entries[p]).hexdigest() == h for p, h in sums.items())
    assert listed["evidence/壶底.jpg"]["original_name"] == "../../壶底.jpg"
    assert listed["evidence/壶底.jpg"]["gps"] == exif.REMOVED


def test_zip_ticket_is_the_draft_plus_the_check():
    entries = read_zip(make("zip")["data"])
    ticket = json.loads(entries["ticket.json"])
    assert ticket["schema"] == "aftersales/draft/1"
    assert ticket["order"]["order_id"] == "301234567890" and ticket["contact"]["phone"] == "139 1234 5678"
    assert ticket["check"]["schema"] == "aftersales/result/1"
    assert {d["code"] for d in ticket["check"]["deadlines"]} >= {"quality_return", "no_reason_return"}


def test_zip_is_reproducible_and_dated_today():
    a, b = as_bytes(make("zip")["data"]), as_bytes(make("zip")["data"])
    assert a == b
    with zipfile.ZipFile(io.BytesIO(a)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2026, 11, 15, 0, 0, 0)}
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
    assert (
        kinds["evidence/壶底.jpg"] == zipfile.ZIP_STORED and kinds["evidence/leak.mp4"] == zipfile.ZIP_STORED
    )
    assert kinds["summary.html"] == zipfile.ZIP_DEFLATED


def test_photo_in_zip_lost_gps_only_and_kept_its_pixels():
    original = make_jpeg()
    stored = read_zip(make("zip")["data"])["evidence/壶底.jpg"]
    lat = b"".join(struct.pack("<II", *r) for r in LATITUDE)
    assert lat in original and lat not in stored
    assert exif.has_gps(original) and not exif.has_gps(stored)
    assert len(stored) == len(original)  # lossless: nothing re-encoded, nothing moved
    app1_end = 4 + struct.unpack(">H", original[4:6])[0]
    assert stored[app1_end:] == original[app1_end:]
    assert exif.thumbnail(stored) == TINY_JPEG


def test_buyer_can_keep_gps():
    stored = read_zip(make("zip", options={"strip_gps": False})["data"])["evidence/壶底.jpg"]
    assert stored == make_jpeg()


def test_strip_gps_big_endian_and_edge_cases():
    big = make_jpeg(big_endian=True)
    out, status = exif.strip_gps(big)
    assert status == exif.REMOVED and not exif.has_gps(out) and len(out) == len(big)
    assert b"".join(struct.pack(">II", *r) for r in LATITUDE) not in out
    plain = make_jpeg(gps=False)
    assert exif.strip_gps(plain) == (plain, exif.NONE)
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    assert exif.strip_gps(png) == (png, exif.NOT_JPEG)
    for broken in (big[:30], big[:2] + b"\xff\xe1\xff\xff" + big[6:], b"\xff\xd8\xff"):
        data, status = exif.strip_gps(broken)
        assert data == broken and status in (exif.UNREADABLE, exif.NONE)
    # a GPS pointer aimed outside the segment: left untouched, not half-edited
    bad = bytearray(make_jpeg(thumb=False))
    at = bad.index(struct.pack("<HHI", 0x8825, 4, 1))
    bad[at + 8 : at + 12] = struct.pack("<I", 0xFFFFFF)
    assert exif.strip_gps(bytes(bad)) == (bytes(bad), exif.UNREADABLE)


def test_strip_gps_blanks_xmp_location():
    xmp = (
        b'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:RDF><rdf:Description exif:GPSLatitude="39,54.45N" '
        b'exif:Make="X"><exif:GPSLongitude>116,23.7E</exif:GPSLongitude></rdf:Description></rdf:RDF></x:xmpmeta>'
    )
    jpeg = b"\xff\xd8\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp + TINY_JPEG[2:]
    out, status = exif.strip_gps(jpeg)
    assert status == exif.REMOVED and len(out) == len(jpeg)
    assert b"39,54" not in out and b"116,23" not in out and b'exif:Make="X"' in out
    assert not exif.has_gps(out)


def test_memoryview_and_jsproxy_like_data_are_accepted():
    class FakeJsProxy:  # what Pyodide hands over for a Uint8Array the worker did not convert
        def __init__(self, data):
            self._data = data

        def to_bytes(self):
            return self._data

    jpeg = make_jpeg()
    evidence = file_items(
        ("a.jpg", "photo", "image/jpeg", memoryview(jpeg)),
        ("b.jpg", "photo", "image/jpeg", FakeJsProxy(jpeg)),
        ("c.jpg", "photo", "", bytearray(jpeg)),
    )
    entries = read_zip(make("zip", evidence=evidence)["data"])
    stored = [entries[f"evidence/{n}.jpg"] for n in "abc"]
    assert stored[0] == stored[1] == stored[2] and not exif.has_gps(stored[0])


def test_safe_names_cannot_escape_or_collide():
    taken: set[str] = set()
    hostile = [
        "../../etc/passwd",
        "..\\..\\boot.ini",
        "..",
        ".",
        "",
        "CON.txt",
        "aux",
        "nul.tar.gz",
        "a\x00b\r\nc.jpg",
        "\u202egpj.exe",
        "x" * 10_000 + ".jpg",
        "照" * 300 + ".png",
        "photo.JPG",
        "PHOTO.jpg",
        "photo.jpg",
        " .hidden. ",
        'a<b>c:d"e|f?g*h.png',
        "/abs/path/壶底.jpg",
    ]
    names = [files.safe_name(n, taken) for n in hostile]
    assert len({n.lower() for n in names}) == len(names)
    for n in names:
        assert n and "/" not in n and "\\" not in n and n not in (".", "..") and not n.startswith(".")
        assert not any(ord(c) < 32 or c in '<>:"|?*\u202e' for c in n)
        assert len(n.encode()) <= files.NAME_MAX_BYTES
        assert n.split(".")[0].lower() not in ("con", "aux", "nul")
    assert names[-1] == "壶底.jpg"
    assert names[10].endswith(".jpg") and names[11].endswith(".png") and names[11].startswith("照照")
    assert names[12:15] == ["photo.jpg", "PHOTO (2).jpg", "photo (3).jpg"]


def test_summary_is_escaped_self_contained_and_shows_the_request():
    draft = copy.deepcopy(DRAFT)
    draft["problem"]["description"] = "<script>alert(1)</script><img src=x onerror=alert(2)> 漏水"
    draft["order"]["product_name"] = '"><iframe src="https://evil.example/">'
    html = read_zip(make("zip", draft=draft)["data"])["summary.html"].decode()
    assert "<script" not in html and "<iframe" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'src="http' not in html and "href=" not in html and "url(" not in html and "@import" not in html
    assert "Content-Security-Policy" in html and '<html lang="zh-CN">' in html and "@media print" in html
    for src in html.split('src="')[1:]:
        assert src.startswith("data:image/jpeg;base64,")
    assert "消费者权益保护法 第二十四条" in html and "2026-11-19" in html and "退货退款" in html
    assert "壶底.jpg" in html and "已去除位置信息" in html


def test_summary_in_english():
    draft = dict(DRAFT, lang="en")
    html = read_zip(make("zip", draft=draft)["data"])["summary.html"].decode()
    assert '<html lang="en">' in html and "Deadlines and legal basis" in html and "Return and refund" in html
    assert make("zip", draft=draft)["filename"] == "aftersales-301234567890-2026-11-15.zip"


# --- email -----------------------------------------------------------------------------------------


def test_eml_is_a_ready_draft_to_the_merchant_with_evidence_attached():
    out = make("eml")
    assert out["filename"].endswith(".eml") and out["mime"] == "message/rfc822"
    assert b"\r\n" in out["data"] and b"\n" not in out["data"].replace(b"\r\n", b"")
    msg = email.message_from_bytes(out["data"], policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "service@example.com"
    assert msg["From"].addresses[0].addr_spec == "lilei@example.com"
    assert msg["X-Unsent"] == "1"
    assert "301234567890" in msg["Subject"] and "退货退款" in msg["Subject"]
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "11月14日第二次使用时壶底漏水" in plain and "11月14日第二次使用时壶底漏水" in html
    assert "消费者权益保护法 第二十四条" in plain
    attached = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert set(attached) == {"壶底.jpg", "leak.mp4"}
    assert not exif.has_gps(attached["壶底.jpg"]) and len(attached["壶底.jpg"]) == len(make_jpeg())
    assert make("eml")["data"] == out["data"]  # reproducible: fixed MIME boundaries


def test_eml_refuses_injected_headers_and_bad_recipients():
    draft = copy.deepcopy(DRAFT)
    draft["merchant"]["support_email"] = "service@example.com\r\nBcc: spy@evil.example"
    draft["order"]["order_id"] = "123\r\nBcc: spy@evil.example\r\n\r\nbody"
    draft["contact"]["name"] = "李雷\nX-Injected: yes"
    msg = email.message_from_bytes(make("eml", draft=draft)["data"], policy=policy.default)
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    assert "spy@evil.example" not in (msg["To"] or "")
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    draft["merchant"]["support_email"] = "a@example.com, b@evil.example"
    msg = email.message_from_bytes(make("eml", draft=draft)["data"], policy=policy.default)
    assert msg["To"] is None  # never two recipients from one field


def test_eml_drops_display_names_that_read_as_encoded_words_on_every_python():
    # CPython 3.11/3.12 decoded this name while folding and wrote a real Bcc: header.
    draft = copy.deepcopy(DRAFT)
    draft["merchant"]["name"] = draft["contact"]["name"] = "=?utf-8?q?Shop=0D=0ABcc=3A_evil=40evil=2Eexample?="
    msg = email.message_from_bytes(make("eml", draft=draft)["data"], policy=policy.default)
    assert [k.lower() for k in msg.keys()] == ["to", "from", "subject", "x-unsent", "mime-version", "content-type"]
    assert str(msg["To"]) == "service@example.com" and str(msg["From"]) == "lilei@example.com"


def test_eml_subject_quoting_an_encoded_word_adds_no_header_on_every_python():
    # CPython 3.11 decoded the subject's product name or unknown resolution while folding: a real Bcc:.
    for path in ("order.product_name", "resolution"):
        draft = copy.deepcopy(DRAFT)
        word = "=?utf-8?q?=0ABcc:_a@evil.cn?="
        if path == "resolution":
            draft["resolution"] = word
        else:
            draft["order"]["product_name"] = word
        msg = email.message_from_bytes(make("eml", draft=draft)["data"], policy=policy.default)
        assert [k.lower() for k in msg.keys()] == ["to", "from", "subject", "x-unsent", "mime-version",
                                                   "content-type"], path
        assert "Bcc" in msg["Subject"] and "a@evil.cn" in msg["Subject"], path


def test_a_lone_surrogate_in_the_draft_reads_back_from_the_ticket():
    draft = copy.deepcopy(DRAFT)
    draft["merchant"]["address"] = "\ud800"
    ticket = json.loads(make("json", draft=draft)["data"])
    assert ticket["merchant"]["address"] == "\ud800"


def test_mailto_fits_2000_characters_and_decodes_back():
    for draft in (DRAFT, dict(DRAFT, lang="en")):
        link = make("mailto", draft=draft)["data"]
        assert link.startswith("mailto:service@example.com?subject=") and len(link) <= 2000
        assert all(c.isascii() and c not in " \r\n" for c in link)
        query = dict(part.split("=", 1) for part in link.split("?", 1)[1].split("&"))
        assert "301234567890" in unquote(query["subject"])
        body = unquote(query["body"])
        assert "301234567890" in body and ("售后-" in body or "aftersales-" in body)


def test_mailto_shortens_a_long_description_and_asks_for_the_package():
    draft = copy.deepcopy(DRAFT)
    draft["problem"]["description"] = "壶底漏水，" * 400
    link = make("mailto", draft=draft)["data"]
    assert len(link) <= 2000
    body = unquote(link.split("&body=", 1)[1])
    assert "售后-301234567890-2026-11-15.zip" in body and "壶底漏水" in body and "李雷" in body


# --- calendar --------------------------------------------------------------------------------------


def test_ics_has_an_all_day_event_with_reminder_per_upcoming_deadline():
    out = make("ics")
    assert out["mime"] == "text/calendar" and out["filename"].endswith(".ics")
    events = parse_ics(out["data"])
    from aftersales import check

    upcoming = [d for d in check(DRAFT, TODAY, "zh-CN").to_json()["deadlines"] if d["date"] >= TODAY.isoformat()]
    assert len(events) == len(upcoming) >= 2
    for event, deadline in zip(events, upcoming, strict=True):
        day = dt.date.fromisoformat(deadline["date"])
        assert event["DTSTART;VALUE=DATE"] == day.strftime("%Y%m%d")
        assert event["DTEND;VALUE=DATE"] == (day + dt.timedelta(days=1)).strftime("%Y%m%d")
        assert deadline["basis"] in unescape_ics(event["DESCRIPTION"])
        assert event["VALARM.TRIGGER"].startswith("-P") and event["VALARM.ACTION"] == "DISPLAY"
        assert event["UID"].endswith("@aftersales")
    assert parse_ics(make("ics")["data"]) == events  # stable UIDs


def test_ics_escapes_text_and_folds_long_lines():
    draft = copy.deepcopy(DRAFT)
    draft["order"]["product_name"] = "水壶; 1.7L, 白色\\黑色\nSUMMARY:injected"
    events = parse_ics(make("ics", draft=draft)["data"])
    summary = events[0]["SUMMARY"]
    assert "水壶\\; 1.7L\\, 白色\\\\黑色" in summary
    assert all("injected" not in k for e in events for k in e)


# --- texts -----------------------------------------------------------------------------------------


def test_platform_texts_fit_each_platform():
    draft = copy.deepcopy(DRAFT)
    draft["problem"]["description"] = "水从底座接缝处渗出。" * 200
    for platform, limit in texts.PLATFORM_LIMITS.items():
        out = make("text", draft=draft, options={"text": "platform", "platform": platform})
        assert out["mime"] == "text/plain" and isinstance(out["data"], str)
        assert len(out["data"]) <= limit and "301234567890" in out["data"] and "退货退款" in out["data"]
    short = make("text")["data"]
    assert "壶底漏水" in short and "消费者权益保护法 第二十四条" in short and "。。" not in short


def test_appeal_and_12315_drafts_link_to_the_escalation_guide():
    appeal = make("text", options={"text": "appeal"})
    assert "申诉" in appeal["data"] and "301234567890" in appeal["data"]
    assert appeal["data"].rstrip().endswith("escalate/#appeal") and "appeal" in appeal["filename"]
    complaint = make("text", options={"text": "12315"})["data"]
    for label in (
        "投诉人姓名",
        "投诉人电话",
        "投诉人地址",
        "被投诉方名称",
        "被投诉方地址",
        "投诉诉求",
        "事实和理由",
    ):
        assert f"【{label}】" in complaint
    assert (
        "李雷" in complaint and "（请补充）" in complaint and complaint.rstrip().endswith("escalate/#12315")
    )
    en = make("text", draft=dict(DRAFT, lang="en"), options={"text": "12315"})["data"]
    assert "[Complainant's name]" in en and en.rstrip().endswith("en/escalate/#12315")


def test_json_output_and_bad_requests():
    out = make("json")
    assert json.loads(out["data"])["check"]["ready"] in (True, False)
    try:
        make("pdf")
    except ValueError as exc:
        assert "pdf" in str(exc)
    else:
        raise AssertionError("unknown kind accepted")
    try:
        outputs.make_output("zip", "{not json", TODAY.isoformat(), [], "{}")
    except ValueError as exc:
        assert "JSON" in str(exc)
    else:
        raise AssertionError("broken JSON accepted")


def test_empty_draft_still_gives_every_output():
    for kind in outputs.KINDS:
        out = outputs.make_output(kind, "{}", TODAY.isoformat(), [], "")
        assert out["data"]
    assert (
        outputs.make_output("zip", "{}", TODAY.isoformat(), None, None)["filename"] == "售后-2026-11-15.zip"
    )


# --- streaming: big files are read in chunks, never copied whole ---------------------------------------


class FakeUint8Array:
    """Stands in for Pyodide's proxy of a JS Uint8Array: length, subarray(), to_bytes(); records reads."""

    def __init__(self, data: bytes, reads: list):
        self._data, self._reads, self.length = data, reads, len(data)

    def subarray(self, start, end):
        return FakeUint8Array(self._data[start:end], self._reads)

    def to_bytes(self):
        self._reads.append(len(self._data))
        return self._data


def test_big_photo_streams_through_in_chunks_with_gps_removed():
    big = make_jpeg(pad=3 * files.CHUNK + 12345, seed=7)
    reads: list[int] = []
    evidence = files.prepare(
        [{"name": "big.jpg", "kind": "photo", "type": "image/jpeg", "data": FakeUint8Array(big, reads)}]
    )
    assert max(reads) <= max(files.CHUNK, files.HEAD)  # never the whole file at once
    e = evidence[0]
    expected, status = exif.strip_gps(big)
    assert status == exif.REMOVED and e.gps == exif.REMOVED
    assert e.read_all() == expected and e.sha256 == hashlib.sha256(expected).hexdigest()
    small = files.prepare(sample_files())[0]  # edits split across tiny chunks still land right
    assert b"".join(small.chunks(size=7)) == exif.strip_gps(make_jpeg())[0]
    assert e.preview == TINY_JPEG


def test_zip_built_in_place_equals_the_plain_build():
    from aftersales import check

    result = check(DRAFT, TODAY, "zh-CN")
    evidence = files.prepare(
        sample_files()
        + [{"name": "big.jpg", "kind": "photo", "type": "image/jpeg", "data": make_jpeg(pad=2 * files.CHUNK)}]
    )
    plain = package.build(DRAFT, result, evidence, TODAY)
    allocated = []

    def allocate(size):
        allocated.append(size)
        return bytearray(size)

    def store(target, pos, data):
        target[pos : pos + len(data)] = data

    in_place = package.build_into(DRAFT, result, evidence, TODAY, allocate, store)
    assert allocated == [len(plain)] and bytes(in_place) == plain
