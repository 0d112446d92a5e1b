"""summary.html: a self-contained, printable one-page summary of the request in the buyer's language.

Every value from the draft passes through html.escape; images are inlined as data: URIs (the EXIF
thumbnail where the camera embedded one) and a Content-Security-Policy forbids anything else, so the
file opens offline and cannot fetch or run anything.
"""

from __future__ import annotations

import base64
import datetime as dt
from html import escape

from .. import media
from ..checks.report import Report
from ..data import vocab
from ..text import Text, lang_of
from ..text import texts as in_lang
from . import exif, texts
from .facts import Facts, facts

_L: dict[str, Text] = {
    "generated": Text("生成日期",
        "Generated"),
    "status_ready": Text("检查结果：信息齐全，可以提交",
        "Check: complete, ready to submit"),
    "status_open": Text("检查结果：还有 {n} 项需要补充或修改",
        "Check: {n} item(s) still to add or fix"),
    "order": Text("订单",
        "Order"),
    "problem": Text("问题",
        "Problem"),
    "resolution": Text("诉求",
        "Request"),
    "contact": Text("联系方式",
        "Contact"),
    "merchant": Text("商家",
        "Merchant"),
    "deadlines": Text("期限和法律依据",
        "Deadlines and legal basis"),
    "deadline": Text("期限",
        "Deadline"),
    "date": Text("日期",
        "Date"),
    "basis": Text("依据",
        "Basis"),
    "from": Text("起算",
        "Counted from"),
    "left": Text("剩余",
        "Left"),
    "days_left": Text("{n} 天",
        "{n} days"),
    "passed": Text("已过",
        "passed"),
    "evidence": Text("证据清单",
        "Evidence"),
    "file": Text("文件",
        "File"),
    "kind": Text("类型",
        "Kind"),
    "size": Text("大小",
        "Size"),
    "sha256": Text("SHA-256（前 16 位）",
        "SHA-256 (first 16)"),
    "gps_removed": Text("已去除位置信息",
        "location removed"),
    "findings": Text("待处理事项",
        "Still to do"),
    "none": Text("无",
        "none"),
    "note": Text("本摘要与证据文件一同保存在提交包中；manifest.json 和 SHA256SUMS 记录了每个文件的校验值。",
        "This summary is kept in the package with the evidence; manifest.json and SHA256SUMS record every file's checksum."),
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


def _rows(f: Facts, paths: tuple[str, ...]) -> str:
    return "".join(f"<tr><th>{_e(f.labels[p])}</th><td>{_e(f[p])}</td></tr>" for p in paths if f[p])


def preview_uri(e) -> str:
    """A data: URI for the evidence's small preview, or "" when it has none."""
    if e.preview is None:
        return ""
    mime = "image/jpeg" if e.preview[:3] == b"\xff\xd8\xff" else e.mime
    return f"data:{mime};base64," + base64.b64encode(e.preview).decode()


def render(report: Report, evidence: list, today: dt.date) -> str:
    lang = report.lang
    f = facts(report)
    lab = in_lang(lang, _L)
    s = texts.strings(lang)
    open_items = [x for x in report.findings if x.severity in ("error", "warning")]
    n_open = len(open_items)
    status = (
        f'<p class="status ready">{_e(lab["status_ready"])}</p>'
        if f.ready and not open_items
        else f'<p class="status open">{_e(lab["status_open"].format(n=n_open))}</p>'
    )
    title = texts.subject(f)

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang_of(lang)}"><head><meta charset="utf-8">',
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
                "order.private_seller",
                "order.price",
                "order.purchase_date",
                "order.received_date",
                "order.delivery",
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
                if not d.in_time
                else f" ({_e(lab['days_left'].format(n=d.days_left))})"
            )
            parts.append(
                f"<tr><td>{_e(d.label)}</td>"
                f"<td>{_e(d.date.isoformat())}{left}</td>"
                f"<td>{_e(texts.cited_basis(d, lang))}{'<br>' + _e(d.note) if d.note else ''}</td>"
                f"<td>{_e(d.counted_from)}</td></tr>"
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
                f"<td>{_e(vocab.label(vocab.EVIDENCE_KINDS, e.kind, lang))}</td><td>{_e(media.size(e.size))}</td>"
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
        parts += [f"<li>{_e(x.message)}</li>" for x in open_items]
        parts.append("</ul>")
    parts.append(f'<p class="note">{_e(lab["note"])}</p></body></html>\n')
    return "\n".join(p for p in parts if p)
