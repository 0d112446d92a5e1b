"""The guide's build hooks: tables from the catalogue, the seed coverage check, the search fixes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

HOOKS = Path(__file__).resolve().parents[1] / "hooks"


def hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hooks_{name}", HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_planned_table_renders_in_both_languages():
    tables = hook("tables")
    import aftersales.guide.catalogue as catalogue

    for lang in ("zh-CN", "en"):
        for name in catalogue.TABLE_NAMES:
            markdown = tables.render(name, lang, catalogue)
            header, rule, *rows = markdown.splitlines()
            assert rule.count("---") == header.count(" | ") + 1
            assert rows, f"table {name} ({lang}) has no rows"


def test_a_marker_becomes_a_table_and_an_unknown_name_fails_the_build():
    tables = hook("tables")
    config = {"theme": {"language": "zh"}}
    page = tables.on_page_markdown("前言\n\n<!-- table:required_info -->\n\n后记", page=None, config=config, files=None)
    assert "| 信息类别 |" in page and "<!-- table:" not in page
    with pytest.raises(PluginError, match="unknown table 'nope'"):
        tables.on_page_markdown("<!-- table:nope -->", page=None, config=config, files=None)


def test_cells_keep_markdown_but_cannot_break_the_table():
    tables = hook("tables")
    table = SimpleNamespace(columns=["a", "b"], rows=[["x | y", "line one\nline two"], ["[link](faq.md)", ""]])
    lines = tables.markdown_table(table).splitlines()
    assert lines[2] == "| x \\| y | line one<br>line two |"
    assert lines[3] == "| [link](faq.md) |   |"
    with pytest.raises(PluginError):
        tables.markdown_table(SimpleNamespace(columns=["a", "b"], rows=[["only one"]]))


def test_edition_language_maps_material_codes_to_catalogue_codes():
    tables = hook("tables")
    assert tables.edition_lang({"theme": {"language": "zh"}}) == "zh-CN"
    assert tables.edition_lang({"theme": {"language": "en"}}) == "en"


def test_seed_check_reports_missing_anchors_and_missing_tables(tmp_path):
    seedmap = hook("seedmap")
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "index.html").write_text('<h2 id="how-long">…</h2><h2 id="rejected">…</h2><p>no table</p>',
                                                  encoding="utf-8")
    problems = "\n".join(seedmap.check_site(tmp_path))
    assert "guide/policy/#read-policy is missing" in problems
    assert "section faq/#rejected has no table" in problems
    assert "faq/#how-long" not in problems


def test_search_worker_fix_applies_once_and_refuses_unknown_code():
    fixes = hook("search_fixes")
    worker = "x;" + fixes.SEGMENT_UPSTREAM + ";" + fixes.RESULTS_UPSTREAM + ";y"
    fixed = fixes.patch_worker(worker)
    assert fixes.SEGMENT_OURS in fixed and fixes.RESULTS_OURS in fixed and fixes.patch_worker(fixed) == fixed
    with pytest.raises(PluginError):
        fixes.patch_worker("a different worker")


def test_search_dialog_gets_a_name_in_the_edition_language():
    fixes = hook("search_fixes")
    assert 'aria-label="搜索"' in fixes.name_dialog(fixes.DIALOG, "zh")
    assert 'aria-label="Search"' in fixes.name_dialog(fixes.DIALOG, "en")


def test_checklist_text_becomes_the_checkbox_label():
    checklists = hook("checklists")
    html = ('<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
            '<input type="checkbox"/><span class="task-list-indicator"></span></label> 拍照 <b>近景</b></li></ul>')
    assert checklists.label_items(html) == (
        '<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
        '<input type="checkbox"/><span class="task-list-indicator"></span> 拍照 <b>近景</b></label></li></ul>')


def test_search_only_words_go_to_the_page_entry_not_its_sections(tmp_path):
    keywords = hook("search_keywords")
    (tmp_path / "situations").mkdir()
    (tmp_path / "situations" / "food.md").write_text("---\nkeywords: 十倍、生鲜\n---\n# 食品\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("# 首页\n", encoding="utf-8")
    found = keywords.page_keywords(tmp_path)
    assert list(found) == ["situations/food/"] and "十倍" in found["situations/food/"].split("\u200b")
    index = {"config": {"fields": {}}, "docs": [{"location": "situations/food/"}, {"location": "situations/food/#law"}]}
    docs = keywords.add_keywords(index, found)["docs"]
    assert "keywords" in docs[0] and "keywords" not in docs[1]
