#!/usr/bin/env python3
"""Build, serve and test the after-sales guide: the one entry point.

    python3 build.py build                       bootstrap, then build site/
    python3 build.py serve [--host H] [--port P] build, then serve site/ like a production static host
    python3 build.py test                        build, make sure a browser exists, ruff, Pyodide and pytest
    python3 build.py bench [--runs N]            build, then time the checker's start-up against bare Pyodide

Each job lives in its own module under tools/. This file and everything it imports at the top work with
the standard library alone: bootstrap makes .venv, then this file runs again with the venv's Python,
where the steps that need third-party packages import them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tools.bootstrap import reexec_in_venv  # noqa: E402 - after the path that makes tools/ importable
from tools.console import BuildError  # noqa: E402
from tools.layout import PYODIDE_VERSION  # noqa: E402,F401 - the version a newcomer checks with `import build`


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="bootstrap and build site/")
    b.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    s = sub.add_parser("serve", help="build, then serve site/")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    sub.add_parser("test", help="build, then ruff, Pyodide core tests and pytest (unit and browser)")
    bench = sub.add_parser("bench", help="build, then time the checker's start-up against bare Pyodide")
    bench.add_argument("--runs", type=int, default=3)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if sys.version_info < (3, 11):  # noqa: UP036 - a plain message beats a traceback on an old Python
        print(f"[build.py] error: Python 3.11 or newer is needed (found {sys.version.split()[0]})", file=sys.stderr)
        return 2
    args = parse(argv)
    try:
        reexec_in_venv(Path(__file__), argv)
        # Imported after the re-exec: these steps run inside the venv.
        from tools.site import build_site

        if args.command == "build":
            build_site(force=args.force)
            return 0
        if args.command == "serve":
            from tools.server import serve

            build_site()
            return serve(args.host, args.port)
        if args.command == "bench":
            from bench.bench_start import bench
            from tools.bootstrap import ensure_browser

            build_site()
            ensure_browser()
            return bench(args.runs)
        from tools.testrun import test

        return test()
    except BuildError as exc:
        print(f"[build.py] error: {exc}", file=sys.stderr, flush=True)
        return 2


if __name__ == "__main__":
    sys.exit(main())
