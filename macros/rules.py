"""Checks of meaning that a JSON Schema cannot express.

Each check is a small pure function from the parsed collections to findings, so each can
be tested alone. They run only once every file has passed its schema, so they may rely on
the shape of the data.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from typing import Callable, Iterator

Collections = dict[str, list[dict]]


@dataclass(frozen=True)
class Finding:
    collection: str
    index: int | None
    path: tuple
    message: str
    severity: str = "error"


def _entries(data: Collections, *names: str) -> Iterator[tuple[str, int, dict]]:
    for name in names or tuple(data):
        for index, entry in enumerate(data.get(name, [])):
            yield name, index, entry


def unique_ids(data: Collections) -> Iterator[Finding]:
    """Ids become anchors, and several collections share a page: an id is used once site-wide."""
    seen: dict[str, str] = {}
    for name, index, entry in _entries(data):
        record_id = entry["id"]
        if record_id in seen:
            yield Finding(name, index, ("id",), f"id '{record_id}' is already used in {seen[record_id]}; ids must be unique across data/")
        else:
            seen[record_id] = f"data/{name}.yml"


def axes_complete(data: Collections) -> Iterator[Finding]:
    """The site's thesis counts six axes: each number 1 to 6 exactly once."""
    numbers = [entry["number"] for entry in data["axes"]]
    for index, entry in enumerate(data["axes"]):
        if numbers.count(entry["number"]) > 1:
            yield Finding("axes", index, ("number",), f"number {entry['number']} is used by more than one axis")
    missing = sorted(set(range(1, 7)) - set(numbers))
    if missing:
        yield Finding("axes", None, (), f"axes numbered {', '.join(map(str, missing))} are missing; expected six axes numbered 1 to 6")


#: The collections whose records a fallacy may cite as evidence.
EVIDENCE = ("milestones", "figures", "ceilings", "promises")


def references_resolve(data: Collections) -> Iterator[Finding]:
    """Every source, axis and evidence id points at an entry that exists."""
    sources = {s["id"] for s in data["sources"]}
    axes = {a["id"] for a in data["axes"]}
    evidence = {e["id"] for name in EVIDENCE for e in data[name]}
    for name, index, entry in _entries(data):
        for i, source in enumerate(entry.get("sources", [])):
            if source not in sources:
                yield Finding(name, index, ("sources", i), f"source '{source}' is not in data/sources.yml{_hint(source, sources)}")
        if "axis" in entry and entry["axis"] not in axes:
            yield Finding(name, index, ("axis",), f"axis '{entry['axis']}' is not in data/axes.yml{_hint(entry['axis'], axes)}")
        for i, axis in enumerate(entry.get("ignores", [])):
            if axis not in axes:
                yield Finding(name, index, ("ignores", i), f"axis '{axis}' is not in data/axes.yml{_hint(axis, axes)}")
        for i, ref in enumerate(entry.get("evidence", [])):
            if ref not in evidence:
                yield Finding(name, index, ("evidence", i), f"'{ref}' is not the id of a milestone, figure, ceiling or promise{_hint(ref, evidence)}")


def _hint(value: str, known: set[str]) -> str:
    match = difflib.get_close_matches(value, sorted(known), n=1)
    return f" (did you mean '{match[0]}'?)" if match else ""


def real_dates(data: Collections, today: datetime.date) -> Iterator[Finding]:
    """A date must exist on the calendar, and nothing has happened after today."""
    for name, index, entry in _entries(data):
        for field in ("date", "as_of"):
            if field not in entry:
                continue
            value = entry[field]
            parsed = parse_date(value)
            if parsed is None:
                yield Finding(name, index, (field,), f"'{value}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
            elif parsed > today:
                yield Finding(name, index, (field,), f"'{value}' is in the future; record what has happened")


def parse_date(value: str) -> datetime.date | None:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD date can mean, or None if it is no date."""
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts]
        return datetime.date(numbers[0], *(numbers[1:] + [1] * (3 - len(numbers))))
    except (ValueError, TypeError):
        return None


# Markup a renderer would escape anyway, but that can only be a mistake in a text field:
# HTML tags, Jinja code, Markdown links and script URLs.
_MARKUP = re.compile(r"<\s*[A-Za-z!/]|\{\{|\{%|\{#|\]\(|javascript:", re.IGNORECASE)


def no_markup(data: Collections) -> Iterator[Finding]:
    """Text fields hold plain text: the renderers add all markup, escaped."""
    for name, index, entry in _entries(data):
        for path, text in _texts(entry):
            if path[0] in ("url",):
                continue
            match = _MARKUP.search(text)
            if match:
                yield Finding(name, index, path, f"contains markup ({match.group(0)!r}); text fields are plain text")


def _texts(node, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, (*path, i))


def sourced_or_reasoned(data: Collections) -> Iterator[Finding]:
    """A modality figure is either sourced or carries the reasoning behind the estimate."""
    for index, entry in enumerate(data["modalities"]):
        if entry["sourced"] and not entry.get("sources"):
            yield Finding("modalities", index, ("sources",), "sourced is true but no sources are listed")
        if not entry["sourced"] and "reasoning" not in entry:
            yield Finding("modalities", index, ("reasoning",), "an unsourced estimate needs its reasoning")


def bias_sourced_or_opinion(data: Collections) -> Iterator[Finding]:
    """A bias either cites sources or is labelled as opinion, never neither, never both."""
    for index, entry in enumerate(data["biases"]):
        has_sources, opinion = bool(entry.get("sources")), bool(entry.get("opinion"))
        if has_sources == opinion:
            yield Finding("biases", index, ("opinion",), "give sources, or set opinion: true when there are none (not both)")


def sources_cited(data: Collections) -> Iterator[Finding]:
    """A source nobody cites is probably a typo elsewhere: worth a look, not a failed build."""
    cited = {s for _, _, entry in _entries(data) for s in entry.get("sources", [])}
    for index, entry in enumerate(data["sources"]):
        if entry["id"] not in cited:
            yield Finding("sources", index, ("id",), f"source '{entry['id']}' is not cited by any entry", "warning")


CHECKS: tuple[Callable[..., Iterator[Finding]], ...] = (
    unique_ids,
    axes_complete,
    references_resolve,
    real_dates,
    no_markup,
    sourced_or_reasoned,
    bias_sourced_or_opinion,
    sources_cited,
)


def check_all(data: Collections, today: datetime.date) -> list[Finding]:
    """Run every check; the date check is the only one that needs to know today."""
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(data, today) if check is real_dates else check(data))
    return findings
