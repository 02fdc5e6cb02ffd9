"""The which-axis quiz as a reader uses it: keyboard only, with feedback and a score; and without JavaScript."""

import pytest

pytestmark = pytest.mark.browser

#: Presses of Tab allowed to reach the next control; the page has a few links between questions.
MAX_TABS = 40


def focused(page, selector: str) -> bool:
    return page.evaluate(f"document.activeElement.matches({selector!r})")


def tab_to(page, selector: str):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if focused(page, selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize(("path", "done"), [("/quiz/", "Done: {right} right out of {total}."), ("/ru/quiz/", "Готово: верно {right} из {total}.")])
def test_reader_completes_the_quiz_with_the_keyboard_alone(page, path, done):
    page.goto(path)
    questions = page.locator("fieldset.sa-quiz-q")
    total = questions.count()
    assert total >= 12
    choices = page.locator("fieldset.sa-quiz-q").first.locator("input[type=radio]").evaluate_all("inputs => inputs.map(i => i.value)")
    right = 0
    for n in range(total):
        question = questions.nth(n)
        qid = question.get_attribute("id")
        answer = question.get_attribute("data-answer")
        # Answer the first question wrongly on purpose; the rest rightly.
        target = choices.index(answer) if n else (choices.index(answer) + 1) % len(choices)
        right += target == choices.index(answer)
        tab_to(page, f"#{qid} input[type=radio]")
        if target == 0:
            page.keyboard.press("Space")
        for _ in range(target):
            page.keyboard.press("ArrowDown")
        assert question.locator("input:checked").get_attribute("value") == choices[target]
        tab_to(page, f"#{qid} button.sa-quiz-check")
        page.keyboard.press("Enter")
        feedback = question.locator(".sa-quiz-feedback")
        assert feedback.locator("a").count() >= 1, "the reason links to the axis or red flag"
        if n == 0:
            assert question.get_attribute("data-answered") == "wrong"
            assert feedback.inner_text().startswith(("Not quite.", "Не совсем."))
    assert page.locator(".sa-quiz-score[role=status]").inner_text() == done.format(right=right, total=total)
    assert right == total - 1


def test_without_javascript_every_answer_is_in_a_details_element(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/quiz/")
    questions = page.locator("fieldset.sa-quiz-q").count()
    assert page.locator("fieldset.sa-quiz-q details.sa-quiz-answer:visible").count() == questions
    assert page.locator("button.sa-quiz-check:visible").count() == 0
    page.locator("details.sa-quiz-answer summary").first.click()
    assert page.locator("details.sa-quiz-answer a").first.is_visible()
    context.close()
