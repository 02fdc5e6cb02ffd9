"""The six axes at a glance: each axis's status as a shape, and its latest milestone.

The thesis in one picture: one curve flattens under a ceiling, the others keep rising.
Status is shown three ways (shape, word, table), never by colour alone.
"""

from __future__ import annotations

from markupsafe import Markup

from macros.render.charts.svg import SMALL, WIDTH, figure, num, svg, text, wrap
from macros.data import Data
from macros.links import axis_link, home
from macros.text import date, label, plain, scrolls, text as field_text, year

#: A 40×26 picture of each status: a curve under a dashed ceiling, a rising arrow, a late start.
GLYPHS = {
    "saturating": '<path d="M0 3H40" class="sa-c-ceiling"/><path d="M0 25C8 11 16 7 40 7" class="sa-c-glyph"/>',
    "moving": '<path d="M0 25L38 5M28 4.6L38 5L32.7 13.5" class="sa-c-glyph"/>',
    "early": '<path d="M0 25H20L38 13M28 13.6L38 13L33.6 22" class="sa-c-glyph"/>',
}
TEXT_X = 52  # where an axis's words start, right of its glyph
LINE = 16  # height of one wrapped line of the milestone


def _latest(data: Data, axis_id: str):
    milestones = [m for m in data.milestones if m["axis"] == axis_id]
    return max(milestones, key=lambda m: (m["date"], m["id"])) if milestones else None


def render(data: Data, lang: str = "en", root: str = "") -> str:
    rows, table_rows, summary, y = [], [], [], 0.0
    for axis in sorted(data.axes, key=lambda a: a["number"]):
        status = label(f"status.{axis['status']}", lang)
        name = f"{axis['number']}. {plain(axis['short'], lang)}"
        latest = _latest(data, axis["id"])
        about = f"{label('latest', lang)}: {year(latest['date'])}, {plain(latest['title'], lang)}" if latest else ""
        lines = wrap(about, WIDTH - TEXT_X, SMALL)
        words = Markup("").join(text(TEXT_X, y + 36 + i * LINE, line, "sa-c-text") for i, line in enumerate(lines))
        rows.append(
            Markup('<g class="sa-axis-{id}"><g transform="translate(2 {gy})">{glyph}</g>{name}{status}{words}</g>').format(
                id=axis["id"],
                gy=num(y + 6),
                glyph=Markup(GLYPHS[axis["status"]]),
                name=text(TEXT_X, y + 17, name, "sa-c-text sa-c-strong"),
                status=text(WIDTH, y + 17, status, "sa-c-text sa-c-status", "end"),
                words=words,
            )
        )
        y += 24 + max(len(lines), 1) * LINE + 8
        summary.append(f"{label('axis', lang)} {name}: {status}" + (f"; {about}" if about else ""))
        table_rows.append(
            Markup('<tr><th scope="row">{axis}</th><td><span class="sa-badge sa-status-{status_id}">{status}</span></td><td>{latest}</td></tr>').format(
                axis=axis_link(axis, lang, root),
                status_id=axis["status"],
                status=status,
                latest=Markup('<time datetime="{}">{}</time> <a href="{}{}">{}</a>').format(
                    latest["date"], date(latest["date"], lang), root, home("milestones", latest), field_text(latest["title"], lang)
                ) if latest else Markup(""),
            )
        )
    title = label("chart.axes", lang)
    picture = svg("chart-axes", y, title, ". ".join(summary) + ".", Markup("").join(rows), "sa-chart-axes")
    table = Markup(
        '<table class="sa-chart-table"><caption>{}</caption><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>'
    ).format(title, label("axis", lang), label("status", lang), label("latest", lang), Markup("").join(table_rows))
    return figure("chart-axes", picture, scrolls(table))
