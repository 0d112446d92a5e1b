"""MkDocs hook: the merchants page's tools and generated example.

`<!-- widget:linkbuilder -->` and `<!-- widget:verify -->` become the link builder and the package
verifier (widgets/merchants/*.html.j2, strings from aftersales.merchant.ui, fields from the checker's
own form data); `<!-- example:merchant_link -->` becomes an example link made by
aftersales.merchant.linkbuilder, the code the builder runs, so the page never shows a hand-encoded URL.
"""

from __future__ import annotations

import re

import jinja2

from widgets import ROOT, DataEnvironment, load_aftersales, page_lang, read_manifest, root_prefix

WIDGETS = {"<!-- widget:linkbuilder -->": "linkbuilder.html.j2", "<!-- widget:verify -->": "verify.html.j2"}
EXAMPLE = re.compile(r"^<!-- example:merchant_link -->[ \t]*$", re.MULTILINE)


def _merchant():
    load_aftersales()  # puts the work tree's py/ on sys.path
    import aftersales.merchant.linkbuilder
    import aftersales.merchant.ui

    return aftersales.merchant


def on_page_markdown(markdown: str, *, page, config, files) -> str:
    if not EXAMPLE.search(markdown):
        return markdown
    link = _merchant().linkbuilder.example_link(page_lang(config))
    return EXAMPLE.sub(lambda _: f"```text\n{link}\n```", markdown)


def on_post_page(output: str, *, page, config) -> str:
    # Placed in the finished page, like the checker: the tools' words are not content to search.
    if not any(marker in output for marker in WIDGETS):
        return output
    merchant = _merchant()
    lang = page_lang(config)
    root = root_prefix(page.url, config["extra"].get("edition_path", ""))
    manifest = read_manifest()
    env = DataEnvironment(loader=jinja2.FileSystemLoader(ROOT / "widgets" / "merchants"), autoescape=True,
                          undefined=jinja2.StrictUndefined)
    data = {
        "lang": lang,
        "ui": merchant.ui.ui_strings(lang),
        "groups": merchant.linkbuilder.controls(lang),
        "assets": root + manifest["app"],
        "site": root,
        "runtime": root + manifest["runtime"],
        "wheel": root + manifest["wheel"],
        "extras": " ".join(root + path for path in manifest.get("vendor", [])),
        # The checker's memory snapshot: segno unpacks beside the restored runtime (worker.mjs).
        "snapshot": root + manifest["snapshot"] if manifest.get("snapshot") else "",
        "stdlib": root + manifest["stdlib"],
    }
    for marker, name in WIDGETS.items():
        if marker in output:
            output = output.replace(marker, env.get_template(name).render(**data), 1)
    return output
