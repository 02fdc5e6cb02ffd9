"""Search finds the entry: on a phone, the words people type bring the entry or red flag among
the first three results, each result opens at its anchor, and no result is taller than the screen."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

#: (edition, what a reader types, a location the first three results must include).
CASES = [
    ("/", "GPT-5", ("/fallacies/one-model-disappointed/", "/axes/pretraining/#gpt-5-less-training-compute")),
    ("/", "Chinchilla", ("#chinchilla",)),
    ("/", "data wall", ("/fallacies/no-data-no-progress/",)),
    ("/ru/", "данные кончились", ("/ru/fallacies/no-data-no-progress/",)),
]


@pytest.fixture()
def phone(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def results(page, start: str, query: str) -> list[dict]:
    """The result items for `query`, typed into search on `start`: each item's height and its links (path#hash)."""
    page.goto(start, wait_until="networkidle")
    page.keyboard.press("/")
    field = page.locator("input.md-search__input")
    field.fill(query)
    field.press("End")
    page.locator(".md-search-result__link").first.wait_for()
    page.wait_for_timeout(300)  # the worker answers each keystroke; let the last answer render
    return page.locator("li.md-search-result__item").evaluate_all(
        """items => items.map(item => ({
            height: item.getBoundingClientRect().height,
            links: [...item.querySelectorAll('a.md-search-result__link')].map(a => {
                const url = new URL(a.href); return url.pathname + url.hash; }),
        }))"""
    )


@pytest.mark.parametrize(("start", "query", "expected"), CASES, ids=[c[1] for c in CASES])
def test_search_brings_the_entry_first_and_opens_at_its_anchor(phone, start, query, expected):
    items = results(phone, start, query)
    first = [link for item in items[:3] for link in item["links"]]
    assert any(link.endswith(want) or link == want for want in expected for link in first), (query, first)
    tallest = max(item["height"] for item in items)
    assert tallest <= PHONE["height"], f"a result for {query!r} is {tallest:.0f}px tall"
    # Every result in the first three that names an anchor opens at it: the id is on the page.
    anchored = sorted({link for link in first if "#" in link})
    assert anchored
    for link in anchored:
        phone.goto(link)
        anchor = urlsplit(link).fragment
        box = phone.evaluate(
            "id => { const el = document.getElementById(id); if (!el) return null;"
            " const r = el.getBoundingClientRect(); return {top: r.top, height: innerHeight}; }", anchor)
        assert box is not None, f"{link}: no element with that id"
        assert -5 <= box["top"] < box["height"], f"{link}: the entry is not on screen"


def test_an_old_anchor_moves_the_reader_to_where_the_entry_is_now(page, site_dir):
    """A milestone older than those its axis page lists: its old URL#anchor reaches the year page."""
    from macros import paging
    from macros.data import load
    from conftest import ROOT

    data = load(ROOT / "data")
    moved = paging.moved(data)
    page_url, found = next((url, found) for url, found in moved.items() if url.startswith("axes/"))
    anchor, target = next(iter(found.items()))
    page.goto(f"/{page_url}#{anchor}")
    page.wait_for_url(f"**/{target.partition('#')[0]}#{anchor}")
    assert page.evaluate("id => !!document.getElementById(id)", anchor)
    # Without JavaScript the page links where its earlier entries are.
    assert page.locator("nav.sa-pager a").count() > 0
