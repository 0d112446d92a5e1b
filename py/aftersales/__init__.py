"""售后工单自助指南 — the checker's brain: pure, stdlib-only, no I/O; `today` is always passed in."""

__version__ = "0.1.0"
