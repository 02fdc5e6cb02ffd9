"""The reply kit on each red-flag page: the strongest case first, replies a reader can paste,
real instances newest first, and what would show the page wrong."""

from __future__ import annotations

import html
import re

import pytest

from conftest import ROOT, minimal_data, write_data
from macros import RENDERERS
from macros.data import load
from macros.render.fallacies import instances
from macros.rules import PERMALINK, SHORT_REPLY_LIMIT

SECTIONS = ["{ #reply }", "{ #steelman }", "{ #why-it-fails }", "{ #seen-in-the-wild }", "{ #wrong-if }"]


@pytest.fixture
def data(data_dir):
    return load(data_dir)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_replies_come_first_then_straight_after_them_the_strongest_case(data, lang):
    out = RENDERERS["fallacy"](data, "no-axis-named", lang=lang, root="../../")
    positions = [out.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    assert out.index('class="sa-answer"') < positions[0]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_short_reply_has_the_first_copy_button_and_copies_the_page_itself(data, lang):
    out = RENDERERS["fallacy"](data, "no-axis-named", lang=lang, root="../../")
    buttons = re.findall(r"<button [^>]*>", out)
    assert len(buttons) == 2
    assert 'data-copy="no-axis-named-reply-short"' in buttons[0] and 'data-permalink=""' in buttons[0]
    assert 'data-copy="no-axis-named-reply-long"' in buttons[1] and 'data-permalink=""' in buttons[1]
    assert 'type="button"' in buttons[0]
    short = {"en": "Which axis?", "ru": "По какой оси?"}[lang]
    assert f'id="no-axis-named-reply-short">{short}</p>' in out  # plain, selectable text without JavaScript
    assert {"en": "Copy the short reply", "ru": "Копировать короткий ответ"}[lang] in buttons[0] or \
        {"en": "Copy the short reply", "ru": "Копировать короткий ответ"}[lang] in out


def test_the_steelman_shows_its_evidence_with_values_dates_and_sources(data):
    out = RENDERERS["fallacy"](data, "no-axis-named", lang="en", root="../../")
    steelman = out[out.index("{ #steelman }"):out.index("{ #why-it-fails }")]
    assert "Pre-training on public text is slowing." in steelman
    assert 'href="../../axes/algorithms/#flash-speedup"' in steelman and "2-4x" in html.unescape(steelman)  # a figure: its value
    assert '<time datetime="2022-03-10">' in steelman and 'href="../../ceilings/#a-ceiling"' in steelman  # a ceiling: its date
    assert 'href="../../sources/#dao-2022-flashattention"' in steelman and 'href="../../sources/#kaplan-2020-scaling"' in steelman


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_steelman_evidence_is_folded_so_the_short_reply_stays_near_the_top(data, lang):
    out = RENDERERS["fallacy"](data, "no-axis-named", lang=lang, root="../../")
    steelman = out[out.index("{ #steelman }"):out.index("{ #why-it-fails }")]
    folded = re.search(r"<details class=\"sa-steelman-evidence\">(.*)</details>", steelman, re.S)
    assert folded and "<summary>" in folded.group(1) and "open" not in steelman.split("<details", 1)[1].split(">", 1)[0]
    assert 'href="../../ceilings/#a-ceiling"' in folded.group(1)  # the evidence is inside, not dropped


def test_instances_come_newest_first_from_headlines_ceilings_and_promises(data_dir, collections):
    collections["headlines"][0]["fallacies"] = ["no-axis-named"]
    collections["promises"][0]["fallacies"] = ["no-axis-named"]
    write_data(data_dir, collections)
    data = load(data_dir)
    assert [entry["id"] for _, entry in instances(data, "no-axis-named")] == ["a-promise", "flash-headline", "a-ceiling"]
    out = RENDERERS["fallacy"](data, "no-axis-named", lang="ru", root="../../")
    wild = out[out.index("{ #seen-in-the-wild }"):]
    dates = re.findall(r'<time datetime="([^"]+)">', wild)
    assert dates == ["2024-04-08", "2022-05-27", "2022-03-10"]
    assert 'href="../../which-axis/#flash-headline"><q>Внимание ускорили</q></a>' in wild
    assert 'href="../../promises/#a-promise">Кто-то, 2024</a>' in wild


def test_a_red_flag_with_no_instance_has_no_empty_section(data_dir, collections):
    del collections["ceilings"][0]["fallacies"]
    write_data(data_dir, collections)
    out = RENDERERS["fallacy"](load(data_dir), "no-axis-named", lang="en", root="")
    assert "seen-in-the-wild" not in out and "{ #wrong-if }" in out


def test_everything_in_the_kit_is_escaped():
    """The loader refuses markup; bypass it, as tests/test_renderers.py does, to prove the page escapes anyway."""
    from macros import data as data_module

    injection = "<script>alert(1)</script>"
    collections = minimal_data()
    fallacy = collections["fallacies"][0]
    for field in ("steelman", "reply_short", "reply_long", "wrong_if"):
        fallacy[field]["en"] = f"{field} {injection}"
    collections["headlines"][0]["headline"]["en"] = injection
    collections["headlines"][0]["fallacies"] = ["no-axis-named"]
    data = data_module.Data(**{name: tuple(data_module._freeze(e) for e in entries) for name, entries in collections.items()})
    out = RENDERERS["fallacy"](data, "no-axis-named", lang="en", root="")
    assert "<script>" not in out
    assert out.count("&lt;script&gt;") == 5


def test_the_kit_is_required_for_every_red_flag(data_dir, collections):
    del collections["fallacies"][0]["wrong_if"]
    write_data(data_dir, collections)
    with pytest.raises(Exception) as raised:
        load(data_dir)
    assert "wrong_if" in str(raised.value)


# The real data.

@pytest.fixture(scope="module")
def real():
    return load(ROOT / "data")


#: The red flags added for claims common in 2025-2026: each needs at least two real, dated instances.
NEW_IN_2025_2026 = ("reasoning-is-illusion", "benchmarks-gamed", "cheap-model-no-scale", "llms-dead-end",
                    "bubble-will-stop-progress", "power-is-the-wall", "hallucinations", "model-got-worse",
                    "aces-tests-fails-work")


def test_new_red_flags_have_at_least_two_real_dated_instances(real):
    for fallacy_id in NEW_IN_2025_2026:
        found = instances(real, fallacy_id)
        assert len(found) >= 2, fallacy_id
        assert all(entry["sources"] and entry["date"] for _, entry in found)


def test_every_red_flag_has_a_real_instance(real):
    missing = {f["id"] for f in real.fallacies if not instances(real, f["id"])}
    assert not missing


def test_every_short_reply_fits_with_its_permalink(real):
    for f in real.fallacies:
        for lang, reply in f["reply_short"].items():
            link = PERMALINK.format(prefix="" if lang == "en" else f"{lang}/", id=f["id"])
            assert len(f"{reply}\n{link}") <= SHORT_REPLY_LIMIT, (f["id"], lang)


def test_every_red_flag_has_a_page_in_both_editions_and_the_nav(real):
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for f in real.fallacies:
        for suffix in (".md", ".ru.md"):
            page = ROOT / "docs" / "fallacies" / f"{f['id']}{suffix}"
            assert f'fallacy("{f["id"]}")' in page.read_text(encoding="utf-8"), page
        assert f"fallacies/{f['id']}.md" in nav


def test_every_red_flag_preview_is_whole_sentences(real):
    """A preview pasted in a chat is never cut off mid-sentence: it fits without the ellipsis."""
    from macros.site.previews import DESCRIPTION_LIMIT, fallacy_description

    for f in real.fallacies:
        for lang in ("en", "ru"):
            assert len(fallacy_description(f, lang)) <= DESCRIPTION_LIMIT, (f["id"], lang)


def test_every_built_red_flag_page_has_the_kit_with_the_short_reply_button_first(built_site, real):
    for f in real.fallacies:
        for edition in ("", "ru/"):
            page = (built_site / f"{edition}fallacies" / f["id"] / "index.html").read_text(encoding="utf-8")
            for section in ('id="reply"', 'id="steelman"', 'id="why-it-fails"', 'id="wrong-if"'):
                assert section in page, (f["id"], edition, section)
            assert page.index('id="reply"') < page.index('id="steelman"') < page.index('id="why-it-fails"')
            first = re.search(r'<button [^>]*class="[^"]*sa-copy-button[^"]*"[^>]*>', page).group(0)
            assert f'data-copy="{f["id"]}-reply-short"' in first, (f["id"], edition)
            assert page.index(f'id="{f["id"]}-reply-short"') < page.index(f'id="{f["id"]}-reply-long"')


def test_there_are_red_flags_for_the_everyday_complaints(real):
    ids = {f["id"] for f in real.fallacies}
    assert {"hallucinations", "model-got-worse", "aces-tests-fails-work"} <= ids
    assert len(ids) >= 17


def test_every_kit_states_in_both_languages_a_number_of_what_it_rests_on(real):
    """The loader's rule on the real data, spelled out: each kit names the sourced entries its replies quote,
    and in English and Russian the short or long reply states one of their numbers."""
    from macros.rules import numbers

    figures = {f["id"]: f for f in real.figures}
    for f in real.fallacies:
        assert f["rests_on"], f["id"]
        for lang in ("en", "ru"):
            said = numbers(f["reply_short"][lang] + " " + f["reply_long"][lang])
            quoted = {n for ref in f["rests_on"] if ref in figures for n in numbers(figures[ref]["value"][lang])}
            assert said & quoted, (f["id"], lang)


def test_no_russian_kit_uses_the_translated_debate_formulas(real):
    """'X реален' and 'Это измерено' read as English debate formulas translated (review of December 2026)."""
    formula = re.compile(r"\b(реален|реальна|реально|реальны)\b|Это измерено|олимпийск|передн(ий|его|ем) кра")
    for f in real.fallacies:
        for field in ("answer", "steelman", "reply_short", "reply_long"):
            assert not formula.search(f[field]["ru"]), (f["id"], field, formula.search(f[field]["ru"]).group(0))


def test_no_kit_offers_arc_agi_2_as_the_fresh_unsaturated_test(real):
    for f in real.fallacies:
        for lang in ("en", "ru"):
            for field in ("reply_short", "reply_long"):
                text = f[field][lang]
                assert not re.search(r"(not saturated|unsaturated|ненасыщ|ещё не насыщ)[^.]*ARC-AGI-2", text), (f["id"], field, lang)
