"""A reader on a 390 px phone: no page scrolls sideways; milestone anchors are tappable and stay chosen."""

from __future__ import annotations

import pytest

from browser.built_site import page_paths

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}

# The page's width against the phone's, not against innerWidth: a phone browser widens its layout
# viewport to fit overflowing content, so innerWidth would grow with the page and hide the overflow.
WIDER_THAN_PHONE = """() => {
  const width = document.scrollingElement.scrollWidth;
  if (width <= 390) return null;
  const culprits = [...document.querySelectorAll('.md-content *')]
    .filter(el => el.getBoundingClientRect().right > 391 && !el.closest('.md-typeset__scrollwrap, .sa-scroll'))
    .slice(0, 3).map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''));
  return width + ' px: ' + culprits.join(', ');
}"""


@pytest.fixture(scope="module")
def phone(browser, base_url):
    context = browser.new_context(base_url=base_url, **PHONE)
    page = context.new_page()
    yield page
    context.close()


def test_no_page_is_wider_than_a_phone(phone, site_dir):
    wide = {}
    for path in page_paths(site_dir):
        phone.goto(path)
        found = phone.evaluate(WIDER_THAN_PHONE)
        if found:
            wide[path] = found
    assert not wide, "pages that scroll sideways on a 390 px phone:\n" + "\n".join(f"{p} {w}" for p, w in wide.items())


def test_cite_this_gives_the_readers_date_as_the_access_date(page):
    page.clock.set_fixed_time("2027-03-05T10:00:00")
    page.goto("/ru/data/")
    text = page.locator("#cite__page").text_content()
    assert text.endswith("(дата обращения: 05.03.2027).")
    assert "urldate = {2027-03-05}\n}" in page.locator("#cite__page__bibtex").text_content()
    page.goto("/data/")
    assert page.locator("#cite__page").text_content().endswith("(accessed 5 March 2027).")


@pytest.mark.parametrize("path", ["/axes/inference-compute/", "/ru/axes/inference-compute/"])
def test_a_tapped_milestone_anchor_stays_in_the_address_bar(phone, path):
    """Material's navigation.tracking rewrote '#chain-of-thought' to '#milestones' a second after the tap."""
    phone.goto(path)
    first = phone.locator("li.sa-milestone a.sa-anchor, .sa-timeline a.sa-anchor").first
    target = first.get_attribute("href")
    first.scroll_into_view_if_needed()
    first.tap()
    phone.wait_for_timeout(1500)
    assert phone.evaluate("location.hash") == target
    phone.mouse.wheel(0, 400)  # reading on, the address keeps what the reader chose
    phone.wait_for_timeout(800)
    assert phone.evaluate("location.hash") == target


def sizes(page, selector: str) -> list[tuple[float, float]]:
    return page.evaluate(f"""() => [...document.querySelectorAll({selector!r})]
        .filter(el => el.offsetParent !== null)
        .map(el => {{ const r = el.getBoundingClientRect(); return [r.width, r.height]; }})""")


@pytest.mark.parametrize("path", ["/axes/inference-compute/", "/ru/timeline/", "/ceilings/", "/changes/"])
def test_record_anchors_are_24_px_tap_targets(phone, path):
    phone.goto(path)
    found = sizes(phone, "a.sa-anchor")
    assert found and all(w >= 24 and h >= 24 for w, h in found), min(found)


def test_quiz_answers_are_44_px_tall_on_a_touch_screen_and_24_on_a_desktop(phone, page):
    phone.goto("/ru/quiz/")
    found = sizes(phone, "label.sa-quiz-choice")
    assert found and min(h for _, h in found) >= 44
    page.goto("/quiz/")
    assert min(h for _, h in sizes(page, "label.sa-quiz-choice")) >= 24


@pytest.mark.parametrize(("path", "says"), [("/quiz/", "Choose an answer first"), ("/ru/quiz/", "Сначала выберите ответ")])
def test_check_with_no_answer_chosen_says_so(page, path, says):
    page.goto(path)
    question = page.locator("fieldset.sa-quiz-q").first
    question.locator(".sa-quiz-check").click()
    feedback = question.locator(".sa-quiz-feedback")
    assert says in feedback.text_content()
    question.locator("input").first.check()
    question.locator(".sa-quiz-check").click()
    assert says not in feedback.text_content() and feedback.text_content().strip()


def rgba(colour: str) -> list[float]:
    values = [float(v) for v in colour[colour.index("(") + 1:colour.index(")")].replace("/", ",").split(",")]
    return values + [1.0] * (4 - len(values))


def luminance(colour: str, background: str) -> float:
    """Relative luminance of `colour` as drawn over `background` (its alpha blended in)."""
    *rgb, alpha = rgba(colour)
    under = rgba(background)[:3]
    channels = [(alpha * c + (1 - alpha) * b) / 255 for c, b in zip(rgb, under)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_a_red_flag_title_is_not_dimmer_than_its_answer(browser, base_url, scheme):
    context = browser.new_context(base_url=base_url, color_scheme=scheme)
    page = context.new_page()
    page.goto("/ru/fallacies/reasoning-is-illusion/")
    colour = "el => getComputedStyle(el).color"
    h1 = page.locator(".md-typeset h1").evaluate(colour)
    answer = page.locator(".md-typeset p.sa-answer").evaluate(colour)
    background = page.locator("body").evaluate("el => getComputedStyle(el).backgroundColor")
    context.close()
    # The heading stands out from the background at least as much as the bold answer under it.
    bg = luminance(background, "rgb(0, 0, 0)" if scheme == "dark" else "rgb(255, 255, 255)")
    contrast = [abs(luminance(c, background) - bg) for c in (h1, answer)]
    assert contrast[0] >= contrast[1] - 1e-9, (h1, answer, background)
