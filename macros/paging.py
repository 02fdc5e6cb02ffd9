"""Lists that stay bounded: which entries a page shows, which pages the rest are on, and where each entry is.

The data grows by pull requests for years; a page that shows every entry grows with it. Each
growing list shows a bounded part and links the rest:

- an axis page: its newest milestones, its key figures (the newest by `as_of`), its newest
  headlines; older milestones are on the timeline's year pages, other figures on
  `axes/<axis>/figures/`, other headlines on the headline pages;
- the timeline: its newest milestones, then one page per year (`timeline/2025/`), a busy year
  split by count (`timeline/2025/2/`);
- the which-axis page: its newest headlines, the rest on `which-axis/headlines/<n>/`;
- the quiz: rounds of questions, newest first (`quiz/`, `quiz/2/`, ...);
- the sources: pages in author order (`sources/`, `sources/2/`, ...).

Everything here is a pure function of the data. An entry's permanent address stays what
`macros.links.home()` says (citations, downloads and feeds publish it); `shown()` is where the
entry is on the site today, where internal links point. `moved()` lists, per list page, the
entries of its list that are elsewhere: the build writes it next to the page (`anchors.json`)
and docs/javascripts/anchors.js moves a reader whose #anchor is not on the page
(macros/site/hooks.py); `python -m macros.permalinks` checks the record against it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from markupsafe import Markup

from macros.data import Data
from macros.links import home
from macros.text import date

#: How many entries each bounded list shows on one page.
AXIS_MILESTONES = 12
AXIS_FIGURES = 16
AXIS_HEADLINES = 6
TIMELINE_LATEST = 12
TIMELINE_PAGE = 40
WHICH_AXIS_HEADLINES = 16
HEADLINES_PAGE = 40
QUIZ_ROUND = 12
SOURCES_PAGE = 80
FIGURES_PAGE = 30

#: The script and the map that move a reader to an entry that is no longer on the page.
MAP_NAME = "anchors.json"
SCRIPT = "javascripts/anchors.js"

LABELS = {
    "earlier_milestones": {"en": "Earlier milestones on this axis, on the timeline by year", "ru": "Более ранние вехи этой оси — в хронологии по годам"},
    "more_figures": {"en": "All figures on this axis", "ru": "Все показатели этой оси"},
    "more_headlines": {"en": "Earlier headlines", "ru": "Более ранние заголовки"},
    "latest_headlines": {"en": "the newest", "ru": "самые новые"},
    "headline_pages": {"en": "Headlines", "ru": "Заголовки"},
    "by_year": {"en": "The timeline by year", "ru": "Хронология по годам"},
    "latest": {"en": "The newest milestones", "ru": "Самые новые вехи"},
    "pages": {"en": "Pages", "ru": "Страницы"},
    "rounds": {"en": "Rounds", "ru": "Раунды"},
    "round": {"en": "Round {n} of {total}", "ru": "Раунд {n} из {total}"},
    "next_round": {"en": "Next round", "ru": "Следующий раунд"},
    "part": {"en": "part {n}", "ru": "часть {n}"},
    "timeline_title": {"en": "Timeline: {when}", "ru": "Хронология: {when}"},
    "timeline_intro": {"en": "Milestones of {when}, oldest first, each marked with its axis.",
                       "ru": "Вехи за {when}, от старых к новым, у каждой отмечена ось."},
    "figures_title": {"en": "{axis}: all figures", "ru": "{axis}: все показатели"},
    "figures_intro": {"en": "Every figure on this axis, with its source and its date. The axis page shows the newest.",
                      "ru": "Все показатели этой оси, с источником и датой. На странице оси — самые свежие."},
    "headlines_title": {"en": "Headlines, sorted by axis: {span}", "ru": "Заголовки по осям: {span}"},
    "headlines_intro": {"en": "Real headlines, oldest first, each sorted onto its axis. The newest are on the which-axis page.",
                        "ru": "Настоящие заголовки, от старых к новым, у каждого — своя ось. Самые новые — на странице «По какой оси?»."},
    "quiz_title": {"en": "Which axis? The quiz, round {n}", "ru": "По какой оси? Викторина, раунд {n}"},
    "quiz_intro": {"en": "Older headlines from the site's data. Pick the axis that moved, or \"No axis named\".",
                   "ru": "Заголовки постарше из данных сайта. Выберите ось, которая сдвинулась, или «Ось не названа»."},
    "sources_title": {"en": "Sources: {span}", "ru": "Источники: {span}"},
    "sources_intro": {"en": "Every source the site cites, in author order; each links back to where it is cited.",
                      "ru": "Все источники сайта в алфавитном порядке авторов; у каждого — ссылки туда, где он цитируется."},
    "year": {"en": "{year}", "ru": "{year} год"},
}


def say(key: str, lang: str, **values) -> str:
    words = LABELS[key]
    return words.get(lang, words["en"]).format(**values)


@dataclass(frozen=True)
class Part:
    """One page of a list: its URL (relative to the edition root), what it is called, its entries' ids."""

    url: str
    name: str  # what a link to it says: '2025', '2025 (2)', 'A–F', '3'
    ids: tuple[str, ...]
    key: str = ""  # the year, the axis, the round number: what the page's title is made of
    number: int = 1
    of: int = 1


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _by_date(records) -> list:
    return sorted(records, key=lambda r: (r["date"], r["id"]))


