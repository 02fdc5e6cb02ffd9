"""Valid HTML from Material's templates: three attributes its partials write wrongly, corrected in each page.

The Nu HTML Checker finds them on every page, and each sits in a partial outside main.html's
blocks, so the build hook rewrites the finished page rather than forking the partials:

- base.html puts autocomplete="off" on its drawer and search checkboxes (autocomplete is not
  allowed on a checkbox; the text inputs keep theirs);
- partials/nav-item.html writes tabindex="" on section labels (navigation.sections), meaning
  no tabindex: the empty value is invalid, so it goes;
- a section's index page (navigation.indexes) gets the table of contents' title label for
  "__toc" but no __toc input: the label loses its `for`, keeping its text and class.

Each pattern is Material 9.8's exact markup; if the theme changes it, the page is left as it
is and the HTML test reports what is new.
"""

from __future__ import annotations

import re

#: A checkbox input with autocomplete="off" (Material writes type before autocomplete).
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?) autocomplete="off"')
#: An empty tabindex on a label.
EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""')
#: The table of contents' title label.
TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def fix_theme_markup(html: str) -> str:
    """The page with Material's invalid attributes corrected; nothing else changes."""
    html = CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    html = EMPTY_TABINDEX.sub(r"\1", html)
    if TOC_LABEL in html and 'id="__toc"' not in html:
        html = html.replace(TOC_LABEL, '<label class="md-nav__title">')
    return html
