"""'Cite this': a page or an entry as a citation in text and in BibTeX, with its permalink.

Pure functions from a title, a permalink and the build's `Site` to text, and to a collapsed
<details> with the shared copy component (macros/render/copy.py) for each form. The year is the
build's: SOURCE_DATE_EPOCH where set (CI sets the last commit's time), so two builds of the
same commit give the same bytes. The access date is the reader's, never the build's (a
citation copied weeks after a build would carry a wrong one): the page carries an empty
slot that docs/javascripts/copy.js fills with the reader's today, and without the script
the citation simply has no access date.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from typing import Mapping

from markupsafe import Markup, escape

from macros.render import copy
from macros.data import build_date
from macros.links import edition, entry_title, home, permalink
from macros.text import DEFAULT_LANG, NBSP, date, label

#: BibTeX's special characters, as BibTeX writes them literally.
_BIBTEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
           "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
LANGUAGE_NAMES = {"en": "english", "ru": "russian"}


@dataclass(frozen=True)
class Site:
    """What every citation shares: the published address, the edition's name, the access date."""

    url: str
    name: str
    accessed: datetime.date

    @classmethod
    def from_config(cls, config: Mapping, lang: str | None = None, environ: Mapping[str, str] = os.environ) -> "Site":
        """From MkDocs' config; with `lang`, the edition's own site name (mkdocs-macros keeps a
        copy of the config made before mkdocs-static-i18n sets the Russian one)."""
        return cls(url=config["site_url"] or "", name=edition_site_name(config, lang), accessed=build_date(environ))


def edition_site_name(config: Mapping, lang: str | None) -> str:
    """The site_name of the i18n language entry for `lang`, else the config's site_name."""
    plugin = config["plugins"].get("i18n") if lang and "plugins" in config else None
    for language in getattr(getattr(plugin, "config", None), "languages", None) or ():
        if getattr(language, "locale", None) == lang and getattr(language, "site_name", None):
            return language.site_name
    return config["site_name"]


def text_citation(title: str, url: str, site: Site, lang: str, accessed: str = "") -> str:
    """English: author, title, site, year, URL, access date. Russian: GOST R 7.0.100 for a web page.

    `accessed` is the access date as the edition writes it (`accessed_clause`), or "" for none."""
    if lang == "ru":
        return (f"{label('cite.authors', lang)}. {title} // {site.name}.{NBSP}— {site.accessed.year}.{NBSP}— "
                f"URL: {url}{accessed}.")
    return f"{label('cite.authors', lang)}. \u201c{_quoted(title)}\u201d {site.name}, {site.accessed.year}. {url}{accessed}."


def accessed_clause(day: datetime.date, lang: str) -> str:
    """' (accessed 2 December 2026)', ' (дата обращения: 02.12.2026)': what the script writes for the reader's today."""
    if lang == "ru":
        return f" ({label('cite.accessed', lang)}: {day:%d.%m.%Y})"
    return f" ({label('cite.accessed', lang)} {date(day.isoformat(), lang).replace(NBSP, ' ')})"


#: What the script needs to write the reader's date: the edition's words around it, and its style.
ACCESSED_SLOT = {
    "en": {"before": " (accessed ", "after": ")", "style": "long"},
    "ru": {"before": " (дата обращения: ", "after": ")", "style": "numeric"},
}


def _slot(kind: str, lang: str) -> Markup:
    """An empty span that copy.js fills with the reader's access date (`kind` 'text' or 'bibtex')."""
    if kind == "bibtex":
        return Markup('<span class="sa-accessed" data-accessed="bibtex"></span>')
    words = ACCESSED_SLOT.get(lang, ACCESSED_SLOT[DEFAULT_LANG])
    return Markup('<span class="sa-accessed" data-accessed="{}" data-before="{}" data-after="{}"></span>').format(
        words["style"], words["before"], words["after"])


def _quoted(title: str) -> str:
    """A title set inside double quotes: quotes within it become single, and it ends with one full stop.

    'Red flag: “AI is a bubble.”' gives 'Red flag: ‘AI is a bubble.’', not '“Red flag: “AI is a bubble.”.”'.
    """
    title = title.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    return title if title.rstrip("\u2019").endswith((".", "?", "!")) else f"{title}."


def bibtex_escape(value: str) -> str:
    return "".join(_BIBTEX.get(c, c) for c in value)


def bibtex(key: str, title: str, url: str, site: Site, lang: str, accessed: datetime.date | None = None) -> str:
    """A @misc entry that biblatex and BibTeX (with the url package) both read; `urldate` only
    with a reader's access date (no 'note', which would repeat it in English on /ru/)."""
    fields = [
        ("author", "{" + bibtex_escape(label("cite.authors", lang)) + "}"),
        ("title", bibtex_escape(title)),
        ("howpublished", bibtex_escape(site.name)),
        ("year", str(site.accessed.year)),
        ("url", url),
        ("language", LANGUAGE_NAMES.get(lang, lang)),
    ]
    if accessed:
        fields.append(("urldate", accessed.isoformat()))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}"


def _braces_as_entities(text: str) -> Markup:
    """Escaped text with '{' and '}' as character references: the reader (and the copy button,
    which takes the text content) still gets BibTeX's braces, but no '{{' in the HTML can be
    taken for template code (tests/test_build.py looks for leaked '{{')."""
    return Markup(str(escape(text)).replace("{", "&#123;").replace("}", "&#125;"))


def block(title: str, url: str, key: str, element_id: str, lang: str, site: Site) -> Markup:
    """A collapsed 'Cite this': the citation and its BibTeX, each with a copy button.

    `element_id` contains '__' so the permalink record (macros/permalinks.py) does not
    count the blocks' ids as anchors readers link to; data-search-exclude keeps the
    citations out of the search index (Material's search plugin skips such blocks).
    """
    citation = text_citation(title, url, site, lang)
    cited = escape(citation[:-1]) + _slot("text", lang) + escape(citation[-1])
    entry = bibtex(key, title, url, site, lang)
    bib = _braces_as_entities(entry[:-2]) + _slot("bibtex", lang) + _braces_as_entities(entry[-2:])
    return Markup('<details class="sa-cite-this" data-search-exclude><summary>{}</summary>{}{}</details>').format(
        label("cite_this", lang),
        copy.block(cited, element_id, lang, button=label("cite.copy_text", lang)),
        copy.block(bib, f"{element_id}__bibtex", lang, button=label("cite.copy_bibtex", lang), preformatted=True),
    )


def entry(collection: str, record: Mapping, lang: str, site: Site | None) -> Markup:
    """'Cite this' for one entry, at its home (the same permalink on whichever page it is shown)."""
    if site is None:
        return Markup("")
    url = permalink(site.url, lang, home(collection, record))
    key = f"sixaxes-{record['id']}" + ("" if lang == DEFAULT_LANG else f"-{lang}")
    return block(entry_title(collection, record, lang), url, key, f"cite__{record['id']}", lang, site)


def page(title: str, url: str, site: Site) -> Markup:
    """'Cite this' for a whole page, from its URL as MkDocs has it ('ru/axes/algorithms/')."""
    lang, path = edition(url)
    slug = path.strip("/").replace("/", "-") or "home"
    key = f"sixaxes-{slug}" + ("" if lang == DEFAULT_LANG else f"-{lang}")
    return block(title, permalink(site.url, lang, path), key, "cite__page", lang, site)
