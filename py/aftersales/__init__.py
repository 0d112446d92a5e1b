"""售后工单自助指南 — the checker's brain: pure, stdlib-only, no I/O; `today` is always passed in."""

__version__ = "0.1.0"


def check(draft: object, today, lang: str | None = None) -> dict:
    """aftersales/result/1 for a draft; see aftersales.check.check."""
    from .check import check as _check  # imported late: the package's metadata stays import-free

    return _check(draft, today, lang)
