"""One copy component for the whole site: a reply, a citation, anything a reader pastes elsewhere.

The text is always on the page as plain, selectable text; the button (hidden until the
script runs, so readers without JavaScript never see a dead control) puts that text on the
clipboard, followed by the permalink when one is given, and announces "copied" in the
page's language. docs/javascripts/copy.js is the only script behind it.
"""

from __future__ import annotations

from markupsafe import Markup

from macros.text import label


def block(text: str, element_id: str, lang: str, *, permalink: str | None = None,
          button: str | None = None, preformatted: bool = False, button_first: bool = False) -> Markup:
    """The text in an element with `element_id`, and a button that copies it.

    `text` is escaped here, so callers pass plain text. `permalink` is relative to the page
    ("" for the page itself, "#anchor" for a record on it); the script resolves it against
    the page's canonical URL, so what lands on the clipboard is the published address
    whichever copy of the site the reader is on. `button` names what is copied ("Copy the
    short reply"); it defaults to "Copy". `button_first` puts the button above the text, for
    the one block a page wants on a phone's first screen (a red flag's short reply).
    """
    tag = "pre" if preformatted else "p"
    permalink_attr = Markup(' data-permalink="{}"').format(permalink) if permalink is not None else Markup("")
    body = Markup('<{tag} class="sa-copy-text" id="{id}">{text}</{tag}>').format(tag=Markup(tag), id=element_id, text=text)
    actions = Markup(
        '<p class="sa-copy-actions"><button type="button" class="md-button sa-copy-button" data-copy="{id}"'
        '{permalink} data-copied="{copied}" hidden>{button}</button> '
        '<span class="sa-copy-status" role="status"></span></p>'
    ).format(
        id=element_id,
        permalink=permalink_attr,
        copied=label("copied", lang),
        button=button or label("copy", lang),
    )
    return Markup('<div class="sa-copy">{}{}</div>').format(*((actions, body) if button_first else (body, actions)))
