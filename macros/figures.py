"""Key figures: every number the prose states, with its source and date."""

from __future__ import annotations

from markupsafe import Markup

from macros.data import Data
from macros.links import anchor, by_id, cite
from macros.text import date, label, text


def table(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    """The figures of one axis (or all) as a table: what, how much, as of when, says who."""
    sources = by_id(data.sources)
    rows = []
    for figure in data.figures:
        if axis and figure["axis"] != axis:
            continue
        note = Markup('<br><span class="sa-note">{}</span>').format(text(figure["note"], lang)) if "note" in figure else Markup("")
        rows.append(
            Markup('<tr id="{}"><td>{} {}</td><td><strong>{}</strong>{}</td><td>{}</td><td>{}</td></tr>').format(
                figure["id"],
                text(figure["label"], lang),
                anchor(figure["id"], lang),
                text(figure["value"], lang),
                note,
                date(figure["as_of"], lang),
                cite(figure["sources"], sources, root, lang),
            )
        )
    head = Markup("<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>").format(
        label("figure", lang), label("value", lang), label("as_of", lang).capitalize(), label("source", lang)
    )
    return str(Markup('<table class="sa-figures">{}<tbody>{}</tbody></table>').format(head, Markup("").join(rows)))


def inline(data: Data, figure_id: str, lang: str = "en", root: str = "") -> str:
    """One figure inside a sentence of prose: its value and its source, never a bare number."""
    figure = data.get("figures", figure_id)
    return str(
        Markup('<span class="sa-figure">{}</span>&#8239;{}').format(
            text(figure["value"], lang, inline=True), cite(figure["sources"], by_id(data.sources), root, lang)
        )
    )
