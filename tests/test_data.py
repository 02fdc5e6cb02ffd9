"""The loader: real data passes; every class of mistake is reported with file, line, entry and field."""

from __future__ import annotations

import datetime

import pytest

from conftest import ROOT, write_data
from macros.data import DataError, load


def problems(data_dir) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(data_dir)
    return [str(p) for p in caught.value.problems if p.severity == "error"]


def test_real_data_loads_and_is_large_enough():
    data = load(ROOT / "data")
    assert len(data.axes) == 6
    assert len(data.milestones) >= 40
    assert len(data.sources) >= 25
    assert {m["axis"] for m in data.milestones} == {a["id"] for a in data.axes}


def test_minimal_fixture_loads(data_dir):
    data = load(data_dir)
    assert [a["number"] for a in data.axes] == [1, 2, 3, 4, 5, 6]
    assert data.get("milestones", "flashattention")["date"] == "2022-05"


def test_records_are_read_only(data_dir):
    record = load(data_dir).milestones[0]
    with pytest.raises(TypeError):
        record["title"] = {"en": "changed"}


def test_bad_month_names_file_line_entry_and_field(data_dir):
    text = (data_dir / "milestones.yml").read_text()
    (data_dir / "milestones.yml").write_text(text.replace("date: 2022-05", "date: 2022-13"))
    line = next(i for i, l in enumerate((data_dir / "milestones.yml").read_text().splitlines(), 1) if "2022-13" in l)
    assert problems(data_dir) == [
        f"data/milestones.yml:{line}: milestone 'flashattention': field 'date': '2022-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    ]


def test_misspelt_field_suggests_the_right_one(data_dir, collections):
    collections["milestones"][1]["titel"] = collections["milestones"][1].pop("title")
    write_data(data_dir, collections)
    found = problems(data_dir)
    assert any("milestone 'flashattention': field 'titel': unknown field (did you mean 'title'?)" in p for p in found)
    assert any("field 'title': required field is missing" in p for p in found)


def test_malformed_yaml_reports_its_line(data_dir):
    (data_dir / "axes.yml").write_text("- id: pretraining\n  name: {en: 'unclosed}\n  number: 1\n")
    found = problems(data_dir)
    assert len(found) == 1 and found[0].startswith("data/axes.yml:") and "YAML syntax error" in found[0]


def test_empty_file_is_a_clear_error(data_dir):
    (data_dir / "biases.yml").write_text("# nothing here yet\n")
    assert problems(data_dir) == ["data/biases.yml:1: file is empty; expected a list of entries"]


def test_every_error_in_every_file_is_reported_at_once(data_dir, collections):
    collections["headlines"][0]["axis"] = "algorithm"
    collections["sources"][0]["url"] = "http://arxiv.org/abs/2001.08361"
    write_data(data_dir, collections)
    with pytest.raises(DataError) as caught:
        load(data_dir)
    text = str(caught.value)
    assert "data/sources.yml" in text and "data/headlines.yml" in text
    assert "did you mean 'algorithms'?" in text
    assert text.endswith("2 errors in data/: nothing was built.")


def test_unknown_source_is_named(data_dir, collections):
    collections["milestones"][0]["sources"] = ["kaplan-2020"]
    write_data(data_dir, collections)
    assert any(
        "milestone 'kaplan-laws': field 'sources.0': source 'kaplan-2020' is not in data/sources.yml (did you mean 'kaplan-2020-scaling'?)" in p
        for p in problems(data_dir)
    )


def test_future_milestone_is_rejected(data_dir, collections):
    collections["milestones"][0]["date"] = "2999-01"
    write_data(data_dir, collections)
    with pytest.raises(DataError) as caught:
        load(data_dir, today=datetime.date(2026, 11, 25))
    assert "'2999-01' is in the future" in str(caught.value)


def test_missing_english_text_is_rejected(data_dir, collections):
    collections["axes"][2]["definition"] = {"ru": "Только по-русски."}
    write_data(data_dir, collections)
    assert any("axis 'algorithms': field 'definition.en': required field is missing" in p for p in problems(data_dir))


def test_uncited_source_is_a_warning_not_an_error(data_dir, collections):
    collections["sources"].append(
        {"id": "unused-2020", "title": "Unused", "authors": "Nobody", "date": "2020", "url": "https://example.org/", "kind": "post"}
    )
    write_data(data_dir, collections)
    data = load(data_dir)
    assert [str(w) for w in data.warnings] == [
        f"data/sources.yml:{_line_of(data_dir / 'sources.yml', 'id: unused-2020')}: source 'unused-2020': field 'id': warning: source 'unused-2020' is not cited by any entry"
    ]


def test_github_annotation_points_at_the_line(data_dir, collections):
    collections["figures"][0]["as_of"] = "2022-02-30"
    write_data(data_dir, collections)
    with pytest.raises(DataError) as caught:
        load(data_dir)
    annotation = caught.value.problems[0].github_annotation()
    assert annotation.startswith(f"::error file=data/figures.yml,line={_line_of(data_dir / 'figures.yml', 'as_of')}::")


def _line_of(path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


# --- Broken promises (data/promises.yml): the mirror of the ceilings ledger -----------


def _promise_line(data_dir, needle: str) -> int:
    return _line_of(data_dir / "promises.yml", needle)


def test_promise_verdict_must_be_on_the_shared_scale(data_dir, collections):
    collections["promises"][0]["verdict"] = "brokn"
    write_data(data_dir, collections)
    line = _promise_line(data_dir, "verdict: brokn")
    assert problems(data_dir) == [
        f"data/promises.yml:{line}: promise 'a-promise': field 'verdict': 'brokn' is not one of: broken, held, partly, open (did you mean 'broken'?)"
    ]


def test_promise_who_is_a_language_map_not_a_name(data_dir, collections):
    collections["promises"][0]["who"] = "Somebody"
    write_data(data_dir, collections)
    line = _promise_line(data_dir, "who: Somebody")
    assert problems(data_dir) == [
        f"data/promises.yml:{line}: promise 'a-promise': field 'who': found the text 'Somebody', expected a map of languages to text (en: ...)"
    ]


def test_promise_without_what_happened_is_rejected(data_dir, collections):
    del collections["promises"][0]["next"]
    write_data(data_dir, collections)
    found = problems(data_dir)
    assert len(found) == 1
    assert found[0].startswith("data/promises.yml:1: promise 'a-promise': field 'next': required field is missing: What happened")


def test_promise_axis_and_source_must_exist(data_dir, collections):
    collections["promises"][0]["axis"] = "agents"
    write_data(data_dir, collections)
    assert any(
        p.startswith(f"data/promises.yml:{_promise_line(data_dir, 'axis: agents')}: promise 'a-promise': field 'axis': 'agents' is not one of:")
        for p in problems(data_dir)
    )
    collections["promises"][0]["axis"] = "tools-agents"
    collections["promises"][0]["sources"] = ["kaplan-2020"]
    write_data(data_dir, collections)
    assert problems(data_dir) == [
        f"data/promises.yml:{_promise_line(data_dir, '- kaplan-2020')}: promise 'a-promise': field 'sources.0': "
        "source 'kaplan-2020' is not in data/sources.yml (did you mean 'kaplan-2020-scaling'?)"
    ]


def test_a_promise_is_dated_when_it_was_made_not_when_it_falls_due(data_dir, collections):
    collections["promises"][0]["date"] = "2027"
    write_data(data_dir, collections)
    with pytest.raises(DataError) as caught:
        load(data_dir, today=datetime.date(2026, 11, 28))
    assert f"data/promises.yml:{_promise_line(data_dir, 'date:')}: promise 'a-promise': field 'date': '2027' is in the future" in str(caught.value)


def test_promise_id_is_unique_across_data(data_dir, collections):
    collections["promises"][0]["id"] = "a-ceiling"
    write_data(data_dir, collections)
    assert any(
        p.endswith("promise 'a-ceiling': field 'id': id 'a-ceiling' is already used in data/ceilings.yml; ids must be unique across data/")
        for p in problems(data_dir)
    )


def test_figure_page_must_be_a_known_page(data_dir, collections):
    collections["figures"][1]["page"] = "limit"
    write_data(data_dir, collections)
    line = _line_of(data_dir / "figures.yml", "page: limit")
    assert problems(data_dir) == [
        f"data/figures.yml:{line}: figure 'cost-per-task': field 'page': 'limit' is not one of: limits, measuring (did you mean 'limits'?)"
    ]


def test_real_promises_are_enough_and_fair():
    data = load(ROOT / "data")
    assert len(data.promises) >= 8
    assert all(p["who"].get("ru") for p in data.promises)
    assert {p["verdict"] for p in data.promises} <= {"broken", "held", "partly", "open"}
    assert len({p["axis"] for p in data.promises}) >= 3  # optimism leans on more than one axis
    pages = {f.get("page") for f in data.figures}
    assert sum(f.get("page") == "limits" for f in data.figures) >= 6 and "measuring" in pages


def test_the_claims_of_2026_are_on_record_and_forecasts_carry_due_dates():
    """Issue 19: the site keeps up with the debate, and a forecast is scored when it falls due."""
    data = load(ROOT / "data")
    made_in_2026 = lambda records: [r for r in records if r["date"].startswith("2026")]
    assert len(made_in_2026(data.headlines)) >= 12
    assert len(made_in_2026(data.ceilings)) >= 3
    assert len(made_in_2026(data.promises)) >= 4
    assert sum("due" in p for p in data.promises) >= 8
    assert all(h.get("precise", {}).get("ru") and h["why"].get("ru") for h in made_in_2026(data.headlines))
