"""The which-axis quiz: every headline is a question, answerable without JavaScript."""

from __future__ import annotations

import html.parser

import pytest

from conftest import write_data
from macros.render import quiz
from macros.data import load


class Questions(html.parser.HTMLParser):
    """Fieldsets with their legend text, radio values and the answer each gives."""

    def __init__(self):
        super().__init__()
        self.questions, self._legend = [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset":
            self.questions.append({"answer": attrs["data-answer"], "legend": "", "choices": [], "details": False})
        elif tag == "legend":
            self._legend = True
        elif tag == "input" and attrs.get("type") == "radio":
            self.questions[-1]["choices"].append(attrs["value"])
        elif tag == "details":
            self.questions[-1]["details"] = True

    def handle_endtag(self, tag):
        if tag == "legend":
            self._legend = False

    def handle_data(self, data):
        if self._legend:
            self.questions[-1]["legend"] += data


def parse(out: str) -> list[dict]:
    parser = Questions()
    parser.feed(out)
    return parser.questions


@pytest.fixture
def data(data_dir):
    return load(data_dir)


def test_every_headline_is_a_question_newest_first_with_seven_choices(data):
    questions = parse(quiz.render(data, lang="en", root=""))
    assert len(questions) == len(data.headlines)
    assert [q["legend"].split("\u201c")[0] for q in questions][0].startswith("Question 1 of")
    for q in questions:
        assert q["choices"] == [*(a["id"] for a in sorted(data.axes, key=lambda a: a["number"])), "no-axis-named"]
        assert q["details"], "without JavaScript the answer waits in a <details>"
    dates = [h["date"] for h in sorted(data.headlines, key=lambda h: (h["date"], h["id"]), reverse=True)]
    assert dates == sorted(dates, reverse=True)


def test_the_answer_is_the_headlines_axis_unless_it_is_the_no_axis_red_flag(data_dir, collections):
    collections["headlines"].append({**collections["headlines"][0], "id": "a-wall", "fallacies": ["no-axis-named"]})
    headline = collections["headlines"][-1]
    assert quiz.answer(headline) == "no-axis-named"
    assert quiz.answer(collections["headlines"][0]) == collections["headlines"][0]["axis"]


def test_interface_text_follows_the_language(data):
    out = quiz.render(data, lang="ru", root="../")
    assert 'data-correct="Верно."' in out and "Проверить" in out and "Ось не названа" in out


def test_headline_text_is_escaped(data_dir, collections):
    collections["headlines"][0]["headline"]["en"] = '<img src=x onerror="alert(1)">'
    write_data(data_dir, collections)
    with pytest.raises(Exception):  # the loader refuses markup in text fields before it reaches the quiz
        load(data_dir)
