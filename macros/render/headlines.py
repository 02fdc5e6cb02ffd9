"""Real headlines sorted onto their axis, with what is precise where they are not."""

from __future__ import annotations

from markupsafe import Markup

from macros.render.changes import updated
from macros.data import Data
from macros.links import anchor, axis_link, by_id, cite
from macros.text import date, label, plain, text


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    sources, axes = by_id(data.sources), by_id(data.axes)
    items = []
    for h in sorted(data.headlines, key=lambda h: (h["date"], h["id"])):
        if axis and h["axis"] != axis:
            continue
        precise = (
            Markup('<p class="sa-precise"><strong>{}:</strong> {}</p>').format(label("precise", lang), text(h["precise"], lang))
            if "precise" in h
            else Markup("")
        )
        items.append(
            Markup(
                '<li class="sa-headline sa-axis-{axis}" id="{id}">'
                '<p><q>{headline}</q> <time datetime="{iso}">{when}</time> {anchor}</p>'
                '<p class="sa-verdict">&rarr; {axis_link}. {why}</p>{precise}<p>{cite}</p></li>'
            ).format(
                axis=h["axis"],
                id=h["id"],
                headline=text(h["headline"], lang),
                iso=h["date"],
                when=date(h["date"], lang),
                anchor=anchor(h["id"], lang, plain(h["headline"], lang)) + updated(data, h["id"], lang, root),
                axis_link=axis_link(axes[h["axis"]], lang, root),
                why=text(h["why"], lang),
                precise=precise,
                cite=cite(h["sources"], sources, root, lang),
            )
        )
    return str(Markup('<ul class="sa-headlines">') + Markup("").join(items) + Markup("</ul>"))
