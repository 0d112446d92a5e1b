"""python -m aftersales check FILE|- [--today YYYY-MM-DD] [--lang zh-CN|en] [--format json|text]

Exit 0 ready, 1 not ready, 2 unreadable input (one line on stderr, no traceback). The only module
that touches files and the clock: the package itself stays pure."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from . import schemas, vocab
from .check import check

_MARK = {"error": "✗", "warning": "!", "info": "i"}


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
    c.add_argument("--lang", choices=vocab.LANGS, help="language of the messages (default: the draft's)")
    c.add_argument("--format", choices=("json", "text"), default="json")
    s = sub.add_parser("schema", help="print the JSON Schema of a draft or a result")
    s.add_argument("which", choices=("draft", "result"))
    args = p.parse_args(argv)
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
    result = check(draft, today, args.lang)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(as_text(result))
    return 0 if result["ready"] else 1


def as_text(result: dict) -> str:
    en = result["lang"] == "en"
    head = ("READY to submit" if en else "可以提交") if result["ready"] else ("NOT ready" if en else "还不能提交")
    lines = [f"{head} — {'score' if en else '完整度'} {result['score']}/100", ""]
    for f in result["findings"]:
        lines.append(f"{_MARK[f['severity']]} [{f['code']}] {f['field']}")
        lines.append(f"    {f['message']}")
        lines.append(f"    → {f['guide']}")
    if result["deadlines"]:
        lines += ["", "Deadlines" if en else "时限"]
        for d in result["deadlines"]:
            state = (("passed" if en else "已过") if d["passed"] else
                     (f"{d['days_left']} days left" if en else f"还剩 {d['days_left']} 天"))
            lines.append(f"  {d['date']}  {d['label']} ({state}; {d['basis']})")
    return "\n".join(lines)
