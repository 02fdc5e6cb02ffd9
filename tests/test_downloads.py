"""Downloads: every collection round-trips as CSV and JSON, matches its published schema, and is stable."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from conftest import ROOT, write_data
from macros.site import downloads
from macros.data import COLLECTIONS, load

SITE = "https://six-axes.github.io/"


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


@pytest.fixture(scope="module")
def schemas():
    return {name: json.loads((ROOT / "data" / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")) for name in COLLECTIONS}


@pytest.fixture(scope="module")
def files(data, schemas):
    return downloads.files(data, schemas, SITE)


def test_every_collection_has_its_three_files(files):
    expected = {f"data/{n}.{ext}" for n in COLLECTIONS for ext in ("json", "csv")}
    expected |= {f"data/schemas/{n}.schema.json" for n in COLLECTIONS}
    assert set(files) == expected


@pytest.mark.parametrize("name", COLLECTIONS)
def test_json_has_every_entry_and_matches_its_published_schema(files, data, name):
    entries = json.loads(files[f"data/{name}.json"])
    schema = json.loads(files[f"data/schemas/{name}.schema.json"])
    assert [e["id"] for e in entries] == [r["id"] for r in getattr(data, name)]
    jsonschema.Draft7Validator.check_schema(schema)
    assert list(jsonschema.Draft7Validator(schema).iter_errors(entries)) == []


@pytest.mark.parametrize("name", COLLECTIONS)
def test_csv_parses_with_one_row_per_entry_and_both_languages(files, data, name):
    text = files[f"data/{name}.csv"].decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(getattr(data, name))
    assert [r["id"] for r in rows] == [r["id"] for r in getattr(data, name)]
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert len(header) == len(set(header))
    lang_columns = [c for c in header if c.endswith(".en")]
    if lang_columns:
        assert all(c[:-3] + ".ru" in header for c in lang_columns)


def test_values_are_as_published(files, data):
    milestone = data.milestones[0]
    entry = json.loads(files["data/milestones.json"])[0]
    assert entry["title"] == dict(milestone["title"])
    assert entry["permalink"] == f"{SITE}axes/{milestone['axis']}/#{milestone['id']}"
    assert entry["sources"][0]["url"] == data.get("sources", milestone["sources"][0])["url"]
    row = next(csv.DictReader(io.StringIO(files["data/milestones.csv"].decode("utf-8-sig"), newline="")))
    assert row["title.ru"] == milestone["title"]["ru"]
    assert row["sources"].split(" | ") == list(milestone["sources"])
    assert row["date"] == milestone["date"]


def test_same_data_same_bytes_with_fixed_line_endings(data, schemas, files):
    assert downloads.files(data, schemas, SITE) == files
    csv_bytes = files["data/figures.csv"]
    assert csv_bytes.count(b"\r\n") == csv_bytes.count(b"\n")
    assert b"\r" not in files["data/figures.json"] and files["data/figures.json"].endswith(b"\n")


def test_as_of_is_the_newest_date_else_the_newest_change_else_none(tmp_path, collections):
    collections["changes"][0]["entries"].append("anchoring")
    data = load(write_data(tmp_path / "data", collections))
    assert downloads.as_of(data, "milestones") == "2022-05"  # of 2020-01 and 2022-05
    assert downloads.as_of(data, "biases") == "2022-06-01"  # no dates of its own: its newest change
    assert downloads.as_of(data, "modalities") is None


def test_data_page_lists_each_download_with_count_licence_and_date(data):
    html = downloads.table(data, lang="ru", root="../")
    assert f"<td>{len(data.milestones)}</td>" in html
    assert 'href="../../data/milestones.csv"' in html and 'href="../../data/schemas/milestones.schema.json"' in html
    assert "CC BY 4.0" in html
    assert html.count("<tr id=") == len(COLLECTIONS)


# --- CSV for spreadsheets (issue 21): Excel must read Cyrillic, and never run a cell as a formula ----

def test_csv_starts_with_a_byte_order_mark_so_excel_reads_utf_8(files):
    for name in COLLECTIONS:
        raw = files[f"data/{name}.csv"]
        assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf"), name
        raw.decode("utf-8-sig")


def test_no_real_csv_cell_starts_like_a_formula(files):
    for name in COLLECTIONS:
        rows = csv.reader(io.StringIO(files[f"data/{name}.csv"].decode("utf-8-sig"), newline=""))
        for row in rows:
            for cell in row:
                assert not cell.startswith(downloads.FORMULA_START) or downloads._NUMBER.fullmatch(cell), (name, cell)


@pytest.mark.parametrize(
    ("cell", "safe"),
    [("=HYPERLINK(\"https://evil.example\")", "'=HYPERLINK(\"https://evil.example\")"), ("+8.6% on maths", "'+8.6% on maths"),
     ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\t=1+1", "'\t=1+1"),
     ("\r=1+1", "'\r=1+1"), ("-3.5", "-3.5"), ("+34", "+34"), ("3.14e+23", "3.14e+23"), ("2 + 2", "2 + 2"), ("", "")],
)
def test_a_cell_that_starts_like_a_formula_is_text(cell, safe):
    assert downloads.spreadsheet_safe(cell) == safe


def test_a_hostile_title_is_inert_in_the_csv(tmp_path, collections):
    collections["milestones"][0]["title"]["en"] = "=cmd|' /C calc'!A0"
    data = load(write_data(tmp_path / "data", collections))
    schemas = {name: json.loads((ROOT / "data" / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")) for name in COLLECTIONS}
    text = downloads.to_csv(data, "milestones", schemas["milestones"], "https://six-axes.github.io/").decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert row["title.en"] == "'=cmd|' /C calc'!A0"
    assert json.loads(downloads.to_json(downloads.published(data, "milestones", "https://six-axes.github.io/")))[0]["title"]["en"] == "=cmd|' /C calc'!A0"
