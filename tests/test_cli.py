"""The command line as support staff use it: exit codes, one-line errors, readable text."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "samples"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "aftersales", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT / "py", timeout=60)


def test_ready_draft_exits_0_with_json():
    p = run("check", str(SAMPLES / "complete-quality-return.json"), "--today", "2026-11-15")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["ready"] is True


def test_not_ready_exits_1_and_text_reads_well():
    p = run("check", "-", "--today", "2026-11-15", "--format", "text", "--lang", "en",
            stdin=(SAMPLES / "bad-contact.json").read_text(encoding="utf-8"))
    assert p.returncode == 1
    assert "NOT ready" in p.stdout and "[format.phone] contact.phone" in p.stdout
    assert "Deadlines" in p.stdout and "2026-11-19" in p.stdout


def test_unreadable_input_exits_2_with_one_line():
    for args, stdin in ((["check", "-"], "{not json"), (["check", "/no/such/file.json"], None),
                        (["check", "-", "--today", "tomorrow"], "{}"), (["check", "-", "--lang", "fr"], "{}"),
                        (["check", "-"], "[" * 100000)):
        p = run(*args, stdin=stdin)
        assert p.returncode == 2, (args, p.stdout)
        assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr, p.stderr


def test_schema_command_prints_json_schema():
    p = run("schema", "draft")
    assert p.returncode == 0 and json.loads(p.stdout)["$id"] == "aftersales/draft/1"
