"""No English left on /ru/ from code (issue 21): the footer, the meta author, citations, the Data
page's collection names, the '#' links' names and the Russian feed speak Russian."""

from __future__ import annotations

import html
import re

import pytest

from macros.data import COLLECTIONS
from macros.text import LABELS

pytestmark = pytest.mark.build

#: Interface English that code once wrote into Russian pages.
ENGLISH = ["Made with", "The Six Axes contributors", "Link to this", "Accessed", "an entry since removed", "(removed)",
           "formerly", "Correction:", "New milestone"]


def ru_pages(site):
    return sorted((site / "ru").rglob("*.html"))


def test_no_interface_english_on_russian_pages(built_site):
    found = []
    for page in ru_pages(built_site):
        text = page.read_text(encoding="utf-8")
        found += [f"{page.relative_to(built_site)}: {word}" for word in ENGLISH if word in text]
    assert not found, found


def test_russian_meta_author_and_generator_line(built_site):
    page = (built_site / "ru/index.html").read_text(encoding="utf-8")
    assert '<meta name="author" content="Авторы проекта «Шесть осей»">' in page
    assert re.search(r'Сделано на\s*<a href="https://squidfunk.github.io/mkdocs-material/"', page)
    assert re.search(r'Made with\s*<a href="https://squidfunk.github.io/mkdocs-material/"', (built_site / "index.html").read_text(encoding="utf-8"))


def test_russian_data_page_names_each_collection_in_russian(built_site):
    page = (built_site / "ru/data/index.html").read_text(encoding="utf-8")
    for name in COLLECTIONS:
        assert f"<td>{html.escape(LABELS[f'collection.{name}']['ru'], quote=False)} <code>{name}</code></td>" in page, name


def test_russian_feed_has_no_english_titles(built_site):
    feed = (built_site / "ru/feed.xml").read_text(encoding="utf-8")
    titles = [html.unescape(t) for t in re.findall(r"<title>([^<]*)</title>", feed)]
    assert titles and not [t for t in titles if any(word in t for word in ENGLISH)]
    assert not [t for t in titles[1:] if not re.match(r"(Новая веха|Исправление|Обновление): ", t)]
