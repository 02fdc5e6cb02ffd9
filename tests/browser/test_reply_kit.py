"""The reply kit as a reader uses it: copy the short reply with its permalink, by mouse or keyboard, in both editions."""

import pytest

from conftest import ROOT
from macros.data import load
from macros.rules import PERMALINK

pytestmark = pytest.mark.browser

FLAG = "no-axis-named"  # a red flag on main since the start, so the test does not hang on a newer one
EDITIONS = [("en", "/fallacies/", "Copied"), ("ru", "/ru/fallacies/", "Скопировано")]

#: Presses of Tab allowed from the top of the page: the header, the navigation and the steelman's links come first.
MAX_TABS = 400


@pytest.fixture()
def clip_page(browser, base_url):
    """A page allowed to write and read the clipboard, as a reader's browser is after a click."""
    context = browser.new_context(base_url=base_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


def expected(lang: str) -> str:
    reply = load(ROOT / "data").get("fallacies", FLAG)["reply_short"][lang]
    return f"{reply}\n{PERMALINK.format(prefix='' if lang == 'en' else f'{lang}/', id=FLAG)}"


def first_copy_button(page):
    button = page.locator("button.sa-copy-button").first
    assert button.get_attribute("data-copy") == f"{FLAG}-reply-short"
    return button


@pytest.mark.parametrize(("lang", "path", "copied"), EDITIONS)
def test_the_short_reply_button_copies_the_reply_and_the_permalink(clip_page, lang, path, copied):
    clip_page.goto(f"{path}{FLAG}/")
    button = first_copy_button(clip_page)
    assert button.is_visible()  # the script shows it; without JavaScript it stays hidden
    assert button.evaluate("b => b.tagName") == "BUTTON"
    button.click()
    status = clip_page.locator(f"#{FLAG}-reply-short ~ .sa-copy-actions [role=status], "
                               f"[data-copy='{FLAG}-reply-short'] ~ [role=status]").first
    status.wait_for()
    clip_page.wait_for_function("s => s.textContent.length > 0", arg=status.element_handle())
    assert status.text_content() == copied
    assert clip_page.evaluate("navigator.clipboard.readText()") == expected(lang)


@pytest.mark.parametrize(("lang", "path", "copied"), EDITIONS)
def test_the_short_reply_button_is_reached_and_pressed_with_the_keyboard(clip_page, lang, path, copied):
    clip_page.goto(f"{path}{FLAG}/")
    button = first_copy_button(clip_page)
    name = button.text_content()
    assert name == {"en": "Copy the short reply", "ru": "Копировать короткий ответ"}[lang]  # what a screen reader announces
    selector = f"button[data-copy='{FLAG}-reply-short']"
    for _ in range(MAX_TABS):
        clip_page.keyboard.press("Tab")
        if clip_page.evaluate(f"document.activeElement.matches({selector!r})"):
            break
    else:
        raise AssertionError("Tab never reached the short reply's copy button")
    clip_page.keyboard.press("Enter")
    status = clip_page.locator(f"{selector} ~ [role=status]")
    clip_page.wait_for_function("s => s.textContent.length > 0", arg=status.element_handle())
    assert status.text_content() == copied
    assert clip_page.evaluate("navigator.clipboard.readText()") == expected(lang)


def test_without_javascript_the_replies_are_plain_text_and_no_button_shows(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"/fallacies/{FLAG}/")
    assert page.locator(f"#{FLAG}-reply-short").inner_text() == load(ROOT / "data").get("fallacies", FLAG)["reply_short"]["en"]
    assert not page.locator("button.sa-copy-button").first.is_visible()
    context.close()
