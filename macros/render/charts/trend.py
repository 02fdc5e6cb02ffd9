"""A quantitative trend from `data/trends.yml`: each point as its source states it, on a log scale.

The points are joined by a faint dashed line to guide the eye, not fitted: nothing is
drawn between them that the sources do not say. The sources are named on the figure, and
the table below it gives each value with its citation and where in the source it is.
"""

from __future__ import annotations

import math

from markupsafe import Markup

from macros.render.changes import updated
from macros.render.charts.svg import SMALL, WIDTH, figure, num, power, sci, svg, text, tick_step, wrap, year_fraction
from macros.data import Data
from macros.links import by_id, cite, source_label
from macros.text import date, label, plain, scrolls, text as field_text

#: The axis each series belongs to (its colour); a new series in the schema's enum needs a line here.
SERIES_AXIS = {"training-compute": "pretraining"}

LEFT, RIGHT, TOP = 40, 8, 30
PLOT = 200  # height of the plot area
R = 5


def render(data: Data, lang: str = "en", root: str = "", series: str = "training-compute") -> str:
    points = sorted((p for p in data.trends if p["series"] == series), key=lambda p: (p["date"], p["id"]))
    if not points:
        raise KeyError(f"no data point of series '{series}' in data/trends.yml")
    logs = [math.log10(p["value"]) for p in points]
    low, high = math.floor(min(logs)) - 1, math.ceil(max(logs)) + 1  # a decade of room for labels
    times = [year_fraction(p["date"]) for p in points]
    start, end = math.floor(min(times)), math.floor(max(times)) + 1
    length = WIDTH - LEFT - RIGHT

    def x(t: float) -> float:
        return LEFT + (t - start) / (end - start) * length

    def y(log10: float) -> float:
        return TOP + (high - log10) / (high - low) * PLOT

    grid = []
    step = tick_step(high - low, PLOT, 20)
    for p in range(low, high + 1, step):
        grid.append(Markup('<line x1="{}" x2="{}" y1="{y}" y2="{y}" class="sa-c-grid"/>').format(LEFT, WIDTH - RIGHT, y=num(y(p))))
        grid.append(text(LEFT - 5, y(p) + 4, power(p), "sa-c-text", "end"))
    step = tick_step(end - start, length, 40)
    for year in range(start + (-start) % step, end + 1, step):
        if not 14 <= x(year) <= WIDTH - 14:  # no room for a centred four-digit label
            continue
        grid.append(text(x(year), TOP + PLOT + 16, str(year), "sa-c-text", "middle"))
    line = Markup('<polyline points="{}" class="sa-c-trendline"/>').format(
        " ".join(f"{num(x(t))},{num(y(v))}" for t, v in zip(times, logs))
    )
    marks = []
    for point, t, v in zip(points, times, logs):
        cx, cy = x(t), y(v)
        # A rising series: below-right of a point and above-left of it stay clear of the line.
        right = cx < LEFT + length * 0.55
        lx, anchor, ly = (cx + R + 3, "start", cy + 17) if right else (cx - R - 3, "end", cy - 20)
        marks.append(
            Markup('<circle cx="{}" cy="{}" r="{}" class="sa-c-dot"/>').format(num(cx), num(cy), R)
            + text(lx, ly, plain(point["name"], lang), "sa-c-text sa-c-strong", anchor)
            + text(lx, ly + 15, sci(point["value"], lang), "sa-c-text", anchor)
        )
    sources = by_id(data.sources)
    cited = sorted({s for p in points for s in p["sources"]}, key=lambda s: (sources[s]["date"], s))
    credit = f"{label('sources', lang)}: " + "; ".join(source_label(sources[s], lang) for s in cited) + "."
    credit_lines = wrap(credit, WIDTH, SMALL)
    credit_top = TOP + PLOT + 40
    for i, words in enumerate(credit_lines):
        marks.append(text(0, credit_top + i * 16, words, "sa-c-text"))
    title = label(f"series.{series}", lang)
    unit = label(f"unit.{series}", lang)
    desc = f"{title}, {unit}. " + "; ".join(f"{plain(p['name'], lang)} ({p['date'][:4]}): {sci(p['value'], lang)}" for p in points) + f". {credit}"
    body = text(0, 14, f"{unit}, {label('chart.log_scale', lang)}", "sa-c-text") + Markup("").join(grid) + line + Markup('<g class="sa-axis-{}">{}</g>').format(
        SERIES_AXIS[series], Markup("").join(marks)
    )
    chart_id = f"chart-trend-{series}"
    height = credit_top + (len(credit_lines) - 1) * 16 + 8
    rows = Markup("").join(
        Markup('<tr id="{id}"><th scope="row">{name}</th><td><time datetime="{iso}">{when}</time></td><td>{value}</td><td>{cite}{note}</td></tr>').format(
            id=p["id"],
            name=field_text(p["name"], lang) + updated(data, p["id"], lang, root),
            iso=p["date"],
            when=date(p["date"], lang),
            value=sci(p["value"], lang),
            cite=cite(p["sources"], sources, root, lang),
            note=Markup(' <span class="sa-note">{}</span>').format(field_text(p["note"], lang)) if "note" in p else Markup(""),
        )
        for p in points
    )
    table = Markup(
        '<table class="sa-chart-table"><caption>{}</caption><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>'
    ).format(title, label("chart.model", lang), label("date", lang), unit, label("source", lang), rows)
    return figure(chart_id, svg(chart_id, height, title, desc, body, "sa-chart-trend"), scrolls(table))
