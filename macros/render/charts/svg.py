"""What every chart shares: the accessible <svg> skeleton, text, and number formatting.

Charts are hand-written SVG: colours come from the theme's CSS variables through classes
(so light and dark schemes both work), text is escaped like any other data, and every
number is formatted the same way each time, so the same data gives the same bytes.
"""

from __future__ import annotations

import math

from markupsafe import Markup

#: viewBox width of every chart. At a 343px phone column 12-unit text stays about 10px;
#: the CSS caps the figure's width on wide screens so text does not grow past about 16px.
WIDTH = 400

#: Average advance of a character, in em, for estimating where SVG text must wrap (it never wraps itself).
CHAR_EM = 0.58

#: Size of ordinary chart text in viewBox units, as in the CSS (`.sa-chart-svg text`).
SMALL = 13

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def num(value: float) -> str:
    """A coordinate with at most one decimal: '12', '12.5', never '12.500000001'."""
    out = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if out == "-0" else out


def svg(chart_id: str, height: float, title: str, desc: str, body: Markup, css_class: str = "") -> Markup:
    """The <svg> with its accessible name (<title>) and description (<desc>), sized by its viewBox."""
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="sa-chart-svg {cls}" viewBox="0 0 {width} {height}" '
        'width="100%" role="img" aria-labelledby="{id}__title" aria-describedby="{id}__desc">'
        '<title id="{id}__title">{title}</title><desc id="{id}__desc">{desc}</desc>{body}</svg>'
    ).format(cls=css_class, width=WIDTH, height=num(height), id=chart_id, title=title, desc=desc, body=body)


def figure(chart_id: str, picture: Markup, companion: Markup = Markup("")) -> str:
    """The chart in a <figure> (a block Markdown leaves alone), with the table that says the same."""
    return str(Markup('<figure class="sa-chart" id="{}">{}{}</figure>').format(chart_id, picture, companion))


def text(x: float, y: float, content: str | Markup, css_class: str = "sa-c-text", anchor: str = "start") -> Markup:
    anchor_attr = Markup("") if anchor == "start" else Markup(' text-anchor="{}"').format(anchor)
    return Markup('<text x="{}" y="{}" class="{}"{}>{}</text>').format(num(x), num(y), css_class, anchor_attr, content)


def wrap(value: str, width: float, size: float) -> list[str]:
    """Words in lines that fit `width` units at font `size` (an estimate: SVG text does not wrap)."""
    limit = max(1, int(width / (size * CHAR_EM)))
    lines: list[str] = []
    for word in value.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def power(exponent: int) -> str:
    """'10¹⁴': a power of ten as printed, with superscript digits."""
    return "10" + str(exponent).translate(_SUPERSCRIPT)


def sci(value: float, lang: str, digits: int = 3) -> str:
    """'3.14×10²³' ('3,14×10²³' in Russian) with up to `digits` significant digits; '10¹⁵' for a bare power."""
    exponent = math.floor(math.log10(value))
    rounded = float(f"{value / 10 ** exponent:.{digits}g}")
    if rounded >= 10:  # 9.99 rounds up to the next power
        exponent, rounded = exponent + 1, rounded / 10
    mantissa = f"{rounded:.{digits}g}"
    if mantissa == "1":
        return power(exponent)
    if lang == "ru":
        mantissa = mantissa.replace(".", ",")
    return f"{mantissa}×{power(exponent)}"


def year_fraction(value: str) -> float:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as a point in time: the middle of the year, month or day."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12
    return parts[0] + (parts[1] - 1 + (parts[2] - 0.5) / 31) / 12


def tick_step(span: float, length: float, min_gap: float) -> int:
    """The smallest of 1, 2, 5, 10… units between labelled ticks that keeps labels `min_gap` apart."""
    for step in (1, 2, 5, 10, 20, 50):
        if step * length / span >= min_gap:
            return step
    return 100
