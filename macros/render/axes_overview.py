"""The six axes at a glance: the home page's list, one line of status per axis."""

from __future__ import annotations

from markupsafe import Markup

from macros import freshness
from macros.data import Data
from macros.links import by_id
from macros.text import date, label, text


def render(data: Data, lang: str = "en", root: str = "") -> str:
    sources = by_id(data.sources)
    items = []
    for axis in sorted(data.axes, key=lambda a: a["number"]):
        items.append(
            Markup(
                '<li class="sa-axis sa-axis-{id} sa-status-{status}" id="{id}">'
                '<a href="{root}axes/{id}/"><span class="sa-axis-number">{number}</span> '
                "<strong>{name}</strong></a> "
                '<span class="sa-badge sa-status-{status}">{status_label}</span>'
                '<span class="sa-axis-definition">{definition}</span>'
                '<span class="sa-asof">{as_of_label} {as_of}</span>{stale}</li>'
            ).format(
                id=axis["id"],
                status=axis["status"],
                root=root,
                number=axis["number"],
                name=text(axis["name"], lang),
                status_label=label(f"status.{axis['status']}", lang),
                definition=text(axis["definition"], lang),
                as_of_label=label("as_of", lang),
                as_of=date(freshness.axis_as_of(axis, sources), lang),
                stale=freshness.mark(freshness.axis_as_of(axis, sources), data.built, lang),
            )
        )
    return str(Markup('<ol class="sa-axes">') + Markup("").join(items) + Markup("</ol>"))
