"""The request as an email: a .eml draft (RFC 5322 / MIME) with the evidence attached, and a mailto: link.

Named mail.py, not email.py, so it cannot shadow the standard library's `email` package.
Headers are built only from single-line cleaned values and the stdlib's header registry, which
refuses CR/LF: no field of the draft can add a header or a recipient.
"""

from __future__ import annotations

import hashlib
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from html import escape
from urllib.parse import quote

from .. import media
from ..text import lang_of
from . import texts
from .facts import Facts

MAILTO_MAX = 2000  # characters, the whole URI: longer links are cut or refused by browsers and mail apps
SUBJECT_MAX = 150


def address(value: str, name: str = "") -> Address | None:
    """A single well-formed address, or None. Commas, semicolons or spaces (extra recipients) fail."""
    value = media.one_line(value)
    if not value or len(value) > 254 or any(c in value for c in ' ,;<>()[]\\"') or value.count("@") != 1:
        return None
    local, _, domain = value.partition("@")
    if not local or "." not in domain or domain.startswith(".") or domain.endswith("."):
        return None
    try:
        return Address(display_name=display_name(name), addr_spec=value)
    except (HeaderParseError, ValueError, IndexError):
        return None


def display_name(name: str) -> str:
    """The name shown beside an address, or "" when it could be read as an encoded word (RFC 2047).

    CPython 3.11/3.12 refold a display name holding `=?utf-8?q?…?=` by decoding it, so an encoded
    line break becomes a real one and `Bcc:` a real header (3.13+ keep it on one line). No shop or
    buyer name needs "=?", so such a name is dropped on every version rather than trusted to one."""
    name = texts.cut(media.one_line(name), 60)
    return "" if "=?" in name else name


def header_text(value: str) -> str:
    """A free-text header value (the subject) that no Python version reads as an encoded word.

    The subject quotes the product name and the resolution as typed; for the same reason as in
    `display_name`, "=?" there gets a space, which keeps the words readable and decodes to nothing."""
    return media.one_line(value).replace("=?", "= ?")


def valid_address(f: Facts, path: str, name_path: str) -> Address | None:
    """The address at `path` unless the check could not read that field (its format rule lives there)."""
    return None if path in f.bad else address(f[path], f[name_path])


def _html(text: str, lang: str) -> str:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    body = "\n".join("<p>" + "<br>\n".join(escape(line) for line in b.split("\n")) + "</p>" for b in blocks)
    return (
        f'<!DOCTYPE html><html lang="{lang_of(lang)}"><head><meta charset="utf-8">'
        '</head><body style="font-family:sans-serif;font-size:14px;line-height:1.5">\n'
        f"{body}\n</body></html>\n"
    )


def build_eml(f: Facts, evidence: list) -> bytes:
    """A draft email: opens in Outlook / Thunderbird / Apple Mail ready to send (X-Unsent: 1)."""
    text = texts.letter(f)
    html = _html(text, f.lang)
    msg = EmailMessage(policy=policy.SMTP)
    to = valid_address(f, "merchant.support_email", "merchant.name")
    sender = valid_address(f, "contact.email", "contact.name")
    if to:
        msg["To"] = to
    if sender:
        msg["From"] = sender
    msg["Subject"] = header_text(texts.cut(texts.subject(f), SUBJECT_MAX))
    msg["X-Unsent"] = "1"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    for e in evidence:
        maintype, _, subtype = e.mime.partition("/")
        msg.add_attachment(e.read_all(), maintype=maintype, subtype=subtype, filename=e.name)
    # Fixed boundaries (the library picks random ones) make the output reproducible; the text's own
    # hash in them means no text typed by the buyer can contain the boundary line.
    seed = hashlib.sha256((text + html).encode()).hexdigest()[:24]
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_aftersales_{seed}_{i}")
    return msg.as_bytes(policy=policy.SMTP)


def _enc(value: str) -> str:
    """RFC 6068: UTF-8 then percent-encode everything but unreserved characters; line breaks as %0D%0A."""
    return quote(value.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def build_mailto(f: Facts, package_name: str) -> str:
    """mailto: with subject and body, at most MAILTO_MAX characters.

    Percent-encoded Chinese takes nine characters per character, so a full letter rarely fits: the
    link then carries a compact letter that asks for the package to be attached, with the
    description shortened as far as needed.
    """
    to = valid_address(f, "merchant.support_email", "merchant.name")
    head = "mailto:" + (quote(to.addr_spec, safe="@") if to else "")
    subject = texts.cut(texts.subject(f), SUBJECT_MAX)

    def link(body: str) -> str:
        return f"{head}?subject={_enc(subject)}&body={_enc(body)}"

    full = link(texts.letter(f, package_name))
    if len(full) <= MAILTO_MAX:
        return full
    description = f["problem.description"]
    ellipsis = texts.strings(f.lang)["ellipsis"]
    lo, hi = 0, len(description)  # longest description that fits, by binary search
    while lo < hi:
        mid = (lo + hi + 1) // 2
        body = texts.letter(f, package_name, compact=True, description=texts.cut(description, mid, ellipsis))
        if len(link(body)) <= MAILTO_MAX:
            lo = mid
        else:
            hi = mid - 1
    compact = link(
        texts.letter(f, package_name, compact=True, description=texts.cut(description, lo, ellipsis))
    )
    if len(compact) <= MAILTO_MAX and lo >= min(len(description), 10):
        return compact
    # Other fields are long too (a hostile or absurd draft): keep the note and the signature only.
    note = texts.strings(f.lang)["mailto_cut"].format(package=package_name).lstrip(". …\n")
    body = note + "\n\n" + "\n".join(texts.signature(f))
    while len(link(body)) > MAILTO_MAX and len(subject) > 20:
        subject = texts.cut(subject, len(subject) - 10)
    return link(body)
