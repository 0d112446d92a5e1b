"""MkDocs hook: renders the checker widget where a page says `<!-- widget:checker -->`, and the home
page's three questions (the checker's first group, opening it prefilled) where it says `<!-- widget:start -->`.

Its public helpers (load_aftersales, read_manifest, root_prefix, page_lang, DataEnvironment) serve the
other widget hooks too (hooks/merchant_widgets.py).

The template gets its form, strings and version from py/aftersales, so the page shows exactly the
fields and words the Python check uses. URLs are relative, so the site works under any path prefix.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- widget:checker -->"
START = "<!-- widget:start -->"
MANIFEST = ROOT / "build" / "manifest.json"


class DataEnvironment(jinja2.Environment):
    """Looks keys up before attributes: `ui.copy` is the string "copy" in ui, not dict.copy."""

    def getattr(self, obj, attribute):
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def load_aftersales():
    # Imported late and from the work tree: the hook must see the package as it is being built.
    if str(ROOT / "py") not in sys.path:
        sys.path.insert(0, str(ROOT / "py"))
    import aftersales
    import aftersales.guide.widget

    return aftersales


def read_manifest() -> dict:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PluginError("build/manifest.json is missing: build the site with `python3 build.py build`, "
                          "which packages the wheel first") from exc


def page_lang(config) -> str:
    """The package's language code for the edition being built (Material's "en" or the zh default)."""
    return "en" if config["theme"]["language"] == "en" else "zh-CN"


def root_prefix(page_url: str, edition_path: str) -> str:
    """Relative URL from the page to the site root (above the edition, e.g. from en/checker/ to /)."""
    depth = page_url.count("/") + edition_path.count("/")
    return "../" * depth or "./"


IMPORT = re.compile(r'^import [^;]*? from "\./([\w.-]+\.js)";', re.M)


def module_graph(folder: Path, entry: str) -> list[str]:
    """entry and every module it imports, directly or not (the checker's own, all in one folder)."""
    seen: list[str] = []

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.append(name)
        for imported in IMPORT.findall((folder / name).read_text(encoding="utf-8")):
            visit(imported)

    visit(entry)
    return seen


def render(lang: str, root: str, manifest: dict) -> str:
    aftersales = load_aftersales()
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
        assets=root + manifest["app"],
        site=root,
    )


def render_head(root: str, manifest: dict) -> str:
    folder = ROOT / "widgets" / "checker"
    early = module_graph(folder, "early.js")
    env = DataEnvironment(loader=jinja2.FileSystemLoader(ROOT / "widgets"), autoescape=True,
                          undefined=jinja2.StrictUndefined)
    return env.get_template("checker-head.html.j2").render(
        assets=root + manifest["app"],
        runtime=root + manifest["runtime"],
        wheel=root + manifest["wheel"],
        snapshot=root + manifest["snapshot"] if manifest.get("snapshot") else "",
        stdlib=root + manifest["stdlib"],
        early=early,
        modules=[name for name in module_graph(folder, "main.js") if name not in early],
    )


def render_start(lang: str, root: str, edition_path: str, manifest: dict) -> str:
    aftersales = load_aftersales()
    env = DataEnvironment(loader=jinja2.FileSystemLoader(ROOT / "widgets"), autoescape=True,
                          undefined=jinja2.StrictUndefined)
    data = aftersales.guide.widget.start_data(lang)
    return env.get_template("start.html.j2").render(
        fields=data["fields"], ui=data["ui"], assets=root + manifest["app"],
        checker=root + edition_path + "checker/")


def on_post_page(output: str, *, page, config) -> str:
    # Placed in the finished page, after the search plugin has indexed the content: the widget's words
    # (labels, buttons, states) are not content a reader searches for.
    lang = page_lang(config)
    edition_path = config["extra"].get("edition_path", "")
    root = root_prefix(page.url, edition_path)
    if START not in output and MARKER not in output:
        return output
    manifest = read_manifest()
    if START in output:
        output = output.replace(START, render_start(lang, root, edition_path, manifest), 1)
    if MARKER not in output:
        return output
    # Before the theme's styles: the inline scripts after them hold the parser until they have loaded.
    head = output.find('<link rel="stylesheet"')
    head = head if head != -1 else output.index("</head>")
    output = output[:head] + render_head(root, manifest) + output[head:]
    return output.replace(MARKER, render(lang, root, manifest), 1)
