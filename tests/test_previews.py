"""Link previews: every page of both editions carries its own title, description and card."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import pytest
from PIL import Image

from conftest import ROOT
from macros.site import cards, previews
from macros.site.build import site_date
from macros.data import load
from macros.permalinks import collect
from macros.text import plain

SITE_URL = "https://six-axes.github.io/"


@pytest.fixture
def data(data_dir):
    return load(data_dir)


def describe(data, url, title="A page", description=None):
    return previews.describe(data, url, title, description, "Six Axes", SITE_URL, "The site's own description.")


# --- Pure functions, on the tiny fixture data -----------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [("", ("en", "")), ("axes/algorithms/", ("en", "axes/algorithms/")), ("ru/", ("ru", "")),
     ("ru/axes/algorithms/", ("ru", "axes/algorithms/")), ("rules/", ("en", "rules/"))],
)
def test_edition_splits_language_and_path(url, expected):
    assert previews.edition(url) == expected


def test_card_paths_mirror_page_urls():
    assert previews.card_path("") == "assets/cards/index.png"
    assert previews.card_path("ru/") == "assets/cards/ru.png"
    assert previews.card_path("ru/fallacies/no-axis-named/") == "assets/cards/ru/fallacies/no-axis-named.png"


def test_a_fallacy_page_previews_its_claim_and_answer(data):
    preview = describe(data, "ru/fallacies/no-axis-named/")
    assert preview.title == "Красный флаг: «LLM упёрлись в потолок.»"
    assert preview.description == "Одна ось — не весь ИИ. Лучше спросить: по какой оси?"
    assert preview.card == previews.Card("«LLM упёрлись в потолок.»", "Одна ось — не весь ИИ.", "Красный флаг",
                                         ("inference-compute", "algorithms"), "Six Axes · six-axes.github.io/ru")
    assert preview.url == "https://six-axes.github.io/ru/fallacies/no-axis-named/"
    assert preview.image == "https://six-axes.github.io/assets/cards/ru/fallacies/no-axis-named.png"
    review = preview.structured_data
    assert review["@type"] == "ClaimReview" and review["url"] == preview.url
    assert review["claimReviewed"] == review["itemReviewed"]["text"] == "LLM упёрлись в потолок."
    assert review["reviewRating"]["alternateName"] == "Одна ось — не весь ИИ."


def test_an_axis_page_previews_its_name_and_dated_status(data):
    preview = describe(data, "axes/pretraining/", title="Axis 1", description="Written for the page.")
    assert preview.description == "Written for the page."
    assert preview.card.title == "Axis 1 name" and preview.card.kicker == "Axis 1"
    # Computed from the newest source the status cites (2020-01-23), old at the build date: marked.
    assert preview.card.subtitle.startswith("Status: saturating, as of 23\u00a0January\u00a02020 (may be out of date). Definition 1.")
    assert preview.card.accents == ("pretraining",) and preview.structured_data is None
    russian = describe(data, "ru/axes/pretraining/")
    assert russian.card.subtitle.startswith("Статус: насыщается, по состоянию на 23\u00a0января\u00a02020\u00a0г. (возможно, устарело). Определение 1.")


def test_another_page_previews_its_title_and_description(data):
    preview = describe(data, "sources/", title="Sources", description="Every source.")
    assert preview.card == previews.Card("Sources", "Every source.", footer="Six Axes · six-axes.github.io")
    assert preview.kind == "article" and describe(data, "ru/").kind == "website"
    assert describe(data, "sources/").description == "The site's own description."


def test_head_escapes_every_value_and_json_ld_cannot_close_its_script(data):
    preview = describe(data, "fallacies/no-axis-named/")
    hostile = previews.Preview(
        **{**preview.__dict__, "title": 'A "quoted" <b>title</b>',
           "structured_data": {"claimReviewed": "</script><script>alert(1)</script><!-- & -->"}}
    )
    head = str(previews.head(hostile, "Six Axes"))
    assert 'content="A &#34;quoted&#34; &lt;b&gt;title&lt;/b&gt;"' in head
    script = head[head.index('<script type="application/ld+json">') + 35 : head.rindex("</script>")]
    assert not set("<>&") & set(script)
    assert json.loads(script) == hostile.structured_data


def test_long_descriptions_are_cut_at_a_word_with_an_ellipsis():
    assert previews.shorten("Short enough.", 20) == "Short enough."
    assert previews.shorten("Scale alone, then nothing more", 20) == "Scale alone, then…"
    assert previews.shorten("Scale alone, then nothing more", 13) == "Scale alone…"  # the comma goes too
    # A dash left at the cut goes with the no-break space before it; a no-break space is no place to cut.
    assert previews.shorten("Данные кончились\u00a0— ось одна", 22) == "Данные кончились…"
    assert previews.shorten("Рост в\u00a010\u00a0раз за год", 12) == "Рост…"
    assert previews.shorten("x" * 30, 10) == "x" * 9 + "…"
    long = "word " * 60
    assert len(previews.shorten(long)) <= previews.DESCRIPTION_LIMIT


def test_a_fallacy_preview_drops_the_question_rather_than_cut_it():
    fallacy = {"answer": {"en": "One axis is not all of AI."}, "ask": {"en": "Which axis? " + "And why? " * 30}}
    assert previews.fallacy_description(fallacy, "en") == "One axis is not all of AI."
    fallacy["ask"]["en"] = "Which axis?"
    assert previews.fallacy_description(fallacy, "en") == "One axis is not all of AI. Ask instead: Which axis?"


def test_a_long_fallacy_description_is_shortened(data):
    preview = describe(data, "fallacies/x/", description="a " * 150)
    assert len(preview.description) <= previews.DESCRIPTION_LIMIT and preview.description.endswith("…")


# --- The built site -----------------------------------------------------------------------


class Head(HTMLParser):
    """The tags a link preview reads: meta properties and names, canonical and alternate links, JSON-LD."""

    def __init__(self, html: str):
        super().__init__()
        self.lang, self.meta, self.links, self.jsonld, self._script = "", {}, [], [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        self._script = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        if self._script:
            self.jsonld.append(json.loads(data))

    def one(self, key: str) -> str:
        assert len(self.meta.get(key, [])) == 1, key
        return self.meta[key][0]


@pytest.fixture(scope="module")
def pages(built_site) -> dict[str, Head]:
    """Every page of both editions (not redirects, not the 404), by URL."""
    return {url: Head((built_site / url.lstrip("/") / "index.html").read_text(encoding="utf-8")) for url in collect(built_site).pages}


@pytest.fixture(scope="module")
def real_data():
    return load(ROOT / "data", built=site_date())  # the date the built site was built at


def site_description(lang: str) -> str:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    english = re.search(r"^site_description: >-\n((?:  .*\n)+)", config, re.M).group(1)
    russian = re.search(r"- locale: ru\n(?:.*\n)*?\s+site_description: >-\n((?:\s{12}.*\n)+)", config).group(1)
    return " ".join((english if lang == "en" else russian).split())


@pytest.mark.build
def test_both_editions_are_built(pages):
    assert len(pages) > 40
    assert {url.startswith("/ru/") for url in pages} == {True, False}


@pytest.mark.build
def test_every_page_has_the_complete_preview_set(pages):
    for url, head in pages.items():
        lang = "ru" if url.startswith("/ru/") else "en"
        page_url = SITE_URL.rstrip("/") + url
        assert head.lang == lang, url
        for key in ("og:title", "og:description", "og:site_name", "og:image:alt", "twitter:title", "twitter:description"):
            assert head.one(key).strip(), (url, key)
        assert head.one("og:url") == page_url, url
        assert [link["href"] for link in head.links if link.get("rel") == "canonical"] == [page_url], url
        assert head.one("og:locale") == previews.LOCALES[lang], url
        assert head.one("og:locale:alternate") == previews.LOCALES["ru" if lang == "en" else "en"], url
        assert head.one("twitter:card") == "summary_large_image", url
        assert head.one("twitter:image") == head.one("og:image"), url
        assert not [link for link in head.links if link.get("rel") == "alternate"], f"{url}: Material fetches sitemap.xml beside each"


@pytest.mark.build
def test_every_page_has_its_own_card_of_the_right_size(pages, built_site):
    seen = set()
    for url, head in pages.items():
        image = head.one("og:image")
        assert image.startswith(SITE_URL + "assets/cards/") and image.endswith(".png"), url
        png = (built_site / image.removeprefix(SITE_URL)).read_bytes()
        assert Image.open(io.BytesIO(png)).size == (cards.WIDTH, cards.HEIGHT), url
        assert len(png) < 60_000, url
        seen.add(image)
    assert len(seen) == len(pages)


@pytest.mark.build
def test_descriptions_are_written_for_each_page(pages):
    """From front matter or data, not the site's fallback; the same text for every reader of the head."""
    for url, head in pages.items():
        lang = "ru" if url.startswith("/ru/") else "en"
        description = head.one("og:description")
        assert description == head.one("twitter:description") == head.one("description"), url
        assert description != site_description(lang), f"{url}: give the page a description in its front matter"
        assert len(description) <= previews.DESCRIPTION_LIMIT, (url, len(description))


