"""summary.html: a self-contained, printable one-page summary of the request in the buyer's language.

Every value from the draft passes through html.escape; images are inlined as data: URIs (the EXIF
thumbnail where the camera embedded one) and a Content-Security-Policy forbids anything else, so the
file opens offline and cannot fetch or run anything.
"""

from __future__ import annotations

import base64
import datetime as dt
from html import escape

from . import exif, texts, vocab

_L = {
    "zh-CN": {
        "generated": "生成日期",
        "status_ready": "检查结果：信息齐全，可以提交",
        "status_open": "检查结果：还有 {n} 项需要补充或修改",
        "order": "订单",
        "problem": "问题",
        "resolution": "诉求",
        "contact": "联系方式",
        "merchant": "商家",
        "deadlines": "期限和法律依据",
        "deadline": "期限",
        "date": "日期",
        "basis": "依据",
        "from": "起算",
        "left": "剩余",
        "days_left": "{n} 天",
        "passed": "已过",
        "evidence": "证据清单",
        "file": "文件",
        "kind": "类型",
        "size": "大小",
        "sha256": "SHA-256（前 16 位）",
        "gps_removed": "已去除位置信息",
        "findings": "待处理事项",
        "none": "无",
        "note": "本摘要与证据文件一同保存在提交包中；manifest.json 和 SHA256SUMS 记录了每个文件的校验值。",
    },
    "en": {
        "generated": "Generated",
        "status_ready": "Check: complete, ready to submit",
        "status_open": "Check: {n} item(s) still to add or fix",
        "order": "Order",
        "problem": "Problem",
        "resolution": "Request",
        "contact": "Contact",
        "merchant": "Merchant",
        "deadlines": "Deadlines and legal basis",
        "deadline": "Deadline",
        "date": "Date",
        "basis": "Basis",
        "from": "Counted from",
        "left": "Left",
        "days_left": "{n} days",
        "passed": "passed",
        "evidence": "Evidence",
        "file": "File",
        "kind": "Kind",
        "size": "Size",
        "sha256": "SHA-256 (first 16)",
        "gps_removed": "location removed",
        "findings": "Still to do",
        "none": "none",
        "note": "This summary is kept in the package with the evidence; manifest.json and "
        "SHA256SUMS record every file's checksum.",
    },
}

_CSS = """
*{box-sizing:border-box}
body{font:14px/1.5 "Noto Sans CJK SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",
system-ui,sans-serif;
color:#111;margin:0 auto;max-width:820px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:18px 0 6px;border-bottom:1px solid #999}
.meta{color:#444;margin:0 0 8px}.status{font-weight:bold;padding:6px 10px;border:1px solid #999}
.ready{background:#e8f5e9}.open{background:#fff3e0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;
vertical-align:top;overflow-wrap:anywhere}th{background:#f2f2f2}.kv th{width:28%}
.desc{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #bbb;padding:6px}
.thumb{width:64px;height:64px;object-fit:cover;display:block}.mono{font-family:monospace;white-space:nowrap}
.passed{color:#b00}.note{color:#555;font-size:12px;margin-top:16px}
@page{size:A4;margin:12mm}
@media print{body{padding:0;font-size:10px;line-height:1.35}h1{font-size:16px}
h2{font-size:12px;margin:8px 0 3px;break-after:avoid}th,td{padding:2px 4px}tr,img{break-inside:avoid}
.thumb{width:40px;height:40px}.status{border-width:2px;padding:3px 6px;margin:4px 0}.desc{padding:3px}}
"""

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def _e(value) -> str:
    return escape(str(value), quote=True)


def _rows(f: texts.Facts, paths: tuple[str, ...]) -> str:
    return "".join(f"<tr><th>{_e(f.labels[p])}</th><td>{_e(f[p])}</td></tr>" for p in paths if f[p])


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def preview_uri(e) -> str:
    """A data: URI for the evidence's small preview, or "" when it has none."""
    if e.preview is None:
        return ""
    mime = "image/jpeg" if e.preview[:3] == b"\xff\xd8\xff" else e.mime
    return f"data:{mime};base64," + base64.b64encode(e.preview).decode()


