"""Key figures: every number the prose states, with its source and its date.

A figure that states where things stand (not `history: true`) also carries the
"may be out of date" mark once its date is more than 12 months old (macros/freshness.py).
"""

from __future__ import annotations

from markupsafe import Markup

from macros.render import citation
from macros import freshness, paging
from macros.render.changes import updated
from macros.data import Data
from macros.links import anchor, axis_link, by_id, cite
from macros.text import date, label, markdown_inert, plain, scrolls, text


def table(data: Data, lang: str = "en", root: str = "", axis: str | None = None, page: str | None = None,
          ids: tuple[str, ...] | list[str] | None = None, site: citation.Site | None = None,
          part: paging.Part | None = None) -> str:
    """Figures as a table: what, how much, as of when, says who.

    `axis`: the figures an axis page lists (not those that live on another page), its key
    ones if there are many (macros/paging.py), with a link to the pages of all of them (`part`);
    `page`: the figures that live on that page (`limits`, `measuring`), each with the
    axis it bears on, optionally only `ids` of them, in that order; neither: every figure.
    """
    sources, axes = by_id(data.sources), by_id(data.axes)
    if page:
        chosen = [f for f in data.figures if f.get("page") == page]
        if ids is not None:
            found = by_id(chosen)
            chosen = [found[i] for i in ids]
    elif part is not None:
        found = by_id(data.figures)
        chosen = [found[i] for i in part.ids]
    elif axis:
        chosen = paging.axis_figures(data, axis)[0]
    else:
        chosen = list(data.figures)
    rows = []
    for figure in chosen:
        note = Markup('<br><span class="sa-note">{}</span>').format(text(figure["note"], lang)) if "note" in figure else Markup("")
        bears_on = Markup("<td>{}</td>").format(axis_link(axes[figure["axis"]], lang, root)) if page else Markup("")
        rows.append(
            Markup('<tr id="{}"><td>{} {}{}</td><td><strong>{}</strong>{}</td>{}<td>{}{}</td><td>{}</td></tr>').format(
                figure["id"],
                text(figure["label"], lang),
                anchor(figure["id"], lang, plain(figure["label"], lang)) + updated(data, figure["id"], lang, root),
                citation.entry("figures", figure, lang, site),
                text(figure["value"], lang),
                note,
                bears_on,
                date(figure["as_of"], lang),
                freshness.mark(figure["as_of"], data.built, lang) if freshness.ages(figure) else Markup(""),
                cite(figure["sources"], sources, root, lang),
            )
        )
    bears_head = Markup("<th>{}</th>").format(label("bears_on", lang)) if page else Markup("")
    head = Markup("<thead><tr><th>{}</th><th>{}</th>{}<th>{}</th><th>{}</th></tr></thead>").format(
        label("figure", lang), label("value", lang), bears_head, label("as_of", lang).capitalize(), label("source", lang)
    )
    after = Markup("")
    if part is not None or (axis and not page):
        parts = paging.figure_parts(data, part.key if part is not None else axis)
        after = paging.pager(parts, root, part.url if part is not None else None, paging.say("more_figures", lang), lang) if parts else after
    # Indexed row by row (macros/site/search.py), not as one search result.
    return str(scrolls(Markup('<table class="sa-figures" data-search-exclude>{}<tbody>{}</tbody></table>').format(head, Markup("").join(rows))) + after)


def inline(data: Data, figure_id: str, lang: str = "en", root: str = "") -> str:
    """One figure inside a sentence of prose: its value and its source, never a bare number.

    A figure that can age also says when it was measured, "(as of June 2024)", and is marked
    when that is old; a dated result (`history: true`) is dated by its citation's year.
    """
    figure = data.get("figures", figure_id)
    when = Markup("")
    if freshness.ages(figure):
        when = Markup(' <span class="sa-asof">({} {})</span>{}').format(
            label("as_of", lang), markdown_inert(Markup.escape(date(figure["as_of"], lang))), freshness.mark(figure["as_of"], data.built, lang)
        )
    return str(
        Markup('<span class="sa-figure">{}</span>{}&#8239;{}').format(
            text(figure["value"], lang, inline=True), when, cite(figure["sources"], by_id(data.sources), root, lang)
        )
    )
