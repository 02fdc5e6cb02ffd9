"""The public record of changes (data/changes.yml): its page, the "updated" mark, and the CI check.

- `render()`: the What changed page, newest first.
- `updated()`: the one mark every renderer puts beside an entry that changed, linking to
  its newest record ("corrected 25 November 2026").
- `python -m macros.changes --base REF`: compares data/ at a git ref with the working
  tree and fails, naming each entry, when an existing entry changed or disappeared without
  a new record in data/changes.yml. Pull requests run it in CI.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Mapping

from markupsafe import Markup
from ruamel.yaml import YAML

from macros.data import COLLECTIONS, ENTRY_NAMES, Data, Problem, _label, _locate, _plain
from macros.links import anchor, entry_title, home
from macros.text import LANGS, date, label, text

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
        return Markup("<span>{} ({})</span>").format(record_id, label("removed", lang))
    collection, entry = found
    title = entry_title(collection, entry, lang)
    suffix = Markup(" ({} {})").format(label("renamed_from", lang), record_id) if target != record_id else Markup("")
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
                anchor=anchor(record["id"], lang),
                what=text(record["what"], lang),
                why_label=label("why", lang),
                why=text(record["why"], lang),
                affected_label=label("affected", lang),
                entries=entries,
            )
        )
    return str(Markup('<ol class="sa-changes" reversed>') + Markup("").join(items) + Markup("</ol>"))


# --- The check for pull requests ---------------------------------------------------------

Collections = dict[str, list[dict]]


def differences(old: object, new: object, path: tuple = ()) -> Iterator[str]:
    """Dotted paths of the values that differ; a language added where there was none is no change."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if key not in old and key in LANGS and key in new:
                continue  # a new translation: the edition showed the English until now
            if old.get(key) != new.get(key):
                yield from differences(old.get(key), new.get(key), (*path, key))
    elif old != new:
        yield ".".join(str(p) for p in path) or "(entry)"


def unrecorded(old: Collections, new: Collections) -> Iterator[tuple[str, int | None, str, str]]:
    """(collection, index in the new file or None, id, message) for each existing entry that
    changed or went away with no new record in changes.yml naming it."""
    known = {r.get("id") for r in old.get("changes", [])}
    fresh = [r for r in new.get("changes", []) if r.get("id") not in known]
    covered = {i for r in fresh for i in (*r.get("entries", []), *r.get("removed", []))}
    covered |= {pair.get("from") for r in fresh for pair in r.get("renamed", [])}
    for name in COLLECTIONS:
        if name == "changes":
            continue
        now = {e.get("id"): (i, e) for i, e in enumerate(new.get(name, [])) if isinstance(e, dict)}
        for entry in old.get(name, []):
            record_id = entry.get("id") if isinstance(entry, dict) else None
            if record_id is None or record_id in covered:
                continue
            if record_id not in now:
                yield name, None, record_id, "was removed or renamed, but no new record in data/changes.yml says so (list it under removed, or renamed)"
                continue
            index, current = now[record_id]
            fields = list(differences(entry, current))
            if fields:
                yield name, index, record_id, (
                    f"changed ({', '.join(fields)}), but no new record in data/changes.yml lists '{record_id}' under entries"
                )


def _git_show(data_dir: Path, ref: str, name: str) -> list:
    """The collection as it was at `ref` ([] where the file did not exist yet)."""
    prefix = subprocess.run(["git", "-C", str(data_dir), "rev-parse", "--show-prefix"],
                            capture_output=True, text=True, check=True).stdout.strip()
    shown = subprocess.run(["git", "-C", str(data_dir), "show", f"{ref}:{prefix}{name}.yml"], capture_output=True)
    if shown.returncode != 0:
        return []
    document = YAML(typ="safe", pure=False).load(shown.stdout.decode("utf-8"))
    return _plain(document, (), {}) if isinstance(document, list) else []


def _working(data_dir: Path, name: str) -> list:
    path = data_dir / f"{name}.yml"
    if not path.exists():
        return []
    document = YAML(typ="safe", pure=False).load(path.read_text(encoding="utf-8"))
    return _plain(document, (), {}) if isinstance(document, list) else []


def check(data_dir: Path, base: str) -> list[Problem]:
    """Every entry changed since `base` without a record, located in its file."""
    old = {name: _git_show(data_dir, base, name) for name in COLLECTIONS}
    new = {name: _working(data_dir, name) for name in COLLECTIONS}
    problems: list[Problem] = []
    every = list(unrecorded(old, new))
    for name in COLLECTIONS:
        found = [(index, record_id, message) for c, index, record_id, message in every if c == name]
        located = [f for f in found if f[0] is not None]
        problems += _locate(data_dir, name, new[name], [((index,), message, "error") for index, _, message in located])
        problems += [
            Problem(_label(data_dir / f"{name}.yml", data_dir, name), None, f"{ENTRY_NAMES[name]} '{record_id}'", None, message)
            for index, record_id, message in found if index is None
        ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.changes", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the git ref to compare with, e.g. origin/main")
    parser.add_argument("--data", default="data", help="the data directory (default: data)")
    args = parser.parse_args(argv)
    problems = check(Path(args.data), args.base)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem)
        if annotate:
            print(problem.github_annotation())
    if problems:
        count = len(problems)
        print(
            f"{count} changed entr{'ies' if count != 1 else 'y'} without a record of the change. Published values "
            "change in public: add a record to data/changes.yml (date, entries, what, why, correction) in this pull "
            "request; CONTRIBUTING.md, 'The change record', has an annotated example."
        )
        return 1
    print(f"Every change to an existing entry since {args.base} has its record in data/changes.yml.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
