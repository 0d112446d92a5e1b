"""The checker's memory snapshot: the pinned Pyodide with aftersales imported and warmed, made under
Node at build time (tools/snapshot.mjs) so a returning visitor's page restores it instead of starting
Python. Gzipped here, because the page unpacks it itself (DecompressionStream): its size on the wire
then does not depend on whether the host compresses unknown file types. Cached by everything it is
made from; its URL carries the content hash, so a new runtime or package is a new file."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tools.console import BuildError, say
from tools.fingerprint import sha256_files
from tools.layout import NODE_MODULES, PACKAGE_LOCK, ROOT, WORK
from tools.wheel import Wheel

MAKER = ROOT / "tools" / "snapshot.mjs"
NAME = "runtime.snapshot.gz"


@dataclass
class Snapshot:
    path: Path
    digest: str

    @property
    def site_path(self) -> str:
        """Site-relative URL, beside the wheel's folders (immutable: the content hash is the folder)."""
        return f"assets/py/{self.digest}/{NAME}"


def build_snapshot(wheel: Wheel) -> Snapshot:
    key = sha256_files([MAKER, PACKAGE_LOCK], extra=wheel.digest)[:16]
    out = WORK / "snapshot" / key / NAME
    if not out.exists():
        say("making the runtime's memory snapshot under Node")
        node = shutil.which("node")
        if node is None:
            raise BuildError("node is needed to make the runtime snapshot (Node.js >= 18)")
        shutil.rmtree(WORK / "snapshot", ignore_errors=True)
        out.parent.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "snapshot"
            done = subprocess.run([node, str(MAKER), str(NODE_MODULES / "pyodide"), str(wheel.path), str(raw)],
                                  cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0 or not raw.exists():
                # Pyodide prints its whole minified source with an error; the last lines say what failed.
                tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-6:])[-1500:]
                raise BuildError(f"making the runtime snapshot failed:\n{tail}")
            out.write_bytes(gzip.compress(raw.read_bytes(), compresslevel=9, mtime=0))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12]
    return Snapshot(out, digest)
