"""The computed "as of", the "may be out of date" mark and `python -m macros.freshness`, at a fixed build date."""

from __future__ import annotations

import datetime
import subprocess
import sys

from conftest import ROOT, write_data
from macros import RENDERERS, freshness
from macros.site.build import FIXED_DATE
from macros.data import build_date, load
from macros.site.previews import axis_status

BUILT = datetime.date(2026, 11, 28)
SOURCES = {
    "old": {"id": "old", "date": "2024-03"},
    "new": {"id": "new", "date": "2026-02-10"},
    "vague": {"id": "vague", "date": "2025"},
}


def test_build_date_comes_from_source_date_epoch():
    assert build_date({"SOURCE_DATE_EPOCH": FIXED_DATE}) == BUILT
    assert build_date({"SOURCE_DATE_EPOCH": "1795910399"}) == BUILT  # 23:59:59 UTC the same day
    assert build_date({}) == datetime.date.today()


def test_newest_date_counts_the_last_day_a_date_can_mean():
    assert freshness.newest(["2024-03", "2026-02-10", "2025"]) == "2026-02-10"
    assert freshness.newest(["2025-06-15", "2025-06"]) == "2025-06"  # a whole month reaches as far as its last day
    assert freshness.newest(["2025-06", "2025-06-30"]) == "2025-06-30"  # on a tie, the precise date
    assert freshness.newest([]) is None


def test_twelve_months_before():
    assert freshness.cutoff(BUILT) == datetime.date(2025, 11, 28)
    assert freshness.cutoff(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)
    assert freshness.cutoff(datetime.date(2026, 1, 15)) == datetime.date(2025, 1, 15)


def test_stale_means_older_than_twelve_months_or_undated():
    assert not freshness.is_stale("2025-11-28", BUILT)
    assert freshness.is_stale("2025-11-27", BUILT)
    assert not freshness.is_stale("2025-11", BUILT)  # 30 November 2025, possibly
    assert freshness.is_stale("2025-10", BUILT)
    assert not freshness.is_stale("2025", BUILT)  # possibly December 2025
    assert freshness.is_stale(None, BUILT)


def test_an_axis_is_as_of_its_newest_source():
    assert freshness.axis_as_of({"sources": ["old", "vague"]}, SOURCES) == "2025"
    assert freshness.axis_as_of({"sources": ["old", "new", "vague"]}, SOURCES) == "2026-02-10"


def test_a_red_flag_is_as_of_its_newest_evidence():
    records = {"milestones": [{"id": "m", "date": "2023-05"}], "figures": [{"id": "f", "as_of": "2024-12-06"}],
               "ceilings": [{"id": "c", "date": "2022-03-10"}], "promises": [{"id": "p", "date": "2025-01-06"}]}
    dates = freshness.evidence_dates(records.__getitem__)
    assert freshness.fallacy_as_of({"evidence": ["m", "c", "f"]}, dates) == "2024-12-06"
    assert freshness.fallacy_as_of({"evidence": ["c"]}, dates) == "2022-03-10"
    # Red flags may cite promises too (rules.EVIDENCE): their dates count.
    assert freshness.fallacy_as_of({"evidence": ["f", "p"]}, dates) == "2025-01-06"
    assert freshness.fallacy_as_of({}, dates) is None


def tiny() -> dict:
    return {
        "sources": list(SOURCES.values()),
        "axes": [{"id": "a1", "sources": ["new"]}, {"id": "a2", "sources": ["old"]}],
        "milestones": [{"id": "m", "date": "2026-03"}],
        "figures": [
            {"id": "frontier", "as_of": "2024-03"},
            {"id": "alexnet", "as_of": "2012", "history": True},  # a dated result never ages
            {"id": "fresh", "as_of": "2026-06"},
        ],
        "ceilings": [{"id": "c", "date": "2022-03-10"}],
        "fallacies": [{"id": "f-old", "evidence": ["c"]}, {"id": "f-new", "evidence": ["c", "m"]}],
    }


def test_stale_lists_what_may_be_out_of_date_oldest_first():
    found = [(a.collection, a.id, a.as_of) for a in freshness.stale(tiny(), BUILT)]
    assert found == [("fallacies", "f-old", "2022-03-10"), ("axes", "a2", "2024-03"), ("figures", "frontier", "2024-03")]
    assert [a.id for a in freshness.stale(tiny(), datetime.date(2025, 1, 1))] == ["f-old"]