@pytest.mark.build
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_fallacy_has_a_page_a_card_and_a_claim_review(pages, built_site, real_data, lang):
    prefix = "/ru" if lang == "ru" else ""
    index = (built_site / prefix.lstrip("/") / "fallacies" / "index.html").read_text(encoding="utf-8")
    for fallacy in real_data.fallacies:
        url = f"{prefix}/fallacies/{fallacy['id']}/"
        head = pages[url]
        assert f'href="{fallacy["id"]}/"' in index or f'href="../fallacies/{fallacy["id"]}/"' in index, url
        assert plain(fallacy["claim"], lang) in head.one("og:title"), url
        assert head.one("og:description").startswith(plain(fallacy["answer"], lang)), url
        [review] = head.jsonld
        assert review["@type"] == "ClaimReview" and review["url"] == SITE_URL.rstrip("/") + url
        assert review["claimReviewed"] == plain(fallacy["claim"], lang)
        assert review["reviewRating"]["alternateName"] == plain(fallacy["answer"], lang)
        preview = previews.describe(real_data, url.lstrip("/"), "", None, head.one("og:site_name"), SITE_URL, "")
        assert (built_site / preview.image.removeprefix(SITE_URL)).read_bytes() == preview.card.png(lang), url


@pytest.mark.build
def test_an_axis_card_is_drawn_from_the_data_in_each_language(pages, built_site, real_data):
    axis = real_data.axes[2]
    for lang, prefix in (("en", ""), ("ru", "ru/")):
        url = f"{prefix}axes/{axis['id']}/"
        card = previews.describe(real_data, url, "", None, pages["/" + url].one("og:site_name"), SITE_URL, "").card
        assert plain(axis["name"], lang) == card.title and previews.axis_status(real_data, axis, lang) in card.subtitle
        png = (built_site / previews.card_path(url)).read_bytes()
        assert png == card.png(lang)


