"""Merchant tools: the package verifier (module and CLI) and the link builder (link, QR, snippet, card)."""

from __future__ import annotations

import datetime as dt
import html.parser
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from aftersales import browser, check, outputs
from aftersales.merchant import linkbuilder, qr, verify

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 15)
HOSTILE = '"><script>alert(1)</script>'
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4


def package(lang: str = "zh-CN") -> bytes:
    draft = json.loads((ROOT / "tests" / "samples" / "complete-quality-return.json").read_text(encoding="utf-8"))
    draft["lang"] = lang
    files = [{"name": "broken.jpg", "kind": "photo", "type": "image/jpeg", "data": PHOTO}]
    return outputs.make("zip", draft, check(draft, TODAY), files).data


def rewrite(data: bytes, change) -> bytes:
    """The same archive with each entry's bytes passed through change(name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info)))
    return out.getvalue()


def flip_evidence_byte(name: str, raw: bytes) -> bytes:
    return raw[:100] + bytes([raw[100] ^ 1]) + raw[101:] if name.startswith("evidence/") else raw


def test_a_package_as_the_checker_made_it_verifies():
    v = verify.verify(package())
    assert v.status == "ok" and v.exit_code == 0 and v.sums_ok
    assert {f.path for f in v.files} == {"ticket.json", "summary.html", "evidence/broken.jpg"}
    assert all(f.status == "ok" for f in v.files)
    labels = {t.path: t for t in v.ticket}
    assert labels["order.order_id"].label == "订单编号" and labels["order.order_id"].value


def test_one_changed_evidence_byte_is_named():
    v = verify.verify(rewrite(package(), flip_evidence_byte))
    assert v.status == "tampered" and v.exit_code == 1
    bad = [f for f in v.files if f.status != "ok"]
    assert [(f.path, f.status) for f in bad] == [("evidence/broken.jpg", "changed")]


def test_a_byte_damaged_inside_the_archive_names_the_file():
    data = bytearray(package())
    at = bytes(data).index(PHOTO[:8]) + 50  # evidence is stored, not deflated: its bytes sit in the archive
    data[at] ^= 0xFF
    v = verify.verify(bytes(data))
    assert v.status == "tampered"
    assert [f.path for f in v.files if f.status != "ok"] == ["evidence/broken.jpg"]


def test_an_added_or_removed_file_is_tampering():
    data = package()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if not info.filename.startswith("evidence/"):
                dst.writestr(info, src.read(info))
        dst.writestr("evidence/extra.jpg", PHOTO)
    v = verify.verify(out.getvalue())
    assert v.status == "tampered"
    assert {(f.path, f.status) for f in v.files if f.status != "ok"} == {
        ("evidence/broken.jpg", "missing"), ("evidence/extra.jpg", "unlisted")}


@pytest.mark.parametrize("data, code", [
    (b"%PDF-1.7 not a zip", "not_zip"),
    (b"", "not_zip"),
    (package()[:-30], "not_zip"),
])
def test_what_is_not_a_package_is_unreadable(data, code):
    v = verify.verify(data)
    assert (v.status, v.reason_code, v.exit_code) == ("unreadable", code, 2)


def test_a_zip_without_a_manifest_is_unreadable_and_says_why():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("photo.jpg", PHOTO)
    v = verify.verify(buf.getvalue(), "en")
    assert v.reason_code == "no_manifest" and "manifest.json" in v.reason
    bad = rewrite(package(), lambda name, raw: b"{" if name == "manifest.json" else raw)
    assert verify.verify(bad).reason_code == "bad_manifest"
    assert "损坏" in verify.verify(bad, "zh-CN").reason


def test_more_files_than_a_package_holds_is_unreadable():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(100):
            zf.writestr(f"evidence/{i}.jpg", b"x")
    assert verify.verify(buf.getvalue()).reason_code == "too_many"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aftersales", *args], capture_output=True, text=True,
                          cwd=ROOT / "py")


def test_cli_verify_exit_codes(tmp_path):
    good, bad, junk = tmp_path / "good.zip", tmp_path / "bad.zip", tmp_path / "junk.zip"
    good.write_bytes(package())
    bad.write_bytes(rewrite(package(), flip_evidence_byte))
    junk.write_bytes(b"hello")
    ok = run_cli("verify", str(good))
    assert ok.returncode == 0 and ok.stdout.startswith("OK") and not ok.stderr
    tampered = run_cli("verify", str(bad))
    assert tampered.returncode == 1 and "evidence/broken.jpg  (changed)" in tampered.stdout
    for path, reason in ((junk, "is not a ZIP file"), (tmp_path / "absent.zip", "cannot read")):
        r = run_cli("verify", str(path))
        assert r.returncode == 2 and not r.stdout
        assert r.stderr.count("\n") == 1 and reason in r.stderr and "Traceback" not in r.stderr
    as_json = json.loads(run_cli("verify", str(bad), "--format", "json").stdout)
    assert as_json["status"] == "tampered"


def test_verify_from_the_page_takes_bytes():
    assert browser.verify_package(package("en"), "en")["status"] == "ok"
    ticket = {t["path"]: t for t in browser.verify_package(package("en"), "en")["ticket"]}
    assert ticket["order.order_id"]["label"] == "Order number"
    assert ticket["resolution"]["value"] == "Return and refund"  # a choice shows by its words, not its code


# ---------------------------------------------------------------- link builder

VALUES = {
    "merchant.name": HOSTILE, "merchant.support_email": "service@example.com",
    "merchant.support_url": "https://example.com/help?a=1&b=2", "merchant.policy.no_reason_days": "15",
    "merchant.policy.quality_return_days": "15", "merchant.policy.exchange_days": "30",
    "merchant.policy.warranty_months": "24", "merchant.policy.review_working_days": "2",
    "order.platform": "jd", "order.product_name": "无线降噪耳机 X2 & 套装", "order.category": "durable",
    "order.sanbao": True,
}


def fragment_values(link: str) -> dict[str, str]:
    return dict(parse_qsl(link.split("#", 1)[1], keep_blank_values=True))


def test_the_link_carries_every_value_url_encoded():
    built = linkbuilder.build(VALUES, "https://help.example.com/shop", "zh-CN", TODAY)
    assert built.link.startswith("https://help.example.com/shop/checker/#v=1&merchant.name=%22%3E%3Cscript")
    got = fragment_values(built.link)
    assert got.pop("v") == "1"
    assert got == {k: ("true" if v is True else v) for k, v in VALUES.items()}
    assert re.fullmatch(r"[\x21-\x7e]+", built.link)  # nothing a mail client or printer could mangle


def test_the_link_is_relative_without_a_good_address_and_english_under_en():
    assert linkbuilder.build(VALUES, "", "zh-CN", TODAY).link.startswith("checker/#v=1&")
    bad = linkbuilder.build(VALUES, 'javascript:alert(1)"', "en", TODAY)
    assert bad.link.startswith("en/checker/#v=1&") and not bad.base_ok


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data


def test_the_snippet_is_one_escaped_link_to_the_deep_link():
    built = linkbuilder.build(VALUES, "https://help.example.com/", "zh-CN", TODAY)
    parsed = Links()
    parsed.feed(built.snippet)
    assert [t for t, _ in parsed.tags] == ["a"]
    assert parsed.tags[0][1]["href"] == built.link
    assert "<script" not in built.snippet and "售后" in parsed.text


def test_a_policy_below_the_law_gives_the_checkers_own_finding():
    values = {"merchant.name": "店", "merchant.policy.no_reason_days": "3"}
    built = linkbuilder.build(values, "", "zh-CN", TODAY)
    expected = [f for f in check(linkbuilder.draft(values), TODAY, "zh-CN").findings
                if f.code == "policy.below_legal_minimum"]
    assert [(n.field, n.message) for n in built.findings] == [(f.field, f.message) for f in expected]
    assert expected and "7" in expected[0].message
    assert linkbuilder.build(VALUES, "", "zh-CN", TODAY).findings == ()


def test_the_card_says_the_policy_in_words():
    card = linkbuilder.build(VALUES, "", "en", TODAY).card
    assert card.shop == HOSTILE  # plain text: the page puts it in as text, never as markup
    assert "Returns for any reason within 15 days of delivery" in card.policy
    assert "24-month warranty" in card.policy and len(card.steps) == 3


def test_the_page_gets_the_link_qr_and_card_in_one_call():
    built = browser.merchant_link(json.dumps(VALUES), "https://help.example.com/", "en", TODAY.isoformat())
    assert built["link"].startswith("https://help.example.com/en/checker/#v=1&")
    assert built["qr"].startswith("<svg") and built["card"]["shop"] == HOSTILE
    assert browser.merchant_link("not json", "", "zh-CN", TODAY.isoformat())["link"] == "checker/#v=1"


def test_the_example_on_the_page_is_a_link_the_builder_makes():
    link = linkbuilder.example_link("zh-CN")
    assert link.startswith("https://your-host.example/checker/#v=1&merchant.name=%E6%9F%90")
    assert fragment_values(link)["order.product_name"] == "无线降噪耳机 X2"


def qr_modules(svg: str) -> tuple[int, set[tuple[int, int]]]:
    """Dark modules of segno's SVG: one path of horizontal strokes (M x y.5, h n, m dx dy)."""
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    d = re.search(r' d="([^"]+)"', svg).group(1)
    x = y = 0.0
    dark = set()
    for op, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", d):
        if op == "M":
            x, y = float(a), float(b)
        elif op == "m":
            x, y = x + float(a), y + float(b)
        else:
            dark.update((int(x) + i, int(y)) for i in range(int(a)))
            x += float(a)
    return size, dark


def test_the_qr_code_decodes_to_exactly_the_link(tmp_path):
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (Debian zbar-tools) is not installed; build.py test installs it")
    link = linkbuilder.build(VALUES, "https://help.example.com/", "zh-CN", TODAY).link
    size, dark = qr_modules(qr.svg(link, "QR"))
    scale = 6
    rows = bytearray()
    for y in range(size * scale):
        rows += bytes(0 if (x // scale, y // scale) in dark else 255 for x in range(size * scale))
    image = tmp_path / "qr.pgm"
    image.write_bytes(f"P5 {size * scale} {size * scale} 255\n".encode() + bytes(rows))
    out = subprocess.run([zbarimg, "--raw", "-q", str(image)], capture_output=True, text=True)
    assert out.stdout.rstrip("\n") == link


def test_the_qr_svg_keeps_its_title_as_text():
    svg = qr.svg("https://x.example/checker/#v=1", HOSTILE)
    assert "<script" not in svg and "&lt;script&gt;" in svg
