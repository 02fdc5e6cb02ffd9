"""`python -m macros.unrecorded --base REF`: every changed entry has its record in data/changes.yml.

Compares data/ at a git ref (the pull request's base) with the working tree and fails,
naming each entry, when what an existing entry states changed, or the entry disappeared,
without a new record in data/changes.yml. What it states: its dates, values, verdicts and
statuses in any language, and its statements of fact (summary, claim, what happened next,
notes) in English, the edition of record. Spacing alone, a Russian rewording, a new
translation, a new flag or source are no change to what readers were told; new entries
need no record. Pull requests run it in CI (.github/workflows/ci.yml).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

from ruamel.yaml import YAML

from macros.data import COLLECTIONS, ENTRY_NAMES, Problem, _label, _locate, _plain, _read
from macros.text import LANGS

Collections = dict[str, list[dict]]


#: Fields whose change, in any language, changes a published value or date.
VALUES = ("date", "as_of", "value", "verdict", "status")
#: Statements of fact, compared in English: a Russian rewording is an edit of the translation.
STATEMENTS = ("summary", "claim", "next", "precise", "note", "status_note", "why")


def _spacing(value: object) -> object:
    """Text with any run of spaces (ordinary, non-breaking, narrow) as one space: typography is no change."""
    return " ".join(value.replace("\u00a0", " ").replace("\u202f", " ").split()) if isinstance(value, str) else value


def differences(old: object, new: object, path: tuple = ()) -> Iterator[str]:
    """Dotted paths of the values that differ; a language added where there was none is no change."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if key not in old and key in LANGS and key in new:
                continue  # a new translation: the edition showed the English until now
            if _spacing(old.get(key)) != _spacing(new.get(key)):
                yield from differences(old.get(key), new.get(key), (*path, key))
    elif _spacing(old) != _spacing(new):
        yield ".".join(str(p) for p in path) or "(entry)"


def stated(field: str) -> bool:
    """Whether a changed dotted path ('value.ru', 'summary.en', 'history') changes what the entry states."""
    top, _, lang = field.partition(".")
    return top in VALUES or (top in STATEMENTS and lang in ("", "en"))


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
            fields = [f for f in differences(entry, current) if stated(f)]
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


def _working(data_dir: Path, name: str) -> tuple[list, Problem | None]:
    """The collection as it is now, through the loader's reader: a syntax error is a located Problem."""
    path = data_dir / f"{name}.yml"
    if not path.exists():
        return [], None
    document, problem = _read(path, _label(path, data_dir, name))
    return (_plain(document, (), {}) if document else []), problem


def unreadable(data_dir: Path) -> list[Problem]:
    """Files that cannot be compared because they do not parse, each located like the loader's errors."""
    return [problem for name in COLLECTIONS if (problem := _working(data_dir, name)[1])]


def check(data_dir: Path, base: str) -> list[Problem]:
    """Every entry changed since `base` without a record, located in its file."""
    old = {name: _git_show(data_dir, base, name) for name in COLLECTIONS}
    new = {name: _working(data_dir, name)[0] for name in COLLECTIONS}
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
    parser = argparse.ArgumentParser(prog="python -m macros.unrecorded", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the git ref to compare with, e.g. origin/main")
    parser.add_argument("--data", default="data", help="the data directory (default: data)")
    args = parser.parse_args(argv)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    broken = unreadable(Path(args.data))
    for problem in broken:
        print(problem)
        if annotate:
            print(problem.github_annotation())
    if broken:
        print("Fix the YAML above first: changes can only be compared in files that parse.")
        return 1
    problems = check(Path(args.data), args.base)
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
