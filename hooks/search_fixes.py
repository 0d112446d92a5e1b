"""MkDocs hook: lets Material's search match a Chinese query word by its last character too.

Material (9.x) segments a Chinese query greedily against the words in the index, but its loop
stops one character short (`j < query.length`): the last character of the query never takes part.
A buyer typing 退钱 gets results for 退*; 发错货 for 发错*. The segmenter is the right place to mend,
so after the build this hook widens that one bound in the copy of the search worker written to
site/. The build fails if the pinned worker no longer has the expected code (the fix must be
re-checked on every Material upgrade, and dropped once Material fixes it).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

# The minified inner loop of `segment()` in Material's search worker, and the corrected bound.
BUGGY = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def patch_worker(text: str) -> str:
    if FIXED in text:
        return text
    if text.count(BUGGY) != 1:
        raise PluginError("hooks/search_segment.py: Material's search worker changed; re-check the "
                          "query segmentation fix against the new version")
    return text.replace(BUGGY, FIXED)


def on_post_build(*, config) -> None:
    workers = sorted(Path(config["site_dir"], "assets", "javascripts", "workers").glob("search.*.min.js"))
    if not workers:
        raise PluginError("hooks/search_segment.py: no search worker in the built site")
    for worker in workers:
        worker.write_text(patch_worker(worker.read_text(encoding="utf-8")), encoding="utf-8")
