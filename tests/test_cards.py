"""Preview cards: the right size, the same bytes every time, small, in the site's colours."""

from __future__ import annotations

import io
import re
import struct

import pytest
from PIL import Image, ImageColor

from conftest import ROOT
from macros.site import cards

CLAIM = "Everything has been squeezed out of the architecture. The Transformer is as good as it gets."
ANSWER = "The Transformer has lasted, but the compute needed for a given result has kept falling, about 3x a year."
LONG = " ".join(["A sentence far longer than any card can hold, repeated."] * 12)


def render(**overrides) -> bytes:
    args = {"title": CLAIM, "subtitle": ANSWER, "kicker": "Red flag", "accents": ("#6ee7b7", "#d8b4fe"), "lang": "en",
            "footer": "Six Axes · six-axes.github.io"}
    return cards.render(**{**args, **overrides})


def chunks(png: bytes) -> list[str]:
    names, at = [], 8
    while at < len(png):
        length, name = struct.unpack(">I4s", png[at : at + 8])
        names.append(name.decode())
        at += 12 + length
    return names


def test_a_card_is_a_1200x630_png():
    image = Image.open(io.BytesIO(render()))
    assert image.format == "PNG"
    assert image.size == (1200, 630)


def test_the_same_text_gives_the_same_bytes_and_other_text_other_bytes():
    assert render() == render()
    assert render() != render(title="Another claim")
    assert render() != render(lang="ru")


def test_a_card_carries_no_metadata_and_stays_small():
    for png in (render(), render(title=LONG, subtitle=LONG)):
        assert chunks(png) == ["IHDR", "PLTE", "IDAT", "IEND"]  # no tIME, tEXt, iTXt: nothing that varies
        assert len(png) < 60_000


def test_the_background_is_the_navy_and_the_bar_shows_each_accent_in_order():
    image = Image.open(io.BytesIO(render(accents=("#fdba74", "#93c5fd", "#67e8f9")))).convert("RGB")
    assert image.getpixel((600, 5)) == ImageColor.getrgb(cards.NAVY)
    assert [image.getpixel((5, y)) for y in (50, 315, 580)] == [ImageColor.getrgb(c) for c in ("#fdba74", "#93c5fd", "#67e8f9")]


def test_no_accent_means_all_six_axes():
    image = Image.open(io.BytesIO(render(accents=()))).convert("RGB")
    stripes = [image.getpixel((5, 105 * i + 50)) for i in range(6)]
    assert stripes == [ImageColor.getrgb(c) for c in cards.AXIS_COLOURS.values()]


def test_russian_text_is_drawn_with_real_glyphs():
    face = cards.font(64, bold=True)
    tofu = face.getmask("\uffff").getbbox()  # what a missing glyph looks like
    for letter in "Алгоритмыжщэ":
        assert face.getmask(letter).getbbox() not in (None, tofu), letter
    assert render(title="Алгоритмы", lang="ru") != render(title="Algoritmy", lang="ru")


def test_text_wraps_within_the_width_and_long_text_is_clipped_with_an_ellipsis():
    face = cards.font(40)
    lines = cards.wrap(LONG, face, 500)
    assert len(lines) > 4 and all(face.getlength(line) <= 500 for line in lines)
    clipped = cards.clip(lines, 3, face, 500)
    assert len(clipped) == 3 and clipped[-1].endswith(" …") and face.getlength(clipped[-1]) <= 500
    assert cards.clip(lines[:2], 3, face, 500) == lines[:2]


def test_a_no_break_space_keeps_a_date_on_one_line():
    assert cards.wrap("ноябрь\u00a02026\u00a0г.", cards.font(40), 10) == ["ноябрь\u00a02026\u00a0г."]


def test_the_title_shrinks_before_it_is_clipped():
    short_face, _ = cards.fit("Short title", cards.TITLE_SIZES, 300, 1000, bold=True, leading=1.2)
    long_face, long_lines = cards.fit(CLAIM * 2, cards.TITLE_SIZES, 300, 1000, bold=True, leading=1.2)
    assert short_face.size == max(cards.TITLE_SIZES)
    assert long_face.size < short_face.size and not long_lines[-1].endswith("…")
    assert len(long_lines) * round(long_face.size * 1.2) <= 300
    huge_face, huge_lines = cards.fit(LONG, cards.TITLE_SIZES, 300, 1000, bold=True, leading=1.2)
    assert huge_face.size == min(cards.TITLE_SIZES) and huge_lines[-1].endswith("…")


def test_card_colours_are_the_dark_scheme_colours_of_the_stylesheet():
    css = (ROOT / "docs" / "stylesheets" / "six-axes.css").read_text(encoding="utf-8")
    slate = css[css.index('[data-md-color-scheme="slate"]') :]
    slate = slate[: slate.index("}")]
    assert dict(re.findall(r"--sa-axis-([a-z-]+):\s*(#[0-9a-f]{6})", slate)) == cards.AXIS_COLOURS
    assert re.search(r"--md-primary-fg-color:\s*(#[0-9a-f]{6})", slate).group(1) == cards.NAVY
    assert re.search(r"--sa-muted:\s*(#[0-9a-f]{6})", slate).group(1) == cards.MUTED


def test_cached_card_is_the_drawn_card_and_drawn_once(tmp_path, monkeypatch):
    args = ("A title", "A subtitle", "Axis 1", [cards.AXIS_COLOURS["pretraining"]], "en", "Six Axes · six-axes.github.io")
    first = cards.cached(*args, cache_dir=tmp_path)
    assert first == cards.render(*args)
    assert len(list(tmp_path.glob("*.png"))) == 1
    monkeypatch.setattr(cards, "render", lambda *a: pytest.fail("drawn again"))
    assert cards.cached(*args, cache_dir=tmp_path) == first
    with pytest.raises(pytest.fail.Exception):
        cards.cached("Another title", *args[1:], cache_dir=tmp_path)
