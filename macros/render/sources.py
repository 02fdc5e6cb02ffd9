"""The source list: every source once, with links back to everything that cites it."""

from __future__ import annotations

from markupsafe import Markup

from macros import paging
from macros.render.changes import updated
from macros.data import COLLECTIONS, Data
from macros.links import authors, by_id, short_title
from macros.text import date, end_sentence, esc, label

def citations(data: Data) -> dict[str, list[tuple[str, object]]]:
    """source id -> [(collection, record)] for every record that cites it, in data order."""
    cited: dict[str, list[tuple[str, object]]] = {s["id"]: [] for s in data.sources}
    for collection in COLLECTIONS:
        for record in getattr(data, collection):
            if collection == "sources":
                continue
            for source_id in record.get("sources", ()):
                cited[source_id].append((collection, record))
    return cited


def render(data: Data, lang: str = "en", root: str = "", part: paging.Part | None = None) -> str:
    """One page of the list, in author order: the first on /sources/, the others (`part`) on pages
    the build generates (macros/paging.py), each linking the others."""
    cited = citations(data)
    parts = paging.source_parts(data)
    part = part or parts[0]
    everything = by_id(data.sources)
    items = []
    for s in (everything[i] for i in part.ids):
        backlinks = Markup(", ").join(
            Markup('<a href="{}{}">{}</a>').format(root, paging.shown(data, collection, record), short_title(collection, record, lang))
            for collection, record in cited[s["id"]]
        )
        arxiv = Markup(" arXiv:{}.").format(s["arxiv"]) if "arxiv" in s else Markup("")
        confirmed = confirmed_through(s, lang)
        publisher = Markup(" {}").format(end_sentence(s["publisher"])) if "publisher" in s else Markup("")
        when = date(s["date"], lang)  # a Russian date already ends in "г."
        when = when if when.endswith(".") else f"{when}."
        items.append(
            Markup(
                '<li id="{id}"><p>{authors}. <cite>{title}</cite>{stop}{publisher} {when}{arxiv} '
                '<a class="sa-url" href="{url}">{url}</a>{confirmed}{updated}</p><p class="sa-backlinks">{cited_label}: {backlinks}</p></li>'
            ).format(
                id=s["id"],
                authors=esc(authors(s, lang).rstrip(".")),
                title=esc(s["title"]),
                stop="" if end_sentence(s["title"]) == s["title"].rstrip() else ".",
                publisher=publisher,
                when=when,
                arxiv=arxiv,
                url=s["url"],
                confirmed=confirmed,
                updated=updated(data, s["id"], lang, root),
                cited_label=label("cited_in", lang) if backlinks else label("not_cited", lang),
                backlinks=backlinks,
            )
        )
    pager = paging.pager(parts, root, part.url, paging.say("pages", lang), lang)
    return str(pager + Markup('<ol class="sa-sources" data-search-exclude>') + Markup("").join(items) + Markup("</ol>") + pager)


def confirmed_through(source, lang: str) -> Markup:
    """' Confirmed through: Reuters, The Verge.' where the primary could not be read and two pages that agree could."""
    pages = source.get("verified_via", ())
    if not pages:
        return Markup("")
    links = Markup(", ").join(
        Markup('<a href="{}"{}>{}</a>').format(p["url"], Markup(' title="{}"').format(p["title"]) if "title" in p else "", p["publisher"])
        for p in pages
    )
    return Markup(' <span class="sa-confirmed">{}: {}.</span>').format(label("confirmed_through", lang), links)
