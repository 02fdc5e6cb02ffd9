"""Load `data/*.yml`, check it, and return frozen records.

One loader serves the build, the tests and `python -m macros.validate`, so a contributor
sees the same message everywhere. Every problem names the file, the line, the entry and
the field; all of them are collected before anything fails, and bad data never reaches a
page as a traceback or as a silently wrong table.
"""

from __future__ import annotations

import datetime
import difflib
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent

from macros import rules

#: Each collection is one file, `data/<name>.yml`, with `data/schemas/<name>.schema.json`.
#: The order is the order of the build's error report.
COLLECTIONS = (
    "sources",
    "axes",
    "milestones",
    "figures",
    "modalities",
    "fallacies",
    "headlines",
    "ceilings",
    "promises",
    "biases",
    "trends",
    "changes",  # last: its records name entries of every other collection
)

#: What one entry of each collection is called in messages ("milestone 'flashattention'").
ENTRY_NAMES = {
    "sources": "source",
    "axes": "axis",
    "milestones": "milestone",
    "figures": "figure",
    "modalities": "modality",
    "fallacies": "fallacy",
    "headlines": "headline",
    "ceilings": "ceiling",
    "promises": "promise",
    "biases": "bias",
    "trends": "data point",
    "changes": "change",
}

#: Fields whose value is a date: YAML reads 2022-05-01 as a date and 2017 as a number,
#: but contributors should not have to quote them. `due` is when a forecast said it would happen.
DATE_FIELDS = ("date", "as_of", "due")

#: How deep a data file may nest: an entry, a field, a language, a list item, a map in it.
#: Real files need five; a hostile 20,000-deep list would exhaust Python's recursion.
MAX_DEPTH = 12


def printable(value: object) -> str:
    """Text safe to print in a message: control, format and unassigned characters (a newline that
    would forge a CI annotation, a bidi override that would reorder the line) shown as \\uXXXX."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") else ch
        for ch in str(value)
    )


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located precisely enough to fix without searching."""

    file: str
    line: int | None
    entry: str | None
    field: str | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        parts = [where]
        if self.entry:
            parts.append(self.entry)
        if self.field:
            parts.append(f"field '{self.field}'")
        prefix = "warning: " if self.severity == "warning" else ""
        # One problem is one line, whatever the data holds: a value quoted in a message never
        # breaks the line (nor starts a new '::error' one under GitHub Actions).
        return printable(f"{': '.join(parts)}: {prefix}{self.message}")

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions annotation, shown on the pull request's line."""
        kind = "warning" if self.severity == "warning" else "error"
        line = f",line={self.line}" if self.line else ""
        text = str(self).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{kind} file={self.file}{line}::{text}"


class DataError(Exception):
    """Raised once, with every error found, when the data cannot be published."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        lines = [str(p) for p in problems]
        lines.append(f"{len(errors)} error{'s' if len(errors) != 1 else ''} in data/: nothing was built.")
        super().__init__("\n".join(lines))


def build_date(environ: dict | None = None) -> datetime.date:
    """The date a build shows the data at: SOURCE_DATE_EPOCH (UTC) where set, so builds are
    reproducible, else today. Freshness ("may be out of date") is judged against it."""
    epoch = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
    return datetime.date.today()


@dataclass(frozen=True)
class Data:
    """Every collection as a tuple of read-only records, plus a lookup by id, and the build date."""

    sources: tuple
    axes: tuple
    milestones: tuple
    figures: tuple
    modalities: tuple
    fallacies: tuple
    headlines: tuple
    ceilings: tuple
    promises: tuple
    biases: tuple
    trends: tuple
    changes: tuple
    warnings: tuple = ()
    built: datetime.date = field(default_factory=build_date)

    def get(self, collection: str, record_id: str) -> MappingProxyType:
        """The record with this id; a KeyError names what was asked for."""
        for record in getattr(self, collection):
            if record["id"] == record_id:
                return record
        raise KeyError(f"no {ENTRY_NAMES[collection]} with id '{record_id}' in data/{collection}.yml")


def load(
    data_dir: str | os.PathLike = "data", today: datetime.date | None = None, built: datetime.date | None = None
) -> Data:
    """Read and check every collection; raise DataError listing all errors, or return Data.

    `today` is the calendar's today, for the check that nothing is dated in the future;
    `built` is the build date the pages show the data at (see `build_date`).
    """
    data_dir = Path(data_dir)
    raw: dict[str, list] = {}
    found: list[tuple[str, list[tuple]]] = []  # (collection, [(path, message, severity)])
    problems: list[Problem] = []
    for name in COLLECTIONS:
        path = data_dir / f"{name}.yml"
        entries, error = _read(path, _label(path, data_dir, name))
        raw[name] = _plain(entries, (), {}) if entries else []
        if error:
            problems.append(error)
            continue
        schema = json.loads((data_dir / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        found.append((name, [_schema_finding(e) for e in jsonschema.Draft7Validator(schema).iter_errors(raw[name])]))
    if not problems and not any(findings for _, findings in found):
        by_file: dict[str, list[tuple]] = {}
        for f in rules.check_all(raw, today or datetime.date.today()):
            by_file.setdefault(f.collection, []).append(((f.index, *f.path), f.message, f.severity))
        found = list(by_file.items())
    for name, findings in found:
        if findings:
            problems.extend(_locate(data_dir, name, raw[name], findings))
    if any(p.severity == "error" for p in problems):
        raise DataError(problems)
    frozen = {name: tuple(_freeze(entry) for entry in raw[name]) for name in COLLECTIONS}
    return Data(**frozen, warnings=tuple(problems), built=built or build_date())


def _label(path: Path, data_dir: Path, name: str) -> str:
    """The file name as contributors know it: `data/milestones.yml`, whatever the working directory."""
    return f"{data_dir.name}/{name}.yml" if data_dir.name else str(path)


class _SafeTextDates(SafeConstructor):
    """The fast loader, reading an unquoted date as its text: the date rule then names an
    impossible one (2022-02-30) with its line, where the YAML library would raise a ValueError."""


class _RoundTripTextDates(RoundTripConstructor):
    """The line-finding loader, reading dates as text for the same reason."""


for _constructor in (_SafeTextDates, _RoundTripTextDates):
    _constructor.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _text_of(path: Path, label: str) -> tuple[str | None, Problem | None]:
    """The file as text, or a Problem naming the line where it stops being UTF-8."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem(label, 1, None, None, "the file is saved as UTF-16; save it as UTF-8")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff"), None
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start : error.start + 1].hex()
        return None, Problem(label, line, None, None, f"is not UTF-8 text (byte 0x{byte}); save the file as UTF-8")


