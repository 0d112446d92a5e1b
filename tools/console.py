"""How the build talks to the person running it: progress lines, and errors they can act on."""

from __future__ import annotations

import subprocess


class BuildError(Exception):
    """A step failed in a way the user can act on; the message says how."""


def say(message: str) -> None:
    print(f"[build.py] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kwargs)
