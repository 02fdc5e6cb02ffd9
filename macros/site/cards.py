"""Link-preview cards: the 1200x630 PNG a chat or a social post shows for a page.

A pure function from text and colours to PNG bytes. The font is DejaVu Sans from
matplotlib's wheel (it covers Cyrillic), layout is Pillow's built-in engine (libraqm may
or may not be installed), and the PNG carries no metadata: the same text gives the
same bytes on any machine with the pinned Pillow and matplotlib.

Drawing is most of what a card costs (a hundredth of a second each, a tenth of the build),
so `cached` keeps each card under a hash of what it shows and of how it is drawn (this
module, the fonts, Pillow): a build draws only the cards whose text changed.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import io
import json
import os
from pathlib import Path
from typing import Sequence

import PIL
from PIL import Image, ImageColor, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630

#: The site's colours for dark surfaces: the navy of the header and the axis colours of
#: the dark (slate) scheme in docs/stylesheets/six-axes.css (a test keeps them in step).
#: The only palette in Python.
NAVY = "#1f2a44"
INK = "#ffffff"
MUTED = "#c4c9d4"
AXIS_COLOURS = {
    "pretraining": "#fdba74",
    "inference-compute": "#93c5fd",
    "algorithms": "#6ee7b7",
    "modalities": "#d8b4fe",
    "tools-agents": "#fda4af",
    "learning-signals": "#67e8f9",
}

#: The site's question, on every card, in the card's language.
TAGLINE = {"en": "On which axis?", "ru": "По какой оси?"}

#: matplotlib's bundled fonts, found without importing matplotlib (a fifth of a second per build).
FONT_DIR = Path(importlib.util.find_spec("matplotlib").origin).parent / "mpl-data" / "fonts" / "ttf"
#: Drawn cards kept between builds, outside the site (gitignored).
CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache" / "cards"
BAR = 24  # the accent bar on the left edge
LEFT, RIGHT, TOP, BOTTOM = BAR + 64, 64, 56, 56
TITLE_SIZES = (64, 58, 52, 46, 40, 36)
SUBTITLE_SIZES = (34, 31, 28)
KICKER_SIZE = FOOTER_SIZE = 26
TITLE_LEADING, SUBTITLE_LEADING = 1.2, 1.3
TITLE_HEIGHT = 300  # the title's share of the card; the subtitle gets what is left
SHADES = 16  # antialiasing steps from the navy to each colour: the card's whole palette


@functools.cache
def palette() -> Image.Image:
    """Every colour a card can contain: the navy blended towards each text and accent colour.

    A fixed palette makes a small PNG fast (no colour search) and keeps text edges exact.
    """
    navy = ImageColor.getrgb(NAVY)
    shades: list[tuple[int, ...]] = []
    for colour in (INK, MUTED, *AXIS_COLOURS.values()):
        target = ImageColor.getrgb(colour)
        for step in range(SHADES):
            shade = tuple(round(n + (t - n) * step / (SHADES - 1)) for n, t in zip(navy, target))
            if shade not in shades:
                shades.append(shade)
    image = Image.new("P", (1, 1))
    image.putpalette([value for shade in shades for value in shade])
    return image


@functools.cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size, layout_engine=ImageFont.Layout.BASIC)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap at spaces (a no-break space keeps '2026 г.' together)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def clip(lines: list[str], count: int, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """At most `count` lines; an ellipsis marks text that did not fit (the page has it all)."""
    if len(lines) <= count:
        return lines
    last = lines[count - 1]
    while last and face.getlength(f"{last} …") > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    return lines[: count - 1] + [f"{last.rstrip(',.;:')} …"]


def fit(text: str, sizes: Sequence[int], height: int, width: int, bold: bool, leading: float) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the wrapped text fits `height`, else the smallest size, clipped."""
    for size in sizes:
        face = font(size, bold)
        lines = wrap(text, face, width)
        if len(lines) * round(size * leading) <= height:
            return face, lines
    return face, clip(lines, max(1, height // round(face.size * leading)), face, width)


def render(title: str, subtitle: str, kicker: str, accents: Sequence[str], lang: str, footer: str) -> bytes:
    """A card: kicker, title, subtitle, footer; `accents` are the bar's colours, top to bottom."""
    accents = list(accents) or list(AXIS_COLOURS.values())
    image = Image.new("RGB", (WIDTH, HEIGHT), NAVY)
    draw = ImageDraw.Draw(image)
    step = HEIGHT / len(accents)
    for i, colour in enumerate(accents):
        draw.rectangle((0, round(i * step), BAR - 1, round((i + 1) * step) - 1), fill=colour)

    width = WIDTH - LEFT - RIGHT
    y = TOP
    if kicker:
        face = font(KICKER_SIZE, bold=True)
        draw.text((LEFT, y), clip(wrap(kicker, face, width), 1, face, width)[0], font=face, fill=accents[0])
        y += KICKER_SIZE + 28
    title_face, title_lines = fit(title, TITLE_SIZES, TITLE_HEIGHT, width, bold=True, leading=TITLE_LEADING)
    for line in title_lines:
        draw.text((LEFT, y), line, font=title_face, fill=INK)
        y += round(title_face.size * TITLE_LEADING)
    footer_top = HEIGHT - BOTTOM - FOOTER_SIZE
    if subtitle:
        y += 28
        sub_face, sub_lines = fit(subtitle, SUBTITLE_SIZES, footer_top - 24 - y, width, bold=False, leading=SUBTITLE_LEADING)
        for line in sub_lines:
            draw.text((LEFT, y), line, font=sub_face, fill=MUTED)
            y += round(sub_face.size * SUBTITLE_LEADING)

    foot = font(FOOTER_SIZE)
    draw.text((LEFT, footer_top), footer, font=foot, fill=MUTED)
    tagline, bold = TAGLINE.get(lang, TAGLINE["en"]), font(FOOTER_SIZE, bold=True)
    draw.text((WIDTH - RIGHT - bold.getlength(tagline), footer_top), tagline, font=bold, fill=INK)

    out = io.BytesIO()
    image.quantize(palette=palette(), dither=Image.Dither.NONE).save(out, format="PNG")
    return out.getvalue()


@functools.cache
def drawing_version() -> str:
    """A hash of everything besides the text that decides a card's bytes: this code, the fonts, Pillow."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        digest.update((FONT_DIR / name).read_bytes())
    digest.update(PIL.__version__.encode())
    return digest.hexdigest()


def cached(title: str, subtitle: str, kicker: str, accents: Sequence[str], lang: str, footer: str,
           cache_dir: Path = CACHE_DIR) -> bytes:
    """`render`'s bytes, drawn only if no earlier build drew the same card the same way."""
    key = json.dumps([drawing_version(), title, subtitle, kicker, list(accents), lang, footer], ensure_ascii=False)
    path = cache_dir / f"{hashlib.sha256(key.encode()).hexdigest()}.png"
    try:
        return path.read_bytes()
    except OSError:
        pass
    png = render(title, subtitle, kicker, accents, lang, footer)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(png)
        os.replace(partial, path)  # whole or absent, even with two builds at once
    except OSError:
        pass  # a read-only checkout builds without the cache
    return png