# --- Milestones ---------------------------------------------------------------------------


def axis_milestones(data: Data, axis: str) -> tuple[list, list]:
    """(shown on the axis page, oldest first; the older rest): the newest AXIS_MILESTONES."""
    ordered = _by_date(m for m in data.milestones if m["axis"] == axis)
    cut = max(0, len(ordered) - AXIS_MILESTONES)
    return ordered[cut:], ordered[:cut]


def timeline_latest(data: Data) -> list:
    """The newest milestones, oldest first: what /timeline/ lists under its chart."""
    return _by_date(data.milestones)[-TIMELINE_LATEST:]


def timeline_parts(data: Data) -> list[Part]:
    """One page per year, oldest year first; a year with more than TIMELINE_PAGE milestones is split."""
    years: dict[str, list] = defaultdict(list)
    for m in _by_date(data.milestones):
        years[m["date"][:4]].append(m)
    parts = []
    for year in sorted(years):
        chunks = _chunks(years[year], TIMELINE_PAGE)
        for n, chunk in enumerate(chunks, start=1):
            url = f"timeline/{year}/" + (f"{n}/" if n > 1 else "")
            name = year if len(chunks) == 1 else f"{year} ({n})"
            parts.append(Part(url, name, tuple(m["id"] for m in chunk), year, n, len(chunks)))
    return parts


# --- Figures ------------------------------------------------------------------------------


def axis_figures(data: Data, axis: str) -> tuple[list, list]:
    """(shown on the axis page, the rest), each in data order: the AXIS_FIGURES newest by `as_of`."""
    figures = [f for f in data.figures if f["axis"] == axis and not f.get("page")]
    newest = sorted(range(len(figures)), key=lambda i: (figures[i]["as_of"], -i), reverse=True)[:AXIS_FIGURES]
    keep = set(newest)
    return [f for i, f in enumerate(figures) if i in keep], [f for i, f in enumerate(figures) if i not in keep]


def figure_parts(data: Data, axis: str) -> list[Part]:
    """Every figure of the axis, in data order, on `axes/<axis>/figures/` pages; none if the axis page shows them all."""
    shown, rest = axis_figures(data, axis)
    if not rest:
        return []
    figures = [f for f in data.figures if f["axis"] == axis and not f.get("page")]
    chunks = _chunks(figures, FIGURES_PAGE)
    return [
        Part(f"axes/{axis}/figures/" + (f"{n}/" if n > 1 else ""), str(n), tuple(f["id"] for f in chunk), axis, n, len(chunks))
        for n, chunk in enumerate(chunks, start=1)
    ]


# --- Headlines ----------------------------------------------------------------------------


def axis_headlines(data: Data, axis: str) -> tuple[list, list]:
    ordered = _by_date(h for h in data.headlines if h["axis"] == axis)
    cut = max(0, len(ordered) - AXIS_HEADLINES)
    return ordered[cut:], ordered[:cut]


def which_axis_headlines(data: Data) -> tuple[list, list]:
    """(shown on the which-axis page, the older rest), oldest first."""
    ordered = _by_date(data.headlines)
    cut = max(0, len(ordered) - WHICH_AXIS_HEADLINES)
    return ordered[cut:], ordered[:cut]


