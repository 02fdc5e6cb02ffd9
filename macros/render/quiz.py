"""The 'Which axis?' quiz: every real headline in data/headlines.yml is a question.

Nothing is written for the quiz: a contributor who adds a headline adds a question. The
page works without JavaScript (each answer waits in a <details>); docs/javascripts/quiz.js,
loaded by docs/quiz.md only (renderers never emit scripts), turns it into a quiz with a check button per question, feedback
in a live region and a running score.
"""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from macros import paging
from macros.data import Data
from macros.links import axis_link, by_id
from macros.text import date, label, plain, quoted, text

#: The answer for a headline that is itself the no-axis red flag.
NO_AXIS = "no-axis-named"


def answer(headline: Mapping) -> str:
    """The right choice: the headline's axis, or 'no axis named' when it is linked to that red flag."""
    return NO_AXIS if NO_AXIS in headline.get("fallacies", ()) else headline["axis"]


def render(data: Data, lang: str = "en", root: str = "", part: paging.Part | None = None) -> str:
    """One round of questions, newest headlines first: the first round on /quiz/, the others
    (`part`) on pages the build generates (macros/paging.py); each round links the others."""
    axes = sorted(data.axes, key=lambda a: a["number"])
    fallacies = by_id(data.fallacies)
    rounds = paging.quiz_rounds(data)
    part = part or rounds[0]
    everything = by_id(data.headlines)
    headlines = [everything[i] for i in part.ids]
    choices = [(a["id"], f"{label('axis', lang)} {a['number']}: {plain(a['short'], lang)}") for a in axes]
    choices.append((NO_AXIS, label("quiz.no_axis", lang)))
    total = len(headlines)
    questions = [_question(data, h, n, total, choices, by_id(data.axes), fallacies, lang, root) for n, h in enumerate(headlines, start=1)]
    heading = Markup('<p class="sa-quiz-round"><strong>{}</strong></p>').format(
        paging.say("round", lang, n=part.number, total=part.of)) if part.of > 1 else Markup("")
    later = [r for r in rounds if r.number == part.number + 1]
    after = Markup("")
    if later:
        after = Markup('<p class="sa-pager"><a class="md-button" href="{}{}">{}</a></p>').format(root, later[0].url, paging.say("next_round", lang))
    after += paging.pager(rounds, root, part.url, paging.say("rounds", lang), lang)
    # Indexed headline by headline (macros/site/search.py), not as one search result.
    return str(
        Markup(
            '<form class="sa-quiz" data-search-exclude data-correct="{correct}" data-wrong="{wrong}" data-choose="{choose}" data-score="{score}" data-done="{done}">'
            '<p class="sa-quiz-score" role="status" aria-live="polite"></p>{heading}{questions}</form>{after}'
        ).format(
            heading=heading,
            after=after,
            correct=label("quiz.correct", lang),
            wrong=label("quiz.wrong", lang),
            choose=label("quiz.choose", lang),
            score=label("quiz.score", lang),
            done=label("quiz.done", lang),
            questions=Markup("").join(questions),
        )
    )


def _question(data, h, n, total, choices, axes, fallacies, lang, root) -> Markup:
    right = answer(h)
    name = f"quiz-{h['id']}"
    options = Markup("").join(
        Markup('<label class="sa-quiz-choice"><input type="radio" name="{name}" value="{value}"> {text}</label>').format(
            name=name, value=value, text=choice
        )
        for value, choice in choices
    )
    if right == NO_AXIS:
        target = Markup('<a href="{}{}">{}</a>').format(root, paging.shown(data, "fallacies", fallacies[NO_AXIS]), quoted(plain(fallacies[NO_AXIS]["claim"], lang), lang))
    else:
        target = axis_link(axes[right], lang, root)
    return Markup(
        '<fieldset class="sa-quiz-q" id="{name}" data-answer="{right}">'
        '<legend><span class="sa-quiz-n">{n_label}</span> <q>{headline}</q> '
        '<time datetime="{iso}">{when}</time></legend>{options}'
        '<p class="sa-quiz-actions"><button type="button" class="md-button sa-quiz-check" hidden>{check}</button></p>'
        '<div class="sa-quiz-feedback" role="status" aria-live="polite"></div>'
        '<details class="sa-quiz-answer"><summary>{show}</summary>'
        '<p>&rarr; {target}. {why} <a href="{root}{home}">{more}</a></p></details></fieldset>'
    ).format(
        name=name,
        right=right,
        n_label=label("quiz.question", lang).format(n=n, total=total),
        headline=text(h["headline"], lang),
        iso=h["date"],
        when=date(h["date"], lang),
        options=options,
        check=label("quiz.check", lang),
        show=label("quiz.show", lang),
        target=target,
        why=text(h["why"], lang),
        root=root,
        home=paging.shown(data, "headlines", h),
        more=label("quiz.more", lang),
    )
