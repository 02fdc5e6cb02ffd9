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
