"""MkDocs hook: fixes to Material's search, each checked against the pinned Material version.

1. The search dialog gets a name. Material renders `<div class="md-search" role="dialog">` with no
   accessible name (axe: aria-dialog-name); screen readers announce an anonymous dialog.
2. A whole Chinese question finds pages. Material (9.x) cuts a Chinese query into words it finds in
   the index, but its segmenter gives up at the first character no indexed word starts with: it then
   searches the whole question as one word ("拒收了还能退款吗" finds nothing) or silently drops the
   rest of the question. Its inner loop also stops one character short, so 退钱 searched 退*.
   Our segmenter reads the question the way the index was cut (longest indexed word first), steps
   over characters no indexed word starts with, and leaves out particles and question words
   (了, 吗, 怎么办 …) that match almost every page. Single characters count only when the question
   has no longer word: 退* matches every word that starts with 退 and would outweigh 拒签. A question
   with no indexed word at all still finds nothing, rather than everything.
3. No zero-width spaces in results. Material joins the jieba-cut words of the index with U+200B;
   the worker would hand them on in result titles and snippets, where a reader copies them.
4. The search index loads when the reader opens search, not with every page. Material fetches the
   index (380 KB) and builds it in its worker on every page view: about 140 ms of CPU (measured on the
   checker page, a returning visit), paid on a phone by every page and, on the checker page, taken
   from Python's start-up. Material already waits for the search toggle when a page is opened from
   a file:// URL; the fix makes every page do so. Opening search (the icon, the field, a keyboard
   shortcut) sets that toggle, and the dialog says "initialising" until the index is built. The
   highlighter of search words on a page opened from a result (?h=) also asked for the index on
   every page; it now asks only on a page that has words to highlight.
The build fails if the pinned Material no longer has the expected markup or code: re-check all
four on every Material upgrade, and drop each once Material fixes it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
DIALOG_NAMES = {"zh": "搜索", "en": "Search"}

# Words a buyer puts around the question's subject. Kept out of a query only, never out of the index.
STOP_WORDS = (
    "的 了 吗 呢 吧 啊 呀 嘛 么 哦 我 你 他 她 它 我们 是 在 就 都 也 还 又 能 能不能 可以 可不可以 会 要 想 "
    "怎么 怎么办 怎样 如何 什么 为什么 有没有 和 跟 与 被 把 给 从 到 个 这 那 这个 那个 一下 请问 之后 以后"
).split()

# Material's `segment()` (minified), as the pinned version ships it.
SEGMENT_UPSTREAM = (
    'function fe(t,e){let r=new Set,n=new Uint16Array(t.length);for(let s=0;s<t.length;s++)'
    'for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s);let i=[0];for(let s=i.length;s>0;)'
    '{let o=i[--s];for(let u=1;u<n[o];u++)n[o+u]>n[o]-u&&(r.add(t.slice(o,o+u)),i[s++]=o+u);'
    'let a=o+n[o];n[a]&&a<t.length-1&&(i[s++]=a),r.add(t.slice(o,a))}return r.has("")?new Set([t]):r}'
)
# Ours: t is one run of Han characters, e the index's words. Longest indexed word first; a character
# no indexed word starts with is stepped over; stop words are left out.
SEGMENT_OURS = (
    'function fe(t,e){let r=new Set,p=new Set(' + repr(" ".join(STOP_WORDS)).replace("'", '"') + '.split(" "));'
    'for(let s=0;s<t.length;){let n=0;for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e&&(n=o-s);'
    'if(n){let w=t.slice(s,s+n);p.has(w)||r.add(w);s+=n}else s++}'
    'let l=[...r].filter(w=>w.length>1);return l.length?new Set(l):r.size?r:new Set([t])}'
)

# Where the worker returns the results: strip U+200B from what is shown, after highlighting.
RESULTS_UPSTREAM = "return _({items:[...n.values()]}"
RESULTS_OURS = ('return _({items:[...n.values()].map(s=>s.map(o=>Object.assign({},o,'
                '{title:o.title&&o.title.replace(/\\u200b/g,""),text:o.text&&o.text.replace(/\\u200b/g,"")})))}')


# Where the bundle sets up the search worker: at once over http(s), on the search toggle from a file.
SETUP_UPSTREAM = 'L($(location.protocol!=="file:"),Je("search"))'
SETUP_OURS = 'L($(!1),Je("search"))'
# Where the highlighter combines the index with the page's ?h= words: it subscribed to the index at once.
HIGHLIGHT_UPSTREAM = 'z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])'
HIGHLIGHT_OURS = 'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(o=>t.pipe(m(n=>[n,o]))))'


def _replace_once(text: str, old: str, new: str, what: str, where: str = "search worker") -> str:
    if new in text:
        return text
    if text.count(old) != 1:
        raise PluginError(f"hooks/search_fixes.py: Material's {where} changed; re-check the {what} "
                          "fix against the new version")
    return text.replace(old, new)


def patch_worker(text: str) -> str:
    text = _replace_once(text, SEGMENT_UPSTREAM, SEGMENT_OURS, "query segmentation")
    return _replace_once(text, RESULTS_UPSTREAM, RESULTS_OURS, "zero-width space")


def name_dialog(html: str, language: str) -> str:
    label = DIALOG_NAMES.get(language.split("-")[0], DIALOG_NAMES["en"])
    return html.replace(DIALOG, DIALOG[:-1] + f' aria-label="{label}">', 1)


def on_post_page(output: str, *, page, config) -> str:
    if DIALOG not in output and 'class="md-search"' in output:
        raise PluginError("hooks/search_fixes.py: Material's search dialog markup changed; re-check the fix")
    return name_dialog(output, str(config["theme"]["language"]))


def on_post_template(output_content: str, *, template_name: str, config) -> str:
    # The 404 page is a theme template, not a page: it passes here, not through on_post_page.
    return name_dialog(output_content, str(config["theme"]["language"]))


def on_post_build(*, config) -> None:
    workers = sorted(Path(config["site_dir"], "assets", "javascripts", "workers").glob("search.*.min.js"))
    if not workers:
        raise PluginError("hooks/search_fixes.py: no search worker in the built site")
    for worker in workers:
        worker.write_text(patch_worker(worker.read_text(encoding="utf-8")), encoding="utf-8")
    bundles = sorted(Path(config["site_dir"], "assets", "javascripts").glob("bundle.*.min.js"))
    if not bundles:
        raise PluginError("hooks/search_fixes.py: no Material bundle in the built site")
    for bundle in bundles:
        text = _replace_once(bundle.read_text(encoding="utf-8"), SETUP_UPSTREAM, SETUP_OURS,
                             "lazy search index", "bundle")
        text = _replace_once(text, HIGHLIGHT_UPSTREAM, HIGHLIGHT_OURS, "lazy search highlighter", "bundle")
        bundle.write_text(text, encoding="utf-8")