def test_the_mark_is_text_in_each_language():
    assert freshness.mark("2026-02-10", BUILT, "en") == ""
    english = freshness.mark("2024-03", BUILT, "en")
    assert 'class="sa-stale"' in english and ">may be out of date</span>" in english
    assert ">возможно, устарело</span>" in freshness.mark("2024-03", BUILT, "ru")


def test_renderers_show_the_computed_date_and_the_mark(data_dir, collections):
    collections["axes"][2]["sources"] = ["dao-2022-flashattention", "kaplan-2020-scaling"]
    data = load(write_data(data_dir, collections), built=BUILT)
    card = RENDERERS["axis_summary"](data, "algorithms", lang="en", root="../../")
    assert '<span class="sa-asof">(as of 27\u00a0May\u00a02022)</span> <span class="sa-stale"' in card
    table = RENDERERS["figures"](data, lang="ru")
    assert "май\u00a02022\u00a0г. <span class=\"sa-stale\"" in table
    inline = RENDERERS["fig"](data, "flash-speedup", lang="en")
    assert '(as of May\u00a02022)</span> <span class="sa-stale"' in inline
    flag = RENDERERS["fallacy"](data, "no-axis-named", lang="en")
    assert "(newest evidence: May\u00a02022)</span> <span class=\"sa-stale\"" in flag
    assert axis_status(data, data.axes[2], "en") == "Status: moving, as of 27\u00a0May\u00a02022 (may be out of date)."
    # A year on, as of the evidence's own month, nothing is marked.
    recent = load(data_dir, built=datetime.date(2022, 12, 1))
    assert "sa-stale" not in RENDERERS["axis_summary"](recent, "algorithms", lang="en") + RENDERERS["figures"](recent)


def test_a_history_figure_shows_its_date_but_never_ages(data_dir, collections):
    collections["figures"][0]["history"] = True
    data = load(write_data(data_dir, collections), built=BUILT)
    assert "May\u00a02022</td>" in RENDERERS["figures"](data) and "sa-stale" not in RENDERERS["figures"](data)
    assert "as of" not in RENDERERS["fig"](data, "flash-speedup")


def freshness_cli(data_dir, epoch=FIXED_DATE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros.freshness", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": epoch},
    )


def test_the_command_lists_stale_entries_with_file_and_line_oldest_first(data_dir):
    result = freshness_cli(data_dir)
    assert result.returncode == 0 and result.stderr == "", result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("data/axes.yml:")
    assert lines[0].endswith(
        ": axis 'pretraining': field 'sources': warning: newest source 2020-01-23, more than 12 months before the build date 2026-11-28: may be out of date"
    )
    assert any(l.startswith("data/figures.yml:") and ": figure 'flash-speedup': field 'as_of': warning: as of 2022-05," in l for l in lines)
    assert any(l.startswith("data/fallacies.yml:") and ": fallacy 'no-axis-named': field 'evidence':" in l for l in lines)
    assert lines[-1].startswith("8 entries may be out of date: newest evidence before 2025-11-28 (build date 2026-11-28).")


def test_the_command_on_recent_evidence_lists_nothing(data_dir):
    result = freshness_cli(data_dir, epoch="1609459200")  # 2021-01-01: all the fixture's evidence is from 2020 or later
    assert result.returncode == 0
    assert result.stdout.startswith("Nothing is out of date: every axis, figure and red flag has evidence from 2020-01-01 or later.")


def test_staleness_never_fails_the_command_on_the_real_data():
    assert freshness_cli(ROOT / "data").returncode == 0


# --- Forecasts falling due, and the monthly report --------------------------------------


def with_due_dates(collections) -> dict:
    """Three open forecasts: due in 33 days, in 64 days (a month: its last day), and in 2030."""
    first = collections["promises"][0]
    first["due"] = "2026-12-31"
    collections["promises"].append(dict(first, id="b-promise", due="2027-01", who={"en": "Second | person", "ru": "Второй"}))
    collections["promises"].append(dict(first, id="c-promise", due="2030"))
    collections["ceilings"][0].update(verdict="open", due="2027-01-15")
    return collections


def freshness_run(data_dir, *args, epoch=FIXED_DATE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros.freshness", str(data_dir), *args],
        cwd=ROOT, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": epoch},
    )