def render(draft: dict, result: dict, evidence: list, today: dt.date, lang: str) -> str:
    f = texts.facts(draft, result, lang)
    lab = _L["en" if lang == "en" else "zh-CN"]
    s = texts.strings(lang)
    counts = result.get("counts") or {}
    open_items = [
        x
        for x in result.get("findings") or []
        if isinstance(x, dict) and x.get("severity") in ("error", "warning")
    ]
    n_open = counts.get("error", 0) + counts.get("warning", 0) if counts else len(open_items)
    status = (
        f'<p class="status ready">{_e(lab["status_ready"])}</p>'
        if f.ready and not open_items
        else f'<p class="status open">{_e(lab["status_open"].format(n=n_open))}</p>'
    )
    title = texts.subject(f)

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(s['title'])}</h1>",
        f'<p class="meta">{_e(title)}<br>{_e(lab["generated"])}{_e(s["sep"])}{_e(today.isoformat())}</p>',
        status,
        f"<h2>{_e(lab['order'])}</h2><table class=kv>",
        _rows(
            f,
            (
                "order.platform",
                "order.order_id",
                "order.product_name",
                "order.category",
                "order.sanbao",
                "order.price",
                "order.purchase_date",
                "order.received_date",
            ),
        ),
        f"</table><h2>{_e(lab['problem'])}</h2><table class=kv>",
        _rows(f, ("problem.type", "problem.noticed_date")),
        "</table>",
    ]
    if f["problem.description"]:
        parts.append(f'<div class="desc">{_e(f["problem.description"])}</div>')
    parts += [f"<h2>{_e(lab['resolution'])}</h2><p>{_e(f['resolution'] or s['missing'])}</p>"]

    if f.deadlines:
        parts.append(
            f"<h2>{_e(lab['deadlines'])}</h2><table><tr><th>{_e(lab['deadline'])}</th>"
            f"<th>{_e(lab['date'])}</th><th>{_e(lab['basis'])}</th><th>{_e(lab['from'])}</th></tr>"
        )
        for d in f.deadlines:
            left = (
                f' <span class="passed">({_e(lab["passed"])})</span>'
                if d.get("passed")
                else f" ({_e(lab['days_left'].format(n=d['days_left']))})"
                if isinstance(d.get("days_left"), int)
                else ""
            )
            note = texts.one_line(d.get("note"))
            parts.append(
                f"<tr><td>{_e(texts.one_line(d.get('label') or d.get('code')))}</td>"
                f"<td>{_e(texts.one_line(d.get('date')))}{left}</td>"
                f"<td>{_e(texts.one_line(d.get('basis')))}{'<br>' + _e(note) if note else ''}</td>"
                f"<td>{_e(texts.one_line(d.get('counted_from') or d.get('from')))}</td></tr>"
            )
        parts.append("</table>")

    parts.append(f"<h2>{_e(lab['evidence'])}</h2>")
    if evidence:
        parts.append(
            f"<table><tr><th></th><th>{_e(lab['file'])}</th><th>{_e(lab['kind'])}</th>"
            f"<th>{_e(lab['size'])}</th><th>{_e(lab['sha256'])}</th></tr>"
        )
        for e in evidence:
            uri = preview_uri(e)
            img = f'<img class="thumb" alt="" src="{_e(uri)}">' if uri else ""
            gps = f"<br><small>{_e(lab['gps_removed'])}</small>" if e.gps == exif.REMOVED else ""
            parts.append(
                f'<tr><td style="width:72px">{img}</td><td>{_e(e.name)}{gps}</td>'
                f"<td>{_e(vocab.label(vocab.EVIDENCE_KINDS, e.kind, lang))}</td><td>{_e(_size(e.size))}</td>"
                f'<td class="mono">{_e(e.sha256[:16])}</td></tr>'
            )
        parts.append("</table>")
    elif f.evidence:
        parts.append(
            "<ul>" + "".join(f"<li>{_e(k)}{_e(s['sep'])}{_e(n)}</li>" for k, n in f.evidence) + "</ul>"
        )
    else:
        parts.append(f"<p>{_e(s['evidence_none'])}</p>")

    parts.append(f"<h2>{_e(lab['contact'])}</h2><table class=kv>")
    parts.append(_rows(f, ("contact.name", "contact.phone", "contact.email", "contact.address")))
    parts.append(f"</table><h2>{_e(lab['merchant'])}</h2><table class=kv>")
    parts.append(
        _rows(f, ("merchant.name", "merchant.support_email", "merchant.support_url", "merchant.address"))
    )
    parts.append("</table>")

    if open_items:
        parts.append(f"<h2>{_e(lab['findings'])}</h2><ul>")
        parts += [f"<li>{_e(texts.one_line(x.get('message')))}</li>" for x in open_items]
        parts.append("</ul>")
    parts.append(f'<p class="note">{_e(lab["note"])}</p></body></html>\n')
    return "\n".join(p for p in parts if p)
