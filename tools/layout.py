"""Where the build reads and writes, and the pinned runtime it vendors."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
VENV_STAMP = VENV / ".aftersales-requirements.sha256"
REQUIREMENTS = ROOT / "requirements.txt"
NODE_MODULES = ROOT / "node_modules"
NPM_STAMP = NODE_MODULES / ".aftersales-lock.sha256"
PACKAGE_LOCK = ROOT / "package-lock.json"
SITE = ROOT / "site"
WORK = ROOT / "build"  # scratch: wheels, stamps, the manifest the mkdocs hook reads
MANIFEST = WORK / "manifest.json"
SITE_STAMP = WORK / "site.sha256"
HOLIDAYS_MODULE = ROOT / "py" / "aftersales" / "data" / "holidays.py"

PYODIDE_VERSION = "314.0.7"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PYODIDE_STDLIB = "python_stdlib.zip"
# What the pages load of Pyodide's own files: their standard library is ours (tools/snapshot.py).
PAGE_RUNTIME_FILES = tuple(name for name in PYODIDE_FILES if name != PYODIDE_STDLIB)
RUNTIME_PATH = f"pyodide/v{PYODIDE_VERSION}/"
APP_PREFIX = "assets/app/"  # + a digest of the widgets' scripts and styles (tools/site.py app_path)
# Folders whose files' URLs carry a version or a content hash: the server and the hosts send them
# immutable (tools/server.py, tools/headers.py) and the service worker reads them from its cache first.
IMMUTABLE_PREFIXES = (RUNTIME_PATH, "assets/py/", APP_PREFIX)

# Everything whose change must rebuild the site (the stamp also covers requirements and the lock).
SITE_INPUTS = ("docs", "widgets", "hooks", "overrides", "py/aftersales", "search", "mkdocs.yml",
               "mkdocs.en.yml", "pyproject.toml", "build.py", "tools")
