"""Each modality's stock of data and how much of it is used, in tokens on a log scale.

Orders of magnitude apart, so the scale is logarithmic. An unsourced estimate is hatched,
outlined with a dashed line and labelled "estimate": never marked by colour alone. A
modality with no stock figure says so in words. The modality table gives the details.
"""

from __future__ import annotations

import math

from markupsafe import Markup

from macros.render.charts.svg import CHAR_EM, SMALL, WIDTH, figure, num, power, sci, svg, text
from macros.data import Data
from macros.text import label, plain

LEFT, RIGHT = 4, 4
ROW = 44  # height of one modality: its name, then its bars
BAR = 13
LEGEND = 30
AXIS = 40
#: Diagonal lines that fill an estimate's bar (the CSS points `.sa-c-estimate` at this id).
HATCH = Markup(
    '<defs><pattern id="chart-modalities__hatch" width="5" height="5" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" class="sa-c-hatch"/></pattern></defs>'
)


def _rect(x0: float, x1: float, y: float, css_class: str) -> Markup:
    return Markup('<rect x="{}" y="{}" width="{}" height="{}" class="{}"/>').format(num(x0), num(y), num(x1 - x0), BAR, css_class)


def _legend(lang: str) -> Markup:
    """Three swatches: used, exists, estimate; laid out by estimated text width."""
    items, x = [], 0.0
    for key, css_class in (("chart.used", "sa-c-used"), ("chart.exists", "sa-c-stock"), ("chart.estimate", "sa-c-stock sa-c-estimate")):
        words = label(key, lang)
        items.append(_rect(x, x + 18, 4, css_class) + text(x + 24, 15, words, "sa-c-text"))
        x += 24 + len(words) * SMALL * CHAR_EM + 18
    return Markup("").join(items)


def render(data: Data, lang: str = "en", root: str = "") -> str:
    values = [m[k] for m in data.modalities for k in ("stock_log10", "used_log10") if k in m]
    low, high = (math.floor(min(values)) - 1, math.ceil(max(values))) if values else (0, 1)
    length = WIDTH - LEFT - RIGHT

    def x(log10: float) -> float:
        return LEFT + (log10 - low) / (high - low) * length

    rows, summary, y = [], [], float(LEGEND)
    for m in data.modalities:
        estimate = "" if m["sourced"] else " sa-c-estimate"
        name = plain(m["name"], lang)
        # Name on the left; on the right the stock, and "estimate" in words where there is no source.
        tags = [f"≈{sci(10 ** m['stock_log10'], lang, 1)}"] if "stock_log10" in m else []
        tags += [] if m["sourced"] else [label("chart.estimate", lang)]
        heading = text(LEFT, y + 14, name, "sa-c-text sa-c-strong") + text(WIDTH - RIGHT, y + 14, ", ".join(tags), "sa-c-text", "end")
        if "stock_log10" in m:
            said = [f"{label('chart.exists', lang)} {tags[0]}"]
            marks = _rect(x(low), x(m["stock_log10"]), y + 21, "sa-c-stock" + estimate)
            if "used_log10" in m:
                marks += _rect(x(low), x(m["used_log10"]), y + 21, "sa-c-used" + estimate)
                said.append(f"{label('chart.used', lang)} ≈{sci(10 ** m['used_log10'], lang, 1)}")
        else:
            said = [label("chart.no_stock", lang)]
            marks = text(LEFT, y + 32, said[0], "sa-c-text sa-c-italic")
        rows.append(heading + marks)
        summary.append(f"{name}: {', '.join(said)}" + ("" if m["sourced"] else f" ({label('estimate', lang)})"))
        y += ROW
    ticks = Markup("").join(
        Markup('<line x1="{x}" x2="{x}" y1="{top}" y2="{y}" class="sa-c-grid"/>').format(x=num(x(p)), top=LEGEND, y=num(y))
        + text(min(max(x(p), 14), WIDTH - 14), y + 15, power(p), "sa-c-text", "middle")
        for p in range(low, high + 1)
    )
    title = label("chart.modalities", lang)
    scale = f"{label('chart.tokens', lang)}, {label('chart.log_scale', lang)}"
    desc = f"{title} ({scale.lower()}). " + "; ".join(summary) + "."
    unit = text(WIDTH / 2, y + 33, scale, "sa-c-text", "middle")
    body = HATCH + _legend(lang) + ticks + Markup("").join(rows) + unit
    return figure("chart-modalities", svg("chart-modalities", y + AXIS, title, desc, body, "sa-chart-modalities sa-axis-modalities"))
