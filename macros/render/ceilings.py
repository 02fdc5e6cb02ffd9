"""The ceilings ledger: who said progress would stop, when, and what happened next."""

from __future__ import annotations

from macros.render import ledger
from macros.data import Data


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    return ledger.render(data, data.ceilings, "ceiling", lang=lang, root=root, axis=axis)
