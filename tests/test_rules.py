"""Each semantic check on its own: it finds its mistake and passes good data."""

from __future__ import annotations

import datetime

import pytest

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


PRESS = {"id": "wired-2023", "title": "A story", "authors": "A Reporter", "date": "2023-04-17",
         "url": "https://www.wired.com/story/x/", "kind": "article"}


def test_a_fact_needs_a_primary_source_not_press_alone():
    data = minimal_data()
    data["sources"].append(PRESS)
    data["milestones"][0]["sources"] = ["wired-2023"]
    data["figures"][0]["sources"] = ["wired-2023"]
    data["trends"][0]["sources"] = ["wired-2023", "kaplan-2020-scaling"]  # press beside a primary is fine
    data["headlines"][0]["sources"] = ["wired-2023"]  # a headline may rest on press
    data["ceilings"][0]["sources"] = ["wired-2023"]  # so may a quote
    found = run(rules.primary_source, data)
    assert [(c, i, p) for c, i, p, _ in found] == [("milestones", 0, ("sources",)), ("figures", 0, ("sources",))]
    assert found[0][3].startswith("cites only press (wired-2023); a milestone needs a primary source as well (the paper,")
    assert "press may back headlines, quotes and reception only" in found[1][3]


@pytest.mark.parametrize(
    "url, why",
    [
        ("https://en.wikipedia.org/wiki/GPT-4", "a wiki"),
        ("https://www.wikiwand.com/en/GPT-4", "a copy of Wikipedia"),
        ("https://grokipedia.com/page/GPT-4", "an AI-written encyclopedia"),
        ("https://ai.fandom.com/wiki/GPT", "a wiki"),
        ("https://notegpt.io/summaries/x", "an AI summary site"),
        ("https://ai-news-digest.example.com/gpt-5", "a wiki, encyclopedia or aggregator (by its name)"),
        ("https://arxiv.org/abs/2001.08361", None),
        ("https://openai.com/index/learning-to-reason-with-llms/", None),
    ],
)
def test_denied_hosts(url, why):
    assert rules.denied_host(url) == why


def test_no_wikis_or_aggregators_as_sources():
    data = minimal_data()
    data["sources"][1]["url"] = "https://en.wikipedia.org/wiki/FlashAttention"
    assert run(rules.no_aggregators, data) == [
        ("sources", 1, ("url",), "en.wikipedia.org is a wiki, which the site never cites, not even as confirmation; cite the primary "
         "source it draws on (the paper, the lab's own page, the dataset or the results page)")
    ]


def test_an_aggregator_cannot_confirm_a_fact_either():
    data = minimal_data()
    data["sources"][1]["verified_via"] = [
        {"url": "https://www.reuters.com/technology/x", "publisher": "Reuters"},
        {"url": "https://www.grokipedia.com/page/FlashAttention", "publisher": "Grokipedia"},
    ]
    found = run(rules.no_aggregators, data)
    assert [(c, i, p) for c, i, p, _ in found] == [("sources", 1, ("verified_via", 1, "url"))]
    assert found[0][3].startswith("www.grokipedia.com is an AI-written encyclopedia, which the site never cites, not even as confirmation")


def test_confirmations_come_from_independent_sites():
    data = minimal_data()
    data["sources"][1]["verified_via"] = [
        {"url": "https://www.reuters.com/technology/a", "publisher": "Reuters"},
        {"url": "https://reuters.com/technology/b", "publisher": "Reuters"},  # one site, twice
        {"url": "https://arxiv.org/list/cs.LG/2205", "publisher": "arXiv listing"},  # the primary's own site
        {"url": "https://github.com/alice/papers", "publisher": "GitHub, alice/papers"},
        {"url": "https://github.com/bob/digest", "publisher": "GitHub, bob/digest"},  # another owner: independent
    ]
    found = run(rules.confirmations_independent, data)
    assert found == [
        ("sources", 1, ("verified_via", 1, "url"), "reuters.com is the same site as verified_via[0]; a confirmation must come from an independent site"),
        ("sources", 1, ("verified_via", 2, "url"), "arxiv.org is the same site as the source's own url; a confirmation must come from an independent site"),
    ]


