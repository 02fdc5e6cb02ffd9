"""Lists that stay bounded: at today's data and at ten times it, every list page shows at most its
share, every entry is shown somewhere, and every entry a list page no longer shows is in its map."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from conftest import ROOT
from macros import paging, permalinks
from macros.data import load
from macros.permalinks import Entry
from macros.site import pages


def _grow_module():
    spec = importlib.util.spec_from_file_location("grow", ROOT / "benchmarks" / "grow.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def today():
    return load(ROOT / "data")


@pytest.fixture(scope="module")
def tenfold(tmp_path_factory):
    project = tmp_path_factory.mktemp("grown")
    shutil.copytree(ROOT / "data", project / "data")
    _grow_module().grow(project, 10)
    return load(project / "data")


@pytest.fixture(params=["today", "tenfold"])
def data(request):
    return request.getfixturevalue(request.param)


LIMITS = {"axes/": max(paging.AXIS_MILESTONES, paging.AXIS_FIGURES) + paging.AXIS_HEADLINES + paging.AXIS_FIGURES,
          "timeline/": paging.TIMELINE_PAGE, "which-axis/": paging.HEADLINES_PAGE, "quiz/": paging.QUIZ_ROUND,
          "sources/": paging.SOURCES_PAGE}


def test_every_list_page_shows_a_bounded_part(data):
    for url, shown in paging.on_pages(data).items():
        limit = next(limit for prefix, limit in LIMITS.items() if url.startswith(prefix))
        assert len(shown) <= limit, (url, len(shown))
    for axis in data.axes:
        assert len(paging.axis_milestones(data, axis["id"])[0]) <= paging.AXIS_MILESTONES
        assert len(paging.axis_figures(data, axis["id"])[0]) <= paging.AXIS_FIGURES
        assert len(paging.axis_headlines(data, axis["id"])[0]) <= paging.AXIS_HEADLINES
    assert len(paging.timeline_latest(data)) <= paging.TIMELINE_LATEST
    assert len(paging.which_axis_headlines(data)[0]) <= paging.WHICH_AXIS_HEADLINES


def test_every_entry_is_shown_on_exactly_the_page_its_links_name(data):
    shown = paging.on_pages(data)
    for collection in ("milestones", "figures", "headlines", "sources"):
        for record in getattr(data, collection):
            if record.get("page"):
                continue  # a figure of /limits/ or /measuring/: not paged
            page, _, anchor = paging.shown(data, collection, record).partition("#")
            assert anchor == record["id"] and anchor in shown[page], (collection, record["id"], page)
    rounds = paging.quiz_rounds(data)
    assert sorted(i for r in rounds for i in r.ids) == sorted(h["id"] for h in data.headlines)


def test_every_entry_a_list_page_no_longer_shows_is_in_its_map(data):
    shown = paging.on_pages(data)
    moved = paging.moved(data)
    for axis in data.axes:
        url = f"axes/{axis['id']}/"
        listed = {m["id"] for m in data.milestones if m["axis"] == axis["id"]}
        listed |= {h["id"] for h in data.headlines if h["axis"] == axis["id"]}
        assert listed - shown[url] == set(moved.get(url, {}))  - {f["id"] for f in data.figures}
    assert {m["id"] for m in data.milestones} - shown["timeline/"] == set(moved["timeline/"])
    for url, found in moved.items():
        for anchor, where in found.items():
            page, _, target = where.partition("#")
            assert target == anchor and anchor in shown[page] and page != url, (url, anchor, where)


def test_ten_times_the_data_spreads_over_more_pages_not_longer_ones(today, tenfold):
    assert len(paging.timeline_parts(tenfold)) > len(paging.timeline_parts(today))
    busy = [p for p in paging.timeline_parts(tenfold) if p.of > 1]
    assert busy and all(p.url.startswith(f"timeline/{p.key}/") for p in busy)
    assert len(paging.quiz_rounds(tenfold)) == -(-len(tenfold.headlines) // paging.QUIZ_ROUND) > len(paging.quiz_rounds(today))
    assert len(paging.source_parts(tenfold)) > len(paging.source_parts(today))


def test_generated_pages_and_maps_cover_both_editions(today):
    for lang, prefix in (("en", ""), ("ru", "ru/")):
        generated = pages.generated(today, lang)
        assert {p.url for p in paging.timeline_parts(today)} <= set(generated)
        assert all(markdown.startswith("---\n") and "exclude" in markdown for markdown in generated.values())
        maps = pages.maps(today, lang)
        assert f"{prefix}timeline/{paging.MAP_NAME}" in maps
        found = json.loads(maps[f"{prefix}timeline/{paging.MAP_NAME}"])
        assert all(target.startswith("../") for target in found.values())
    assert pages.src_uri("timeline/2025/2/", "ru") == "ru/timeline/2025/2.md"


# --- The permalink check follows the maps -------------------------------------------------------


def _page(ids):
    body = "".join(f'<li id="{i}">x</li>' for i in ids)
    return f'<html><body><article class="md-typeset">{body}</article></body></html>'


def test_a_moved_anchor_is_checked_where_its_map_says_it_lives(tmp_path):
    files = {"timeline/index.html": _page(["timeline", "newest"]), "timeline/2012/index.html": _page(["alexnet"]),
             "timeline/anchors.json": json.dumps({"alexnet": "2012/#alexnet", "lost": "2012/#lost"})}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    site = permalinks.collect(tmp_path)
    assert site.moved == {"/timeline/": {"alexnet": "/timeline/2012/", "lost": "/timeline/2012/"}}
    assert permalinks.lost([Entry("/timeline/#alexnet"), Entry("/timeline/#newest")], site) == []
    problems = permalinks.lost([Entry("/timeline/#lost"), Entry("/timeline/#never")], site)
    assert problems[0].startswith("/timeline/#lost: moved to /timeline/2012/#lost") and "anchor gone" in problems[1]
