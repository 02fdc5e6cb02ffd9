"""Hostile and broken inputs (issue 21): each is refused with file:line, entry and field and no
traceback, or comes out inert in every output.

Each case writes the small fixture data set with one hostile change, then checks what
`python -m macros.validate` prints (the contributor's view) or what `load` raises.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from conftest import ROOT, write_data
from macros.data import DataError, Problem, load, printable


def validate(data_dir) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros.validate", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "GITHUB_ACTIONS": "true"},
    )


def errors(data_dir) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(data_dir)
    return [str(p) for p in caught.value.problems if p.severity == "error"]


def line_of(path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def one_error(data_dir) -> str:
    found = errors(data_dir)
    assert len(found) == 1, found
    return found[0]


def set_yaml(data_dir, name: str, old: str, new: str) -> None:
    """Change the written YAML text itself: escapes, aliases and bytes no dict can carry."""
    path = data_dir / f"{name}.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- Text: control characters, noncharacters, bidi overrides, blanks -------------------------------

@pytest.mark.parametrize(
    ("escape", "code"),
    [("\\0", "U+0000"), ("\\x07", "U+0007"), ("\\e", "U+001B"), ("\\x85", "U+0085"), ("\\uFFFE", "U+FFFE"),
     ("\\uFFFF", "U+FFFF"), ("\\u202E", "U+202E"), ("\\u202A", "U+202A"), ("\\u2066", "U+2066"), ("\\u2069", "U+2069"),
     ("\\r", "U+000D")],
)
def test_invisible_characters_in_a_text_are_refused_with_their_place(data_dir, escape, code):
    set_yaml(data_dir, "milestones", "en: FlashAttention\n", f'en: "Flash{escape}Attention"\n')
    line = line_of(data_dir / "milestones.yml", "Flash\\")
    assert one_error(data_dir).startswith(f"data/milestones.yml:{line}: milestone 'flashattention': field 'title.en': contains {code}")


def test_tabs_and_line_breaks_are_allowed(data_dir, collections):
    collections["milestones"][0]["summary"]["en"] = "Loss falls\tas a power law.\nSecond line."
    write_data(data_dir, collections)
    load(data_dir)


@pytest.mark.parametrize("blank", ["   ", "\t", "\u00a0", "\n"])
def test_a_blank_text_is_refused(data_dir, collections, blank):
    collections["milestones"][0]["title"]["en"] = blank
    write_data(data_dir, collections)
    assert "milestone 'kaplan-laws': field 'title.en': is blank" in one_error(data_dir)


def test_a_blank_source_title_is_refused(data_dir, collections):
    collections["sources"][0]["title"] = "  "
    write_data(data_dir, collections)
    assert "source 'kaplan-2020-scaling': field 'title': is blank" in one_error(data_dir)


def test_a_million_character_claim_is_refused_without_quoting_it(data_dir, collections):
    collections["ceilings"][0]["claim"]["en"] = "x" * 1_000_000
    write_data(data_dir, collections)
    found = one_error(data_dir)
    assert "ceiling 'a-ceiling': field 'claim.en': is 1,000,000 characters; at most 3,000" in found
    assert len(found) < 300


def test_every_text_field_of_every_schema_has_a_length_limit():
    import json

    def strings(node, path=()):
        if isinstance(node, dict):
            if node.get("type") == "string" and "enum" not in node:
                yield path, node
            for key, value in node.items():
                yield from strings(value, (*path, key))
        elif isinstance(node, list):
            for value in node:
                yield from strings(value, path)

    for schema in (ROOT / "data" / "schemas").glob("*.json"):
        for path, node in strings(json.loads(schema.read_text(encoding="utf-8"))):
            assert "maxLength" in node, f"{schema.name}: {'.'.join(path)}"


def test_a_card_draws_the_longest_text_allowed_quickly():
    from macros.site import cards

    start = time.monotonic()
    cards.render("x" * 3000, "word " * 600, "kicker " * 100, [], "en", "six-axes.github.io")
    cards.render("word " * 600, "y" * 3000, "", [], "ru", "six-axes.github.io")
    assert time.monotonic() - start < 5


# --- Messages: nothing in the data can break a line of the validator's output ------------------------

def test_a_newline_in_an_id_cannot_forge_a_github_annotation(data_dir):
    set_yaml(data_dir, "milestones", "id: flashattention\n", 'id: "flashattention\\n::error file=README.md,line=1::forged"\n')
    result = validate(data_dir)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert not any(line.startswith("::error file=README.md") for line in lines), result.stdout
    assert any(line.startswith("data/milestones.yml:") and "\\u000a::error" in line for line in lines), result.stdout


def test_a_newline_in_a_date_cannot_forge_an_annotation(data_dir):
    set_yaml(data_dir, "milestones", "date: 2022-05\n", 'date: "2022-05\\n::error::forged"\n')
    result = validate(data_dir)
    assert result.returncode == 1
    assert all(line.startswith(("data/", "::error file=data/", "1 error", "2 error", "3 error")) for line in result.stdout.splitlines()), result.stdout


def test_problem_text_is_one_printable_line():
    problem = Problem("data/x.yml", 3, "milestone 'a\u202eb'", "title.en", "bad\r\nvalue\u2028")
    assert str(problem) == "data/x.yml:3: milestone 'a\\u202eb': field 'title.en': bad\\u000d\\u000avalue\\u2028"
    assert printable("Ось\u00a02: «время»") == "Ось\u00a02: «время»"


# --- URLs --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://arxiv.org@evil.example/abs/2001.08361", "has a user name before its host, so it leads to evil.example"),
        ("https://user:pass@arxiv.org/abs/2001.08361", "has a user name before its host"),
        ("https://arxiv.org\\@evil.example/abs/2001.08361", "backslash"),
        ("https://localhost/abs/2001.08361", "'localhost' is not a public host name"),
        ("https://arxiv.org:8443/abs/2001.08361", "names port 8443"),
    ],
)
def test_a_url_must_name_its_site_plainly(data_dir, collections, url, says):
    collections["sources"][0]["url"] = url
    write_data(data_dir, collections)
    found = errors(data_dir)
    assert any("source 'kaplan-2020-scaling': field 'url': " in p and says in p for p in found), found
    assert all(p.startswith("data/sources.yml:") for p in found)


def test_a_url_must_agree_with_the_arxiv_id(data_dir, collections):
    collections["sources"][0]["url"] = "https://evil.example/abs/2001.08361"
    collections["sources"][1]["url"] = "https://arxiv.org/abs/2001.08361"
    write_data(data_dir, collections)
    found = errors(data_dir)
    assert any("source 'kaplan-2020-scaling': field 'url': is a copy of arXiv paper 2001.08361 on evil.example" in p for p in found)
    assert any("source 'dao-2022-flashattention': field 'url': links another arXiv paper than the source's id 2205.14135" in p for p in found)


def test_a_labs_own_page_may_carry_the_papers_arxiv_id(data_dir, collections):
    collections["sources"][0]["url"] = "https://huggingface.co/deepseek-ai/DeepSeek-V4"
    write_data(data_dir, collections)
    load(data_dir)


def test_a_url_must_agree_with_an_arxiv_publisher(data_dir, collections):
    source = collections["sources"][0]
    source.pop("arxiv")
    source["publisher"] = "arXiv"
    source["url"] = "https://evil.example/abs/2001.08361"
    write_data(data_dir, collections)
    assert "field 'url': is on evil.example, but the publisher is arXiv" in one_error(data_dir)


def test_a_confirming_page_url_is_checked_too(data_dir, collections):
    collections["sources"][0]["verified_via"] = [
        {"url": "https://www.reuters.com@evil.example/x", "publisher": "Reuters"},
        {"url": "https://www.theverge.com/x", "publisher": "The Verge"},
    ]
    write_data(data_dir, collections)
    assert any("field 'verified_via.0.url': has a user name" in p for p in errors(data_dir))


# --- The YAML reader ---------------------------------------------------------------------------------

BILLION_LAUGHS = """- &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
- &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
- &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
- &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
- &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
- &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
- &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
- &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
- &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_an_alias_bomb_is_refused_at_once(data_dir):
    (data_dir / "biases.yml").write_text(BILLION_LAUGHS)
    start = time.monotonic()
    result = validate(data_dir)
    assert time.monotonic() - start < 20
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "data/biases.yml:2: uses a YAML alias (*a); write each value out in full" in result.stdout


