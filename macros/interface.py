"""The theme's own interface strings in the reader's language, applied by the build hook.

Material translates most of its interface from `theme.language`, and mkdocs-static-i18n
lets each edition override `copyright` and the palette toggle names (mkdocs.yml). Two
strings are left: the heading permalinks' title (Python-Markdown's `toc` option, which the
i18n plugin cannot set per language) and the logo's alt text (hard-coded "logo" in
Material's partial). The hook rewrites both in each page's HTML rather than forking the
partial or the extension; the text comes from LABELS like every other interface word.
"""

from __future__ import annotations

import re

from markupsafe import escape

from macros.text import label

#: A heading permalink as Python-Markdown's toc extension writes it (class first, then href, then title).
PERMALINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")[^"]*(")')
#: The logo image as Material 9.8's partials/logo.html writes it.
LOGO = re.compile(r'(<img src="[^"]*" alt=")logo(")')


def localize(html: str, lang: str) -> str:
    """The page with its permalink titles and logo alt text in `lang`; unchanged where the markup differs."""
    permalink = str(escape(label("permalink", lang)))
    logo = str(escape(label("logo", lang)))
    html = PERMALINK.sub(lambda m: f"{m.group(1)}{permalink}{m.group(2)}", html)
    return LOGO.sub(lambda m: f"{m.group(1)}{logo}{m.group(2)}", html)
