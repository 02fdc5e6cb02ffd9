"""What a reader does: search in both languages, switch light and dark, navigate on a phone."""

import json
from urllib.parse import urlsplit

import pytest

from browser.checks import wcag_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("scheme", "start", "term", "expected"),
    [
        ("light", "/", "FlashAttention", "/axes/algorithms/"),
        ("dark", "/ru/", "архитектура", "/ru/axes/algorithms/"),  # Cyrillic input: fill(), then a key press
    ],
)
def test_search_lists_the_axis_page(page, scheme, start, term, expected):
    page.emulate_media(color_scheme=scheme)
    page.goto(start)
    search = page.locator("input.md-search__input")
    search.click()
    search.fill(term)
    search.press("End")
    links = page.locator(".md-search-result__link")
    links.first.wait_for()
    pages = {urlsplit(href).path for href in links.evaluate_all("links => links.map(link => link.href)")}
    assert expected in pages
    assert not wcag_violations(page), "search results"


def palette_scheme(page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


def test_palette_toggle_switches_and_persists(page):
    page.goto("/axes/")
    assert palette_scheme(page) == "default"
    page.locator("[data-md-component=palette] label:visible").click()
    assert palette_scheme(page) == "slate"
    # Material keeps the choice in localStorage under its scope, the site root.
    stored = json.loads(page.evaluate("localStorage.getItem('/.__palette')"))
    assert stored["color"]["scheme"] == "slate"
    page.reload()
    assert palette_scheme(page) == "slate"
    page.goto("/ru/timeline/")
    assert palette_scheme(page) == "slate"
    page.locator("[data-md-component=palette] label:visible").click()
    page.reload()
    assert palette_scheme(page) == "default"


def on_screen(locator, width: int) -> bool:
    """Material slides the closed drawer off the left edge instead of hiding it."""
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width


def test_phone_width_drawer_opens_and_navigates(browser, base_url):
    width = 375
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto("/")
    timeline = page.locator(".md-nav--primary a[href$='timeline/']")
    assert not on_screen(timeline, width), "the drawer starts closed"
    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_function(f"(() => {{ const box = document.querySelector(\".md-nav--primary a[href$='timeline/']\").getBoundingClientRect(); return box.left >= 0 && box.right <= {width}; }})()")
    assert not wcag_violations(page), "open drawer"
    timeline.click()
    page.wait_for_url(base_url + "/timeline/")
    assert page.locator("h1").first.is_visible()
    context.close()