def headline_parts(data: Data) -> list[Part]:
    """The headlines the which-axis page does not show, oldest first, on `which-axis/headlines/<n>/`."""
    _, rest = which_axis_headlines(data)
    if not rest:
        return []
    chunks = _chunks(rest, HEADLINES_PAGE)
    # Each page is named by the years it spans ('2017–2024'), numbered where two would read alike.
    spans = [chunk[0]["date"][:4] + ("" if chunk[0]["date"][:4] == chunk[-1]["date"][:4] else "\u2013" + chunk[-1]["date"][:4])
             for chunk in chunks]
    names = [span if spans.count(span) == 1 else f"{span} ({spans[:n].count(span)})" for n, span in enumerate(spans, start=1)]
    return [
        Part("which-axis/headlines/" + (f"{n}/" if n > 1 else ""), names[n - 1], tuple(h["id"] for h in chunk), "", n, len(chunks))
        for n, chunk in enumerate(chunks, start=1)
    ]


# --- Quiz ---------------------------------------------------------------------------------


def quiz_rounds(data: Data) -> list[Part]:
    """Rounds of QUIZ_ROUND questions, newest headlines first: round 1 is /quiz/ itself."""
    ordered = sorted(data.headlines, key=lambda h: (h["date"], h["id"]), reverse=True)
    chunks = _chunks(ordered, QUIZ_ROUND)
    return [
        Part("quiz/" + (f"{n}/" if n > 1 else ""), str(n), tuple(h["id"] for h in chunk), "", n, len(chunks))
        for n, chunk in enumerate(chunks, start=1)
    ]


# --- Sources ------------------------------------------------------------------------------


def source_order(data: Data) -> list:
    return sorted(data.sources, key=lambda s: (s["authors"].lower(), s["date"], s["id"]))


def _initial(source: Mapping) -> str:
    return (source["authors"].strip()[:1] or "?").upper()


def source_parts(data: Data) -> list[Part]:
    """Sources in author order, SOURCES_PAGE to a page: /sources/, /sources/2/, ...; each named by its authors' initials."""
    chunks = _chunks(source_order(data), SOURCES_PAGE)
    parts = []
    for n, chunk in enumerate(chunks, start=1):
        first, last = (_initial(chunk[0]), _initial(chunk[-1])) if chunk else ("", "")
        name = first if first == last else f"{first}\u2013{last}"
        parts.append(Part("sources/" + (f"{n}/" if n > 1 else ""), name, tuple(s["id"] for s in chunk), "", n, len(chunks)))
    return parts


# --- Where everything is ------------------------------------------------------------------


def _placed(data: Data) -> dict[tuple[str, str], str]:
    """(collection, id) -> where the entry is shown, 'page/#id', relative to the edition root."""
    places: dict[tuple[str, str], str] = {}
    for part in timeline_parts(data):
        for i in part.ids:
            places[("milestones", i)] = f"{part.url}#{i}"
    for axis in data.axes:
        for m in axis_milestones(data, axis["id"])[0]:
            places[("milestones", m["id"])] = f"axes/{axis['id']}/#{m['id']}"
        for part in figure_parts(data, axis["id"]):
            for i in part.ids:
                places[("figures", i)] = f"{part.url}#{i}"
        for f in axis_figures(data, axis["id"])[0]:
            places[("figures", f["id"])] = f"axes/{axis['id']}/#{f['id']}"
    for part in headline_parts(data):
        for i in part.ids:
            places[("headlines", i)] = f"{part.url}#{i}"
    for h in which_axis_headlines(data)[0]:
        places[("headlines", h["id"])] = f"which-axis/#{h['id']}"
    for part in source_parts(data):
        for i in part.ids:
            places[("sources", i)] = f"{part.url}#{i}"
    return places


_CACHE: list = []  # [(data, places, sources by id)]: the data set last placed (kept alive, so its identity is its key)


def places(data: Data) -> dict[tuple[str, str], str]:
    if not (_CACHE and _CACHE[0][0] is data):
        _CACHE[:] = [(data, _placed(data), {s["id"]: s for s in data.sources})]
    return _CACHE[0][1]


def shown(data: Data, collection: str, record: Mapping) -> str:
    """Where the entry is on the site today ('timeline/2024/#gpt-4o'); its permanent address if it is not paged."""
    return places(data).get((collection, record["id"])) or home(collection, record)


def shown_source(source_id: str, record: Mapping) -> str | None:
    """Where a source is listed, for a citation link that has the source's record and no data: the
    placement of the data set last placed, if this record is from it."""
    if _CACHE:
        _, found, sources = _CACHE[0]
        place = found.get(("sources", source_id))
        if place and sources.get(source_id) is record:
            return place
    return None


