"""Permalinks: every published URL and anchor in tests/permalinks.txt survives every build."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, build, copy_project
from macros import paging, permalinks
from macros.data import load
from macros.permalinks import Entry, Site

SITE_URL = "https://six-axes.github.io/"


def page(ids=(), redirect_to=None) -> str:
    head = f'<meta http-equiv="refresh" content="0; url={redirect_to}">' if redirect_to else ""
    body = "".join(f'<h2 id="{i}">x</h2>' for i in ids)
    return f'<html><head>{head}</head><body><div id="__drawer"></div><article class="md-typeset">{body}</article></body></html>'


@pytest.fixture
def tiny_site(tmp_path):
    files = {
        "index.html": page(["six-axes"]),
        "axes/algorithms/index.html": page(["algorithms", "flashattention", "__tabbed_1_1"]),
        "ru/axes/algorithms/index.html": page(["algorithms", "flashattention"]),
        "old/index.html": page(redirect_to="https://six-axes.github.io/axes/algorithms/"),
        "404.html": page(["not-found"]),
    }
    for name, html in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(html, encoding="utf-8")
    return tmp_path


# --- The check, on a hand-made site ----------------------------------------------------------


def test_collect_finds_pages_content_anchors_and_redirects(tiny_site):
    site = permalinks.collect(tiny_site)
    assert site.pages == {"/": {"six-axes"}, "/axes/algorithms/": {"algorithms", "flashattention"},
                          "/ru/axes/algorithms/": {"algorithms", "flashattention"}}
    assert site.redirects == {"/old/": "https://six-axes.github.io/axes/algorithms/"}
    assert "/axes/algorithms/#flashattention" in site.links() and "/old/" in site.links()


def test_a_lost_page_or_anchor_is_reported_with_its_fix(tiny_site):
    site = permalinks.collect(tiny_site)
    record = [Entry("/axes/algorithms/#flashattention"), Entry("/axes/algorithms/#flash-attention"), Entry("/gone/")]
    problems = permalinks.lost(record, site)
    assert len(problems) == 2
    assert problems[0].startswith("/axes/algorithms/#flash-attention: anchor gone") and "retired:" in problems[0]
    assert problems[1].startswith("/gone/: page gone") and "redirect_maps" in problems[1]


def test_a_redirect_covers_a_moved_page_and_its_anchors(tiny_site):
    site = permalinks.collect(tiny_site)
    assert permalinks.lost([Entry("/old/"), Entry("/old/#anything")], site) == []
    assert permalinks.broken_redirects(site, SITE_URL) == []


def test_a_redirect_must_be_absolute_and_land_on_a_page(tiny_site):
    site = permalinks.collect(tiny_site)
    site.redirects = {"/a/": "../axes/algorithms/", "/b/": "https://six-axes.github.io/nowhere/#x"}
    problems = permalinks.broken_redirects(site, SITE_URL)
    assert "must be an absolute URL" in problems[0] and "is not a page of this build" in problems[1]


def test_a_retired_anchor_is_not_required_but_stays_recorded():
    text = permalinks.HEADER + "/axes/algorithms/#old-id  retired: merged into flashattention\n/about/\n"
    record = permalinks.parse(text)
    assert record == [Entry("/axes/algorithms/#old-id", "merged into flashattention"), Entry("/about/")]
    assert permalinks.lost(record, Site(pages={"/about/": set(), "/axes/algorithms/": set()})) == []
    assert permalinks.parse(permalinks.format_record(record)) == sorted(record, key=lambda e: e.link)


def test_update_only_adds(tiny_site):
    site = permalinks.collect(tiny_site)
    record = [Entry("/gone/"), Entry("/axes/algorithms/#old", "renamed")]
    updated = permalinks.update(record, site)
    assert updated[:2] == record
    assert {e.link for e in updated[2:]} == site.links()
    assert permalinks.unrecorded(updated, site) == []


# --- The real site ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def record():
    return permalinks.parse(permalinks.RECORD.read_text(encoding="utf-8"))


def test_the_record_is_sorted_and_has_no_duplicates(record):
    links = [e.link for e in record]
    assert links == sorted(set(links))
    assert all(re.fullmatch(r"/([a-z0-9-]+/)*(#[A-Za-z0-9_:.-]+)?", link) for link in links), links


def test_the_record_covers_both_editions_and_every_record_with_a_home(record):
    """Each entry is recorded at its permanent address, or (new since its list was paged) where it is shown."""
    links = {e.link for e in record}
    data = load(ROOT / "data")
    for prefix in ("", "/ru"):
        for fallacy in data.fallacies:
            assert f"{prefix}/fallacies/{fallacy['id']}/" in links
        for milestone in data.milestones:
            assert {f"{prefix}/axes/{milestone['axis']}/#{milestone['id']}",
                    f"{prefix}/{paging.shown(data, 'milestones', milestone)}"} & links
        for source in data.sources:
            assert {f"{prefix}/sources/#{source['id']}", f"{prefix}/{paging.shown(data, 'sources', source)}"} & links


@pytest.mark.build
def test_the_build_keeps_every_recorded_url_and_anchor(built_site, record):
    site = permalinks.collect(built_site)
    assert permalinks.lost(record, site) == []
    assert permalinks.broken_redirects(site, permalinks.site_url(ROOT)) == []


@pytest.mark.build
def test_every_published_link_is_recorded(built_site, record):
    """New pages and ids join the record with `python -m macros.permalinks --update`."""
    assert permalinks.unrecorded(record, permalinks.collect(built_site)) == []


@pytest.mark.build
def test_renaming_an_id_without_a_redirect_fails_and_a_redirect_covers_a_moved_page(tmp_path, record):
    """In a copy of the project: rename a milestone id, and redirect an old page name to the paradox page."""
    project = copy_project(tmp_path / "project")
    milestone = load(ROOT / "data").milestones[0]
    old, new = milestone["id"], f"{milestone['id']}-renamed"
    token = re.compile(rf"(?<![A-Za-z0-9-]){re.escape(old)}(?![A-Za-z0-9-])")
    for path in [*(project / "data").glob("*.yml"), *(project / "docs").rglob("*.md")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(token.sub(new, text), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "redirect_maps: {}",
        f"redirect_maps:\n        old-paradox.md: {SITE_URL}paradox/\n        ru/old-paradox.md: {SITE_URL}ru/paradox/",
    ), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr

    site = permalinks.collect(tmp_path / "site")
    moved = [Entry("/old-paradox/"), Entry("/ru/old-paradox/#paradox")]
    problems = permalinks.lost(record + moved, site)
    anchor = f"/axes/{milestone['axis']}/#{old}"
    assert any(p.startswith(f"{anchor}: anchor gone") for p in problems), problems
    assert any(p.startswith(f"/ru{anchor}: anchor gone") for p in problems), problems
    assert not [p for p in problems if "paradox" in p or "page gone" in p]
    assert permalinks.broken_redirects(site, SITE_URL) == []
    assert site.redirects["/ru/old-paradox/"] == f"{SITE_URL}ru/paradox/"

    retired = [Entry(e.link, "renamed by the test") if old in e.link.partition("#")[2] else e for e in record]
    assert permalinks.lost(retired + moved, site) == []
