"""Fixes to Material's search, applied by the build hook.

The dialog has no accessible name (Lighthouse: aria-dialog-name); it sits in a generated
partial outside main.html's blocks, so the hook names it in each page's HTML rather than
forking the partial. The index holds both editions (mkdocs-static-i18n stacks them) and is
written with every Cyrillic letter as a six-byte \\uXXXX escape: the hook splits it into one
index per edition (each edition's pages fetch only their own, and only when the reader
first searches: docs/javascripts/search-on-demand.js), each as compact UTF-8.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from markupsafe import escape

from macros.text import label

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
