"""Milestones on one time axis, one lane per axis: where progress came from in each period.

Every lane uses the time span of all milestones, so an axis page's single lane lines up
with the all-axes chart. Dots that would overlap stack upwards; the list of milestones
(the `timeline` macro) gives each one's title, date and source beside the chart.
"""

from __future__ import annotations

import math

from markupsafe import Markup

from macros.render.charts.svg import WIDTH, figure, num, svg, text, tick_step, year_fraction
from macros.data import Data
from macros.text import axis_title, date, label, plain

LEFT, RIGHT = 6, 6
R = 4.5  # dot radius
ROW = 10  # height of one row of stacked dots
LABEL = 16  # height of a lane's name above its dots
GAP = 8  # space below each lane
AXIS = 26  # height of the year labels at the bottom


def _rows(xs: list[float]) -> list[int]:
    """For dots in date order, the lowest row where each clears the dot before it in that row."""
    ends: list[float] = []
    rows = []
    for x in xs:
        row = next((i for i, end in enumerate(ends) if x - end >= 2 * R + 1), len(ends))
        if row == len(ends):
            ends.append(x)
        ends[row] = x
        rows.append(row)
    return rows


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    """All six lanes, or with `axis` that axis's lane alone."""
    times = [year_fraction(m["date"]) for m in data.milestones]
    start, end = math.floor(min(times)), math.floor(max(times)) + 1
    length = WIDTH - LEFT - RIGHT

    def x(t: float) -> float:
        return LEFT + (t - start) / (end - start) * length

    lanes = [data.get("axes", axis)] if axis else sorted(data.axes, key=lambda a: a["number"])
    body, summary, names, y = [], [], [], 0.0
    for lane in lanes:
        milestones = sorted((m for m in data.milestones if m["axis"] == lane["id"]), key=lambda m: (m["date"], m["id"]))
        xs = [x(year_fraction(m["date"])) for m in milestones]
        rows = _rows(xs)
        height = LABEL + (max(rows, default=0) + 1) * ROW + GAP
        name = axis_title(lane["number"], plain(lane["short"], lang), lang)
        names.append(name)
        base = y + LABEL + (max(rows, default=0) + 1) * ROW - ROW / 2
        # A dot's tooltip names its milestone on an axis page's lane; on the all-axes chart the
        # list beneath it names all of them, and 78 tooltips would repeat that list in full.
        dots = Markup("").join(
            Markup('<circle cx="{}" cy="{}" r="{}" class="sa-c-dot">{}</circle>').format(
                num(cx), num(base - row * ROW), num(R),
                Markup("<title>{}: {}</title>").format(date(m["date"], lang), plain(m["title"], lang)) if axis else Markup(""),
            )
            for cx, row, m in zip(xs, rows, milestones)
        )
        body.append(
            Markup('<g class="sa-axis-{}">{}<line x1="{}" x2="{}" y1="{}" y2="{}" class="sa-c-lane"/>{}</g>').format(
                lane["id"], text(LEFT, y + 12, name, "sa-c-text sa-c-strong"),
                num(LEFT), num(WIDTH - RIGHT), num(base + R + 1), num(base + R + 1), dots,
            )
        )
        span = f" ({milestones[0]['date'][:4]}–{milestones[-1]['date'][:4]})" if milestones else ""
        summary.append(f"{name}, {len(milestones)}{span}")
        y += height
    step = tick_step(end - start, length, 40)
    ticks = Markup("").join(
        Markup('<line x1="{x}" x2="{x}" y1="0" y2="{y}" class="sa-c-grid"/>').format(x=num(x(year)), y=num(y))
        + text(x(year), y + 16, str(year), "sa-c-text", "middle")
        for year in range(start + (-start) % step, end + 1, step)
        if 14 <= x(year) <= WIDTH - 14  # room for a centred four-digit label
    )
    title = label("chart.timeline", lang) if axis is None else f"{names[0]}. {label('chart.lane', lang)}"
    chart_id = "chart-timeline" if axis is None else f"chart-timeline-{axis}"
    desc = f"{label('chart.timeline_desc', lang)} ({start}–{end}). {label('chart.per_axis', lang)}: " + "; ".join(summary) + "."
    picture = svg(chart_id, y + AXIS, title, desc, ticks + Markup("").join(body), "sa-chart-timeline")
    return figure(chart_id, picture)
