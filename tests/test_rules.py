"""Each semantic check on its own: it finds its mistake and passes good data."""

from __future__ import annotations

import datetime

from conftest import minimal_data
from macros import rules

TODAY = datetime.date(2026, 11, 25)


def run(check, data, **kwargs):
    return [(f.collection, f.index, f.path, f.message) for f in check(data, **kwargs)]


def test_good_data_passes_every_check():
    assert [f for f in rules.check_all(minimal_data(), TODAY) if f.severity == "error"] == []


def test_unique_ids_across_collections():
    data = minimal_data()
    data["headlines"][0]["id"] = "flashattention"
    assert run(rules.unique_ids, data) == [
        ("headlines", 0, ("id",), "id 'flashattention' is already used in data/milestones.yml; ids must be unique across data/")
    ]


def test_axes_complete_wants_six_numbers():
    data = minimal_data()
    data["axes"][5]["number"] = 5
    found = run(rules.axes_complete, data)
    assert ("axes", 4, ("number",), "number 5 is used by more than one axis") in found
    assert found[-1][3].startswith("axes numbered 6 are missing")


def test_references_resolve_for_evidence():
    data = minimal_data()
    data["fallacies"][0]["evidence"] = ["flash-attention"]
    assert run(rules.references_resolve, data) == [
        ("fallacies", 0, ("evidence", 0), "'flash-attention' is not the id of a milestone, figure, ceiling or promise (did you mean 'flashattention'?)")
    ]


def test_real_dates():
    data = minimal_data()
    data["ceilings"][0]["date"] = "2023-02-29"
    assert run(rules.real_dates, data, today=TODAY) == [
        ("ceilings", 0, ("date",), "'2023-02-29' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    ]
    assert rules.parse_date("2024-02-29") == datetime.date(2024, 2, 29)


def test_no_markup_in_text():
    data = minimal_data()
    data["milestones"][0]["summary"]["en"] = "See <script>alert(1)</script>"
    data["biases"][0]["name"]["ru"] = "{{ 7*7 }}"
    data["headlines"][0]["why"]["en"] = "[click](javascript:alert(1))"
    found = run(rules.no_markup, data)
    assert [(c, p) for c, _, p, _ in found] == [
        ("milestones", ("summary", "en")),
        ("headlines", ("why", "en")),
        ("biases", ("name", "ru")),
    ]


def test_no_markup_allows_comparisons():
    data = minimal_data()
    data["headlines"][0]["why"]["en"] = "Scores < 3% and 2 > 1"
    assert run(rules.no_markup, data) == []


def test_unsourced_modality_needs_reasoning():
    data = minimal_data()
    del data["modalities"][1]["reasoning"]
    assert run(rules.sourced_or_reasoned, data) == [("modalities", 1, ("reasoning",), "an unsourced estimate needs its reasoning")]


def test_bias_needs_sources_or_opinion():
    data = minimal_data()
    data["biases"][1]["opinion"] = False
    assert len(run(rules.bias_sourced_or_opinion, data)) == 1


def test_uncited_source_is_only_a_warning():
    data = minimal_data()
    data["milestones"][1]["sources"] = ["kaplan-2020-scaling"]
    data["figures"][0]["sources"] = ["kaplan-2020-scaling"]
    data["headlines"][0]["sources"] = ["kaplan-2020-scaling"]
    findings = list(rules.sources_cited(data))
    assert [(f.index, f.severity) for f in findings] == [(1, "warning")]
