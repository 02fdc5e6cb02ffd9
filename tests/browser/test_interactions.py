"""What a reader does: search in both languages, switch light and dark, navigate on a phone."""

import json
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.checks import wcag_violations

pytestmark = pytest.mark.browser


def index_requests(page) -> list[str]:
    """Every search index the page asks for, as paths, from now on."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urlsplit(request.url).path)
            if request.url.endswith("search_index.json") else None)
    return requested


@pytest.mark.parametrize(
    ("scheme", "start", "term", "expected", "index"),
    [
        ("light", "/", "FlashAttention", "/axes/algorithms/", "/search/search_index.json"),
        # Cyrillic input: fill(), then a key press; a prefix finds the word's forms
        ("dark", "/ru/", "архитектур", "/ru/axes/algorithms/", "/ru/search/search_index.json"),
    ],
)
def test_search_loads_its_edition_index_on_first_use_and_lists_the_axis_page(page, scheme, start, term, expected, index):
    page.emulate_media(color_scheme=scheme)
    requested = index_requests(page)
    page.goto(start, wait_until="networkidle")
    assert requested == [], "no search index during page load"
    search = page.locator("input.md-search__input")
    search.click()
    search.fill(term)
    search.press("End")
    links = page.locator(".md-search-result__link")
    links.first.wait_for()
    pages = {urlsplit(href).path for href in links.evaluate_all("links => links.map(link => link.href)")}
    assert expected in pages
    assert requested == [index], "only the edition's own index, once"
    assert not wcag_violations(page), "search results"


@pytest.mark.parametrize(("start", "index"), [("/timeline/", "/search/search_index.json"),
                                              ("/ru/timeline/", "/ru/search/search_index.json")])
def test_search_key_loads_the_index(page, start, index):
    requested = index_requests(page)
    page.goto(start, wait_until="networkidle")
    assert requested == []
    page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("scal")
    page.locator(".md-search-result__link").first.wait_for()
    assert requested == [index]


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


NAME_MISMATCH = {"runOnly": {"type": "rule", "values": ["label-content-name-mismatch"]}, "resultTypes": ["violations"]}


def test_footer_links_are_named_by_what_they_show(page):
    """axe's label-content-name-mismatch (experimental, so asked for by name): the footer link's name holds its text."""
    page.set_content('<a href="#x" aria-label="Next: AI&amp;#45;generated text">Next AI&#45;generated text</a>')
    assert Axe().run(page, options=NAME_MISMATCH).response["violations"], "the rule runs and sees a mismatch"
    for path in ("/fallacies/linear-extrapolation/", "/ru/fallacies/linear-extrapolation/"):
        page.goto(path)
        assert page.locator(".md-footer__link--next").count() == 1
        assert Axe().run(page, options=NAME_MISMATCH).response["violations"] == [], path
