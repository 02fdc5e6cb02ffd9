"""The whole site: a strict build succeeds, every page exists, and the pages say what the data says."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import ROOT, build, copy_project
from macros import paging
from macros.data import COLLECTIONS, load

pytestmark = pytest.mark.build

PAGES = [
    "index.html",
    "axes/index.html",
    *[f"axes/{axis['id']}/index.html" for axis in load(ROOT / "data").axes],
    "which-axis/index.html",
    "fallacies/index.html",
    *[f"fallacies/{f['id']}/index.html" for f in load(ROOT / "data").fallacies],
    "ceilings/index.html",
    "promises/index.html",
    "limits/index.html",
    "measuring/index.html",
    "paradox/index.html",
    "modalities/index.html",
    "timeline/index.html",
    "sources/index.html",
    "data/index.html",
    "changes/index.html",
    "about/index.html",
    "contributing/index.html",
    "404.html",
]


def text_of(path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_built(built_site, page):
    assert (built_site / page).is_file()


def test_pages_show_what_the_data_says(built_site):
    data = load(ROOT / "data")
    # A growing list shows a bounded part on each page (macros/paging.py): each entry is on the page it is shown on.
    for collection in ("milestones", "sources", "figures", "headlines"):
        for record in getattr(data, collection):
            page, _, anchor = paging.shown(data, collection, record).partition("#")
            html = (built_site / page / "index.html").read_text(encoding="utf-8")
            assert f'id="{anchor}"' in html, (collection, anchor, page)
    for milestone in data.milestones:
        year = next(p for p in paging.timeline_parts(data) if milestone["id"] in p.ids)
        assert milestone["title"]["en"] in text_of(built_site / year.url / "index.html")
    for axis in data.axes:
        page = text_of(built_site / f"axes/{axis['id']}/index.html")
        assert axis["definition"]["en"] in page
        for figure in paging.axis_figures(data, axis["id"])[0]:
            assert figure["value"]["en"] in page
    for figure in (f for f in data.figures if f.get("page")):  # limits/, measuring/: with an anchor each
        page = (built_site / f"{figure['page']}/index.html").read_text(encoding="utf-8")
        assert f'<tr id="{figure["id"]}">' in page and figure["value"]["en"] in text_of(built_site / f"{figure['page']}/index.html")
    promises = (built_site / "promises/index.html").read_text(encoding="utf-8")
    for promise in data.promises:
        assert f'id="{promise["id"]}"' in promises


def test_no_macro_or_template_text_leaks_into_pages(built_site):
    for page in built_site.rglob("*.html"):
        body = page.read_text(encoding="utf-8")
        assert "{{" not in body and "{%" not in body, page
        assert "Macro Syntax Error" not in body and "Macro Rendering Error" not in body, page


def test_edit_link_has_no_repo_api_call(built_site):
    page = (built_site / "axes/algorithms/index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/six-axes/six-axes/edit/main/docs/axes/algorithms.md"' in page
    assert "api.github.com" not in page and "fonts.googleapis.com" not in page


def test_a_data_change_shows_on_the_page(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "data" / "milestones.yml"
    yaml = YAML(typ="rt")
    yaml.width = 4096
    milestones = yaml.load(path.read_text(encoding="utf-8"))
    milestones[0]["title"]["en"] = "A milestone renamed by the test"
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(milestones, f)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    # The first milestone is the oldest: its axis page links its year's page, which shows it.
    year = str(milestones[0]["date"])[:4]
    assert "A milestone renamed by the test" in text_of(tmp_path / "site" / "timeline" / year / "index.html")
    axis_page = tmp_path / "site" / "axes" / milestones[0]["axis"] / "index.html"
    assert f'href="../../timeline/{year}/"' in axis_page.read_text(encoding="utf-8")


def test_bad_data_stops_the_build_with_a_located_message(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "data" / "milestones.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('date: "2022-05"', 'date: "2022-13"', 1), encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert re.search(r"data/milestones\.yml:\d+: milestone '[a-z0-9-]+': field 'date': '2022-13' is not a date", result.stderr)
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_downloads_feeds_and_citations_are_published(built_site):
    for name in COLLECTIONS:
        for path in (f"data/{name}.json", f"data/{name}.csv", f"data/schemas/{name}.schema.json"):
            assert (built_site / path).is_file(), path
    assert (built_site / "feed.xml").is_file() and (built_site / "ru" / "feed.xml").is_file()
    # Each edition cites itself by its own name, entries included (rendered by the macros). A
    # milestone is cited, by its permanent address, where it is shown: its axis page, or its
    # year's page if it is older than those the axis page lists; the all-axes timeline cites only itself.
    data = load(ROOT / "data")
    ru_axis = (built_site / "ru/axes/algorithms/index.html").read_text(encoding="utf-8")
    on_axis = [m for m in data.milestones if m["axis"] == "algorithms"]
    for milestone in on_axis:
        shown = (built_site / "ru" / paging.shown(data, "milestones", milestone).partition("#")[0] / "index.html")
        assert f"https://six-axes.github.io/ru/axes/algorithms/#{milestone['id']}" in shown.read_text(encoding="utf-8")
    assert "// Six Axes" not in ru_axis
    ru_timeline = (built_site / "ru/timeline/index.html").read_text(encoding="utf-8")
    assert ru_timeline.count("// Шесть осей.") == 1 and "// Six Axes" not in ru_timeline
    for page in PAGES[:-1]:  # not the 404 page
        for lang in ("", "ru/"):
            body = (built_site / f"{lang}{page}").read_text(encoding="utf-8")
            url = f"https://six-axes.github.io/{lang}{page.removesuffix('index.html')}"
            assert '<link rel="alternate feed" type="application/atom+xml"' in body, page
            assert f'href="https://six-axes.github.io/{lang}feed.xml"' in body, page
            assert '<p class="sa-copy-text" id="cite__page">' in body and f'{url}<span class="sa-accessed"' in body, page
            # The build date is never given as the reader's access date (copy.js writes the reader's).
            assert f"url = &#123;{url}&#125;" in body and "urldate" not in body and "Accessed" not in body, page


def test_same_inputs_give_the_same_bytes(built_site, tmp_path):
    again = tmp_path / "again"
    assert build(ROOT, again).returncode == 0
    first = {p.relative_to(built_site): p.read_bytes() for p in built_site.rglob("*") if p.is_file()}
    # The downloads and feeds are written by the build's hooks: they are compared too.
    assert {Path("feed.xml"), Path("ru/feed.xml"), Path("data/milestones.csv"), Path("data/schemas/changes.schema.json")} <= first.keys()
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_warning_fails_the_strict_build(tmp_path):
    """The build the tests and CI rely on really is strict: one broken link, and it stops."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](no-such-page.md)\n", encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "warnings in strict mode" in result.stdout + result.stderr
