"""Every collection as a download: JSON as published, flat CSV, and the JSON Schema of the JSON.

Pure functions from the loaded Data (and the schemas of data/schemas/) to bytes; the
build writes them under /data/ (macros/site/hooks.py) and the Data page lists them (`table`).
The same data gives the same bytes: sorted keys, fixed line endings, no timestamps.

The JSON is what the site shows: every entry with its id, dates, both languages, its
permalink (`permalink`) and its sources resolved to full source records. Its schema is the
data file's schema with those two changes. The CSV has one row per entry, one column per
field and language (`title.en`, `title.ru`); lists are joined with " | ". The CSV is made
for spreadsheets as well as programs (see `spreadsheet_safe`): UTF-8 with a byte-order mark,
and no cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from typing import Any, Iterable, Mapping

from markupsafe import Markup

from macros.data import COLLECTIONS, Data
from macros.links import HOMES, by_id, home, permalink
from macros.rules import parse_date
from macros.text import DEFAULT_LANG, LANGS, date, label, scrolls

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
#: Where the files go, relative to the site root.
FOLDER = "data"
LIST_SEPARATOR = " | "

#: A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
#: (OWASP, "CSV Injection"): "=", "+", "-", "@", and tab or carriage return before them.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A plain number ("-3.5", "+34", "3.14e+23") is data, not a formula: it keeps its sign.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_safe(cell: str) -> str:
    """The cell as text a spreadsheet shows and never runs: OWASP's CSV-injection advice, a single
    quote before a cell that starts like a formula ("+8.6% on maths" stays text, and does not
    show as #NAME?). Programs reading the CSV see the quote; the JSON has the value as it is."""
    if cell.startswith(FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def plain_value(value: Any) -> Any:
    """Frozen records (mapping proxies, tuples) as JSON-ready dicts and lists."""
    if isinstance(value, Mapping):
        return {k: plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    return value


def published(data: Data, name: str, site_url: str) -> list[dict]:
    """The collection's entries as the site publishes them: permalink added, sources resolved."""
    sources = by_id(data.sources)
    entries = []
    for record in getattr(data, name):
        entry = plain_value(record)
        if name != "sources" and "sources" in entry:
            entry["sources"] = [plain_value(sources[s]) for s in entry["sources"]]
        if name in HOMES:
            entry["permalink"] = permalink(site_url, DEFAULT_LANG, home(name, record))
        entries.append(entry)
    return entries


def published_schema(name: str, schemas: Mapping[str, Mapping], site_url: str) -> dict:
    """The data file's schema, adjusted to the published JSON (resolved sources, a `permalink`)."""
    schema = copy.deepcopy(dict(schemas[name]))
    schema["$id"] = f"{site_url.rstrip('/')}/{FOLDER}/schemas/{name}.schema.json"
    schema["title"] = f"{name}.json"
    item = schema["items"]
    if name != "sources" and "sources" in item["properties"]:
        item["properties"]["sources"]["items"] = copy.deepcopy(schemas["sources"]["items"])
        item["properties"]["sources"]["description"] += " Published resolved: each source's full record."
    if name in HOMES:
        item["properties"]["permalink"] = {
            "type": "string",
            "pattern": "^https://",
            "description": "The entry's permalink in the English edition; the Russian edition has the same path under /ru/.",
        }
        item["required"] = [*item.get("required", []), "permalink"]
    return schema


def to_json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _is_text(schema: Mapping) -> bool:
    """A language map: {en, ru}."""
    return schema.get("type") == "object" and set(schema.get("properties", {})) <= set(LANGS) | {"en"}


def columns(schema: Mapping) -> list[tuple[str, tuple]]:
    """(column name, how to read it) in the order of the schema's properties."""
    cols: list[tuple[str, tuple]] = []
    for field, prop in schema["items"]["properties"].items():
        items = prop.get("items", {})
        if _is_text(prop):
            cols += [(f"{field}.{lang}", (field, lang)) for lang in LANGS]
        elif prop.get("type") == "array" and _is_text(items):
            cols += [(f"{field}.{lang}", (field, "*", lang)) for lang in LANGS]
        elif prop.get("type") == "array" and items.get("type") == "object":
            cols += [(f"{field}.{sub}", (field, "*", sub)) for sub in items.get("properties", {})]
        else:
            cols.append((field, (field,)))
            if field == "sources" and prop.get("type") == "array":
                cols.append(("sources.url", ("sources", "*", "url")))
    return cols


def _cell(entry: Mapping, path: tuple) -> str:
    value: Any = entry.get(path[0])
    if value is None:
        return ""
    if len(path) > 1 and path[1] == "*":
        return LIST_SEPARATOR.join(_cell(item, path[2:]) if isinstance(item, Mapping) else str(item) for item in value)
    if len(path) > 1:
        return _cell(value, path[1:]) if isinstance(value, Mapping) else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def to_csv(data: Data, name: str, schema: Mapping, site_url: str) -> bytes:
    """One row per entry; sources as ids (`sources`) and their URLs (`sources.url`)."""
    sources = by_id(data.sources)
    cols = columns(schema)
    if name in HOMES:
        cols.append(("permalink", ("permalink",)))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c for c, _ in cols])
    for record in getattr(data, name):
        entry = plain_value(record)
        if name != "sources" and "sources" in entry:
            entry["sources"] = [{"id": s, "url": sources[s]["url"]} for s in entry["sources"]]
        if name in HOMES:
            entry["permalink"] = permalink(site_url, DEFAULT_LANG, home(name, record))
        row = []
        for column, path in cols:
            if column == "sources":
                row.append(LIST_SEPARATOR.join(s["id"] for s in entry.get("sources", [])))
            else:
                row.append(_cell(entry, path))
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    # The byte-order mark tells Excel the file is UTF-8; without it, Excel reads Cyrillic as mojibake.
    return out.getvalue().encode("utf-8-sig")


def _dates(entries: Iterable[Mapping]) -> list[str]:
    return [e[f] for e in entries for f in ("date", "as_of") if isinstance(e.get(f), str) and parse_date(e[f])]


def as_of(data: Data, name: str) -> str | None:
    """The newest date in the collection; for one without dates, its newest change record; else None."""
    found = _dates(getattr(data, name))
    if not found:
        ids = {e["id"] for e in getattr(data, name)}
        found = [c["date"] for c in data.changes if ids & set(c["entries"])]
    return max(found, key=lambda d: (parse_date(d), d)) if found else None


def files(data: Data, schemas: Mapping[str, Mapping], site_url: str) -> dict[str, bytes]:
    """Every download, by its path under the site root: data/<name>.json, .csv, schemas/<name>.schema.json."""
    out: dict[str, bytes] = {}
    for name in COLLECTIONS:
        out[f"{FOLDER}/{name}.json"] = to_json(published(data, name, site_url))
        out[f"{FOLDER}/{name}.csv"] = to_csv(data, name, schemas[name], site_url)
        out[f"{FOLDER}/schemas/{name}.schema.json"] = to_json(published_schema(name, schemas, site_url))
    return out


def table(data: Data, lang: str = "en", root: str = "") -> str:
    """The Data page's list: each collection, its entry count, as-of date, licence and files."""
    site_root = root + ("" if lang == DEFAULT_LANG else "../")  # the downloads live once, at the site root
    rows = []
    for name in COLLECTIONS:
        newest = as_of(data, name)
        links = Markup(" · ").join(
            Markup('<a href="{}{}/{}" download>{}</a>').format(site_root, FOLDER, path, text)
            for path, text in ((f"{name}.csv", "CSV"), (f"{name}.json", "JSON"),
                               (f"schemas/{name}.schema.json", label("data.schema", lang)))
        )
        rows.append(
            Markup('<tr id="data-{}"><td>{} <code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>').format(
                name, label(f"collection.{name}", lang), name, len(getattr(data, name)), date(newest, lang) if newest else "—",
                Markup('<a href="{}" rel="license">{}</a>').format(LICENCE_URL, LICENCE), links,
            )
        )
    head = Markup("<thead><tr>{}</tr></thead>").format(
        Markup("").join(Markup("<th>{}</th>").format(label(k, lang))
                        for k in ("data.collection", "data.rows", "data.as_of", "data.licence", "data.files"))
    )
    return str(scrolls(Markup('<table class="sa-downloads">{}<tbody>{}</tbody></table>').format(head, Markup("").join(rows))))
