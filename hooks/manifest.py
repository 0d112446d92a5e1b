"""MkDocs hook: each edition's web app manifest (manifest.webmanifest), so the guide and its checker
install as an app that opens at the edition's home page. Name and description are the edition's own;
the icons are drawn at the site root by tools/icons.py."""

from __future__ import annotations

import json
from pathlib import Path

from widgets import load_aftersales, page_lang

THEME_COLOR = "#00695c"  # the header's teal (overrides/main.html)


def on_config(config):
    # The offline note's and the 404 page's words live in the package like every other string the site shows.
    ui = load_aftersales().guide.ui
    config["extra"].update(ui.site_strings(page_lang(config)))
    return config


def on_post_build(config) -> None:
    up = "../" * config["extra"].get("edition_path", "").count("/")
    manifest = {
        "name": config["site_name"],
        "short_name": config["extra"]["offline"]["short_name"],
        "description": config["site_description"],
        "lang": config["theme"]["language"],
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [{"src": f"{up}icons/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png",
                   "purpose": "any maskable"} for size in (192, 512)],
    }
    path = Path(config["site_dir"]) / "manifest.webmanifest"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
