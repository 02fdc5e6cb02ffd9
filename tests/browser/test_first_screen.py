"""On a phone (390x844) the first screen carries what a reader came for: on every red-flag page the short
reply's copy button, on the home page a link to the checklist. Both editions."""

import pytest

from conftest import ROOT
from macros.data import load

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
EDITIONS = ["", "/ru"]


@pytest.fixture(scope="module")
def phone(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def red_flags() -> list[str]:
    return [f["id"] for f in load(ROOT / "data").fallacies]


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_short_reply_button_is_on_the_first_screen_of_every_red_flag_page(phone, edition):
    late = {}
    for flag in red_flags():
        phone.goto(f"{edition}/fallacies/{flag}/")
        button = phone.locator("button.sa-copy-button").first
        assert button.get_attribute("data-copy") == f"{flag}-reply-short", (edition, flag)
        box = button.bounding_box()
        assert box, (edition, flag, "the button is not shown")
        if box["y"] + box["height"] > PHONE["height"]:
            late[flag] = round(box["y"] + box["height"])
    assert not late, f"below the first screen (px from the top) in {edition or '/'}: {late}"


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_home_page_links_the_checklist_on_its_first_screen(phone, edition):
    phone.goto(f"{edition}/")
    link = phone.locator("article a[href$='which-axis/']").first
    box = link.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"], (edition, box)
