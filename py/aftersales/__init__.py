"""售后工单自助指南 — the checker's brain: pure, stdlib-only, no I/O; `today` is always passed in.

    check(draft, today) -> Report        (Report.to_json() is aftersales/result/1)
"""

from __future__ import annotations

__version__ = "0.1.0"


def check(draft: object, today, lang: str | None = None):
    """The Report for a draft; see aftersales.checks.check."""
    from .checks import check as _check  # imported late: the package's metadata stays import-free

    return _check(draft, today, lang)


def __getattr__(name: str):
    if name == "Report":  # late for the same reason
        from .checks.report import Report

        return Report
    raise AttributeError(name)
