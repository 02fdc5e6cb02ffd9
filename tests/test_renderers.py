"""Each renderer: the data it is given, and nothing a contributor types, reaches the page as markup."""

from __future__ import annotations

import copy
import datetime
import inspect
import html.parser

import pytest

from conftest import minimal_data, write_data
from macros import RENDERERS
from macros.render.citation import Site
from macros.data import load
from macros.links import page_position

# Strings a contributor might type, by accident or not. None may become live markup.
INJECTIONS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "{{ 7*7 }}",
    "[click](javascript:alert(1))",
    '" onmouseover="alert(1)',
]

#: Arguments that make each renderer render something from the fixture.
CALLS = {
    "axes_overview": (),
    "axis_summary": ("algorithms",),
    "axis_ceiling_talk": ("algorithms",),
    "axis_watch": ("algorithms",),
    "figures": (),
    "fig": ("flash-speedup",),
    "timeline": (),
    "headlines": (),
    "ceilings": (),
    "promises": (),
    "promises_due": (),
    "biases": (),
    "sources": (),
    "modalities": (),
    "checklist": (),
    "quiz": (),
    "fallacy": ("no-axis-named",),
    "chart_axes": (),
    "chart_timeline": (),
    "chart_modalities": (),
    "chart_trend": (),
    "changes": (),
    "downloads": (),
}


def test_every_renderer_has_a_call():
    assert set(CALLS) == set(RENDERERS)


@pytest.fixture
def data(data_dir):
    return load(data_dir)


def test_timeline_lists_milestones_in_date_order_with_sources(data):
    out = RENDERERS["timeline"](data, lang="en", root="../")
    assert out.index('id="kaplan-laws"') < out.index('id="flashattention"')
    assert '<time datetime="2022-05">May\u00a02022</time>' in out
    assert 'href="../sources/#dao-2022-flashattention"' in out
    assert "Axis 3: Axis 3" in out  # the all-axes timeline names each milestone's axis


def test_timeline_for_one_axis_shows_only_that_axis(data):
    out = RENDERERS["timeline"](data, lang="en", root="", axis="algorithms")
    assert 'id="flashattention"' in out and 'id="kaplan-laws"' not in out


def test_russian_edition_uses_russian_text_and_dates(data):
    out = RENDERERS["timeline"](data, lang="ru", root="")
    assert "Законы масштабирования" in out and "январь\u00a02020\u00a0г." in out


def test_missing_translation_falls_back_with_a_marker(data_dir, collections):
    del collections["milestones"][0]["title"]["ru"]
    write_data(data_dir, collections)
    out = RENDERERS["timeline"](load(data_dir), lang="ru", root="")
    assert '<span lang="en">Scaling laws</span> <span class="sa-untranslated">(ещё не переведено)</span>' in out


def test_figure_inline_shows_value_and_source(data):
    out = RENDERERS["fig"](data, "flash-speedup", lang="en", root="../../")
    assert "2-4x" in html.unescape(out) and 'href="../../sources/#dao-2022-flashattention"' in out


def test_sources_link_back_to_where_they_are_cited(data):
    out = RENDERERS["sources"](data, lang="en", root="")
    dao = out[out.index('id="dao-2022-flashattention"'):]
    assert 'href="axes/algorithms/#flashattention"' in dao
    assert 'href="which-axis/#flash-headline"' in dao
    kaplan = out[out.index('id="kaplan-2020-scaling"'):]
    assert 'href="axes/pretraining/"' in kaplan  # an axis page cites it too
    assert '<a href="ceilings/#a-ceiling">Someone, 2022</a>' in kaplan  # a ceiling by who and when, not its quote


def test_a_source_confirmed_elsewhere_names_the_pages_that_confirmed_it(data_dir, collections):
    collections["sources"][1]["verified_via"] = [
        {"url": "https://www.reuters.com/x", "publisher": "Reuters", "title": 'A "story" & more'},
        {"url": "https://github.com/someone/digest", "publisher": "GitHub, someone/digest"},
    ]
    write_data(data_dir, collections)
    data = load(data_dir)
    en = RENDERERS["sources"](data, lang="en", root="")
    dao = en[en.index('id="dao-2022-flashattention"'):]
    assert ('<span class="sa-confirmed">Confirmed through: <a href="https://www.reuters.com/x" title="A &#34;story&#34; &amp; more">Reuters</a>, '
            '<a href="https://github.com/someone/digest">GitHub, someone/digest</a>.</span>') in dao
    kaplan = en[en.index('id="kaplan-2020-scaling"'):]
    assert "sa-confirmed" not in kaplan.split("</li>")[0]  # only where confirmations are recorded
    assert "Подтверждения: <a" in RENDERERS["sources"](data, lang="ru", root="")


