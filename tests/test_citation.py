"""'Cite this': text and BibTeX with the permalink; the access date is the reader's, never the build's."""

from __future__ import annotations

import datetime
import html as html_module

from macros.render import citation
from macros.data import load

SITE = citation.Site("https://six-axes.github.io/", "Six Axes", datetime.date(2026, 1, 1))


def test_entry_citation_carries_its_permalink_in_both_forms(data_dir):
    data = load(data_dir)
    html = str(citation.entry("milestones", data.get("milestones", "flashattention"), "en", SITE))
    url = "https://six-axes.github.io/axes/algorithms/#flashattention"
    assert html.startswith('<details class="sa-cite-this" data-search-exclude><summary>Cite this</summary>')
    assert f"The Six Axes contributors. \u201cFlashAttention.\u201d Six Axes, 2026. {url}<span class=\"sa-accessed\"" in html
    bibtex = html_module.unescape(html.split("<pre", 1)[1])
    assert "@misc{sixaxes-flashattention," in bibtex and f"url = {{{url}}}" in bibtex
    # No access date from the build, in either form: the reader's own is written by copy.js.
    assert "urldate" not in bibtex and "Accessed" not in bibtex and "2026-01-01" not in html and "1 January" not in html
    assert "author = {{The Six Axes contributors}}" in bibtex and "{{" not in html
    assert 'data-copy="cite__flashattention"' in html and 'data-copy="cite__flashattention__bibtex"' in html


def test_russian_citation_follows_gost_and_the_russian_permalink(data_dir):
    data = load(data_dir)
    site = citation.Site("https://six-axes.github.io/", "Шесть осей", datetime.date(2026, 1, 1))
    accessed = citation.accessed_clause(datetime.date(2026, 12, 2), "ru")
    text = citation.text_citation("Хронология", "https://six-axes.github.io/ru/timeline/", site, "ru", accessed)
    assert text == ("Авторы проекта «Шесть осей». Хронология // Шесть осей.\u00a0— 2026.\u00a0— "
                    "URL: https://six-axes.github.io/ru/timeline/ (дата обращения: 02.12.2026).")
    assert citation.text_citation("Хронология", "u", site, "ru").endswith("URL: u.")
    html = str(citation.entry("fallacies", data.fallacies[0], "ru", site))
    assert "https://six-axes.github.io/ru/fallacies/no-axis-named/" in html and "sixaxes-no-axis-named-ru" in html_module.unescape(html)


def test_page_citation_and_bibtex_escaping():
    html = str(citation.page("50% & <more>", "ru/axes/algorithms/", SITE))
    assert "https://six-axes.github.io/ru/axes/algorithms/" in html and "sixaxes-axes-algorithms-ru" in html
    assert "<more>" not in html
    assert citation.bibtex_escape("50% & {x}_#") == r"50\% \& \{x\}\_\#"


def test_a_quoted_claim_nests_its_quotes_and_keeps_one_full_stop():
    text = citation.text_citation("Red flag: \u201cAI is a bubble.\u201d", "https://six-axes.github.io/fallacies/x/", SITE, "en")
    assert text.startswith("The Six Axes contributors. \u201cRed flag: \u2018AI is a bubble.\u2019\u201d Six Axes, 2026.")
    assert citation.text_citation("Is it over?", "u", SITE, "en").startswith("The Six Axes contributors. \u201cIs it over?\u201d Six")


def test_no_site_no_block(data_dir):
    assert str(citation.entry("figures", load(data_dir).figures[0], "en", None)) == ""


def test_bibtex_has_a_urldate_only_with_the_readers_date_and_no_english_note():
    ru = citation.Site("https://six-axes.github.io/", "Шесть осей", datetime.date(2026, 1, 1))
    assert "urldate" not in citation.bibtex("k", "Т", "u", ru, "ru") and "note" not in citation.bibtex("k", "Т", "u", ru, "ru")
    assert "  urldate = {2026-12-02}\n}" in citation.bibtex("k", "T", "u", SITE, "en", accessed=datetime.date(2026, 12, 2))
