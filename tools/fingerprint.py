"""Content digests that decide whether a step must run again."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tools.layout import ROOT


def sha256_files(paths: list[Path], extra: str = "") -> str:
    digest = hashlib.sha256(extra.encode())
    for path in paths:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


def tree_files(names: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc"))
    return sorted(files)


def write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True
