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

Forecasts age too, the other way round: a promise or ceiling with a `due` date must be scored
once that date has passed (the loader refuses an `open` one, macros.rules.scored_when_due).
`--due-within DAYS` adds the open ones falling due within DAYS of the build date, soonest first,
so they can be scored on time.

    python -m macros.freshness [DATA_DIR]                       # stale entries, oldest first
    python -m macros.freshness --due-within 60                  # ... and forecasts falling due
    python -m macros.freshness --report --due-within 60 [--output FILE]

`--report` writes the same findings as Markdown (to stdout, or FILE): the body of the issue the
scheduled workflow (.github/workflows/freshness.yml) opens or updates each month. If the data
does not load, the report says why, with each problem's file and line, and the command exits 1.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

from markupsafe import Markup

from macros.data import DataError, Problem, _entry, _locate, build_date, load
from macros.rules import EVIDENCE, SCORED, due_within, last_day
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


@dataclass(frozen=True)
class Due:
    """An open forecast falling due: where it is, and when."""

    problem: Problem
    id: str
    who: str
    due: datetime.date


def falling_due(data_dir: str | Path, data, today: datetime.date, days: int) -> list[Due]:
    """The open promises and ceilings due within `days` of `today`, soonest first, located at their `due` line."""
    found: list[Due] = []
    for collection in SCORED:
        records = getattr(data, collection)
        chosen = due_within(records, today, days)
        if not chosen:
            continue
        findings = [((index, "due"), _due_message(due, today), "warning") for index, _, due in chosen]
        entries = [dict(record) for record in records]
        located = {p.entry: p for p in _locate(Path(data_dir), collection, entries, findings)}
        for index, record, due in chosen:
            problem = located[_entry(collection, entries, index)]
            found.append(Due(problem, record["id"], record["who"]["en"], due))
    return sorted(found, key=lambda d: (d.due, d.problem.file, d.id))


def _due_message(due: datetime.date, today: datetime.date) -> str:
    days = (due - today).days
    when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
    return f"open, falls due on {due.isoformat()} ({when}): score it then (broken, held or partly) and record the change"


def _cell(value: str) -> str:
    """Text safe in a Markdown table cell: no pipes, no line breaks, no HTML."""
    return " ".join(str(value).split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def report(data_dir: str | Path, data, today: datetime.date, days: int) -> str:
    """The Markdown report the monthly workflow posts: forecasts falling due within `days`, then stale entries, each with file:line."""
    due = falling_due(data_dir, data, today, days)
    stale_found = problems(data_dir, data, today)
    ages = {(a.collection, a.id): a for a in stale(data, today)}
    lines = [
        f"# Freshness report, {today.isoformat()}",
        "",
        f"Built with the date {today.isoformat()}. Made by `python -m macros.freshness --report --due-within {days}`; "
        "this issue is updated each month, so fix the entries, not the issue.",
        "",
        f"## Forecasts falling due in the next {days} days ({len(due)})",
        "",
    ]
    if due:
        lines += [
            "Soonest first. On its due date each must be scored (broken, held or partly) with what happened in `next`, "
            "and the change recorded in `data/changes.yml`: from that day the build refuses it as `open`.",
            "",
            "| Due | Entry | Who | Where |",
            "|---|---|---|---|",
        ]
        lines += [f"| {d.due.isoformat()} | `{d.id}` | {_cell(d.who)} | `{d.problem.file}:{d.problem.line}` |" for d in due]
    else:
        lines.append(f"None: no open promise or ceiling falls due before {(today + datetime.timedelta(days=days)).isoformat()}.")
    lines += ["", f"## May be out of date ({len(stale_found)})", ""]
    if stale_found:
        lines += [
            f"Oldest first: the newest evidence under each is more than {STALE_AFTER_MONTHS} months before {today.isoformat()}, "
            "so its page says \"may be out of date\". Reread it against newer evidence and cite that.",
            "",
            "| Newest evidence | Entry | Where |",
            "|---|---|---|",
        ]
        for problem in stale_found:
            collection = Path(problem.file).stem
            record_id = problem.entry.split("'")[1] if problem.entry and "'" in problem.entry else ""
            age = ages.get((collection, record_id))
            as_of = age.as_of if age and age.as_of else "none"
            lines.append(f"| {as_of} | {_cell(problem.entry or '')} | `{problem.file}:{problem.line}` |")
    else:
        lines.append(f"Nothing: every axis, figure and red flag has evidence from {cutoff(today).isoformat()} or later.")
    return "\n".join(lines) + "\n"


def failed_report(error: DataError, today: datetime.date) -> str:
    """The report when the data does not load: what to fix first, with file and line."""
    lines = [
        f"# Freshness report, {today.isoformat()}",
        "",
        "## The data does not load",
        "",
        "The build fails on these problems; fix them first (a forecast left `open` past its due date is one of them):",
        "",
        "```text",
        *(str(p) for p in error.problems if p.severity == "error"),
        "```",
    ]
    return "\n".join(lines) + "\n"


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m macros.freshness", description="What may be out of date, and which forecasts fall due.")
    parser.add_argument("data_dir", nargs="?", default="data", help="the data folder (default: data)")
    parser.add_argument("--due-within", type=int, metavar="DAYS", help="also list open forecasts falling due within DAYS of the build date")
    parser.add_argument("--report", action="store_true", help="write Markdown (the monthly issue's body) instead of plain lines")
    parser.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    data_dir = args.data_dir
    out: list[str] = []
    try:
        data = load(data_dir)
    except DataError as error:
        text = failed_report(error, build_date()) if args.report else str(error) + "\n"
        _write(text, args.output)
        return 1
    if args.report:
        _write(report(data_dir, data, data.built, args.due_within or 0), args.output)
        return 0
    found = problems(data_dir, data, data.built)
    out += [str(problem) for problem in found]
    since = cutoff(data.built).isoformat()
    if found:
        out.append(f"{len(found)} entr{'ies' if len(found) != 1 else 'y'} may be out of date: newest evidence before {since} "
                   f"(build date {data.built.isoformat()}). A warning, not an error: refresh the evidence when you can.")
    else:
        out.append(f"Nothing is out of date: every axis, figure and red flag has evidence from {since} or later.")
    if args.due_within is not None:
        due = falling_due(data_dir, data, data.built, args.due_within)
        out += [str(d.problem) for d in due]
        out.append(f"{len(due)} open forecast{'s' if len(due) != 1 else ''} fall{'s' if len(due) == 1 else ''} due within "
                   f"{args.due_within} days of {data.built.isoformat()}.")
    _write("\n".join(out) + "\n", args.output)
    return 0


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    sys.exit(main())
