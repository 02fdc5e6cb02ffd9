"""Charts: accessible, escaped, drawn from the data (and only the data), same bytes every time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
import pytest

from conftest import write_data
from macros.render.charts import axes, modalities, svg, timeline, trend
from macros import data as data_module
from macros.data import load

CHARTS = {
    "axes": lambda data, lang: axes.render(data, lang=lang),
    "timeline": lambda data, lang: timeline.render(data, lang=lang),
    "lane": lambda data, lang: timeline.render(data, lang=lang, axis="algorithms"),
    "modalities": lambda data, lang: modalities.render(data, lang=lang),
    "trend": lambda data, lang: trend.render(data, lang=lang),
}
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def collections(collections):
    """The shared fixture plus the numbers the modality chart draws."""
    collections["modalities"][0].update(stock_log10=14.5, used_log10=13.2)
    collections["modalities"][1]["stock_log10"] = 16
    return collections


def _svg(out: str) -> ET.Element:
    """The chart's <svg>, parsed: the whole figure must be well-formed XML."""
    return ET.fromstring(out).find(f"{SVG}svg")


def _unchecked(collections: dict) -> data_module.Data:
    """Data the loader would reject (markup in text): proves the charts escape anyway."""
    return data_module.Data(**{name: tuple(data_module._freeze(e) for e in entries) for name, entries in collections.items()})


def _dots(out: str) -> int:
    return out.count("<circle")


@pytest.mark.parametrize("name", CHARTS)
def test_chart_has_an_accessible_name_and_description(data_dir, name):
    out = CHARTS[name](load(data_dir), "en")
    picture = _svg(out)
    assert picture.get("role") == "img"
    title, desc = picture.find(f"{SVG}title"), picture.find(f"{SVG}desc")
    assert picture.get("aria-labelledby") == title.get("id") and title.text
    assert picture.get("aria-describedby") == desc.get("id") and desc.text
    assert re.fullmatch(r"0 0 400 \d+(\.\d)?", picture.get("viewBox")) and picture.get("width") == "100%"


@pytest.mark.parametrize("name", CHARTS)
def test_chart_is_one_html_block_that_markdown_leaves_alone(data_dir, name):
    out = CHARTS[name](load(data_dir), "en")
    assert out.startswith('<figure class="sa-chart"') and "\n" not in out
    assert markdown.markdown(out) == out


def test_dots_name_their_milestone_on_a_lane_not_on_the_all_axes_chart(data_dir):
    """The all-axes timeline page lists every milestone under its chart; the tooltips would repeat it."""
    data = load(data_dir)
    assert "<title>May\u00a02022: FlashAttention</title>" in CHARTS["lane"](data, "en")
    assert "FlashAttention</title>" not in CHARTS["timeline"](data, "en")


@pytest.mark.parametrize("name", CHARTS)
def test_same_data_gives_the_same_bytes(data_dir, name):
    assert CHARTS[name](load(data_dir), "ru") == CHARTS[name](load(data_dir), "ru")


@pytest.mark.parametrize(
    "name, collection, field",
    [("axes", "milestones", "title"), ("axes", "axes", "short"), ("timeline", "axes", "short"),
     ("lane", "milestones", "title"), ("modalities", "modalities", "name"), ("trend", "trends", "name")],
)
def test_text_from_data_is_escaped(collections, name, collection, field):
    for entry in collections[collection]:
        entry[field] = {"en": "<script>x</script> & co", "ru": "<script>x</script> & co"}
    out = CHARTS[name](_unchecked(collections), "en")
    assert "<script>" not in out and "&lt;script&gt;x&lt;/script&gt; &amp; co" in out
    ET.fromstring(out)  # still well-formed


def test_a_new_milestone_changes_the_timeline_and_its_lane(data_dir, collections):
    data = load(data_dir)
    before, lane_before = timeline.render(data), timeline.render(data, axis="pretraining")
    collections["milestones"].append(
        {"id": "new-one", "date": "2021-06", "axis": "pretraining", "title": {"en": "A new milestone"},
         "summary": {"en": "New."}, "sources": ["kaplan-2020-scaling"]}
    )
    data = load(write_data(data_dir, collections))
    after, lane_after = timeline.render(data), timeline.render(data, axis="pretraining")
    assert _dots(after) == _dots(before) + 1
    assert _dots(lane_after) == _dots(lane_before) + 1 and "A new milestone" in lane_after
    assert "A new milestone" not in timeline.render(data, axis="algorithms")


def test_timeline_has_one_lane_per_axis_and_overlapping_dots_stack(data_dir, collections):
    for i in range(2):
        collections["milestones"].append(
            {"id": f"same-month-{i}", "date": "2022-05", "axis": "algorithms", "title": {"en": f"Same {i}"},
             "summary": {"en": "S."}, "sources": ["kaplan-2020-scaling"]}
        )
    data = load(write_data(data_dir, collections))
    out = timeline.render(data)
    assert [f"Axis {n}: Axis {n}" in out for n in range(1, 7)] == [True] * 6
    dots = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>May\u00a02022: ', timeline.render(data, axis="algorithms"))
    assert len(dots) == 3 and len({cx for cx, _ in dots}) == 1 and len({cy for _, cy in dots}) == 3


