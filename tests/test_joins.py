"""Text joined from data never doubles its stops ('..', '.;', '?.'), in code or in the built site (issue 21)."""

from __future__ import annotations

import html
import re

import pytest

from macros.text import end_sentence, join_sentences, quoted

DOUBLED = re.compile(r"(?<![.\s])\.\.(?!\.)|\.;|[?!]\.(?![.\w])")


@pytest.mark.parametrize(
    ("parts", "joined"),
    [(["Data ran out.", "Scale is dead."], "Data ran out; Scale is dead."), (["Is it?", "No."], "Is it?; No."),
     (["A", "B"], "A; B"), (["One."], "One."), (["", " ", "X."], "X.")],
)
def test_join_sentences(parts, joined):
    assert join_sentences(parts) == joined


@pytest.mark.parametrize(
    ("value", "sentence"),
    [("Done", "Done."), ("Done.", "Done."), ("Why?", "Why?"), ("Wow!", "Wow!"), ("Well…", "Well…"), ("«Так.»", "«Так.»"),
     ("Он сказал «да»", "Он сказал «да».")],
)
def test_end_sentence(value, sentence):
    assert end_sentence(value) == sentence


def test_quoted_drops_the_claims_own_stop():
    assert quoted("So scaling is dead.", "en") == "\u201cSo scaling is dead\u201d"
    assert quoted("Интернет исчерпан.", "ru") == "«Интернет исчерпан»"


@pytest.mark.build
@pytest.mark.parametrize("page", ["quiz/index.html", "ru/quiz/index.html", "sources/index.html", "ru/sources/index.html",
                                  "feed.xml", "ru/feed.xml", "changes/index.html", "ru/changes/index.html"])
def test_no_doubled_stops_where_the_site_joins_text(built_site, page):
    source = (built_site / page).read_text(encoding="utf-8")
    if "<article" in source:
        source = source[source.index("<article"):source.index("</article>")]
    text = html.unescape(re.sub(r"<[^>]+>", "", source))
    found = [text[max(0, m.start() - 40):m.end() + 10] for m in DOUBLED.finditer(text) if "et al" not in text[m.start() - 6:m.end()]]
    assert not found, found
