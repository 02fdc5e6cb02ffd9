"""A record's '#' link is announced by the record's title, never by its id (reader walk, finding 8)."""

from __future__ import annotations

import html
import re

import pytest

ANCHOR = re.compile(r'<a class="sa-anchor" href="#([^"]+)" title="[^"]*" aria-label="([^"]*)">#</a>')


@pytest.mark.build
def test_every_record_anchor_is_announced_by_its_title(built_site):
    seen = 0
    for page in built_site.rglob("*.html"):
        for record_id, name in ANCHOR.findall(page.read_text(encoding="utf-8")):
            seen += 1
            announced = html.unescape(name)
            assert not announced.endswith(f": {record_id}"), (page, announced)
            assert announced.split(": ", 1)[1].strip(), (page, announced)
    assert seen > 300


@pytest.mark.build
def test_the_russian_edition_announces_in_russian(built_site):
    page = (built_site / "ru/axes/learning-signals/index.html").read_text(encoding="utf-8")
    names = [html.unescape(n) for _, n in ANCHOR.findall(page)]
    assert names and all(n.startswith("Ссылка сюда: ") for n in names)
