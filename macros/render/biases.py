"""Why practitioners mis-forecast: each bias, how it shows, and its source or an opinion label."""

from __future__ import annotations

from markupsafe import Markup

from macros.render.changes import updated
from macros.data import Data
from macros.links import anchor, by_id, cite
from macros.text import label, plain, text


def render(data: Data, lang: str = "en", root: str = "") -> str:
    sources = by_id(data.sources)
    items = []
    for b in data.biases:
        support = (
            cite(b["sources"], sources, root, lang)
            if b.get("sources")
            else Markup('<span class="sa-opinion">{}</span>').format(label("opinion", lang))
        )
        items.append(
            Markup(
                '<li class="sa-bias" id="{id}"><p><strong>{name}</strong> {anchor}</p>'
                "<p>{description}</p><p><em>{example_label}:</em> {example}</p><p>{support}</p></li>"
            ).format(
                id=b["id"],
                name=text(b["name"], lang),
                anchor=anchor(b["id"], lang, plain(b["name"], lang)) + updated(data, b["id"], lang, root),
                description=text(b["description"], lang),
                example_label=label("example", lang),
                example=text(b["example"], lang),
                support=support,
            )
        )
    return str(Markup('<ul class="sa-biases">') + Markup("").join(items) + Markup("</ul>"))
