"""The Russian edition: every page has its twin, twins match, both editions build from one data set."""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections import Counter

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from conftest import ROOT, write_data
from macros.render import timeline
from macros import paging
from macros.data import load
from macros.text import LABELS, plain
from macros.translations import main, missing_pages, missing_texts

DOCS = ROOT / "docs"
ENGLISH_PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if not p.name.endswith(".ru.md"))


def twin(page: str) -> str:
    return f"{page[:-3]}.ru.md"


def source(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def front_matter(page: str) -> dict:
    """The page's front matter; MkDocs silently drops one that is not valid YAML, so this fails instead."""
    text = source(page)
    if not text.startswith("---\n"):
        return {}
    try:
        return YAML(typ="safe").load(text.split("---\n")[1])
    except YAMLError as error:
        pytest.fail(f"docs/{page}: front matter is not valid YAML (quote a value that contains ': '): {error}")


def heading_ids(page: str) -> list[str]:
    return re.findall(r"\{ *#([A-Za-z0-9_-]+) *\}", source(page))


def macro_calls(page: str) -> Counter:
    """Each `{{ ... }}` call, whitespace normalised; counted, since a translation may reorder a sentence."""
    return Counter(" ".join(call.split()) for call in re.findall(r"\{\{(.*?)\}\}", source(page), re.S))


def built(page: str, lang: str) -> str:
    """Where a page lands in the built site: 'axes/algorithms.md' -> 'ru/axes/algorithms/index.html'."""
    stem = page[:-3]
    path = f"{stem[:-5]}index.html" if stem == "index" or stem.endswith("/index") else f"{stem}/index.html"
    return f"ru/{path}" if lang == "ru" else path


def text_of(path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def test_every_page_has_its_twin_and_the_reverse():
    assert missing_pages(DOCS, "ru") == []
    assert len(ENGLISH_PAGES) >= 20


def test_a_page_without_its_twin_is_reported_both_ways(tmp_path):
    docs = tmp_path / "docs"
    (docs / "axes").mkdir(parents=True)
    for name in ("index.md", "index.ru.md", "axes/only-english.md", "only-russian.ru.md"):
        (docs / name).write_text("# Page\n", encoding="utf-8")
    assert [str(p) for p in missing_pages(docs, "ru")] == [
        "docs/axes/only-english.md: has no 'ru' twin: add docs/axes/only-english.ru.md",
        "docs/only-russian.ru.md: has no English page: add docs/only-russian.md or remove it",
    ]


@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_twins_have_the_same_heading_ids(page):
    assert heading_ids(twin(page)) == heading_ids(page)


@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_twins_call_the_same_macros(page):
    """A chart or figure added to one language only would show here."""
    assert macro_calls(twin(page)) == macro_calls(page)


@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_twins_have_the_same_front_matter_keys_in_russian(page):
    english, russian = front_matter(page), front_matter(twin(page))
    assert russian.keys() == english.keys()
    assert russian.get("render_macros") == english.get("render_macros")
    for key in ("title", "description"):
        if key in english:
            assert re.search("[а-яё]", russian[key], re.I), f"{twin(page)}: {key} is not in Russian"
            assert russian[key] != english[key]


@pytest.mark.build
@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_each_edition_is_built_in_its_language_with_its_anchors(built_site, page):
    for lang in ("en", "ru"):
        body = (built_site / built(page, lang)).read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in body
        for anchor in heading_ids(page):
            assert f'id="{anchor}"' in body, f"{built(page, lang)} lacks #{anchor}"


@pytest.mark.build
@pytest.mark.parametrize("page", ENGLISH_PAGES)
def test_the_language_switch_leads_to_the_twin(built_site, page):
    for lang, other in (("en", "ru"), ("ru", "en")):
        here = built(page, lang)
        body = (built_site / here).read_text(encoding="utf-8")
        href = re.search(rf'<a href="([^"]+)" hreflang="{other}" class="md-select__link">', body).group(1)
        # The home pages link to '/' and '/ru/': the site_url's path, which is the root.
        target = posixpath.normpath(posixpath.join(posixpath.dirname(here), href, "index.html")).lstrip("/")
        assert target == built(page, other)


@pytest.mark.build
def test_both_editions_show_the_same_data_each_in_its_language(built_site):
    data = load(ROOT / "data")
    for axis in data.axes:
        english = text_of(built_site / built(f"axes/{axis['id']}.md", "en"))
        russian = text_of(built_site / built(f"axes/{axis['id']}.md", "ru"))
        for figure in paging.axis_figures(data, axis["id"])[0]:  # its key figures; the rest on its figures pages
            assert figure["value"]["en"] in english
            assert plain(figure["value"], "ru") in russian
        for part in paging.figure_parts(data, axis["id"]):
            english, russian = text_of(built_site / part.url / "index.html"), text_of(built_site / "ru" / part.url / "index.html")
            for figure in (data.get("figures", i) for i in part.ids):
                assert figure["value"]["en"] in english and plain(figure["value"], "ru") in russian
    for page in {f["page"] for f in data.figures if f.get("page")}:
        english = text_of(built_site / built(f"{page}.md", "en"))
        russian = text_of(built_site / built(f"{page}.md", "ru"))
        for figure in (f for f in data.figures if f.get("page") == page):
            assert figure["value"]["en"] in english
            assert plain(figure["value"], "ru") in russian
    for part in paging.timeline_parts(data):  # the timeline, a page per year
        timeline_ru = text_of(built_site / "ru" / part.url / "index.html")
        assert all(plain(data.get("milestones", i)["title"], "ru") in timeline_ru for i in part.ids)


@pytest.mark.build
def test_search_covers_both_languages(built_site):
    """The Russian edition's own index holds its pages, with Russian word rules loaded.

    Stemming stays off (Material's default): Material appends '*' to every query term and
    lunr skips the stemmer for wildcard terms, so a stemmed index would miss whole words;
    prefix search is what finds 'данные' and 'данных' while the reader types 'данн'.
    """
    index = json.loads((built_site / "ru/search/search_index.json").read_text(encoding="utf-8"))
    assert {"en", "ru"} <= set(index["config"]["lang"])
    assert "stemmer" not in index["config"]["pipeline"]
    russian = [doc for doc in index["docs"] if doc["location"].startswith("ru/")]
    assert russian and len(russian) == len(index["docs"])
    assert any("предобучени" in doc["text"] for doc in russian)
    assert (built_site / "assets/javascripts/lunr/min/lunr.ru.min.js").is_file()


def test_shipped_data_has_every_text_in_russian():
    assert [str(p) for p in missing_texts(ROOT / "data", "ru")] == []


def test_a_missing_russian_text_is_reported_and_marked(tmp_path, collections, capsys):
    del collections["milestones"][1]["summary"]["ru"]
    data_dir = write_data(tmp_path / "data", collections)
    (tmp_path / "docs").mkdir()
    for name in ("index.md", "index.ru.md"):
        (tmp_path / "docs" / name).write_text("# Page\n", encoding="utf-8")
    line = next(i for i, l in enumerate((data_dir / "milestones.yml").read_text().splitlines(), 1) if "Exact attention, faster." in l)

    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"data/milestones.yml:{line}: milestone 'flashattention': field 'summary': no 'ru' text yet (English: 'Exact attention, faster.')",
        "1 missing translation: until they are added, readers see English.",
    ]
    page = timeline.render(load(data_dir), lang="ru")
    assert '<span lang="en">Exact attention, faster.</span>' in page
    assert LABELS["untranslated"]["ru"] in page
    assert "Потери падают по степенному закону." in page


def test_nothing_missing_exits_zero(tmp_path, collections, capsys):
    write_data(tmp_path / "data", collections)
    (tmp_path / "docs").mkdir()
    assert main([str(tmp_path)]) == 0
    assert "Every data text and every page exists in en, ru." in capsys.readouterr().out


# --- The theme's own interface strings --------------------------------------------------

#: English interface strings of the theme and its extensions that must not reach a Russian page.
ENGLISH_INTERFACE = {
    "footer": "Text CC BY 4.0",
    "footer without ё": "Вперед",
    "dark toggle": "Switch to dark mode",
    "light toggle": "Switch to light mode",
    "permalink title": "Link to this section",
    "logo alt": 'alt="logo"',
}


def russian_pages(site) -> list:
    return sorted((site / "ru").rglob("*.html"))


def test_every_russian_page_has_its_interface_in_russian(built_site):
    pages = russian_pages(built_site)
    assert built_site / "ru/404.html" in pages and len(pages) > 20
    found = [
        f"{page.relative_to(built_site)}: {name}"
        for page in pages
        for name, english in ENGLISH_INTERFACE.items()
        if english in page.read_text(encoding="utf-8")
    ]
    assert not found, "English interface strings on Russian pages:\n" + "\n".join(found)
    home = (built_site / "ru/index.html").read_text(encoding="utf-8")
    for russian in ("Тексты\u00a0— CC\u00a0BY\u00a04.0", "Включить тёмную тему", "Включить светлую тему",
                    'title="Ссылка на этот раздел"', 'alt="Логотип «Шести осей»"'):
        assert russian in home


def test_the_english_edition_keeps_its_interface(built_site):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    for english in ("Text CC BY 4.0", "Switch to dark mode", 'title="Link to this section"', 'alt="Six Axes logo"'):
        assert english in home
    assert "Ссылка на этот раздел" not in home and "Включить тёмную тему" not in home


def test_each_edition_has_a_404_page_in_its_language(built_site):
    root = (built_site / "404.html").read_text(encoding="utf-8")
    russian = (built_site / "ru/404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in root and "Page not found" in root and 'lang="ru"' in root
    assert '<html lang="ru"' in russian and "Страница не найдена" in russian
    assert 'action="/ru/"' in russian and 'href="/ru/which-axis/"' in russian
    # Its list of axes is in Russian and links into the Russian edition.
    assert 'href="/ru/axes/pretraining/"' in russian and "Масштаб предобучения" in russian


def test_titles_join_page_and_site_with_a_dash(built_site):
    def title(path):
        return re.search(r"<title>(.*?)</title>", (built_site / path).read_text(encoding="utf-8")).group(1)

    assert title("ru/sources/index.html") == "Источники\u00a0— Шесть осей"
    assert title("sources/index.html") == "Sources — Six Axes"
    assert " - " not in title("ru/index.html") and title("ru/index.html").count("Шесть осей") == 1


def test_no_russian_page_breaks_a_line_before_a_dash(built_site):
    """Navigation titles, headings, <title> and chart labels included (MkDocs collapses the no-break space in titles)."""
    found = [
        f"{page.relative_to(built_site)}: …{match.group(0)}…"
        for page in russian_pages(built_site)
        for match in re.finditer(r".{0,30}\S —.{0,10}", page.read_text(encoding="utf-8"))
    ]
    assert not found, "plain spaces before dashes:\n" + "\n".join(found[:20])


# One Russian word per term: the editor's term table (../shared/review/russian-2026-12.md, December 2026).
# Each pattern is a word the Russian edition no longer uses, with the word it uses instead. The red flags
# (data/fallacies.yml, docs/fallacies/) have their own reply-kit rewrite and are left out until it lands.
RUSSIAN_TERMS = {
    r"вычислени\w*\s+(?:на|во\s+время)\s+инференс\w*": "axis 2 is «время на размышление»",
    r"масштабировани\w*\s+на\s+инференсе": "axis 2 is «время на размышление»",
    r"однозначн\w+\s+процент\w*": "«единицы процентов» (single digits)",
    r"заостр\w+": "«оттачивает» (sharpens)",
    r"передн\w+\s+кра\w*": "«передовые модели», «лидеры» (frontier)",
    r"разн\w+\s+ручк\w*": "«рычаг» (knob)",
    r"базов\w+\s+лини\w*": "say what it is compared with (baseline)",
    r"Честн\w+\s+(?:оговорк|предел)\w*": "«Оговорки такие», «Справедливости ради» (honest caveats)",
    r"AGI\s+за\s+углом": "«не за горами» (around the corner)",
    r"\bлосс\w*": "«функция потерь»",
    r"пайплайн\w*": "«конвейер»",
    r"[Пп]ромптинг": "«подсказки» (prompting)",
    r"тревожн\w+\s+признак\w*": "«красный флаг»",
    r"(?<!Switch )(?<!Sparse )\bTransformer\b(?! \(big\)| big\))": "«трансформер» in running text; names keep Latin",
    r"\bо\s+всём\b": "«обо всём»",
    r"\bдо\s+около\b|\bв\s+около\b|\bна\s+более\s+\d": "a value after a preposition: write the sentence around it",
    r"\bуже\s+и\s+дороже\b": "«не так широк и обходится дороже» («уже» reads as 'already')",
    r"(?:вышедш|выпущенн)\w*\s+(?:в\s+релиз\s+)?o3\b": "«публичная версия o3» (the released o3)",
    r"(?<![(\w])[A-Z][a-zA-Z-]+\s+и\s+соавтор\w*": "Cyrillic in running text, Latin in brackets: «Снелл (Snell) и соавторы»",
}
#: The one place «вычисления на инференсе» stays: the definition on the axis page.
AXIS_2_DEFINITION = ("docs/axes/inference-compute.ru.md", "вычисления на инференсе")


def russian_texts() -> list[tuple[str, str]]:
    """(where, text) for every Russian text outside the red flags: each `ru` field in data/, each *.ru.md page."""
    found = []

    def walk(node, where, field=""):
        if isinstance(node, dict):
            if "id" in node:
                where, field = f"{where.split(':')[0]}: {node['id']}", ""
            for key, value in node.items():
                if key == "ru" and isinstance(value, str):
                    found.append((f"{where} {field}".rstrip(), value))
                else:
                    walk(value, where, f"{field}.{key}".lstrip("."))
        elif isinstance(node, list):
            for item in node:
                walk(item, where, field)

    for path in sorted((ROOT / "data").glob("*.yml")):
        if path.name != "fallacies.yml":
            walk(YAML(typ="safe").load(path.read_text(encoding="utf-8")), f"data/{path.name}")
    for path in sorted(DOCS.rglob("*.ru.md")):
        if path.parent.name != "fallacies":
            found.append((path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")))
    return found


def test_axis_2_has_one_russian_name_in_data_navigation_and_page():
    axis = next(a for a in YAML(typ="safe").load((ROOT / "data/axes.yml").read_text(encoding="utf-8"))
                if a["id"] == "inference-compute")
    assert axis["name"]["ru"] == axis["short"]["ru"] == "Время на размышление"
    assert "2. Inference-time compute: 2. Время на размышление" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    page = source("axes/inference-compute.ru.md")
    assert front_matter("axes/inference-compute.ru.md")["title"] == "Ось 2: время на размышление"
    assert "# Ось 2: время на размышление {" in page


def test_the_russian_edition_uses_one_word_per_term():
    texts = russian_texts()
    assert len(texts) > 700
    found = []
    for where, text in texts:
        text = " ".join(text.split())
        for pattern, instead in RUSSIAN_TERMS.items():
            for match in re.finditer(pattern, text, re.I):
                if (where, match.group(0).lower()) == AXIS_2_DEFINITION:
                    continue
                found.append(f"{where}: «{match.group(0)}» → {instead}")
    assert not found, "words the Russian edition no longer uses:\n" + "\n".join(found)
    definition = [where for where, text in texts if AXIS_2_DEFINITION[1] in " ".join(text.split()).lower()]
    assert definition == [AXIS_2_DEFINITION[0]], "«вычисления на инференсе» defines axis 2 once, on its page"


def test_the_term_check_finds_what_it_forbids():
    samples = {
        "Вычисления на инференсе могут обойти модель": True, "передний край": True, "Mamba может заменить Transformer": True,
        "Switch Transformer": False, "Transformer (big)": False, "время на размышление": False, "обо всём": False,
        "до около 36 трлн": True, "училась на более 1 млн часов": True, "оттачивает": False,
    }
    for text, forbidden in samples.items():
        assert any(re.search(p, " ".join(text.split()), re.I) for p in RUSSIAN_TERMS) is forbidden, text