def test_last_day_of_a_date():
    assert rules.last_day("2024") == datetime.date(2024, 12, 31)
    assert rules.last_day("2024-02") == datetime.date(2024, 2, 29)
    assert rules.last_day("2024-02-10") == datetime.date(2024, 2, 10)
    assert rules.last_day("2024-13") is None


def test_a_figure_as_of_is_not_later_than_its_sources():
    data = minimal_data()
    data["figures"][0]["as_of"] = "2022-05"  # the source's month: not certainly later
    assert run(rules.as_of_not_after_sources, data) == []
    data["sources"][1]["date"] = "2022-05"
    data["figures"][0]["as_of"] = "2022-05-30"  # a day within the source's month: not certainly later
    assert run(rules.as_of_not_after_sources, data) == []
    data["figures"][0]["as_of"] = "2024-01"
    assert run(rules.as_of_not_after_sources, data) == [
        ("figures", 0, ("as_of",), "'2024-01' is later than its newest source (2022-05); an 'as of' date is never "
         "later than the evidence under it")
    ]
def test_changes_name_entries_that_exist_or_say_where_they_went():
    data = minimal_data()
    data["changes"][0]["entries"] = ["flash-speedup", "old-id", "gone-id", "typo-id"]
    data["changes"][0]["renamed"] = [{"from": "old-id", "to": "flashattention"}, {"from": "kaplan-laws", "to": "nowhere"}]
    data["changes"][0]["removed"] = ["gone-id"]
    messages = [f.message for f in rules.changes_resolve(data)]
    assert len(messages) == 3
    assert messages[0].startswith("'typo-id' is not the id of any entry in data/")
    assert "'nowhere' is not the id" in messages[1]
    assert "'kaplan-laws' is still in data/" in messages[2]


def test_red_flag_links_and_steelman_evidence_resolve():
    data = minimal_data()
    data["headlines"][0]["fallacies"] = ["no-axis-named", "no-axis-nmed"]
    data["fallacies"][0]["steelman_evidence"] = ["flash-speedup", "nowhere"]
    assert run(rules.references_resolve, data) == [
        ("fallacies", 0, ("steelman_evidence", 1), "'nowhere' is not the id of a milestone, figure, ceiling or promise"),
        ("headlines", 0, ("fallacies", 1), "red flag 'no-axis-nmed' is not in data/fallacies.yml (did you mean 'no-axis-named'?)"),
    ]


def test_a_short_reply_fits_one_post_with_its_permalink():
    data = minimal_data()
    link_ru = "https://six-axes.github.io/ru/fallacies/no-axis-named/"
    data["fallacies"][0]["reply_short"] = {"en": "x" * (279 - len(link_ru) + 3), "ru": "я" * (280 - 1 - len(link_ru))}
    assert run(rules.short_reply_fits, data) == []  # the English permalink is 3 characters shorter
    data["fallacies"][0]["reply_short"]["ru"] += "!"
    assert run(rules.short_reply_fits, data) == [
        ("fallacies", 0, ("reply_short", "ru"), f"is 281 characters with a newline and its permalink ({link_ru}); "
         "a short reply must fit in 280: cut 1")
    ]


def test_a_red_flag_answer_fits_a_link_preview():
    data = minimal_data()
    data["fallacies"][0]["answer"] = {"en": "x" * rules.PREVIEW_LIMIT, "ru": "я" * (rules.PREVIEW_LIMIT + 3)}
    assert run(rules.answer_fits_a_preview, data) == [
        ("fallacies", 0, ("answer", "ru"), "is 203 characters; a red flag's answer is its link preview and must fit in 200: cut 3")
    ]


def test_the_short_reply_permalink_is_the_sites():
    from conftest import ROOT

    site_url = next(line.split(": ", 1)[1] for line in (ROOT / "mkdocs.yml").read_text().splitlines() if line.startswith("site_url:"))
    assert rules.PERMALINK.startswith(site_url)


