"""The modality table: how much of each kind of data exists and how much training has used."""

from __future__ import annotations

from markupsafe import Markup

from macros.render.changes import updated
from macros.data import Data
from macros.links import by_id, cite
from macros.text import label, scrolls, text


def render(data: Data, lang: str = "en", root: str = "") -> str:
    sources = by_id(data.sources)
    rows = []
    for m in data.modalities:
        if m["sourced"]:
            support = cite(m["sources"], sources, root, lang)
        else:
            support = Markup(
                '<span class="sa-estimate">{}</span><details class="sa-reasoning"><summary>{}</summary><p>{}</p></details>{}'
            ).format(
                label("estimate", lang),
                label("estimate_why", lang),
                text(m["reasoning"], lang),
                cite(m.get("sources", ()), sources, root, lang),
            )
        rows.append(
            Markup('<tr id="{id}"><th scope="row">{name}</th><td>{stock} {support}</td><td>{tapped}</td><td>{status}</td></tr>').format(
                id=m["id"],
                name=text(m["name"], lang) + updated(data, m["id"], lang, root),
                stock=text(m["stock"], lang),
                support=support,
                tapped=text(m["tapped"], lang),
                status=label(f"tap.{m['status']}", lang),
            )
        )
    head = Markup("<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>").format(
        label("modality", lang), label("stock", lang), label("tapped", lang), label("status", lang)
    )
    return str(scrolls(Markup('<table class="sa-modalities">{}<tbody>{}</tbody></table>').format(head, Markup("").join(rows))))
