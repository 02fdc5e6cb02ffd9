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


# --- Each entry its own result ------------------------------------------------------------------


def test_every_entry_is_a_short_result_at_its_anchor():
    from conftest import ROOT
    from macros import paging
    from macros.data import load

    data = load(ROOT / "data")
    for lang, prefix in (("en", ""), ("ru", "ru/")):
        docs = search.entries(data, lang)
        expected = (len(data.milestones) + len(data.figures) + len(data.fallacies) + len(data.headlines)
                    + len(data.ceilings) + len(data.promises))
        assert len(docs) == expected
        places = {prefix + place for place in paging.places(data).values()}
        for doc in docs:
            assert doc["location"].startswith(prefix)
            assert len(doc["text"]) <= search.ENTRY_SNIPPET + 10 and doc["title"]
            assert "#" in doc["location"] or doc["location"].startswith(f"{prefix}fallacies/"), doc
        assert places <= {doc["location"] for doc in docs} | {prefix + p for p in paging.places(data).values() if "sources/" in p}
    flag = next(doc for doc in search.entries(data, "ru") if doc["location"] == "ru/fallacies/no-data-no-progress/")
    assert "данные кончились" in flag["terms"] and "data wall" in flag["terms"]


def test_entries_join_their_page_and_long_texts_are_cut():
    index = json.dumps({"config": {"lang": ["en"]}, "docs": [
        {"location": "axes/algorithms/", "title": "Axis 3", "text": "word " * 500},
        {"location": "fallacies/x/", "title": "Page title", "text": "intro"},
    ]}).encode()
    docs = [{"location": "axes/algorithms/#transformer", "title": "Transformer", "text": "2017."},
            {"location": "timeline/2012/#alexnet", "title": "AlexNet", "text": "2012."},
            {"location": "fallacies/x/", "title": "The claim", "text": "", "terms": "data wall"}]
    result = json.loads(search.with_entries(index, docs, {"timeline/2012/": "Timeline: 2012"}))
    assert [d["location"] for d in result["docs"]] == [
        "axes/algorithms/", "axes/algorithms/#transformer", "fallacies/x/", "timeline/2012/", "timeline/2012/#alexnet"]
    assert len(result["docs"][0]["text"]) <= search.SNIPPET_MAX
    assert result["docs"][2]["terms"] == "data wall" and result["docs"][2]["title"] == "The claim"
    assert result["docs"][3] == {"location": "timeline/2012/", "title": "Timeline: 2012", "text": ""}
    assert result["config"]["fields"]["terms"]["boost"] == result["config"]["fields"]["title"]["boost"]


def test_the_separator_keeps_decimal_points_and_splits_as_the_query_parser_does():
    import re

    from conftest import ROOT

    separator = re.search(r"^\s+separator: '(.+)'$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)
    split = lambda text: [t for t in re.split(separator, text.lower()) if t]  # noqa: E731
    assert split("Claude 4.5 (GPT-5), o3-mini.") == ["claude", "4.5", "gpt", "5", "o3", "mini"]
    assert split("«Данные кончились»") == ["данные", "кончились"]


def test_list_pages_are_not_indexed_whole(built_site):
    english = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert max(len(doc["text"]) for doc in english["docs"]) <= search.SNIPPET_MAX + 10
    assert not [doc for doc in english["docs"] if doc["location"].startswith("timeline/20") and "#" not in doc["location"] and doc["text"]]
    locations = {doc["location"] for doc in english["docs"]}
    assert "axes/pretraining/#chinchilla" in locations or "timeline/2022/#chinchilla" in locations