def test_a_recursive_alias_is_refused(data_dir):
    (data_dir / "biases.yml").write_text("- &loop\n  id: x\n  self: *loop\n")
    assert errors(data_dir) == ["data/biases.yml:3: uses a YAML alias (*loop); write each value out in full"]


def test_an_alias_to_a_plain_value_is_refused_too(data_dir):
    set_yaml(data_dir, "milestones", "date: 2022-05\n", "date: &d 2022-05\n  extra: *d\n")
    assert any("uses a YAML alias (*d)" in p for p in errors(data_dir))


def test_a_20000_deep_list_is_refused_quickly(data_dir):
    (data_dir / "trends.yml").write_text("- " + "[" * 20000 + "]" * 20000 + "\n")
    start = time.monotonic()
    result = validate(data_dir)
    assert time.monotonic() - start < 20
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "data/trends.yml:1: nests lists and maps more than 12 levels deep" in result.stdout


def test_a_deep_block_list_names_its_line(data_dir):
    deep = "".join("  " * i + "- \n" for i in range(30)).replace("- \n", "-\n")
    (data_dir / "trends.yml").write_text(deep + "  " * 30 + "- x\n")
    assert errors(data_dir)[0].startswith("data/trends.yml:") and "more than 12 levels deep" in errors(data_dir)[0]


