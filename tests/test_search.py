"""Search fixes: a named dialog, and an index half the size with the same content."""

from __future__ import annotations

import json

from macros import search


def test_compact_index_keeps_the_content_and_drops_the_escapes():
    original = json.dumps({"docs": [{"location": "ru/", "title": "Шесть осей", "text": "предобучение"}]}).encode()
    compact = search.compact_index(original)
    assert json.loads(compact) == json.loads(original)
    assert "Шесть осей".encode() in compact and b"\\u" not in compact
    assert len(compact) < len(original)


def test_dialog_is_named_in_the_page_language():
    page = f"<body>{search.DIALOG}</div></body>"
    assert 'aria-label="Поиск по сайту"' in search.name_dialog(page, "ru")
    assert search.name_dialog("<body>other markup</body>", "en") == "<body>other markup</body>"


def test_built_index_is_utf8_and_covers_both_editions(built_site):
    raw = (built_site / "search" / "search_index.json").read_bytes()
    assert b"\\u04" not in raw  # no escaped Cyrillic left
    locations = [doc["location"] for doc in json.loads(raw)["docs"]]
    assert any(loc.startswith("ru/axes/algorithms/") for loc in locations)
    assert any(loc.startswith("axes/algorithms/") for loc in locations)


def test_search_dialog_has_a_name_in_each_language(built_site):
    """Material renders the dialog unnamed; if its markup changes, this notices the hook no longer applies."""
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search the site">' in (
        built_site / "index.html").read_text(encoding="utf-8")
    assert 'role="dialog" aria-label="Поиск по сайту">' in (built_site / "ru/axes/algorithms/index.html").read_text(encoding="utf-8")
