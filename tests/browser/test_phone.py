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