@pytest.mark.build
def test_only_fallacy_pages_carry_structured_data(pages):
    assert {url for url, head in pages.items() if head.jsonld} == {
        url for url in pages if re.fullmatch(r"(/ru)?/fallacies/[a-z0-9-]+/", url)
    }


@pytest.mark.build
def test_the_sitemap_lists_every_page_of_both_editions_with_its_hreflang_alternates(pages, built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
    assert {re.search(r"<loc>([^<]+)</loc>", e).group(1) for e in entries} == {SITE_URL.rstrip("/") + url for url in pages}
    for entry in entries:
        alternates = dict(re.findall(r'hreflang="([a-z-]+)" href="([^"]+)"', entry))
        assert set(alternates) == {"en", "ru", "x-default"}, entry
        assert alternates["ru"] == alternates["en"].replace(SITE_URL, SITE_URL + "ru/", 1), entry
        assert alternates["x-default"] == alternates["en"], entry


@pytest.mark.build
def test_the_404_page_helps_from_any_path(built_site, real_data):
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in page  # the Russian build must not overwrite it
    hrefs = re.findall(r'(?:href|action|src)="([^"]*)"', page)
    assert all(h.startswith(("/", "https://", "#", "data:")) for h in hrefs), [h for h in hrefs if not h.startswith("/")]
    assert 'action="/"' in page and 'name="q"' in page  # Material opens its search for /?q=
    for target in ["/which-axis/", "/fallacies/", "/ru/", *[f"/axes/{axis['id']}/" for axis in real_data.axes]]:
        assert f'href="{target}"' in page, target
        assert (built_site / target.lstrip("/") / "index.html").is_file(), target



def test_x_default_is_added_once():
    from macros.site.previews import sitemap_with_x_default

    entry = '<url>\n    <xhtml:link rel="alternate" hreflang="en" href="https://x.test/a/"/>\n</url>'
    once = sitemap_with_x_default(entry)
    assert once.count('hreflang="x-default" href="https://x.test/a/"') == 1
    assert sitemap_with_x_default(once) == once
