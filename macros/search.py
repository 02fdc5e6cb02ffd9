"""Two fixes to Material's search, applied by the build hook.

The dialog has no accessible name (Lighthouse: aria-dialog-name); it sits in a generated
partial outside main.html's blocks, so the hook names it in each page's HTML rather than
forking the partial. The index holds both editions (mkdocs-static-i18n stacks them) and is
written with every Cyrillic letter as a six-byte \\uXXXX escape; rewritten as UTF-8 it
is half the size, which a phone on a slow link feels on every long page.
"""

from __future__ import annotations

import json

from markupsafe import escape

from macros.text import label

#: Material's opening tag of the dialog, as 9.8 writes it.
DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def name_dialog(html: str, lang: str) -> str:
    """The page with its search dialog labelled in `lang`; unchanged if the theme's markup differs."""
    return html.replace(DIALOG, DIALOG[:-1] + f' aria-label="{escape(label("search", lang))}">', 1)


def compact_index(index: bytes) -> bytes:
    """The same search index as compact UTF-8 JSON (the worker parses it unchanged)."""
    return json.dumps(json.loads(index), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
