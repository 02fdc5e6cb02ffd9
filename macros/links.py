"""Where each record lives on the site, and links to it.

Ids are anchors, so every record has one home URL (`axes/algorithms/#flashattention`).
Links are relative to the edition's root (`root` is "../../" on an axis page), so the
same HTML works under `/`, `/ru/` and any sub-path the site is deployed at.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

from markupsafe import Markup

from macros.text import DEFAULT_LANG, LANGS, as_heading, axis_title, esc, label, markdown_inert, plain, year

#: The page (relative to the edition root) where records of each collection live.
HOMES = {
    "axes": "axes/{id}/",
    "milestones": "axes/{axis}/#{id}",
    "figures": "axes/{axis}/#{id}",
    "modalities": "modalities/#{id}",
    "fallacies": "fallacies/{id}/",
    "headlines": "which-axis/#{id}",
    "ceilings": "ceilings/#{id}",
    "promises": "promises/#{id}",
    "biases": "paradox/#{id}",
    "trends": "axes/pretraining/#{id}",  # the training-compute chart's table
    "sources": "sources/#{id}",
    "changes": "changes/#{id}",
}


#: Where a record with a `page` field lives instead (a figure on /limits/ or /measuring/).
PAGE_HOME = "{page}/#{id}"


def home(collection: str, record: Mapping) -> str:
    """The record's permanent address, relative to the edition root."""
    pattern = PAGE_HOME if record.get("page") else HOMES[collection]
    return pattern.format(id=record["id"], axis=record.get("axis", ""), page=record.get("page", ""))


def permalink(site_url: str, lang: str, path: str) -> str:
    """The absolute address of `path` (relative to the edition root, '#anchor' allowed) in `lang`:
    what previews, citations, feeds and downloads publish."""
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return f"{site_url.rstrip('/')}/{prefix}{path}"


#: Collections of dated, attributed quotes: a link names who said it and when, not the quote.
QUOTE_COLLECTIONS = ("ceilings", "promises")

#: The field that names a record of each collection in a link to it.
TITLE_FIELDS = {
    "axes": "name",
    "milestones": "title",
    "figures": "label",
    "modalities": "name",
    "headlines": "headline",
    "biases": "name",
    "trends": "name",
}


def short_title(collection: str, record: Mapping, lang: str) -> str:
    """What a link to the record says: its title, or for a ceiling or promise (a long quote) who said it and when."""
    if collection in QUOTE_COLLECTIONS:
        return f"{plain(record['who'], lang)}, {year(record['date'])}"
    return plain(record[TITLE_FIELDS[collection]], lang)


def entry_title(collection: str, entry: Mapping, lang: str) -> str:
    """What a link to any entry says: its short title, a red flag's claim, a source's title."""
    if collection in TITLE_FIELDS or collection == "ceilings":
        return short_title(collection, entry, lang)
    if "claim" in entry:
        return plain(entry["claim"], lang)
    return str(entry.get("title", entry["id"]))


def edition(url: str) -> tuple[str, str]:
    """(language, path within the edition) for a page URL: 'ru/axes/algorithms/' -> ('ru', 'axes/algorithms/')."""
    for lang in LANGS:
        if lang != DEFAULT_LANG and (url == f"{lang}/" or url.startswith(f"{lang}/")):
            return lang, url[len(lang) + 1 :]
    return DEFAULT_LANG, url


def page_position(url: str) -> tuple[str, str]:
    """(language, root) for a page URL such as 'ru/axes/algorithms/' or 'sources/'."""
    lang, path = edition(url)
    parts = [p for p in path.split("/") if p]
    if parts and "." in parts[-1]:  # 'page.html' without directory URLs
        parts = parts[:-1]
    return lang, "../" * len(parts)


#: Words that join an author list, by language; names themselves stay as published.
_ET_AL = re.compile(r"\bet al\.")
_LAST_JOIN = re.compile(r" (?:and|&) ")


def authors(source: Mapping, lang: str = DEFAULT_LANG) -> str:
    """The author list joined as a reader of `lang` writes it.

    'Snell, Lee, Xu and Kumar' stays in English and reads 'Snell, Lee, Xu и Kumar' in
    Russian; 'Villalobos et al.' becomes 'Villalobos и др.'; '&' becomes 'and' or 'и'.
    Text in parentheses (a team named inside an organisation) keeps its words.
    """
    names = source["authors"]
    join = " и " if lang == "ru" else " and "
    parts = re.split(r"(\([^)]*\))", names)
    parts = [part if part.startswith("(") else _LAST_JOIN.sub(join, part) for part in parts]
    names = "".join(parts)
    return _ET_AL.sub("и\u00a0др.", names) if lang == "ru" else names


def source_label(source: Mapping, lang: str = DEFAULT_LANG) -> str:
    """'Kaplan et al. 2020' ('Kaplan и др. 2020'): short enough for a citation, enough to recognise the source."""
    return f"{authors(source, lang)} {year(source['date'])}"


def cite(source_ids: Iterable[str], sources: Mapping[str, Mapping], root: str, lang: str = DEFAULT_LANG) -> Markup:
    """Bracketed links to the sources page: every number on the site shows where it comes from.

    The link names the source by author and year; its full title is one click away on the
    sources page (a title attribute repeating it on every citation cost pages kilobytes).
    """
    from macros.paging import shown_source  # the page each source is listed on, once the data is paged

    links = [
        Markup('<a href="{}{}">{}</a>').format(
            root, shown_source(source_id, sources[source_id]) or f"sources/#{source_id}",
            markdown_inert(esc(source_label(sources[source_id], lang)))
        )
        for source_id in source_ids
    ]
    if not links:
        return Markup("")
    return Markup('<span class="sa-cite">[') + Markup("; ").join(links) + Markup("]</span>")


def anchor(record_id: str, lang: str, name: str) -> Markup:
    """A visible '#' that links to the record itself: what a debater copies. A screen reader
    announces it by the record's `name` (its title), never by its id."""
    return Markup('<a class="sa-anchor" href="#{}" title="{}" aria-label="{}">#</a>').format(
        record_id, label("copy_link", lang), f"{label('copy_link', lang)}: {as_heading(name)}"
    )


def anchor_name(collection: str, record: Mapping, lang: str) -> str:
    """What a record's '#' link is announced as: its short title (a ceiling or promise: who and when)."""
    if collection in TITLE_FIELDS or collection in QUOTE_COLLECTIONS:
        return short_title(collection, record, lang)
    return entry_title(collection, record, lang)


def by_id(records: Iterable[Mapping]) -> dict[str, Mapping]:
    return {r["id"]: r for r in records}


def axis_link(axis: Mapping, lang: str, root: str) -> Markup:
    """'Axis 3: Algorithms', linked to the axis page."""
    return Markup('<a class="sa-axis-link sa-axis-{}" href="{}axes/{}/">{}</a>').format(
        axis["id"], root, axis["id"], axis_title(axis["number"], plain(axis["short"], lang), lang)
    )