def _shape(yaml: YAML, text: str, label: str) -> Problem | None:
    """Refuse, before building any value, what would make the reader blow up: aliases (one
    line of "billion laughs" expands to gigabytes; a recursive one never ends) and nesting
    deeper than MAX_DEPTH. Reads the parser's events only, so it costs little and stops early."""
    depth = 0
    for event in yaml.parse(text):
        if isinstance(event, AliasEvent):
            return Problem(label, event.start_mark.line + 1, None, None,
                           f"uses a YAML alias (*{printable(event.anchor)}); write each value out in full")
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH + 1:  # the file's own list is one level
                return Problem(label, event.start_mark.line + 1, None, None,
                               f"nests lists and maps more than {MAX_DEPTH} levels deep; data entries are flat")
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
    return None


def _read(path: Path, label: str, round_trip: bool = False) -> tuple[list | None, Problem | None]:
    """Parse one file into plain Python values.

    libyaml's parser (through ruamel, YAML 1.2 as in round-trip mode) is ten times faster;
    the round-trip parser, which knows every node's line, is only run to locate a problem.
    """
    if not path.exists():
        return None, Problem(label, None, None, None, "file is missing; expected a list of entries")
    text, problem = _text_of(path, label)
    if problem:
        return None, problem
    yaml = YAML(typ="rt") if round_trip else YAML(typ="safe", pure=False)
    yaml.Constructor = _RoundTripTextDates if round_trip else _SafeTextDates
    try:
        problem = None if round_trip else _shape(yaml, text, label)
        if problem:
            return None, problem
        document = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        what = error.problem or error.context or "not valid YAML"
        return None, Problem(label, line, None, None, f"YAML syntax error: {what}")
    except YAMLError as error:
        return None, Problem(label, None, None, None, f"YAML syntax error: {error}")
    except (ValueError, TypeError, RecursionError, MemoryError) as error:  # a value the constructor cannot build
        return None, Problem(label, None, None, None, f"cannot be read: {type(error).__name__}: {error}")
    if document is None:
        return None, Problem(label, 1, None, None, "file is empty; expected a list of entries")
    if not isinstance(document, list):
        return None, Problem(label, 1, None, None, "expected a list of entries (each starting with '- id:')")
    return document, None


def _lines_of(path: Path) -> dict[tuple, int]:
    """A map from each value's path in the file, (3, 'title', 'en'), to its line number."""
    document, _ = _read(path, str(path), round_trip=True)
    where: dict[tuple, int] = {}
    _plain(document or [], (), where)
    return where


def _locate(data_dir: Path, name: str, entries: list, findings: list[tuple]) -> list[Problem]:
    """Findings (path, message, severity) as Problems that name file, line, entry and field."""
    path = data_dir / f"{name}.yml"
    where = _lines_of(path)
    problems = []
    for value_path, message, severity in findings:
        index = value_path[0] if value_path and isinstance(value_path[0], int) else None
        problems.append(
            Problem(
                file=_label(path, data_dir, name),
                line=_line(where, value_path) or (1 if index is None else None),
                entry=_entry(name, entries, index),
                field=".".join(str(p) for p in value_path[1:]) or None,
                message=message,
                severity=severity,
            )
        )
    return sorted(problems, key=lambda p: (p.line or 0, p.field or ""))


