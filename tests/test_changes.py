"""The record of changes: its page, the 'updated' mark, and the pull-request check against a real git repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import write_data
from macros.render import changes
from macros import unrecorded
from macros.data import load


def test_updated_mark_links_to_the_newest_record(data_dir):
    data = load(data_dir)
    mark = str(changes.updated(data, "flash-speedup", "en", "../../"))
    assert mark == (' <a class="sa-updated" href="../../changes/#flash-speedup-corrected">corrected '
                    '<time datetime="2022-06-01">1\u00a0June\u00a02022</time></a>')
    assert str(changes.updated(data, "flashattention", "en", "")) == ""
    assert "обновлено" not in str(changes.updated(data, "flash-speedup", "ru", ""))  # a correction says so
    assert "исправлено" in str(changes.updated(data, "flash-speedup", "ru", ""))


#: An entry of each collection, and the renderer call that shows it.
SHOWN_BY = {
    "kaplan-laws": ("timeline", ()),
    "flash-speedup": ("figures", ()),
    "no-axis-named": ("fallacy", ("no-axis-named",)),
    "flash-headline": ("headlines", ()),
    "a-ceiling": ("ceilings", ()),
    "anchoring": ("biases", ()),
    "text": ("modalities", ()),
    "gpt-3-compute": ("chart_trend", ()),
    "kaplan-2020-scaling": ("sources", ()),
    "algorithms": ("axis_summary", ("algorithms",)),
}


@pytest.mark.parametrize("entry_id", SHOWN_BY)
def test_every_renderer_marks_a_changed_entry(tmp_path, collections, entry_id):
    from macros import RENDERERS

    collections["changes"][0]["entries"] = [entry_id]
    data = load(write_data(tmp_path / "data", collections))
    name, args = SHOWN_BY[entry_id]
    html = RENDERERS[name](data, *args, lang="en", root="../")
    assert '<a class="sa-updated" href="../changes/#flash-speedup-corrected">corrected' in html


def test_page_lists_records_newest_first_with_links_to_entries(tmp_path, collections):
    collections["changes"].append({"id": "later-update", "date": "2023-01-02", "what": {"en": "Reworded."},
                                   "why": {"en": "Clarity."}, "entries": ["flashattention", "old-one"], "correction": False,
                                   "removed": ["old-one"]})
    html = changes.render(load(write_data(tmp_path / "data", collections)), lang="en", root="../")
    assert html.index('id="later-update"') < html.index('id="flash-speedup-corrected"')
    assert '<a href="../axes/algorithms/#flashattention">FlashAttention</a>' in html
    # A removed entry is named in words (no slug on /ru/): its id stays in the title attribute.
    assert '<span title="old-one">an entry since removed</span>' in html and ">Correction</span>" in html and ">Update</span>" in html


def test_differences_ignore_a_new_translation_only():
    old = {"id": "a", "title": {"en": "A"}, "value": {"en": "1", "ru": "1"}}
    assert list(unrecorded.differences(old, {**old, "title": {"en": "A", "ru": "А"}})) == []
    assert list(unrecorded.differences(old, {**old, "value": {"en": "2", "ru": "1"}, "date": "2024"})) == ["date", "value.en"]


def test_only_what_an_entry_states_counts():
    assert unrecorded.stated("value.ru") and unrecorded.stated("date") and unrecorded.stated("summary.en")
    assert not unrecorded.stated("summary.ru")  # a Russian rewording edits the translation
    assert not unrecorded.stated("history") and not unrecorded.stated("sources") and not unrecorded.stated("label.en")
    old = {"id": "a", "value": {"en": "1 000", "ru": "1 000"}}
    assert list(unrecorded.differences(old, {"id": "a", "value": {"en": "1 000", "ru": "1\u00a0000"}})) == []


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path, collections):
    """A git repository with the minimal data committed on 'main'."""
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "test@example.org")
    git(tmp_path, "config", "user.name", "Test")
    write_data(tmp_path / "data", collections)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "data")
    return tmp_path


def run(repo: Path, capsys) -> tuple[int, str]:
    code = unrecorded.main(["--base", "main", "--data", str(repo / "data")])
    return code, capsys.readouterr().out


def test_an_unchanged_tree_and_a_new_entry_pass(repo, collections, capsys):
    assert run(repo, capsys)[0] == 0
    collections["milestones"].append({**collections["milestones"][1], "id": "brand-new"})
    write_data(repo / "data", collections)
    assert run(repo, capsys)[0] == 0


def test_a_changed_value_without_a_record_fails_naming_the_entry(repo, collections, capsys):
    collections["milestones"][1]["date"] = "2022-06"
    collections["figures"][0]["value"]["en"] = "2-5x"
    collections["ceilings"][0]["next"]["en"] = "It did."
    write_data(repo / "data", collections)
    code, out = run(repo, capsys)
    assert code == 1
    assert "data/milestones.yml:" in out and "milestone 'flashattention': changed (date), but no new record" in out
    assert "ceiling 'a-ceiling': changed (next.en)" in out
    # The figure's old record does not cover a new change: each change needs its own record.
    assert "figure 'flash-speedup': changed (value.en)" in out
    assert "3 changed entries without a record of the change" in out


def test_a_new_record_naming_the_entries_passes(repo, collections, capsys):
    collections["milestones"][1]["date"] = "2022-06"
    collections["changes"].append({"id": "flash-date", "date": "2022-07-01", "what": {"en": "May became June."},
                                   "why": {"en": "The paper's date."}, "entries": ["flashattention"], "correction": True})
    write_data(repo / "data", collections)
    assert run(repo, capsys) == (0, "Every change to an existing entry since main has its record in data/changes.yml.\n")


def test_broken_yaml_is_a_located_message_not_a_traceback(repo, capsys):
    (repo / "data" / "changes.yml").write_text("- id: x\n  what: {en: a: b}\n", encoding="utf-8")
    code, out = run(repo, capsys)
    assert code == 1
    assert out.startswith("data/changes.yml:2: YAML syntax error") and "Traceback" not in out


def test_a_removed_entry_needs_a_record_that_says_so(repo, collections, capsys):
    collections["headlines"] = []
    write_data(repo / "data", collections)
    code, out = run(repo, capsys)
    assert code == 1 and "headline 'flash-headline': was removed or renamed" in out