def test_promises_render_like_ceilings_with_their_own_verdict_words(data):
    en = RENDERERS["promises"](data, lang="en", root="../")
    assert en.startswith('<ol class="sa-promises">')
    assert '<li class="sa-promise sa-verdict-open" id="a-promise">' in en
    assert '<time datetime="2024-04-08">8\u00a0April\u00a02024</time>, <strong>Somebody</strong>: <q>Next year, everything.</q>' in en
    assert 'href="#a-promise"' in en and 'href="../axes/pretraining/"' in en and 'href="../sources/#kaplan-2020-scaling"' in en
    assert '<span class="sa-badge sa-verdict-open">open</span>' in en
    ru = RENDERERS["promises"](data, lang="ru", root="")
    assert "<strong>Кто-то</strong>" in ru and "В следующем году — всё." in ru and "8\u00a0апреля\u00a02024\u00a0г." in ru
    assert "Итог: <span" in ru


def test_promise_verdicts_read_as_promises_not_ceilings(data_dir, collections):
    collections["promises"][0]["verdict"] = "broken"
    write_data(data_dir, collections)
    data = load(data_dir)
    assert '<span class="sa-badge sa-verdict-broken">did not come true</span>' in RENDERERS["promises"](data, lang="en", root="")
    assert '<span class="sa-badge sa-verdict-broken">не сбылся</span>' in RENDERERS["promises"](data, lang="ru", root="")
    assert '<span class="sa-badge sa-verdict-broken">broken</span>' in RENDERERS["ceilings"](data, lang="en", root="")


def test_ledgers_filter_by_axis(data):
    assert 'id="a-promise"' not in RENDERERS["promises"](data, lang="en", root="", axis="algorithms")
    assert 'id="a-ceiling"' in RENDERERS["ceilings"](data, lang="en", root="", axis="pretraining")


def test_a_forecast_shows_when_it_falls_due_and_the_page_lists_them_by_due_date(data_dir, collections):
    built = datetime.date(2026, 11, 28)
    collections["promises"][0]["due"] = "2026-12-31"  # open, due in 33 days: due soon
    collections["promises"].append(dict(collections["promises"][0], id="later-promise", due="2028", who={"en": "Later", "ru": "Позже"}))
    collections["promises"].append(dict(collections["promises"][0], id="scored-promise", due="2025-12-31", verdict="broken",
                                        who={"en": "Scored", "ru": "Оценён"}))
    data = load(write_data(data_dir, collections), built=built)
    ledger = RENDERERS["promises"](data, lang="en", root="")
    assert ('&middot; Due: <time datetime="2026-12-31">31\u00a0December\u00a02026</time> '
            '<span class="sa-badge sa-due-soon">due soon</span></p>') in ledger
    assert 'Due: <time datetime="2028">2028</time></p>' in ledger  # open, but not soon: no badge
    assert '<span class="sa-badge sa-due-past">due date passed</span>' in ledger
    assert "Due:" not in RENDERERS["ceilings"](data, lang="en", root="")  # a claim that named no date shows none
    summary = RENDERERS["promises_due"](data, lang="en", root="")
    waiting, passed = summary.split("Already due, and how each was scored")
    assert waiting.index('href="#a-promise"') < waiting.index('href="#later-promise"')  # soonest first
    assert 'href="#scored-promise"' in passed and "did not come true" in passed
    ru = RENDERERS["promises_due"](data, lang="ru", root="")
    assert "Открытые прогнозы — по сроку" in ru and "срок близко" in ru and "31\u00a0декабря\u00a02026\u00a0г." in ru
    undated = minimal_data()
    del undated["promises"][0]["due"]
    empty = RENDERERS["promises_due"](load(write_data(data_dir, undated)), lang="en")
    assert "No open forecast names a date still to come." in empty and "No forecast has fallen due yet." in empty


