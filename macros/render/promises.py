"""The promises ledger: who said AI would get somewhere by a date, and what happened.

The mirror of the ceilings ledger, rendered by the same code (macros/render/ledger.py); only
the verdict words differ ("broken" is a promise that did not come true).
"""

from __future__ import annotations

from macros.render import ledger
from macros.data import Data


def render(data: Data, lang: str = "en", root: str = "", axis: str | None = None) -> str:
    return ledger.render(data, data.promises, "promise", lang=lang, root=root, axis=axis, verdicts="promise_verdict")
