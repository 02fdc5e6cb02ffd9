"""How old the evidence under a claim is: the computed "as of", the "may be out of date" mark,
and `python -m macros.freshness [DATA_DIR]`, which lists what is stale, oldest first.

An "as of" is computed from the evidence, never typed, so it is never later than that evidence:

- an axis's status is as of the newest source it cites (`sources` in axes.yml): the evidence the
  status note was written against. The axis's milestones do not count: a note is only as fresh
  as what it cites, however many milestones are added below it, so refreshing a status means
  rereading the note and citing the new evidence;
- a figure is as of its own `as_of` (the loader keeps it no later than its newest source).
  A figure marked `history: true` is a dated result, what was measured then (AlexNet's error in
  2012), which no later work can make out of date: it shows its date and is never marked;
- a red flag is as of its newest evidence: the dates of the milestones, ceilings and promises
  and the `as_of` of the figures it lists.

Whatever is as of more than 12 months before the build date carries a "may be out of date"
mark in both languages. A date counts as the last day it can mean ('2025-06' is 30 June 2025),
so nothing is marked that might still be current. The build date is SOURCE_DATE_EPOCH where
set (reproducible builds), else today. Staleness is an editorial signal, never a build error:
this command always exits 0 on valid data.
"""

from __future__ import annotations

import datetime
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

from markupsafe import Markup

from macros.data import DataError, Problem, _entry, _locate, load
from macros.rules import EVIDENCE, last_day
from macros.text import label, markdown_inert

#: Evidence older than this, at the build date, may be out of date.
STALE_AFTER_MONTHS = 12

#: The collections whose records age, and the field a stale one's message points at.
AGEING = {"axes": "sources", "figures": "as_of", "fallacies": "evidence"}


def newest(dates: Iterable[str]) -> str | None:
    """The newest of some YYYY, YYYY-MM or YYYY-MM-DD dates (by the last day each can mean), as written."""
    return max(dates, key=lambda d: (last_day(d) or datetime.date.min, len(d)), default=None)


def cutoff(today: datetime.date) -> datetime.date:
    """The day STALE_AFTER_MONTHS before `today` (28 February for 29 February)."""
    months = today.year * 12 + today.month - 1 - STALE_AFTER_MONTHS
    year, month = divmod(months, 12)
    for day in (today.day, 30, 29, 28):
        try:
            return datetime.date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_stale(as_of: str | None, today: datetime.date) -> bool:
    """True if the evidence is older than STALE_AFTER_MONTHS at `today`, or if there is none."""
    end = last_day(as_of) if as_of else None
    return end is None or end < cutoff(today)


def axis_as_of(axis: Mapping, sources: Mapping[str, Mapping]) -> str | None:
    """An axis status's "as of": the date of the newest source it cites."""
    return newest(sources[s]["date"] for s in axis.get("sources", ()) if s in sources)


def evidence_dates(get: Callable[[str], Iterable[Mapping]]) -> dict[str, str]:
    """Every id a red flag can list as evidence (the collections of rules.EVIDENCE), with its date:
    a figure's `as_of`, every other record's `date`. `get` returns a collection's records by name."""
    return {r["id"]: r["as_of"] if name == "figures" else r["date"] for name in EVIDENCE for r in get(name)}


def fallacy_as_of(fallacy: Mapping, dates: Mapping[str, str]) -> str | None:
    """A red flag's "as of": the date of its newest evidence (None if it lists none)."""
    return newest(dates[e] for e in fallacy.get("evidence", ()) if e in dates)


def ages(record: Mapping) -> bool:
    """Whether a figure can go out of date: not if it is a dated result (`history: true`)."""
    return not record.get("history", False)


@dataclass(frozen=True)
class Age:
    """How old one ageing record's evidence is."""

    collection: str
    index: int
    id: str
    as_of: str | None


def all_ages(data) -> list[Age]:
    """Every record that can age, with its computed "as of": axes, figures that are not history, red flags.

    `data` is a Data or a dict of collections (lists of records; a missing one is empty).
    """
    get = (lambda name: data.get(name, ())) if isinstance(data, Mapping) else (lambda name: getattr(data, name))
    sources = {s["id"]: s for s in get("sources")}
    dates = evidence_dates(get)
    found = [Age("axes", i, a["id"], axis_as_of(a, sources)) for i, a in enumerate(get("axes"))]
    found += [Age("figures", i, f["id"], f["as_of"]) for i, f in enumerate(get("figures")) if ages(f)]
    found += [Age("fallacies", i, f["id"], fallacy_as_of(f, dates)) for i, f in enumerate(get("fallacies"))]
    return found


def stale(data, today: datetime.date) -> list[Age]:
    """The records whose newest evidence is older than STALE_AFTER_MONTHS at `today`, oldest first."""
    return sorted(
        (age for age in all_ages(data) if is_stale(age.as_of, today)),
        key=lambda age: (last_day(age.as_of) if age.as_of else datetime.date.min, age.collection, age.index),
    )


def mark(as_of: str | None, today: datetime.date, lang: str) -> Markup:
    """The visible "may be out of date" mark (text, not colour alone), or nothing if the evidence is recent."""
    if not is_stale(as_of, today):
        return Markup("")
    return Markup(' <span class="sa-stale" title="{}">{}</span>').format(
        label("stale_why", lang), markdown_inert(Markup.escape(label("stale", lang)))
    )


def problems(data_dir: str | Path, data, today: datetime.date) -> list[Problem]:
    """The stale records as warnings located at file:line, oldest first (the loader's own locating)."""
    ranked = stale(data, today)
    located: dict[tuple[str, str], Problem] = {}
    for collection, field in AGEING.items():
        findings = [((a.index, field), _message(collection, a.as_of, today), "warning") for a in ranked if a.collection == collection]
        if findings:
            entries = [dict(record) for record in getattr(data, collection)]
            for problem in _locate(Path(data_dir), collection, entries, findings):
                located[(collection, problem.entry)] = problem
    return [located[(a.collection, _entry(a.collection, [{"id": a.id}], 0))] for a in ranked]


def _message(collection: str, as_of: str | None, today: datetime.date) -> str:
    what = {"axes": "newest source", "figures": "as of", "fallacies": "newest evidence"}[collection]
    if as_of is None:
        return f"no dated evidence at all: may be out of date (build date {today.isoformat()})"
    return f"{what} {as_of}, more than {STALE_AFTER_MONTHS} months before the build date {today.isoformat()}: may be out of date"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_dir = args[0] if args else "data"
    try:
        data = load(data_dir)
    except DataError as error:
        print(error)
        return 1
    found = problems(data_dir, data, data.built)
    for problem in found:
        print(problem)
    since = cutoff(data.built).isoformat()
    if found:
        print(f"{len(found)} entr{'ies' if len(found) != 1 else 'y'} may be out of date: newest evidence before {since} "
              f"(build date {data.built.isoformat()}). A warning, not an error: refresh the evidence when you can.")
    else:
        print(f"Nothing is out of date: every axis, figure and red flag has evidence from {since} or later.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