def test_sources_link_back_to_promises_by_who_and_year(data):
    out = RENDERERS["sources"](data, lang="ru", root="")
    kaplan = out[out.index('id="kaplan-2020-scaling"'):]
    assert '<a href="promises/#a-promise">Кто-то, 2024</a>' in kaplan


def test_figures_on_their_own_page_leave_the_axis_table(data):
    axis_table = RENDERERS["figures"](data, lang="en", root="", axis="inference-compute")
    assert 'id="cost-per-task"' not in axis_table and "<th>Bears on</th>" not in axis_table
    page_table = RENDERERS["figures"](data, lang="ru", root="../", page="limits")
    assert 'id="cost-per-task"' in page_table and 'id="flash-speedup"' not in page_table
    assert "<th>Ось</th>" in page_table and 'href="../axes/inference-compute/"' in page_table
    assert 'id="cost-per-task"' in RENDERERS["figures"](data, lang="en", root="", page="limits", ids=["cost-per-task"])
    with pytest.raises(KeyError):
        RENDERERS["figures"](data, lang="en", root="", page="limits", ids=["flash-speedup"])  # lives on an axis page


def test_a_figure_with_a_page_has_its_home_there(data):
    from macros.links import home
    assert home("figures", data.get("figures", "cost-per-task")) == "limits/#cost-per-task"
    assert home("figures", data.get("figures", "flash-speedup")) == "axes/algorithms/#flash-speedup"
    assert home("promises", data.get("promises", "a-promise")) == "promises/#a-promise"


def test_modalities_label_unsourced_estimates(data):
    out = RENDERERS["modalities"](data, lang="en", root="")
    sensors = out[out.index('id="sensors"'):]
    assert "Estimate, unsourced" in sensors and "An estimate." in sensors


def test_checklist_gives_each_red_flag_a_heading_with_its_id(data):
    out = RENDERERS["checklist"](data, lang="en", root="")
    assert "### LLMs hit the ceiling { #no-axis-named }" in out  # a heading ends without a full stop
    assert 'href="fallacies/no-axis-named/"' in out


def test_changed_data_changes_the_output(data_dir, collections):
    before = RENDERERS["headlines"](load(data_dir), lang="en", root="")
    collections["headlines"][0]["headline"]["en"] = "A different headline"
    write_data(data_dir, collections)
    after = RENDERERS["headlines"](load(data_dir), lang="en", root="")
    assert "A different headline" in after and "A different headline" not in before


def test_page_position_reads_language_and_depth():
    assert page_position("") == ("en", "")
    assert page_position("axes/algorithms/") == ("en", "../../")
    assert page_position("ru/axes/algorithms/") == ("ru", "../../")
    assert page_position("ru/") == ("ru", "")


class _Tags(html.parser.HTMLParser):
    """Collects every tag and attribute the browser would see."""

    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)


def _poison(collections: dict, payload: str) -> dict:
    """Every text field and free-text string in the fixture replaced by the payload."""
    poisoned = copy.deepcopy(collections)

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("en", "ru") and isinstance(value, str):
                    node[key] = payload
                elif key in ("title", "authors", "who", "publisher") and isinstance(value, str):
                    node[key] = payload
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(poisoned)
    return poisoned


def _as_page(name: str, out: str) -> str:
    """What the browser gets: the output read by Markdown as mkdocs reads it, inline renderers inside a paragraph."""
    import markdown

    source = f"Text {out} text." if name == "fig" else out
    return markdown.markdown(source, extensions=["attr_list", "md_in_html", "toc", "def_list", "tables", "admonition"])


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_renderer_lets_markup_through(payload, lang):
    """The loader would reject these; here they bypass it to prove the renderers escape anyway."""
    from macros import data as data_module

    collections = _poison(minimal_data(), payload)
    frozen = {name: tuple(data_module._freeze(e) for e in entries) for name, entries in collections.items()}
    data = data_module.Data(**frozen)
    site = Site("https://example.org/", payload, datetime.date(2026, 1, 1))  # 'Cite this' blocks too
    for name, render in RENDERERS.items():
        extra = {"site": site} if "site" in inspect.signature(render).parameters else {}
        page = _as_page(name, render(data, *CALLS[name], lang=lang, root="", **extra))
        parser = _Tags()
        parser.feed(page)
        assert "script" not in parser.tags, name
        assert "img" not in parser.tags, name
        assert not any(attr.startswith("on") for attr, _ in parser.attrs), name
        assert not any(attr in ("href", "src") and "javascript:" in (value or "").lower() for attr, value in parser.attrs), name
        assert "49" not in page, name  # {{ 7*7 }} was not evaluated
        assert payload in html.unescape(page) or name in ("axes_overview", "downloads"), name  # shown as text, not dropped
        if name == "fallacy":  # the reply kit was rendered from the poisoned fields, not skipped
            for kit_id in ('id="steelman"', 'id="no-axis-named-reply-short"', 'id="no-axis-named-reply-long"',
                           'id="seen-in-the-wild"', 'id="wrong-if"'):
                assert kit_id in page, kit_id


