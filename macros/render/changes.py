"""The public record of changes (data/changes.yml) on the site: its page and the "updated" mark.

- `render()`: the What changed page, newest first.
- `updated()`: the one mark every renderer puts beside an entry that changed, linking to
  its newest record ("corrected 25 November 2026").

The check that a pull request records its changes is macros/unrecorded.py.
"""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from macros.data import COLLECTIONS, Data
from macros.links import anchor, entry_title, home
from macros.text import date, label, plain, text

# --- On the site ----------------------------------------------------------------------


def latest(data: Data) -> dict[str, Mapping]:
    """Entry id -> the newest record that names it (the later one in the file on the same day)."""
    newest: dict[str, Mapping] = {}
    for record in sorted(data.changes, key=lambda r: r["date"]):
        for record_id in record["entries"]:
            newest[record_id] = record
    return newest


def updated(data: Data, record_id: str, lang: str, root: str) -> Markup:
    """'corrected 25 November 2026' (or 'updated …'), linked to the record; nothing if it never changed."""
    record = latest(data).get(record_id)
    if record is None:
        return Markup("")
    word = label("corrected" if record["correction"] else "updated", lang)
    return Markup(' <a class="sa-updated" href="{}{}">{} <time datetime="{}">{}</time></a>').format(
        root, home("changes", record), word, record["date"], date(record["date"], lang)
    )


def find(data: Data, record_id: str) -> tuple[str, Mapping] | None:
    """(collection, record) for an id anywhere in data/ (ids are unique site-wide)."""
    for collection in COLLECTIONS:
        if collection == "changes":
            continue
        for record in getattr(data, collection, ()):
            if record["id"] == record_id:
                return collection, record
    return None


def _entry_link(data: Data, record_id: str, record: Mapping, lang: str, root: str) -> Markup:
    renamed = {pair["from"]: pair["to"] for pair in record.get("renamed", ())}
    target = renamed.get(record_id, record_id)
    found = find(data, target)
    if found is None or record_id in record.get("removed", ()):
        return Markup('<span title="{}">{}</span>').format(record_id, label("removed_entry", lang))
    collection, entry = found
    title = entry_title(collection, entry, lang)
    suffix = Markup(" ({} <code>#{}</code>)").format(label("renamed_from", lang), record_id) if target != record_id else Markup("")
    return Markup('<a href="{}{}">{}</a>{}').format(root, home(collection, entry), title, suffix)


def render(data: Data, lang: str = "en", root: str = "") -> str:
    """Every record, newest first: when, whether it corrects an error, what changed, why, and where."""
    items = []
    ordered = sorted(enumerate(data.changes), key=lambda pair: (pair[1]["date"], pair[0]), reverse=True)
    for _, record in ordered:
        kind = "correction" if record["correction"] else "update"
        entries = Markup(", ").join(_entry_link(data, rid, record, lang, root) for rid in record["entries"])
        items.append(
            Markup(
                '<li class="sa-change sa-change-{kind}" id="{id}">'
                '<p><time datetime="{iso}">{when}</time> <span class="sa-badge sa-change-{kind}">{kind_label}</span> {anchor}</p>'
                '<p>{what}</p><p><strong>{why_label}:</strong> {why}</p>'
                '<p class="sa-note">{affected_label}: {entries}</p></li>'
            ).format(
                kind=kind,
                id=record["id"],
                iso=record["date"],
                when=date(record["date"], lang),
                kind_label=label(f"change.{kind}", lang),
                anchor=anchor(record["id"], lang, f"{label(f'change.{kind}', lang)}, {date(record['date'], lang)}"),
                what=text(record["what"], lang),
                why_label=label("why", lang),
                why=text(record["why"], lang),
                affected_label=label("affected", lang),
                entries=entries,
            )
        )
    return str(Markup('<ol class="sa-changes" reversed>') + Markup("").join(items) + Markup("</ol>"))
