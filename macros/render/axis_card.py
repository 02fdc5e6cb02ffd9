"""One axis's facts from the data: the summary box, the ceiling talk, and what to watch."""

from __future__ import annotations

from markupsafe import Markup

from macros import freshness
from macros.render.changes import updated
from macros.data import Data
from macros.links import by_id, cite
from macros.text import date, label, text


def summary(data: Data, axis_id: str, lang: str = "en", root: str = "") -> str:
    """What the axis is, what it scales, and its status, as of its newest source (marked if that is old)."""
    axis = data.get("axes", axis_id)
    sources = by_id(data.sources)
    as_of = freshness.axis_as_of(axis, sources)
    rows = [
        (label("definition", lang), text(axis["definition"], lang)),
        (label("scales", lang), text(axis["scales"], lang)),
        (
            label("status", lang),
            Markup('<span class="sa-badge sa-status-{}">{}</span> {} <span class="sa-asof">({} {})</span>{} {}').format(
                axis["status"],
                label(f"status.{axis['status']}", lang),
                text(axis["status_note"], lang),
                label("as_of", lang),
                date(as_of, lang),
                freshness.mark(as_of, data.built, lang),
                cite(axis["sources"], sources, root, lang) + updated(data, axis["id"], lang, root),
            ),
        ),
    ]
    body = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(term, value) for term, value in rows)
    return str(Markup('<dl class="sa-axis-card sa-axis-{}">{}</dl>').format(axis["id"], body))


def ceiling_talk(data: Data, axis_id: str, lang: str = "en", root: str = "") -> str:
    axis = data.get("axes", axis_id)
    return str(Markup('<p class="sa-ceiling-talk">{}</p>').format(text(axis["ceiling_talk"], lang)))


def watch(data: Data, axis_id: str, lang: str = "en", root: str = "") -> str:
    axis = data.get("axes", axis_id)
    items = Markup("").join(Markup("<li>{}</li>").format(text(item, lang)) for item in axis["watch"])
    return str(Markup('<ul class="sa-watch">{}</ul>').format(items))
