"""The ceilings ledger: who said progress would stop, when, and what happened next."""

from __future__ import annotations

from markupsafe import Markup

from macros.data import Data
from macros.links import anchor, axis_link, by_id, cite
from macros.text import date, label, text


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    sources, axes = by_id(data.sources), by_id(data.axes)
    items = []
    for c in sorted(data.ceilings, key=lambda c: (c["date"], c["id"])):
        if axis and c["axis"] != axis:
            continue
        items.append(
            Markup(
                '<li class="sa-ceiling sa-verdict-{verdict}" id="{id}">'
                '<p><time datetime="{iso}">{when}</time>, <strong>{who}</strong>: <q>{claim}</q> {anchor}</p>'
                '<p>{axis_link} &middot; {verdict_label}: <span class="sa-badge sa-verdict-{verdict}">{verdict_text}</span></p>'
                "<p><strong>{next_label}:</strong> {next}</p><p>{cite}</p></li>"
            ).format(
                verdict=c["verdict"],
                id=c["id"],
                iso=c["date"],
                when=date(c["date"], lang),
                who=text(c["who"], lang),
                claim=text(c["claim"], lang),
                anchor=anchor(c["id"], lang),
                axis_link=axis_link(axes[c["axis"]], lang, root),
                verdict_label=label("verdict", lang),
                verdict_text=label(f"verdict.{c['verdict']}", lang),
                next_label=label("next", lang),
                next=text(c["next"], lang),
                cite=cite(c["sources"], sources, root, lang),
            )
        )
    return str(Markup('<ol class="sa-ceilings">') + Markup("").join(items) + Markup("</ol>"))
