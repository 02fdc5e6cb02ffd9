"""Ids on built pages: each used once per page, and every id a page uses besides data ids is known to
the loader (macros/rules.py PAGE_IDS), so an entry can never take a heading's or a chart's id."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import ROOT
from macros import rules
from macros.data import COLLECTIONS, load

pytestmark = pytest.mark.build

ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]+)"')


def test_every_page_uses_each_id_once(built_site):
    doubled = {}
    for page in built_site.rglob("*.html"):
        counts = Counter(ID.findall(page.read_text(encoding="utf-8")))
        twice = sorted(i for i, n in counts.items() if n > 1)
        if twice:
            doubled[str(page.relative_to(built_site))] = twice
    assert not doubled, doubled


def test_every_id_a_page_makes_is_known_to_the_loader(built_site):
    data = load(ROOT / "data")
    raw = {name: [dict(e) for e in getattr(data, name)] for name in COLLECTIONS}
    known = {e["id"] for name in COLLECTIONS for e in getattr(data, name)} | set(rules.generated_ids(raw)) | rules.PAGE_IDS
    unknown = set()
    for page in built_site.rglob("*.html"):
        for found in ID.findall(page.read_text(encoding="utf-8")):
            if found in known or found.startswith(("__", "cite__", "chart-")) or "__" in found:
                continue
            unknown.add(found)
    assert not unknown, f"ids the pages use that an entry could take; add them to rules.PAGE_IDS: {sorted(unknown)}"
