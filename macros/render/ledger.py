"""A ledger of dated, attributed claims and what happened next: the renderer that
Broken ceilings (macros/render/ceilings.py) and Broken promises (macros/render/promises.py) share.

Both collections have the same shape (date, who, claim, axis, next, verdict, sources)
and one verdict scale; only the words for the verdicts and the list's class differ.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from markupsafe import Markup

from macros.render.changes import updated
from macros.data import Data
from macros.links import anchor, anchor_name, axis_link, by_id, cite
from macros.text import date, label, plain, text


def render(
    data: Data,
    records: Iterable[Mapping],
    kind: str,
    lang: str = "en",
    root: str = "",
    axis: str | None = None,
    verdicts: str = "verdict",
) -> str:
    """An ordered list, oldest first, of `records` (optionally only those on `axis`).

    `kind` names the list and entry classes (`sa-ceilings` / `sa-ceiling`); `verdicts` is
    the prefix of the verdict labels in macros.text.LABELS (`verdict.broken`).
    """
    sources, axes = by_id(data.sources), by_id(data.axes)
    items = []
    for record in sorted(records, key=lambda r: (r["date"], r["id"])):
        if axis and record["axis"] != axis:
            continue
        items.append(
            Markup(
                '<li class="sa-{kind} sa-verdict-{verdict}" id="{id}">'
                '<p><time datetime="{iso}">{when}</time>, <strong>{who}</strong>: <q>{claim}</q> {anchor}</p>'
                '<p>{axis_link} &middot; {verdict_label}: <span class="sa-badge sa-verdict-{verdict}">{verdict_text}</span></p>'
                "<p><strong>{next_label}:</strong> {next}</p><p>{cite}</p></li>"
            ).format(
                kind=kind,
                verdict=record["verdict"],
                id=record["id"],
                iso=record["date"],
                when=date(record["date"], lang),
                who=text(record["who"], lang),
                claim=text(record["claim"], lang),
                anchor=anchor(record["id"], lang, anchor_name(kind + "s", record, lang)) + updated(data, record["id"], lang, root),
                axis_link=axis_link(axes[record["axis"]], lang, root),
                verdict_label=label("verdict", lang),
                verdict_text=label(f"{verdicts}.{record['verdict']}", lang),
                next_label=label("next", lang),
                next=text(record["next"], lang),
                cite=cite(record["sources"], sources, root, lang),
            )
        )
    return str(Markup('<ol class="sa-{}s">').format(kind) + Markup("").join(items) + Markup("</ol>"))