def test_a_latin_1_byte_names_its_line(data_dir):
    path = data_dir / "milestones.yml"
    text = path.read_text(encoding="utf-8").replace("Exact attention, faster.", "Exact attention, faster, caf\u00e9.")
    path.write_bytes(text.encode("latin-1", errors="replace"))
    line = line_of(data_dir / "milestones.yml", "Exact attention") if False else None
    line = next(i for i, l in enumerate(path.read_bytes().split(b"\n"), 1) if b"caf\xe9" in l)
    assert errors(data_dir) == [f"data/milestones.yml:{line}: is not UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_a_utf_16_file_is_named(data_dir):
    path = data_dir / "axes.yml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert errors(data_dir) == ["data/axes.yml:1: the file is saved as UTF-16; save it as UTF-8"]


def test_a_utf_8_byte_order_mark_is_harmless(data_dir):
    path = data_dir / "axes.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    load(data_dir)


@pytest.mark.parametrize("impossible", ["2022-13-45", "2022-02-30", "2022-00-10"])
def test_an_impossible_unquoted_date_names_its_line(data_dir, impossible):
    set_yaml(data_dir, "headlines", "date: '2022-05-27'", f"date: {impossible}")
    line = line_of(data_dir / "headlines.yml", impossible)
    found = one_error(data_dir)
    assert found.startswith(f"data/headlines.yml:{line}: headline 'flash-headline': field 'date': '{impossible}' is not a date"), found
    result = validate(data_dir)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr


def test_an_unquoted_real_date_still_reads(data_dir):
    set_yaml(data_dir, "headlines", "date: '2022-05-27'", "date: 2022-05-27")
    assert load(data_dir).headlines[0]["date"] == "2022-05-27"


# --- Numbers -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("number", [".nan", ".NaN", ".inf", "-.inf", "1e400"])
def test_a_number_that_is_not_finite_is_refused(data_dir, number):
    set_yaml(data_dir, "trends", "value: 3.14e+23", f"value: {number}")
    line = line_of(data_dir / "trends.yml", f"value: {number}")
    found = one_error(data_dir)
    assert found.startswith(f"data/trends.yml:{line}: data point 'gpt-3-compute': field 'value': "), found
    assert "finite" in found or "expected" in found


def test_a_modality_cannot_use_more_than_exists(data_dir, collections):
    collections["modalities"][0].update(stock_log10=13, used_log10=14.5)
    write_data(data_dir, collections)
    assert "modality 'text': field 'used_log10': 14.5 is more than the stock (13)" in one_error(data_dir)


def test_a_nan_stock_is_refused(data_dir, collections):
    collections["modalities"][0].update(stock_log10=float("nan"), used_log10=13)
    write_data(data_dir, collections)
    assert "modality 'text': field 'stock_log10': nan is not a finite number" in one_error(data_dir)


@pytest.mark.parametrize("old", ["0001-01-01", "1066", "1899-12"])
def test_a_date_before_1900_is_refused(data_dir, collections, old):
    collections["milestones"][0]["date"] = old
    write_data(data_dir, collections)
    assert f"milestone 'kaplan-laws': field 'date': '{old}' is before 1900" in one_error(data_dir)


# --- Ids ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("taken", ["watch", "milestones", "figures", "sources", "checklist", "chart-axes", "chart-timeline-x"])
def test_an_id_a_page_uses_for_a_heading_is_refused(data_dir, collections, taken):
    collections["milestones"][0]["id"] = taken
    write_data(data_dir, collections)
    found = errors(data_dir)
    assert any(f"milestone '{taken}': field 'id': '{taken}' is an id the pages use" in p for p in found), found


@pytest.mark.parametrize(("taken", "maker"), [("quiz-flash-headline", "headline 'flash-headline'"),
                                              ("no-axis-named-reply-short", "red flag 'no-axis-named'")])
def test_an_id_the_site_makes_from_another_entry_is_refused(data_dir, collections, taken, maker):
    collections["figures"][0]["id"] = taken
    collections["changes"][0]["entries"] = [taken]
    write_data(data_dir, collections)
    found = errors(data_dir)
    assert any(f"'{taken}' is the id the site gives {maker}" in p for p in found), found


def test_real_ids_are_none_of_them():
    load(ROOT / "data")