def test_due_within_lists_open_forecasts_soonest_first_with_file_and_line(data_dir, collections):
    data = load(write_data(data_dir, with_due_dates(collections)), built=BUILT)
    found = freshness.falling_due(data_dir, data, BUILT, 60)
    assert [(d.id, d.due.isoformat()) for d in found] == [("a-promise", "2026-12-31"), ("a-ceiling", "2027-01-15")]
    first = found[0].problem
    assert first.file == "data/promises.yml" and first.line and first.field == "due" and first.entry == "promise 'a-promise'"
    assert str(first).endswith("warning: open, falls due on 2026-12-31 (in 33 days): score it then (broken, held or partly) "
                               "and record the change")
    assert [d.id for d in freshness.falling_due(data_dir, data, BUILT, 70)] == ["a-promise", "a-ceiling", "b-promise"]


def test_the_command_adds_forecasts_falling_due_when_asked(data_dir, collections):
    write_data(data_dir, with_due_dates(collections))
    result = freshness_run(data_dir, "--due-within", "60")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    due = [l for l in lines if "falls due on" in l]
    assert due[0].startswith("data/promises.yml:") and ": promise 'a-promise': field 'due':" in due[0]
    assert due[1].startswith("data/ceilings.yml:") and "2027-01-15" in due[1]
    assert lines[-1] == "2 open forecasts fall due within 60 days of 2026-11-28."
    assert "falls due" not in freshness_run(data_dir).stdout  # only when asked


def test_the_report_is_markdown_for_the_monthly_issue(data_dir, collections, tmp_path):
    write_data(data_dir, with_due_dates(collections))
    out = tmp_path / "report.md"
    result = freshness_run(data_dir, "--report", "--due-within", "60", "--output", str(out))
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    report = out.read_text(encoding="utf-8")
    assert report.startswith("# Freshness report, 2026-11-28\n")
    due_part, stale_part = report.split("## May be out of date")
    assert "## Forecasts falling due in the next 60 days (2)" in due_part
    rows = [l for l in due_part.splitlines() if l.startswith("| 20")]
    assert rows[0].startswith("| 2026-12-31 | `a-promise` | Somebody | `data/promises.yml:")
    assert rows[1].startswith("| 2027-01-15 | `a-ceiling` | Someone | `data/ceilings.yml:")
    assert len(rows) == 2  # the one due in 2030 waits
    stale_rows = [l for l in stale_part.splitlines() if l.startswith("| 20")]
    assert stale_rows[0].startswith("| 2020-01-23 | axis 'pretraining' | `data/axes.yml:")
    dates = [row.split(" | ")[0].lstrip("| ") for row in stale_rows]
    assert dates == sorted(dates)  # oldest first
    # The same report on stdout when no file is named, and a pipe in a name cannot break the table.
    printed = freshness_run(data_dir, "--report", "--due-within", "70").stdout
    assert "| `b-promise` | Second \\| person |" in printed


def test_the_report_when_nothing_is_due_or_stale(data_dir):
    result = freshness_run(data_dir, "--report", "--due-within", "60", epoch="1609459200")  # 2021-01-01
    assert "None: no open promise or ceiling falls due before 2021-03-02." in result.stdout
    assert "Nothing: every axis, figure and red flag has evidence from 2020-01-01 or later." in result.stdout


def test_the_report_says_why_the_data_does_not_load(data_dir, collections):
    collections["promises"][0]["due"] = "2025-06"  # open and past due: the build refuses it
    write_data(data_dir, collections)
    result = freshness_run(data_dir, "--report", "--due-within", "60")
    assert result.returncode == 1
    assert "## The data does not load" in result.stdout
    line = next(l for l in result.stdout.splitlines() if "fell due on 2025-06-30" in l)
    assert line.startswith("data/promises.yml:") and ": promise 'a-promise': field 'verdict':" in line


def test_the_monthly_workflow_runs_the_tested_report_and_keeps_one_issue():
    import yaml

    text = (ROOT / ".github" / "workflows" / "freshness.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"][0]["cron"].split()[2:] == ["1", "*", "*"]  # monthly
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "issues": "write"}
    steps = workflow["jobs"]["report"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "python -m macros.freshness --report --due-within 60" in runs
    assert "mkdocs build --strict" in runs and "SOURCE_DATE_EPOCH=" not in runs  # built with that day's date
    assert "gh issue edit" in runs and "gh issue create" in runs
    for step in steps:
        if "uses" in step:
            action, _, ref = step["uses"].partition("@")
            assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), f"{action} is not pinned by commit SHA"
