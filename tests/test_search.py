"""Search fixes: a named dialog, and one compact index per edition with the same content."""

from __future__ import annotations

import json

from macros.site import search


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


def test_split_index_gives_each_edition_its_entries():
    stacked = json.dumps({"config": {"lang": ["en", "ru"], "separator": "x"}, "docs": [
        {"location": "", "title": "Six axes", "text": "pre-training"},
        {"location": "ru/", "title": "Шесть осей", "text": "предобучение"},
        {"location": "ru/axes/#data", "title": "Данные", "text": ""},
        {"location": "runs/", "title": "Not Russian", "text": ""},
    ]}).encode()
    split = search.split_index(stacked, ["en", "ru"])
    assert set(split) == {"search/search_index.json", "ru/search/search_index.json"}
    english, russian = (json.loads(split[path]) for path in ("search/search_index.json", "ru/search/search_index.json"))
    assert [doc["location"] for doc in english["docs"]] == ["", "runs/"]
    assert [doc["location"] for doc in russian["docs"]] == ["ru/", "ru/axes/#data"]
    assert english["config"] == {"lang": ["en"], "separator": "x"}
    assert russian["config"] == {"lang": ["en", "ru"], "separator": "x"}
    assert b"\\u" not in split["ru/search/search_index.json"]
    # A second pass over the split English index leaves the Russian file alone.
    assert set(search.split_index(split["search/search_index.json"], ["en", "ru"])) == {"search/search_index.json"}


def test_built_indexes_are_utf8_and_one_per_edition(built_site):
    english = json.loads((built_site / "search" / "search_index.json").read_bytes())
    raw = (built_site / "ru" / "search" / "search_index.json").read_bytes()
    assert b"\\u04" not in raw  # no escaped Cyrillic left
    russian = json.loads(raw)
    assert {doc["location"].startswith("ru/") for doc in russian["docs"]} == {True}
    assert not any(doc["location"].startswith("ru/") for doc in english["docs"])
    assert any(doc["location"].startswith("ru/axes/algorithms/") for doc in russian["docs"])
    assert any(doc["location"].startswith("axes/algorithms/") for doc in english["docs"])


def test_pages_point_the_search_script_at_their_edition_index(built_site):
    assert 'data-index="search/search_index.json"' in (built_site / "index.html").read_text(encoding="utf-8")
    assert 'data-index="../../search/search_index.json"' in (built_site / "ru/axes/algorithms/index.html").read_text(encoding="utf-8")


def test_search_dialog_has_a_name_in_each_language(built_site):
    """Material renders the dialog unnamed; if its markup changes, this notices the hook no longer applies."""
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search the site">' in (
        built_site / "index.html").read_text(encoding="utf-8")
    assert 'role="dialog" aria-label="Поиск по сайту">' in (built_site / "ru/axes/algorithms/index.html").read_text(encoding="utf-8")
