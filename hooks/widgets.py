"""MkDocs hook: renders the checker widget where a page says `<!-- widget:checker -->`.

The template gets its form, strings and version from py/aftersales, so the page shows exactly the
fields and words the Python check uses. URLs are relative, so the site works under any path prefix.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- widget:checker -->"
MANIFEST = ROOT / "build" / "manifest.json"


class DataEnvironment(jinja2.Environment):
    """Looks keys up before attributes: `ui.copy` is the string "copy" in ui, not dict.copy."""

    def getattr(self, obj, attribute):
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def _aftersales():
    # Imported late and from the work tree: the hook must see the package as it is being built.
    if str(ROOT / "py") not in sys.path:
        sys.path.insert(0, str(ROOT / "py"))
    import aftersales
    import aftersales.guide.widget

    return aftersales


def _manifest() -> dict:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PluginError("build/manifest.json is missing: build the site with `python3 build.py build`, "
                          "which packages the wheel first") from exc


def _root_prefix(page_url: str, edition_path: str) -> str:
    """Relative URL from the page to the site root (above the edition, e.g. from en/checker/ to /)."""
    depth = page_url.count("/") + edition_path.count("/")
    return "../" * depth or "./"


def render(lang: str, root: str, manifest: dict) -> str:
    aftersales = _aftersales()
    env = DataEnvironment(loader=jinja2.FileSystemLoader(ROOT / "widgets"), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.get_template("checker.html.j2")
    data = aftersales.guide.widget.widget_data(lang)
    return template.render(
        lang=lang,
        form=data["form"],
        ui=data["ui"],
        rules=data["rules"],
        version=aftersales.__version__,
        assets=root + "assets/",
        runtime=root + manifest["runtime"],
        wheel=root + manifest["wheel"],
        snapshot=root + manifest["snapshot"] if manifest.get("snapshot") else "",
    )


def on_post_page(output: str, *, page, config) -> str:
    # Placed in the finished page, after the search plugin has indexed the content: the widget's words
    # (labels, buttons, states) are not content a reader searches for.
    if MARKER not in output:
        return output
    lang = "en" if config["theme"]["language"] == "en" else "zh-CN"
    root = _root_prefix(page.url, config["extra"].get("edition_path", ""))
    return output.replace(MARKER, render(lang, root, _manifest()), 1)
