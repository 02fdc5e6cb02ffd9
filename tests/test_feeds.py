"""The Atom feeds: valid for a real feed parser, absolute links, newest first, both editions."""

from __future__ import annotations

import feedparser
import pytest

from conftest import ROOT
from macros.site import feeds
from macros.data import load

SITE = "https://six-axes.github.io/"


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


@pytest.mark.parametrize("lang, name, self_url", [("en", "Six Axes", f"{SITE}feed.xml"), ("ru", "Шесть осей", f"{SITE}ru/feed.xml")])
def test_feed_parses_without_errors_and_links_absolutely(data, lang, name, self_url):
    parsed = feedparser.parse(feeds.atom(data, lang, SITE, name))
    assert parsed.bozo is False, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.id == self_url and parsed.feed.title.startswith(name)
    assert len(parsed.entries) == len(data.milestones) + len(data.changes)
    for entry in parsed.entries:
        assert entry.link.startswith(SITE + ("ru/" if lang == "ru" else ""))
        assert entry.id == entry.link and entry.title and entry.summary
    dates = [entry.updated for entry in parsed.entries]
    assert dates == sorted(dates, reverse=True)


def test_corrections_are_announced_as_corrections(data):
    parsed = feedparser.parse(feeds.atom(data, "en", SITE, "Six Axes"))
    correction = next(c for c in data.changes if c["correction"])
    entry = next(e for e in parsed.entries if e.link.endswith(f"/changes/#{correction['id']}"))
    assert entry.title.startswith("Correction: ")


def test_data_is_escaped_and_bytes_are_stable(collections, data_dir):
    from conftest import write_data

    collections["milestones"][0]["title"]["en"] = "Less <= more & AT&T"
    data = load(write_data(data_dir, collections))
    first = feeds.atom(data, "en", SITE, "Six Axes")
    assert b"Less &lt;= more &amp; AT&amp;T" in first
    assert feedparser.parse(first).bozo is False
    assert feeds.atom(data, "en", SITE, "Six Axes") == first


def test_head_link_is_autodiscoverable_and_escaped():
    html = str(feeds.head_link(SITE, "ru", 'Шесть "осей"'))
    assert 'rel="alternate feed" type="application/atom+xml"' in html
    assert f'href="{SITE}ru/feed.xml"' in html and "&#34;осей&#34;" in html


def test_a_correction_quotes_the_red_flag_claim_it_names(data):
    """'Correction: The new flagship… so scaling is dead.' read as the site's own claim (reader walk, 13)."""
    for lang, (opening, closing) in (("en", ("\u201c", "\u201d")), ("ru", ("\u00ab", "\u00bb"))):
        parsed = feedparser.parse(feeds.atom(data, lang, SITE, "Six Axes"))
        for change in data.changes:
            flags = [f for f in data.fallacies if f["id"] in change["entries"]]
            if not flags:
                continue
            entry = next(e for e in parsed.entries if e.link.endswith(f"#{change['id']}"))
            for flag in flags:
                claim = flag["claim"].get(lang, flag["claim"]["en"]).rstrip(".")
                assert f"{opening}{claim}{closing}" in entry.title, entry.title


def test_feed_titles_and_summaries_have_no_doubled_stops(data):
    import re

    for lang in ("en", "ru"):
        for entry in feedparser.parse(feeds.atom(data, lang, SITE, "Six Axes")).entries:
            for text in (entry.title, entry.summary):
                assert not re.search(r"(?<!\.)\.\.(?!\.)|\.;|[?!]\.", text), text


def test_a_removed_entry_is_named_in_words_not_by_its_id(collections, data_dir):
    from conftest import write_data

    collections["changes"][0]["entries"] = ["gone-entry"]
    collections["changes"][0]["removed"] = ["gone-entry"]
    data = load(write_data(data_dir, collections))
    titles = [e.title for e in feedparser.parse(feeds.atom(data, "ru", SITE, "Шесть осей")).entries]
    assert "Исправление: запись, которой больше нет" in titles
    assert not any("gone-entry" in t for t in titles)
