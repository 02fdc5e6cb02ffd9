"""The theme's own interface strings in the reader's language, applied by the build hook.

Material translates most of its interface from `theme.language`, and mkdocs-static-i18n
lets each edition override `copyright` and the palette toggle names (mkdocs.yml). Two
strings are left: the heading permalinks' title (Python-Markdown's `toc` option, which the
i18n plugin cannot set per language) and the logo's alt text (hard-coded "logo" in
Material's partial). The hook rewrites both in each page's HTML rather than forking the
partial or the extension; the text comes from LABELS like every other interface word.

The footer's previous/next links are named "Next: <title>" from the page title escaped once
more, so a title holding a character reference (a fallacy's "AI&#45;generated") is read out
as "AI&#45;generated" while the link shows "AI-generated" (axe: label-content-name-mismatch);
the name is rebuilt from the title's text.

Material's Russian translation writes «Вперед» for the footer's "Next"; the site writes ё.
One typographic rule is applied here too: in Russian a dash never starts a line, so the
space before it is a no-break space. The data and pages are written that way, but MkDocs
collapses whitespace when it takes a page's title from its first heading, so navigation
entries, the header and <title> lose it; restoring it in the finished page covers them all.
"""

from __future__ import annotations

import html as html_lib
import re

from markupsafe import escape

from macros.text import label

#: A heading permalink as Python-Markdown's toc extension writes it (class first, then href, then title).
PERMALINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")[^"]*(")')
#: The logo image as Material 9.8's partials/logo.html writes it.
LOGO = re.compile(r'(<img src="[^"]*" alt=")logo(")')
#: A footer link's aria-label as Material 9.8's partials/footer.html writes it.
FOOTER_LABEL = re.compile(r'(<a href="[^"]*" class="md-footer__link md-footer__link--(?:prev|next)" aria-label=")([^"]*)(")')
#: The footer's generator line as Material 9.8's partials/copyright.html writes it (in English in every edition).
GENERATOR = re.compile(r'Made with(\s*<a href="https://squidfunk\.github\.io/mkdocs-material/")')
#: Words of Material's Russian translation written without the letter ё (its footer's "Next").
THEME_RU = {"Вперед": "Вперёд"}
#: A plain space between a word (or a closing tag) and a dash.
SPACE_BEFORE_DASH = re.compile(r"(?<=\S) (?=—)")


def localize(html: str, lang: str) -> str:
    """The page with its permalink titles and logo alt text in `lang` (and, in Russian, no-break spaces before dashes)."""
    permalink = str(escape(label("permalink", lang)))
    logo = str(escape(label("logo", lang)))
    html = PERMALINK.sub(lambda m: f"{m.group(1)}{permalink}{m.group(2)}", html)
    html = LOGO.sub(lambda m: f"{m.group(1)}{logo}{m.group(2)}", html)
    html = FOOTER_LABEL.sub(lambda m: f"{m.group(1)}{footer_name(m.group(2))}{m.group(3)}", html)
    html = GENERATOR.sub(lambda m: f"{escape(label('generator', lang))}{m.group(1)}", html)
    if lang != "ru":
        return html
    for theme_word, russian in THEME_RU.items():
        html = html.replace(theme_word, russian)
    return no_break_before_dash(html)


def no_break_before_dash(text: str) -> str:
    """Russian typography: 'слово — слово' with a no-break space, so the dash never starts a line."""
    return SPACE_BEFORE_DASH.sub("\u00a0", text)


def footer_name(attribute: str) -> str:
    """A footer link's aria-label as it should be written: the title's text, escaped once (the theme escapes its HTML)."""
    return str(escape(html_lib.unescape(html_lib.unescape(attribute))))
