"""Material's invalid attributes, corrected by the build (macros/site/validity.py)."""

from __future__ import annotations

from macros.site.validity import fix_theme_markup


def test_checkboxes_lose_autocomplete_and_text_inputs_keep_it():
    page = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" class="md-search__input" name="query" autocomplete="off" required>')
    assert fix_theme_markup(page) == (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input type="text" class="md-search__input" name="query" autocomplete="off" required>')


def test_empty_tabindex_goes_and_a_real_one_stays():
    page = ('<label class="md-nav__link " for="__nav_2" id="__nav_2_label" tabindex="">'
            '<label class="md-nav__link" for="__nav_3" tabindex="0">')
    assert fix_theme_markup(page) == (
        '<label class="md-nav__link " for="__nav_2" id="__nav_2_label">'
        '<label class="md-nav__link" for="__nav_3" tabindex="0">')


def test_toc_label_keeps_for_only_when_its_input_exists():
    label = '<label class="md-nav__title" for="__toc">Contents</label>'
    assert fix_theme_markup(label) == '<label class="md-nav__title">Contents</label>'
    with_input = f'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">{label}'
    assert fix_theme_markup(with_input) == with_input


def test_other_markup_is_untouched():
    page = '<p tabindex="">text</p><input type="search" autocomplete="off">'
    assert fix_theme_markup(page) == page
