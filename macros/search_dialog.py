"""A name for Material's search dialog, which the theme renders without one.

Screen readers announce a dialog by its name (Lighthouse: aria-dialog-name). The dialog
sits in a generated partial outside main.html's blocks, so the hook names it in the page's
HTML rather than forking the partial.
"""

from __future__ import annotations

from markupsafe import escape

from macros.text import label

#: Material's opening tag of the dialog, as 9.8 writes it.
DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def name(html: str, lang: str) -> str:
    """The page with its search dialog labelled in `lang`; unchanged if the theme's markup differs."""
    return html.replace(DIALOG, DIALOG[:-1] + f' aria-label="{escape(label("search", lang))}">', 1)
