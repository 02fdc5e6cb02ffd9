"""Milestones in date order: one axis's lane, or all six together."""

from __future__ import annotations

from markupsafe import Markup

from macros.render import citation
from macros.render.changes import updated
from macros.data import Data
from macros.links import anchor, axis_link, by_id, cite
from macros.text import date, plain, text


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None, site: citation.Site | None = None) -> str:
    """An ordered list by date; on the all-axes timeline each item says its axis.

    "Cite this" goes with a milestone's home, its axis page, whose permalink the citation
    carries anyway: on the all-axes timeline, which repeats every milestone, a block per
    item would only add weight.
    """
    sources, axes = by_id(data.sources), by_id(data.axes)
    milestones = sorted(
        (m for m in data.milestones if axis is None or m["axis"] == axis),
        key=lambda m: (m["date"], m["id"]),
    )
    items = []
    for m in milestones:
        tag = Markup("") if axis else Markup(" ") + axis_link(axes[m["axis"]], lang, root)
        items.append(
            Markup(
                '<li class="sa-milestone sa-axis-{axis}" id="{id}">'
                '<time datetime="{iso}">{when}</time> <strong>{title}</strong>{tag} {anchor}'
                "<p>{summary} {cite}</p>{cite_this}</li>"
            ).format(
                axis=m["axis"],
                id=m["id"],
                iso=m["date"],
                when=date(m["date"], lang),
                title=text(m["title"], lang),
                tag=tag,
                anchor=anchor(m["id"], lang, plain(m["title"], lang)) + updated(data, m["id"], lang, root),
                summary=text(m["summary"], lang),
                cite=cite(m["sources"], sources, root, lang),
                cite_this=citation.entry("milestones", m, lang, site) if axis else Markup(""),
            )
        )
    return str(Markup('<ol class="sa-timeline">') + Markup("").join(items) + Markup("</ol>"))