def test_injection_test_would_catch_unescaped_output():
    """The check above is not vacuous: unescaped data does produce live markup."""
    parser = _Tags()
    parser.feed(_as_page("fig", '<span class="x">[click](javascript:alert(1))</span>'))
    assert ("href", "javascript:alert(1)") in parser.attrs


# --- Citation labels: author lists joined in the reader's language ------------------------

from macros.links import authors, cite, source_label  # noqa: E402

SNELL = {"id": "snell", "authors": "Snell, Lee, Xu and Kumar", "date": "2024-08", "title": "Scaling test-time compute"}


@pytest.mark.parametrize(
    "names, english, russian",
    [
        ("Snell, Lee, Xu and Kumar", "Snell, Lee, Xu and Kumar", "Snell, Lee, Xu и Kumar"),
        ("Wagenaar & Sagaria", "Wagenaar and Sagaria", "Wagenaar и Sagaria"),
        ("Villalobos et al.", "Villalobos et al.", "Villalobos и\u00a0др."),
        ("Llama Team, AI at Meta (Dubey et al.)", "Llama Team, AI at Meta (Dubey et al.)", "Llama Team, AI at Meta (Dubey и\u00a0др.)"),
        # A team named inside an organisation keeps its words; one author has nothing to join.
        ("Google DeepMind (AlphaProof and AlphaGeometry teams)",) * 3,
        ("OpenAI",) * 3,
    ],
)
def test_author_lists_are_joined_in_each_language(names, english, russian):
    assert authors({"authors": names}, "en") == english
    assert authors({"authors": names}, "ru") == russian


def test_citation_labels_and_links_follow_the_language():
    assert source_label(SNELL) == source_label(SNELL, "en") == "Snell, Lee, Xu and Kumar 2024"
    assert source_label(SNELL, "ru") == "Snell, Lee, Xu и Kumar 2024"
    assert ">Snell, Lee, Xu и Kumar 2024</a>" in cite(["snell"], {"snell": SNELL}, "../", "ru")
    assert " and " not in cite(["snell"], {"snell": SNELL}, "../", "ru")


def test_russian_pages_cite_in_russian_and_dates_end_once(data):
    for name in ("figures", "timeline", "headlines", "ceilings", "sources"):
        out = RENDERERS[name](data, lang="ru", root="")
        assert " et al." not in out, name
    sources = RENDERERS["sources"](data, lang="ru", root="")
    assert "г.." not in sources and "г." in sources


def test_red_flag_headings_end_without_a_full_stop(data):
    for lang in ("en", "ru"):
        out = RENDERERS["fallacy"](data, "no-axis-named", lang=lang, root="../../")
        heading = out.splitlines()[0]
        assert heading.startswith("# ") and not heading.split(" { #")[0].endswith("."), heading


def test_as_heading_drops_only_a_final_full_stop():
    from macros.text import as_heading

    assert as_heading("Из архитектуры выжали всё. Лучше Transformer уже не будет.") == "Из архитектуры выжали всё. Лучше Transformer уже не будет"
    assert as_heading("Is this the wall?") == "Is this the wall?" and as_heading("Wait...") == "Wait..."


def test_axis_titles_follow_each_language_case_style():
    from macros.text import axis_title

    assert axis_title(2, "Thinking time", "en") == "Axis 2: Thinking time"
    assert axis_title(2, "Время на размышление", "ru") == "Ось 2: время на размышление"
    assert axis_title(4, "LLM и роботы", "ru") == "Ось 4: LLM и роботы"  # an acronym keeps its capitals