def _plain(node: Any, path: tuple, where: dict[tuple, int], key: str | None = None) -> Any:
    """Turn parsed YAML into dicts, lists and strings (dates as text); from round-trip nodes,
    also record each path's line number in `where`."""
    if isinstance(node, dict):
        out = {}
        for k, value in node.items():
            try:
                where[(*path, k)] = node.lc.key(k)[0] + 1
            except (AttributeError, KeyError, TypeError):
                pass
            out[str(k)] = _plain(value, (*path, k), where, str(k))
        return out
    if isinstance(node, list):
        out_list = []
        for i, value in enumerate(node):
            try:
                where[(*path, i)] = node.lc.item(i)[0] + 1
            except (AttributeError, KeyError, TypeError, IndexError):
                pass
            out_list.append(_plain(value, (*path, i), where))
        return out_list
    if isinstance(node, datetime.date):
        return node.isoformat()[:10]
    if key in DATE_FIELDS and isinstance(node, int) and not isinstance(node, bool):
        return str(node)
    if isinstance(node, str):
        return str(node)
    return node


def _line(where: dict[tuple, int], path: tuple) -> int | None:
    """The line of the deepest part of `path` that the file records."""
    while path:
        if path in where:
            return where[path]
        path = path[:-1]
    return None


def _entry(collection: str, entries: list, index: int | None) -> str | None:
    """`milestone 'flashattention'`, or `milestone #3` when the entry has no usable id."""
    if index is None or not isinstance(index, int) or index >= len(entries):
        return None
    entry = entries[index]
    name = ENTRY_NAMES[collection]
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and entry["id"]:
        return f"{name} '{entry['id']}'"
    return f"{name} #{index + 1}"


def _schema_finding(error: jsonschema.ValidationError) -> tuple[tuple, str, str]:
    """A JSON Schema violation as (path of the value, human message, severity)."""
    message, extra_field = _humanize(error)
    path = tuple(error.absolute_path)
    return ((*path, extra_field) if extra_field else path), message, "error"


def _humanize(error: jsonschema.ValidationError) -> tuple[str, str | None]:
    """A sentence that says what was found and what is expected (and the field it is about)."""
    kind, value, schema = error.validator, error.instance, error.schema
    if kind == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        unknown = sorted(set(value) - set(allowed))[0]
        hint = difflib.get_close_matches(unknown, allowed, n=1)
        suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(allowed)})"
        return f"unknown field{suggestion}", unknown
    if kind == "required":
        missing = error.validator_value
        absent = [f for f in missing if f not in value]
        field = absent[0] if absent else None
        what = schema.get("properties", {}).get(field, {}).get("description", "")
        return f"required field is missing{': ' + what if what else ''}", field
    expected = schema.get("description", "")
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        hint = difflib.get_close_matches(str(value), [str(o) for o in error.validator_value], n=1)
        suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
        return f"{value!r} is not one of: {options}{suggestion}", None
    if kind == "type":
        wanted = {"object": "a map of languages to text (en: ...)", "array": "a list", "string": "text",
                  "integer": "a whole number", "number": "a number", "boolean": "true or false"}
        want = error.validator_value
        want_text = wanted.get(want, want) if isinstance(want, str) else " or ".join(want)
        return f"found {_describe(value)}, expected {want_text}", None
    if kind == "pattern":
        shown = repr(value) if len(value) <= 120 else f"{value[:100]!r}… ({len(value):,} characters)"
        return f"{shown} does not fit: {expected}", None
    if kind in ("minItems", "minLength"):
        return f"is empty; expected {expected.rstrip('.').lower() or 'a value'}", None
    if kind == "maxLength":
        return (f"is {len(value):,} characters; at most {error.validator_value:,} fit here "
                "(a page, a card and a feed show it whole): cut it"), None
    if kind == "uniqueItems":
        return "lists the same value twice", None
    message = error.message if len(error.message) <= 300 else f"{error.message[:280]}…"
    return f"{message}{' (expected: ' + expected + ')' if expected else ''}", None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) <= 120 else f"the text {value[:100]!r}… ({len(value):,} characters)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a map"
    return type(value).__name__


def _freeze(value: Any) -> Any:
    """Records are read-only, so no renderer can change what another one shows."""
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


_CACHE: dict[tuple, Data] = {}


def load_cached(data_dir: str | os.PathLike) -> Data:
    """Load once per change of the files: the build runs once per language, `mkdocs serve` sees edits."""
    data_dir = Path(data_dir)
    stamp = tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted([*data_dir.glob("*.yml"), *data_dir.glob("schemas/*.json")])
    )
    key = (str(data_dir.resolve()), stamp, build_date())
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load(data_dir)
    return _CACHE[key]
