"""The checker's runtime files made at build time under Node (tools/snapshot.mjs): its standard library
(what aftersales and segno import, precompiled) and its memory snapshot (the pinned Pyodide with
aftersales imported and warmed, made with that standard library), so a returning visitor's page
restores it instead of starting Python, and a first visit starts Python without compiling it. The
snapshot is gzipped here, because the page unpacks it itself (DecompressionStream): its size on the
wire then does not depend on whether the host compresses unknown file types. Cached by everything
they are made from; their folder's name is their content hash, so a new runtime or package is a new
folder (the two must always be used together)."""

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
from tools.layout import NODE_MODULES, PACKAGE_LOCK, PYODIDE_STDLIB, ROOT, WORK
from tools.wheel import Wheel

MAKER = ROOT / "tools" / "snapshot.mjs"
NAME = "runtime.snapshot.gz"


@dataclass
class Snapshot:
    path: Path
    stdlib: Path
    digest: str

    @property
    def site_path(self) -> str:
        """Site-relative URL, beside the wheel's folders (immutable: the content hash is the folder)."""
        return f"assets/py/{self.digest}/{NAME}"

    @property
    def stdlib_site_path(self) -> str:
        return f"assets/py/{self.digest}/{PYODIDE_STDLIB}"


def build_snapshot(wheel: Wheel, extras: list[Path]) -> Snapshot:
    """`extras`: the other wheels the pages unpack (segno), whose imports the standard library keeps."""
    key = sha256_files([MAKER, PACKAGE_LOCK, *extras], extra=wheel.digest)[:16]
    out = WORK / "snapshot" / key / NAME
    stdlib = out.with_name(PYODIDE_STDLIB)
    if not (out.exists() and stdlib.exists()):
        say("making the runtime's standard library and memory snapshot under Node")
        node = shutil.which("node")
        if node is None:
            raise BuildError("node is needed to make the runtime's files (Node.js >= 18)")
        shutil.rmtree(WORK / "snapshot", ignore_errors=True)
        out.parent.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "snapshot"
            wheels = Path(tmp) / "extras"
            wheels.mkdir()
            for extra in extras:
                shutil.copy2(extra, wheels / extra.name)
            done = subprocess.run([node, str(MAKER), str(NODE_MODULES / "pyodide"), str(wheel.path), str(wheels),
                                   str(stdlib), str(raw)], cwd=ROOT, capture_output=True, text=True)
            if done.returncode != 0 or not raw.exists():
                # Pyodide prints its whole minified source with an error; the last lines say what failed.
                tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-6:])[-1500:]
                raise BuildError(f"making the runtime snapshot failed:\n{tail}")
            # Level 6, not 9: on the 31 MB snapshot 9 took 3.4 s more of every fresh build (and test run)
            # to save 63 KB (1.1 %) of a download that a slow first visit makes only in the background.
            out.write_bytes(gzip.compress(raw.read_bytes(), compresslevel=6, mtime=0))
    digest = hashlib.sha256(out.read_bytes() + stdlib.read_bytes()).hexdigest()[:12]
    return Snapshot(out, stdlib, digest)
