"""The deadlines as an RFC 5545 calendar: one all-day event per deadline with a reminder the day before."""

from __future__ import annotations

import datetime as dt
import hashlib

from .. import __version__, media
from ..text import Text
from ..text import texts as in_lang
from . import texts
from .facts import Facts

# 09:00 on the day before an all-day event. A trigger of -P1D would ring at midnight; Apple Calendar,
# Thunderbird and Outlook all honour a negative time offset from an all-day DTSTART.
ALARM_TRIGGER = "-PT15H"

_S: dict[str, Text] = {
    "summary": Text("售后期限：{label}（{product}）",
        "After-sales deadline: {label} ({product})"),
    "from": Text("起算",
        "Counted from"),
    "basis": Text("依据",
        "Basis"),
    "legal": Text("法定最后一天",
        "Legal last day"),
    "order": Text("订单",
        "Order"),
    "alarm": Text("明天截止：{label}",
        "Due tomorrow: {label}"),
    "calname": Text("售后期限",
        "After-sales deadlines"),
}


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks."""
    value = media.clean_text(value, multiline=True)
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
        .replace("\t", " ")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1)."""
    out, current, size = [], [], 0
    limit = 75
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with one space
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out)


def build_ics(f: Facts, today: dt.date) -> bytes:
    """Calendar bytes; deadlines already passed are left out (a reminder for them helps no one)."""
    s = in_lang(f.lang, _S)
    product = texts.cut(f["order.product_name"], 30) or texts.cut(f["order.order_id"], 30)
    stamp = today.strftime("%Y%m%dT000000Z")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//aftersales//售后工单自助指南 {__version__}//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(s['calname'])}",
    ]
    for d in f.deadlines:
        # Past the plain count but not the day 民法典 203 moves it to: remind of the legal last day.
        day = d.date if d.date >= today or not d.legal_date else d.legal_date
        if day < today:
            continue
        label = d.label
        summary = s["summary"].format(label=label, product=product) if product else label
        description = [
            f"{s['basis']}: {d.basis}",
            *([f"{s['legal']}: {d.legal_date.isoformat()} ({d.legal_basis})"] if d.legal_date else []),
            f"{s['from']}: {d.counted_from}",
        ]
        if f["order.order_id"]:
            description.append(f"{s['order']}: {texts.cut(f['order.order_id'], 40)}")
        if d.note:
            description.append(d.note)
        uid_seed = "|".join(
            [f["order.order_id"], f["order.product_name"], d.code, day.isoformat()]
        )
        uid = hashlib.sha256(uid_seed.encode()).hexdigest()[:32] + "@aftersales"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(texts.cut(summary, 200))}",
            f"DESCRIPTION:{escape_text(chr(10).join(description))}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(s['alarm'].format(label=label))}",
            f"TRIGGER:{ALARM_TRIGGER}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode()