def test_lane_of_an_unknown_axis_says_which(data_dir):
    with pytest.raises(KeyError, match="no axis with id 'nope'"):
        timeline.render(load(data_dir), axis="nope")


def test_axes_chart_shows_status_by_shape_and_word_and_the_latest_milestone(data_dir, collections):
    out = axes.render(load(data_dir))
    first, second = out.split('<g class="sa-axis-inference-compute">')[0], out.split('<g class="sa-axis-algorithms">')[1]
    assert "sa-c-ceiling" in first and "saturating" in first  # axis 1 flattens under a ceiling
    assert "sa-c-ceiling" not in second and "moving" in second
    assert "Latest milestone: 2022, FlashAttention" in second
    collections["axes"][2]["status"] = "saturating"
    changed = axes.render(load(write_data(data_dir, collections)))
    assert changed.count("sa-c-ceiling") == out.count("sa-c-ceiling") + 1
    table = ET.fromstring(out).find("div[@class='sa-scroll']/table")  # in its scroll box (text.scrolls)
    assert table is not None and len(table.findall("tbody/tr")) == 6  # the same facts as a table


def test_modalities_mark_estimates_in_words_and_pattern_and_follow_the_numbers(data_dir, collections):
    out = modalities.render(load(data_dir))
    text_row, sensors_row = out.split(">Sensors<")
    assert "estimate" not in text_row.split("</defs>")[1].split(">Text<")[1] and "sa-c-estimate" not in text_row.split(">Text<")[1]
    assert "estimate" in sensors_row and 'class="sa-c-stock sa-c-estimate"' in sensors_row
    assert "≈3×10¹⁴" in out and "10¹⁶" in out
    collections["modalities"][0]["stock_log10"] = 15.5
    assert modalities.render(load(write_data(data_dir, collections))) != out


def test_a_modality_without_a_stock_says_so(data_dir, collections):
    del collections["modalities"][1]["stock_log10"]
    out = modalities.render(load(write_data(data_dir, collections)))
    assert "no fixed stock to measure" in out


def test_trend_names_its_sources_on_the_figure_and_follows_the_data(data_dir, collections):
    out = trend.render(load(data_dir))
    picture = ET.tostring(_svg(out), encoding="unicode")
    assert "Sources: Kaplan et al. 2020." in picture and "3.14×10²³" in picture
    assert 'id="gpt-3-compute"' in out and 'href="sources/#kaplan-2020-scaling"' in out  # the table row cites it
    collections["trends"].append(
        {"id": "later-compute", "series": "training-compute", "date": "2022-03", "name": {"en": "Later model"},
         "value": 5e24, "sources": ["dao-2022-flashattention"]}
    )
    after = trend.render(load(write_data(data_dir, collections)))
    assert _dots(after) == _dots(out) + 1 and "Later model" in after and "Dao et al. 2022" in after


def test_trend_of_an_empty_series_says_which(data_dir):
    with pytest.raises(KeyError, match="no data point of series 'other'"):
        trend.render(load(data_dir), series="other")


@pytest.mark.parametrize(
    "name, russian",
    [("axes", "Последняя веха: 2022, FlashAttention"), ("timeline", "Ось 3: ось 3"), ("lane", "Вехи во времени"),
     ("modalities", "оценка"), ("trend", "Источники: Kaplan и\u00a0др. 2020.")],
)
def test_russian_edition_draws_russian_labels(data_dir, name, russian):
    out = CHARTS[name](load(data_dir), "ru")
    assert russian in out and russian not in CHARTS[name](load(data_dir), "en")


def test_numbers_are_formatted_the_same_way_every_time():
    assert svg.sci(3.14e23, "en") == "3.14×10²³" and svg.sci(3.14e23, "ru") == "3,14×10²³"
    assert svg.sci(10**15, "en", 1) == "10¹⁵" and svg.sci(10**14.5, "en", 1) == "3×10¹⁴"
    assert svg.sci(9.99e20, "en", 1) == "10²¹"
    assert [svg.num(v) for v in (12.0, 12.25, -0.01, 3.14159)] == ["12", "12.2", "0", "3.1"]


def test_wrap_keeps_words_whole_within_the_estimated_width():
    lines = svg.wrap("one two three four five six", width=13 * svg.CHAR_EM * 9.5, size=13)
    assert lines == ["one two", "three", "four five", "six"]
    assert svg.wrap("unbreakable-long-word", width=10, size=13) == ["unbreakable-long-word"]


def test_dates_become_points_in_time():
    assert svg.year_fraction("2020") == 2020.5
    assert svg.year_fraction("2020-01") < svg.year_fraction("2020-01-31") < svg.year_fraction("2020-02")