def test_a_forecast_past_its_due_date_cannot_stay_open():
    data = minimal_data()
    promise, ceiling = data["promises"][0], data["ceilings"][0]
    promise["due"] = "2026-03-10"  # open, and due before TODAY
    ceiling.update(due="2025", verdict="open")  # a year is due on its last day, 31 December 2025
    assert run(rules.scored_when_due, data, today=TODAY) == [
        ("promises", 0, ("verdict",), "is 'open', but the promise fell due on 2026-03-10 (today is 2026-11-25): score it broken, "
         "held or partly from what happened by then, say so in 'next', and add the change to data/changes.yml"),
        ("ceilings", 0, ("verdict",), "is 'open', but the ceiling fell due on 2025-12-31 (today is 2026-11-25): score it broken, "
         "held or partly from what happened by then, say so in 'next', and add the change to data/changes.yml"),
    ]
    promise["verdict"], ceiling["verdict"] = "broken", "partly"  # scored: fine
    assert run(rules.scored_when_due, data, today=TODAY) == []
    promise.update(verdict="open", due="2026")  # still possibly met: due 31 December 2026
    assert run(rules.scored_when_due, data, today=TODAY) == []
    assert run(rules.scored_when_due, data, today=datetime.date(2027, 1, 1))[0][2] == ("verdict",)
    promise["due"] = "2023"  # before the forecast was made (2024-04-08)
    assert run(rules.scored_when_due, data, today=TODAY) == [
        ("promises", 0, ("due",), "'2023' is before the promise was made (2024-04-08); a due date is when it said it would happen")
    ]
    promise["due"] = "2026-02-30"
    assert run(rules.scored_when_due, data, today=TODAY)[0][3] == "'2026-02-30' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    # The check runs with every other one, given today's date.
    promise.update(due="2026-03-10", verdict="open")
    assert ("promises", 0, ("verdict",)) in [(f.collection, f.index, f.path) for f in rules.check_all(data, TODAY)]


def test_due_within_lists_open_forecasts_soonest_first():
    records = [
        {"id": "later", "due": "2027-01", "verdict": "open"},
        {"id": "sooner", "due": "2026-12-31", "verdict": "open"},
        {"id": "scored", "due": "2026-12-01", "verdict": "broken"},
        {"id": "undated", "verdict": "open"},
        {"id": "far", "due": "2028", "verdict": "open"},
    ]
    found = rules.due_within(records, TODAY, 70)  # to 3 February 2027
    assert [(r["id"], due.isoformat()) for _, r, due in found] == [("sooner", "2026-12-31"), ("later", "2027-01-31")]
    # A month is due on its last day: 31 January 2027 is after 24 January, 60 days on.
    assert [r["id"] for _, r, _ in rules.due_within(records, TODAY, 60)] == ["sooner"]


def test_a_reply_kit_rests_on_entries_that_exist():
    data = minimal_data()
    data["fallacies"][0]["rests_on"] = ["flash-speedup", "flash-speedp"]
    assert run(rules.references_resolve, data) == [
        ("fallacies", 0, ("rests_on", 1), "'flash-speedp' is not the id of a milestone, figure, ceiling or promise (did you mean 'flash-speedup'?)"),
    ]


def test_a_reply_kit_states_a_number_of_what_it_rests_on_in_each_language():
    data = minimal_data()
    assert run(rules.reply_states_its_number, data) == []  # "2-4x" in English, "в 2–4 раза" in Russian
    data["fallacies"][0]["reply_long"]["ru"] = "Назовите ось и то, что покажет, что вы неправы."
    assert run(rules.reply_states_its_number, data) == [
        ("fallacies", 0, ("reply_long", "ru"), "states none of the numbers of the entries it rests on (flash-speedup): "
         "in each language the short or long reply must state at least one of 2, 4"),
    ]
    data["fallacies"][0]["reply_short"]["ru"] = "По какой оси? Ядра внимания ускорили в 2–4 раза."
    assert run(rules.reply_states_its_number, data) == []  # the short reply may carry it instead


def test_a_number_inside_a_name_is_not_a_number_the_reply_states():
    assert rules.numbers("ARC-AGI-2, GPT-4o, o3 and 1e25 FLOP") == {"1"}
    assert rules.numbers("2,5 % и 2.5% и 15,6 %") == {"2.5", "15.6"}
    assert rules.numbers("из 42 баллов\u00a030") == {"42", "30"}


def test_a_changed_figure_value_fails_the_kit_that_quoted_the_old_one():
    data = minimal_data()
    data["figures"][0]["value"] = {"en": "3-5x", "ru": "в 3–5 раз"}
    assert [f[2] for f in run(rules.reply_states_its_number, data)] == [("reply_long", "en"), ("reply_long", "ru")]
