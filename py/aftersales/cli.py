"""python -m aftersales check FILE|- [--today YYYY-MM-DD] [--lang zh-CN|en] [--format json|text]
   python -m aftersales verify PACKAGE.zip [--lang zh-CN|en] [--format text|json]

check: exit 0 ready, 1 not ready; verify: exit 0 every file matches, 1 something changed (listed on
stdout); both: 2 unreadable input (one line on stderr, no traceback). The only module
that touches files and the clock: the package itself stays pure."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .checks import check
from .checks.report import Report
from .guide import schemas
from .merchant import ui as merchant_ui
from .merchant import verify
from .text import LANGS, Text

_MARK = {"error": "✗", "warning": "!", "info": "i"}
_READY = Text("可以提交", "READY to submit")
_NOT_READY = Text("还不能提交", "NOT ready")
_HEAD = Text("{head} — 完整度 {score}/100", "{head} — score {score}/100")
_DEADLINES = Text("时限", "Deadlines")
_PASSED = Text("已过", "passed")
_LEFT = Text("还剩 {n} 天", "{n} days left")
_VERIFY_OK = Text("OK：每个文件都与 manifest.json 一致", "OK: every file matches manifest.json")
_VERIFY_TAMPERED = Text("TAMPERED：有文件与 manifest.json 不一致", "TAMPERED: files differ from manifest.json")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 with usage; keep it to one line
        raise SystemExit(_fail(message))


def _fail(reason: str) -> int:
    print(f"aftersales: {reason}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    p = _Parser(prog="python -m aftersales", description="Check an after-sales ticket draft.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check a draft (aftersales/draft/1 JSON)")
    c.add_argument("file", help="draft JSON file, or - for standard input")
    c.add_argument("--today", help="the day to check on (default: this computer's date)")
    c.add_argument("--lang", choices=LANGS, help="language of the messages (default: the draft's)")
    c.add_argument("--format", choices=("json", "text"), default="json")
    s = sub.add_parser("schema", help="print the JSON Schema of a draft or a result")
    s.add_argument("which", choices=("draft", "result"))
    v = sub.add_parser("verify", help="check a package ZIP's files against its manifest (merchant tools)")
    v.add_argument("package", help="the ZIP the checker made")
    v.add_argument("--lang", choices=LANGS, default="en", help="language of the words (default: en)")
    v.add_argument("--format", choices=("json", "text"), default="text")
    args = p.parse_args(argv)
    if args.command == "verify":
        return verify_command(args.package, args.lang, args.format)
    if args.command == "schema":
        print(json.dumps(schemas.draft_schema() if args.which == "draft" else schemas.result_schema(),
                         ensure_ascii=False, indent=2))
        return 0
    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        return _fail(f"--today must be YYYY-MM-DD, got {args.today!r}")
    try:
        if args.file == "-":
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            with open(args.file, encoding="utf-8-sig") as fh:
                text = fh.read()
        draft = json.loads(text)
    except OSError as e:
        return _fail(f"cannot read {args.file}: {e.strerror or e}")
    except UnicodeDecodeError:
        return _fail(f"{args.file} is not UTF-8 text")
    except json.JSONDecodeError as e:
        return _fail(f"{args.file} is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})")
    except RecursionError:
        return _fail(f"{args.file} is nested too deeply to read")
    report = check(draft, today, args.lang)
    if args.format == "json":
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(as_text(report))
    return 0 if report.ready else 1


def as_text(report: Report) -> str:
    lang = report.lang
    head = (_READY if report.ready else _NOT_READY).get(lang)
    lines = [_HEAD.get(lang).format(head=head, score=report.score), ""]
    for f in report.findings:
        lines.append(f"{_MARK[f.severity]} [{f.code}] {f.field}")
        lines.append(f"    {f.message}")
        lines.append(f"    → {f.guide}")
    if report.deadlines:
        lines += ["", _DEADLINES.get(lang)]
        for d in report.deadlines:
            state = _PASSED.get(lang) if d.passed else _LEFT.get(lang).format(n=d.days_left)
            lines.append(f"  {d.date.isoformat()}  {d.label} ({state}; {d.basis})")
            if d.note:
                lines.append(f"              {d.note}")
    return "\n".join(lines)


def verify_command(path: str, lang: str, fmt: str) -> int:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        return _fail(f"cannot read {path}: {e.strerror or e}")
    verdict = verify.verify(data, lang)
    if verdict.status == verify.UNREADABLE:
        return _fail(f"{path}: {verdict.reason}")
    if fmt == "json":
        print(json.dumps(verdict.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(as_verdict_text(verdict, lang))
    return verdict.exit_code


def as_verdict_text(verdict: verify.Verdict, lang: str) -> str:
    lines = [(_VERIFY_OK if verdict.status == verify.OK else _VERIFY_TAMPERED).get(lang)]
    for f in verdict.files:
        state = "" if f.status == "ok" else f"  ({merchant_ui.text('file_' + f.status).get(lang)})"
        lines.append(f"  {'✓' if f.status == 'ok' else '✗'} {f.path}{state}")
    if not verdict.sums_ok:
        lines.append(f"  ✗ {merchant_ui.text('verify_sums_bad').get(lang)}")
    return "\n".join(lines)
