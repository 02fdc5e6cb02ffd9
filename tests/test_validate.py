"""`python -m macros.validate`: each class of mistake, in any data file, is reported with its place."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, write_data
from macros.data import COLLECTIONS, ENTRY_NAMES


def validate(data_dir, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros.validate", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", **env},
    )


def test_real_data_is_valid():
    result = validate(ROOT / "data")
    assert result.returncode == 0, result.stdout
    assert "data/ is valid" in result.stdout


# One mistake of each class, applied to the first entry of any collection.
MISTAKES = {
    "misspelt field": (lambda e: e.__setitem__("idd", e["id"]), "field 'idd': unknown field (did you mean 'id'?)"),
    "missing field": (lambda e: e.pop("id"), "field 'id': required field is missing"),
    "id not a slug": (lambda e: e.__setitem__("id", "Not A Slug"), "field 'id': 'Not A Slug' "),
    "markup in text": (None, "contains markup"),
}


@pytest.mark.parametrize("collection", COLLECTIONS)
@pytest.mark.parametrize("mistake", MISTAKES)
def test_each_mistake_in_each_file_is_located(tmp_path, collections, collection, mistake):
    change, expected = MISTAKES[mistake]
    entry = collections[collection][0]
    if change is None:
        field = next(k for k, v in entry.items() if isinstance(v, dict)) if collection != "sources" else "title"
        if collection == "sources":
            entry["title"] = "<b>bold</b>"
        else:
            entry[field]["en"] = "<b>bold</b>"
    else:
        change(entry)
    result = validate(write_data(tmp_path / "data", collections))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    line = next(l for l in result.stdout.splitlines() if expected in l)
    assert line.startswith(f"data/{collection}.yml:")
    assert f": {ENTRY_NAMES[collection]} " in line


def test_bad_indentation_is_reported_with_its_line(data_dir):
    (data_dir / "ceilings.yml").write_text("- id: a\n  date: '2022'\n   who: x\n")
    result = validate(data_dir)
    assert result.returncode == 1
    assert result.stdout.startswith("data/ceilings.yml:3: YAML syntax error")


def test_github_actions_get_annotations(data_dir, collections):
    collections["milestones"][0]["axis"] = "pretrain"
    write_data(data_dir, collections)
    result = validate(data_dir, GITHUB_ACTIONS="true")
    assert "::error file=data/milestones.yml,line=" in result.stdout
    assert "did you mean 'pretraining'?" in result.stdout


def test_warnings_do_not_fail(data_dir, collections):
    collections["sources"].append(
        {"id": "spare-2021", "title": "Spare", "authors": "Someone", "date": "2021", "url": "https://example.org/", "kind": "post"}
    )
    result = validate(write_data(data_dir, collections))
    assert result.returncode == 0
    assert "warning: source 'spare-2021' is not cited" in result.stdout


def test_sourcing_rules_are_reported_with_their_place(data_dir, collections):
    collections["sources"].append(
        {"id": "wired-2023", "title": "A story", "authors": "A Reporter", "date": "2023", "url": "https://www.wired.com/x", "kind": "article"}
    )
    collections["sources"][1]["url"] = "https://en.wikipedia.org/wiki/FlashAttention"
    collections["figures"][0]["sources"] = ["wired-2023"]
    result = validate(write_data(data_dir, collections))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(l.startswith("data/sources.yml:") and ": source 'dao-2022-flashattention': field 'url': en.wikipedia.org is a wiki" in l for l in lines)
    assert any(l.startswith("data/figures.yml:") and ": figure 'flash-speedup': field 'sources': cites only press (wired-2023)" in l for l in lines)
@pytest.mark.parametrize("collection", COLLECTIONS)
def test_every_schema_is_draft_07_closed_and_described(collection):
    """Editors show each property's description as help; an undescribed or open entry helps no one."""
    import json

    schema = json.loads((ROOT / "data" / "schemas" / f"{collection}.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    entry = schema["items"]
    assert entry["additionalProperties"] is False
    assert set(entry["required"]) <= set(entry["properties"])
    for name, prop in entry["properties"].items():
        assert prop.get("description"), f"{collection}.{name} has no description"


def test_promises_schema_mirrors_ceilings():
    """The two ledgers share one renderer, so they must keep one shape and one verdict scale."""
    import json

    load_schema = lambda name: json.loads((ROOT / "data" / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    ceilings, promises = load_schema("ceilings")["items"], load_schema("promises")["items"]
    assert ceilings["required"] == promises["required"]
    assert set(ceilings["properties"]) == set(promises["properties"])
    assert ceilings["properties"]["verdict"]["enum"] == promises["properties"]["verdict"]["enum"]


def test_an_open_promise_past_its_due_date_fails_with_its_place(data_dir, collections):
    collections["promises"][0]["due"] = "2025-04-08"
    result = validate(write_data(data_dir, collections))
    assert result.returncode == 1
    line = next(l for l in result.stdout.splitlines() if "fell due" in l)
    assert line.startswith("data/promises.yml:")
    assert ": promise 'a-promise': field 'verdict': is 'open', but the promise fell due on 2025-04-08 (today is " in line
    assert "add the change to data/changes.yml" in line