def on_pages(data: Data) -> dict[str, set[str]]:
    """Per list page (URL relative to the edition root): the anchors of the entries it shows."""
    pages: dict[str, set[str]] = defaultdict(set)
    for axis in data.axes:
        page = pages[f"axes/{axis['id']}/"]
        page.update(m["id"] for m in axis_milestones(data, axis["id"])[0])
        page.update(f["id"] for f in axis_figures(data, axis["id"])[0])
        page.update(h["id"] for h in axis_headlines(data, axis["id"])[0])
        for part in figure_parts(data, axis["id"]):
            pages[part.url].update(part.ids)
    pages["timeline/"].update(m["id"] for m in timeline_latest(data))
    for part in timeline_parts(data):
        pages[part.url].update(part.ids)
    pages["which-axis/"].update(h["id"] for h in which_axis_headlines(data)[0])
    for part in headline_parts(data):
        pages[part.url].update(part.ids)
    for part in quiz_rounds(data):
        pages[part.url].update(f"quiz-{i}" for i in part.ids)
    for part in source_parts(data):
        pages[part.url].update(part.ids)
    return pages


_MOVED: list = []  # [(data, moved)]


def moved(data: Data) -> dict[str, dict[str, str]]:
    """moved_entries(data), computed once per data set (the build asks on every page)."""
    if not (_MOVED and _MOVED[0][0] is data):
        _MOVED[:] = [(data, moved_entries(data))]
    return _MOVED[0][1]


def moved_entries(data: Data) -> dict[str, dict[str, str]]:
    """Per list page (URL relative to the edition root): {anchor: where it is now} for each entry of its list shown elsewhere.

    A page's list is what it held before it was bounded, and what a published URL#anchor may
    name: an axis page its milestones, figures and headlines; the timeline and a year's pages
    that year's milestones; the which-axis page, its headline pages and the quiz their
    headlines; the sources pages the sources.
    """
    where = places(data)
    shown_on = on_pages(data)
    lists: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for m in data.milestones:
        lists[f"axes/{m['axis']}/"].append(("milestones", m["id"]))
        lists["timeline/"].append(("milestones", m["id"]))
    years: dict[str, list[tuple[str, str]]] = defaultdict(list)
    timeline = timeline_parts(data)
    for part in timeline:
        years[part.key] += [("milestones", i) for i in part.ids]
    for part in timeline:
        lists[part.url] += years[part.key]
    for axis in data.axes:
        figures = [("figures", f["id"]) for f in data.figures if f["axis"] == axis["id"] and not f.get("page")]
        lists[f"axes/{axis['id']}/"] += figures
        for part in figure_parts(data, axis["id"]):
            lists[part.url] += figures
    headlines = [("headlines", h["id"]) for h in data.headlines]
    for h in data.headlines:
        lists[f"axes/{h['axis']}/"].append(("headlines", h["id"]))
    for url in ["which-axis/", *(part.url for part in headline_parts(data))]:
        lists[url] += headlines
    for part in source_parts(data):
        lists[part.url] += [("sources", s["id"]) for s in data.sources]
    maps: dict[str, dict[str, str]] = {}
    for page, entries in lists.items():
        found = {i: where.get((c, i)) or home(c, data.get(c, i)) for c, i in entries if i not in shown_on.get(page, ())}
        if found:
            maps[page] = found
    rounds = quiz_rounds(data)
    for part in rounds:
        found = {f"quiz-{i}": f"{other.url}#quiz-{i}" for other in rounds if other.url != part.url for i in other.ids}
        if found:
            maps[part.url] = found
    return {page: dict(sorted(found.items())) for page, found in sorted(maps.items())}


# --- What a page says about its other parts -----------------------------------------------


def pager(parts: list[Part], root: str, current: str | None, heading: str, lang: str) -> Markup:
    """'Pages: 2011 · 2012 · …' as a nav of links (the current part not linked): every part one click away, without JavaScript."""
    if len(parts) < 2 and current is not None:
        return Markup("")
    links = Markup(" · ").join(
        Markup('<span aria-current="page">{}</span>').format(p.name) if p.url == current
        else Markup('<a href="{}{}">{}</a>').format(root, p.url, p.name)
        for p in parts
    )
    return Markup('<nav class="sa-pager" aria-label="{h}"><p><strong>{h}:</strong> {links}</p></nav>').format(h=heading, links=links)


def when_label(part: Part, lang: str) -> str:
    """'2025' or '2025, part 2' for a timeline page."""
    year = say("year", lang, year=part.key)
    return year if part.of == 1 else f"{year}, {say('part', lang, n=part.number)}"


def first_date(data: Data, part: Part, lang: str) -> str:
    return date(data.get("milestones", part.ids[0])["date"], lang) if part.ids else ""
