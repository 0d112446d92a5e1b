"""MkDocs hook: two fixes to Material's search, each checked against the pinned Material version.

1. The search dialog gets a name. Material renders `<div class="md-search" role="dialog">` with no
   accessible name (axe: aria-dialog-name); screen readers announce an anonymous dialog.
2. A Chinese query word matches by its last character too. Material (9.x) segments a Chinese
   query greedily against the words in the index, but its loop stops one character short
   (`j < query.length`): the last character never takes part, so 退钱 searches 退* and 发错货
   searches 发错*. The segmenter is the right place to mend, so after the build this hook widens
   that one bound in the copy of the search worker written to site/.
The build fails if the pinned Material no longer has the expected markup or code: re-check both on
every Material upgrade, and drop them once Material fixes them.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
DIALOG_NAMES = {"zh": "搜索", "en": "Search"}

# The minified inner loop of `segment()` in Material's search worker, and the corrected bound.
BUGGY = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def patch_worker(text: str) -> str:
    if FIXED in text:
        return text
    if text.count(BUGGY) != 1:
        raise PluginError("hooks/search_fixes.py: Material's search worker changed; re-check the "
                          "query segmentation fix against the new version")
    return text.replace(BUGGY, FIXED)


def name_dialog(html: str, language: str) -> str:
    label = DIALOG_NAMES.get(language.split("-")[0], DIALOG_NAMES["en"])
    return html.replace(DIALOG, DIALOG[:-1] + f' aria-label="{label}">', 1)


def on_post_page(output: str, *, page, config) -> str:
    if DIALOG not in output and 'class="md-search"' in output:
        raise PluginError("hooks/search_fixes.py: Material's search dialog markup changed; re-check the fix")
    return name_dialog(output, str(config["theme"]["language"]))


def on_post_build(*, config) -> None:
    workers = sorted(Path(config["site_dir"], "assets", "javascripts", "workers").glob("search.*.min.js"))
    if not workers:
        raise PluginError("hooks/search_fixes.py: no search worker in the built site")
    for worker in workers:
        worker.write_text(patch_worker(worker.read_text(encoding="utf-8")), encoding="utf-8")
