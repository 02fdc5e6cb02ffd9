"""macros/site/interface.py: the theme strings the i18n plugin cannot translate, rewritten per edition."""

from __future__ import annotations

from macros.site.interface import localize

PAGE = (
    '<a href="/" class="md-logo"><img src="/assets/logo.svg" alt="logo"></a>'
    '<h2 id="data">Data<a class="headerlink" href="#data" title="Link to this section">#</a></h2>'
    '<h2 id="more">More<a class="headerlink" href="#more" title="Link to this section">#</a></h2>'
    '<label class="md-nav__title"><img src="/assets/logo.svg" alt="logo"></label>'
)


def test_russian_pages_get_russian_permalink_titles_and_logo_alt():
    out = localize(PAGE, "ru")
    assert out.count('title="Ссылка на этот раздел"') == 2
    assert out.count('alt="Логотип «Шести осей»"') == 2
    assert "Link to this section" not in out and 'alt="logo"' not in out


def test_english_pages_keep_the_permalink_title_and_name_the_logo():
    out = localize(PAGE, "en")
    assert out.count('title="Link to this section"') == 2
    assert out.count('alt="Six Axes logo"') == 2


def test_other_markup_is_left_alone():
    other = '<a class="sa-anchor" href="#x" title="Link to this">#</a><img src="a.png" alt="logo of a lab">'
    assert localize(other, "ru") == other


def test_russian_pages_never_break_a_line_before_a_dash():
    page = "<title>Нет новых данных — нет прогресса — Шесть осей</title><span>2022</span> — год"
    out = localize(page, "ru")
    assert " —" not in out and out.count("\u00a0—") == 3
    assert localize("<title>Data — Six Axes</title>", "en") == "<title>Data — Six Axes</title>"


def test_the_theme_writes_yo_in_russian():
    footer = '<span class="md-footer__direction">Вперед</span>'
    assert localize(footer, "ru") == '<span class="md-footer__direction">Вперёд</span>'


def test_footer_link_is_named_by_the_text_it_shows():
    page = ('<a href="../x/" class="md-footer__link md-footer__link--next" '
            'aria-label="Next: Models trained on AI&amp;#45;generated text &amp;amp; R&amp;amp;D">')
    assert localize(page, "en") == (
        '<a href="../x/" class="md-footer__link md-footer__link--next" '
        'aria-label="Next: Models trained on AI-generated text &amp; R&amp;D">')
    plain = '<a href="../y/" class="md-footer__link md-footer__link--prev" aria-label="Previous: Axes">'
    assert localize(plain, "en") == plain
