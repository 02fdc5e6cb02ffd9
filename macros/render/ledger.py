"""A ledger of dated, attributed claims and what happened next: the renderer that
Broken ceilings (macros/render/ceilings.py) and Broken promises (macros/render/promises.py) share.

Both collections have the same shape (date, who, claim, axis, next, verdict, sources,
and an optional `due`: when the claim said it would happen) and one verdict scale; only the
words for the verdicts and the list's class differ.

`falling_due()` is the summary above a ledger: the open claims by due date, soonest first
(those due within DUE_SOON_DAYS of the build date marked), then those already due and how
each was scored. A claim past its due date cannot be `open`; the loader refuses it
(macros.rules.scored_when_due).
"""

from __future__ import annotations

import datetime
from typing import Iterable, Mapping

from markupsafe import Markup

from macros.render.changes import updated
from macros.data import Data
from macros.links import anchor, anchor_name, axis_link, by_id, cite
from macros.rules import last_day
from macros.text import date, label, plain, text

#: An open claim due within this many days of the build date is marked "due soon" (the
#: freshness report, macros/freshness.py, looks as far ahead).
DUE_SOON_DAYS = 60


def due_state(record: Mapping, built: datetime.date) -> str | None:
    """'past' (its due date has gone by), 'soon' (open and due within DUE_SOON_DAYS), 'later', or None if undated."""
    due = last_day(record["due"]) if record.get("due") else None
    if due is None:
        return None
    if due < built:
        return "past"
    if record["verdict"] == "open" and due <= built + datetime.timedelta(days=DUE_SOON_DAYS):
        return "soon"
    return "later"


def due_mark(record: Mapping, built: datetime.date, lang: str) -> Markup:
    """' · Due: 31 December 2026 (due soon)', or nothing for a claim that named no date."""
    state = due_state(record, built)
    if state is None:
        return Markup("")
    badge = Markup("")
    if state in ("past", "soon"):
        badge = Markup(' <span class="sa-badge sa-due-{}">{}</span>').format(state, label(f"due.{state}", lang))
    return Markup(' &middot; {}: <time datetime="{}">{}</time>{}').format(
        label("due", lang), record["due"], date(record["due"], lang), badge
    )


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
                '<p>{axis_link} &middot; {verdict_label}: <span class="sa-badge sa-verdict-{verdict}">{verdict_text}</span>{due}</p>'
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
                due=due_mark(record, data.built, lang),
                next_label=label("next", lang),
                next=text(record["next"], lang),
                cite=cite(record["sources"], sources, root, lang),
            )
        )
    return str(Markup('<ol class="sa-{}s">').format(kind) + Markup("").join(items) + Markup("</ol>"))


def falling_due(
    data: Data, records: Iterable[Mapping], lang: str = "en", verdicts: str = "verdict"
) -> str:
    """Two short lists linking to the ledger's entries: the open claims by due date, soonest first,
    and the claims already due with their verdicts, most recently due first."""
    dated = [r for r in records if r.get("due")]
    waiting = sorted((r for r in dated if due_state(r, data.built) != "past"), key=lambda r: (last_day(r["due"]), r["id"]))
    due_now = sorted((r for r in dated if due_state(r, data.built) == "past"), key=lambda r: (last_day(r["due"]), r["id"]), reverse=True)

    def item(record: Mapping) -> Markup:
        state = due_state(record, data.built)
        badge = Markup("")
        if state == "soon":
            badge = Markup(' <span class="sa-badge sa-due-soon">{}</span>').format(label("due.soon", lang))
        return Markup(
            '<li><time datetime="{iso}">{when}</time>: <a href="#{id}">{who}</a>{badge} &middot; '
            '<span class="sa-badge sa-verdict-{verdict}">{verdict_text}</span></li>'
        ).format(
            iso=record["due"], when=date(record["due"], lang), id=record["id"], who=text(record["who"], lang, inline=True),
            badge=badge, verdict=record["verdict"], verdict_text=label(f"{verdicts}.{record['verdict']}", lang),
        )

    def block(key: str, chosen: list) -> Markup:
        body = Markup("").join(item(r) for r in chosen) if chosen else Markup("<li>{}</li>").format(label(f"{key}.none", lang))
        return Markup('<p><strong>{}</strong></p><ul class="sa-due-list">{}</ul>').format(label(key, lang), body)

    return str(
        Markup('<div class="sa-falling-due">{}{}</div>').format(block("due.waiting", waiting), block("due.passed", due_now))
    )
