"""The deadlines as an RFC 5545 calendar: one all-day event per deadline with a reminder the day before."""

from __future__ import annotations

import datetime as dt
import hashlib

from . import __version__, texts

# 09:00 on the day before an all-day event. A trigger of -P1D would ring at midnight; Apple Calendar,
# Thunderbird and Outlook all honour a negative time offset from an all-day DTSTART.
ALARM_TRIGGER = "-PT15H"

_S = {
    "zh-CN": {
        "summary": "售后期限：{label}（{product}）",
        "from": "起算",
        "basis": "依据",
        "order": "订单",
        "alarm": "明天截止：{label}",
        "calname": "售后期限",
    },
    "en": {
        "summary": "After-sales deadline: {label} ({product})",
        "from": "Counted from",
        "basis": "Basis",
        "order": "Order",
        "alarm": "Due tomorrow: {label}",
        "calname": "After-sales deadlines",
    },
}


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks."""
    value = texts.clean(value)
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


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def build_ics(f: texts.Facts, today: dt.date) -> bytes:
    """Calendar bytes; deadlines already passed are left out (a reminder for them helps no one)."""
    s = _S["en" if f.lang == "en" else "zh-CN"]
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
        day = _date(d.get("date"))
        if day is None or day < today:
            continue
        label = texts.one_line(d.get("label") or d.get("code"))
        summary = s["summary"].format(label=label, product=product) if product else label
        description = [
            f"{s['basis']}: {texts.one_line(d.get('basis'))}",
            f"{s['from']}: {texts.one_line(d.get('counted_from') or d.get('from'))}",
        ]
        if f["order.order_id"]:
            description.append(f"{s['order']}: {texts.cut(f['order.order_id'], 40)}")
        if texts.one_line(d.get("note")):
            description.append(texts.one_line(d.get("note")))
        uid_seed = "|".join(
            [f["order.order_id"], f["order.product_name"], str(d.get("code")), day.isoformat()]
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
