"""Material's search, made to find the entry: applied by the build hook.

Every milestone, figure, red flag, headline, ceiling and promise is its own search result
(`entries()`): it opens at the entry's anchor where the entry is shown (macros/paging.py),
is titled by its title or claim (the title weighs most), and says a short snippet. The lists
themselves are left out of their pages' search text (`data-search-exclude` on the list) and
the pages a list continues on are not indexed, so no page of entries is one huge result; any
other section's text is cut to SNIPPET_MAX characters, so no result is taller than a phone
screen. A red flag is also found by the words people use for its claim (`search_terms` in
data/fallacies.yml, an unshown field of its own).

The dialog has no accessible name (Lighthouse: aria-dialog-name); it sits in a generated
partial outside main.html's blocks, so the hook names it in each page's HTML rather than
forking the partial. The index holds both editions (mkdocs-static-i18n stacks them) and is
written with every Cyrillic letter as a six-byte \\uXXXX escape: the hook splits it into one
index per edition (each edition's pages fetch only their own, and only when the reader
first searches: docs/javascripts/search-on-demand.js), each as compact UTF-8.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

from markupsafe import escape

from macros import paging
from macros.data import Data
from macros.links import short_title
from macros.text import DEFAULT_LANG, axis_title, date, label, plain

#: Material's opening tag of the dialog, as 9.8 writes it.
DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def name_dialog(html: str, lang: str) -> str:
    """The page with its search dialog labelled in `lang`; unchanged if the theme's markup differs."""
    return html.replace(DIALOG, DIALOG[:-1] + f' aria-label="{escape(label("search", lang))}">', 1)


def compact_index(index: bytes) -> bytes:
    """The same search index as compact UTF-8 JSON (the worker parses it unchanged)."""
    return json.dumps(json.loads(index), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def index_path(lang: str, default_lang: str = "en") -> str:
    """Where an edition's search index is written, from the site root."""
    return "search/search_index.json" if lang == default_lang else f"{lang}/search/search_index.json"


def split_index(index: bytes, langs: Iterable[str], default_lang: str = "en") -> dict[str, bytes]:
    """The stacked index as one compact UTF-8 index per edition: {path from the site root: JSON}.

    An entry belongs to the edition whose folder its location starts with ('ru/...'), the
    rest to the default edition. Locations stay relative to the site root, where Material's
    worker resolves them. The default edition's index keeps only its own word rules; the
    others keep the stacked index's (the Russian pages quote English names and terms, and
    the multi-language pipeline is what finds them today). An edition with no entries gets no
    file, so a second pass over an already split index leaves the other editions' files alone.
    """
    data = json.loads(index)
    others = [lang for lang in langs if lang != default_lang]
    editions: dict[str, list] = {lang: [] for lang in [default_lang, *others]}
    for doc in data["docs"]:
        lang = next((lang for lang in others if doc["location"].startswith(f"{lang}/")), default_lang)
        editions[lang].append(doc)
    split = {}
    for lang, docs in editions.items():
        if not docs and lang != default_lang:
            continue
        config = dict(data["config"])
        if lang == default_lang:
            config["lang"] = [default_lang]
        split[index_path(lang, default_lang)] = compact_index(json.dumps({**data, "config": config, "docs": docs}).encode())
    return split


#: The longest a result's text may be, in characters: a section's text beyond it is cut.
SNIPPET_MAX = 400
#: An entry's snippet: its summary, value or answer, this long at most.
ENTRY_SNIPPET = 160
#: Field weights: the title weighs most, then the words people use for a red flag's claim.
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "terms": {"boost": 1000.0}, "tags": {"boost": 1000000.0}}


def clip(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most `limit` characters, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–-")
    return cut + "\u2026"


def _doc(location: str, title: str, snippet: str, terms: list[str] | None = None) -> dict:
    # Escaped as Material escapes the text it indexes (quotes stay: its highlighter counts characters).
    doc = {"location": location, "title": html.escape(title, quote=False), "text": html.escape(clip(snippet, ENTRY_SNIPPET), quote=False)}
    if terms:
        doc["terms"] = " ".join(terms)
    return doc


def entries(data: Data, lang: str) -> list[dict]:
    """One search document per entry, located where the entry is shown, relative to the site root."""
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    axes = {a["id"]: axis_title(a["number"], plain(a["short"], lang), lang) for a in data.axes}
    docs = []
    for m in data.milestones:
        docs.append(_doc(paging.shown(data, "milestones", m), plain(m["title"], lang),
                         f"{date(m['date'], lang)}. {axes[m['axis']]}. {plain(m['summary'], lang)}"))
    for f in data.figures:
        docs.append(_doc(paging.shown(data, "figures", f), f"{plain(f['label'], lang)}: {plain(f['value'], lang)}",
                         f"{axes[f['axis']]}. {label('as_of', lang).capitalize()} {date(f['as_of'], lang)}."
                         + (f" {plain(f['note'], lang)}" if "note" in f else "")))
    for f in data.fallacies:
        docs.append(_doc(paging.shown(data, "fallacies", f), plain(f["claim"], lang), plain(f["answer"], lang),
                         list(f.get("search_terms", {}).get(lang, ())) + (list(f.get("search_terms", {}).get(DEFAULT_LANG, ())) if lang != DEFAULT_LANG else [])))
    for h in data.headlines:
        docs.append(_doc(paging.shown(data, "headlines", h), f"\u201c{plain(h['headline'], lang)}\u201d",
                         f"{date(h['date'], lang)}. {axes[h['axis']]}. {plain(h['why'], lang)}"))
    for collection in ("ceilings", "promises"):
        for record in getattr(data, collection):
            docs.append(_doc(paging.shown(data, collection, record),
                             f"{short_title(collection, record, lang)}: {clip(plain(record['claim'], lang), 90)}",
                             plain(record["claim"], lang)))
    for doc in docs:
        doc["location"] = prefix + doc["location"]
    return docs


def with_entries(index: bytes, docs: list[dict], titles: dict[str, str], separator: str | None = None) -> bytes:
    """An edition's index with its entries added and every text cut to SNIPPET_MAX.

    Material groups results by page, under the page's first document; an entry on a page
    that has none (a page a list continues on, left out of the index) gets a bare one
    titled `titles[page]`. Entries follow their page's own documents.
    """
    data = json.loads(index)
    pages: dict[str, list[dict]] = {}
    for doc in data["docs"]:
        if len(doc["text"]) > SNIPPET_MAX:
            doc["text"] = html.escape(clip(_strip_tags(doc["text"]), SNIPPET_MAX), quote=False)
        pages.setdefault(doc["location"].partition("#")[0], []).append(doc)
    for doc in docs:
        page = doc["location"].partition("#")[0]
        if doc["location"] == page and page in pages:
            # An entry with a page of its own (a red flag): its page's document is its result.
            pages[page][0].setdefault("terms", doc.get("terms", ""))
            pages[page][0]["title"] = doc["title"]
            continue
        if page not in pages:
            pages[page] = [{"location": page, "title": titles.get(page, page), "text": ""}]
        pages[page].append(doc)
    data["docs"] = [doc for group in pages.values() for doc in group]
    data["config"] = {**data["config"], "fields": FIELDS, **({"separator": separator} if separator else {})}
    return compact_index(json.dumps(data).encode())


def _strip_tags(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))
