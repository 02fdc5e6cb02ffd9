"""The promises ledger: who said AI would get somewhere by a date, and what happened.

The mirror of the ceilings ledger, rendered by the same code (macros/render/ledger.py); only
the verdict words differ ("broken" is a promise that did not come true).
"""

from __future__ import annotations

from macros.render import ledger
from macros.data import Data


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    return ledger.render(data, data.promises, "promise", lang=lang, root=root, axis=axis, verdicts="promise_verdict")


def due(data: Data, lang: str = "en", root: str = "") -> str:
    """The forecasts by due date: what falls due next (and soon), and what already fell due and how it was scored."""
    return ledger.falling_due(data, data.promises, lang=lang, verdicts="promise_verdict")
