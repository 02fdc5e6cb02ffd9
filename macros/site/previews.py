"""What a link to a page shows when pasted into a chat: title, description, card, structured data.

Pure functions from the data and a page's position to a `Preview` and its `<head>` tags;
macros/site/hooks.py only feeds them from MkDocs. Descriptions are written, never cut from the
first paragraph: a page's front matter, else its record in data/ (a fallacy's answer and
question), else the edition's site description.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Mapping

from markupsafe import Markup

from macros.site import cards
from macros import freshness
from macros.site.cards import AXIS_COLOURS, HEIGHT, WIDTH
from macros.data import Data
from macros.links import HOMES, edition, home, permalink
from macros.rules import PREVIEW_LIMIT
from macros.text import DEFAULT_LANG, LANGS, after_colon, date, label, plain

#: og:locale values, by edition.
LOCALES = {"en": "en_US", "ru": "ru_RU"}
#: Interface words only the cards use (the rest come from macros.text.LABELS).
RED_FLAG = {"en": "Red flag", "ru": "Красный флаг"}
QUOTES = {"en": ("\u201c", "\u201d"), "ru": ("\u00ab", "\u00bb")}
#: The longest description a preview carries: chat apps and search results cut longer ones mid-word.
#: One number, kept where the loader checks that every red flag's answer fits it.
DESCRIPTION_LIMIT = PREVIEW_LIMIT


@dataclass(frozen=True)
class Card:
    """What the card image says; `accents` are axis ids (none: all six)."""

    title: str
    subtitle: str
    kicker: str = ""
    accents: tuple[str, ...] = ()
    footer: str = ""

    def png(self, lang: str) -> bytes:
        colours = [AXIS_COLOURS[axis] for axis in self.accents]
        return cards.cached(self.title, self.subtitle, self.kicker, colours, lang, self.footer)


@dataclass(frozen=True)
class Preview:
    lang: str
    kind: str  # og:type: 'website' for an edition's home, else 'article'
    title: str
    description: str
    url: str
    image: str
    card: Card
    structured_data: Mapping | None = None


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """`text` if it fits in `limit` characters, else cut at the last space that leaves room for '…'.

    Only a plain space is a place to cut: a no-break space (Russian, before a dash or a unit)
    binds its words. Punctuation and a dash left dangling at the cut go too.
    """
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)  # the ellipsis takes the space's place
    head = text[:cut] if cut > 0 else text[: limit - 1]
    head = head.rstrip(" \u00a0,;:—–-(«“")
    return f"{head}…"


def card_path(url: str) -> str:
    """Where a page's card is written, relative to the site root: 'assets/cards/ru/axes/algorithms.png'."""
    return f"assets/cards/{url.strip('/') or 'index'}.png"


def page_record(data: Data, path: str) -> tuple[str, Mapping] | None:
    """The record whose home is this whole page (an axis, a fallacy), if any."""
    for collection, pattern in HOMES.items():
        if "#" not in pattern:
            for record in getattr(data, collection):
                if home(collection, record) == path:
                    return collection, record
    return None


def quoted(value: str, lang: str) -> str:
    start, end = QUOTES.get(lang, QUOTES[DEFAULT_LANG])
    return f"{start}{value}{end}"


def fallacy_description(fallacy: Mapping, lang: str) -> str:
    """The answer, then the question to ask instead: the point of the page in two sentences.

    When both don't fit a preview, the answer alone: a whole sentence reads better in a chat
    than a question cut off in the middle.
    """
    answer = plain(fallacy["answer"], lang)
    both = f"{answer} {label('ask', lang)}: {after_colon(plain(fallacy['ask'], lang), lang)}"
    return both if len(both) <= DESCRIPTION_LIMIT else answer


def axis_status(data: Data, axis: Mapping, lang: str) -> str:
    """'Status: moving, as of June 2025.', with '(may be out of date)' when it is (a Russian date already ends in 'г.')."""
    status = label(f"status.{axis['status']}", lang)
    as_of = freshness.axis_as_of(axis, {s["id"]: s for s in data.sources})
    sentence = f"{label('status', lang)}: {status}, {label('as_of', lang)} {date(as_of, lang)}"
    if freshness.is_stale(as_of, data.built):
        sentence = f"{sentence} ({label('stale', lang)})"
    return sentence if sentence.endswith(".") else f"{sentence}."


def claim_review(fallacy: Mapping, url: str, lang: str, site_name: str, site_url: str) -> dict:
    """schema.org ClaimReview, the fact-checking convention: the claim, and the site's answer as its rating."""
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "inLanguage": lang,
        "claimReviewed": plain(fallacy["claim"], lang),
        "reviewBody": plain(fallacy["why"], lang),
        "itemReviewed": {"@type": "Claim", "text": plain(fallacy["claim"], lang)},
        "reviewRating": {"@type": "Rating", "alternateName": plain(fallacy["answer"], lang)},
        "author": {"@type": "Organization", "name": site_name, "url": site_url},
    }


def describe(
    data: Data, url: str, title: str, description: str | None, site_name: str, site_url: str, site_description: str
) -> Preview:
    """The preview of the page at `url` (as MkDocs has it: 'ru/fallacies/x/'), titled `title`."""
    lang, path = edition(url)
    page_url = permalink(site_url, lang, path)
    found = page_record(data, path)
    structured = None
    if found and found[0] == "fallacies":
        fallacy = found[1]
        claim = plain(fallacy["claim"], lang)
        title = f"{RED_FLAG[lang]}: {quoted(claim, lang)}"
        description = description or fallacy_description(fallacy, lang)
        card = Card(quoted(claim, lang), plain(fallacy["answer"], lang), RED_FLAG[lang], tuple(fallacy["ignores"]))
        structured = claim_review(fallacy, page_url, lang, site_name, site_url)
    elif found and found[0] == "axes":
        axis = found[1]
        description = description or plain(axis["definition"], lang)
        subtitle = f"{axis_status(data, axis, lang)} {plain(axis['definition'], lang)}"
        card = Card(plain(axis["name"], lang), subtitle, f"{label('axis', lang)} {axis['number']}", (axis["id"],))
    else:
        description = description or site_description
        card = Card(title, description)
    home_url = permalink(site_url, lang, "").split("://", 1)[-1].rstrip("/")
    card = replace(card, footer=f"{site_name} · {home_url}")
    return Preview(
        lang=lang,
        kind="article" if path else "website",
        title=title,
        description=shorten(description),
        url=page_url,
        image=f"{site_url.rstrip('/')}/{card_path(url)}",
        card=card,
        structured_data=structured,
    )


def script_json(value: object) -> Markup:
    """JSON that cannot end its <script> element or open a comment: '<', '>' and '&' as \\u escapes."""
    text = json.dumps(value, ensure_ascii=False, indent=None, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def head(preview: Preview, site_name: str) -> Markup:
    """The Open Graph, Twitter and JSON-LD tags for the page's <head>, every value escaped.

    No <link rel="alternate" hreflang>: Material's script fetches sitemap.xml beside every
    such link (a 404 per page, and a request to the live site from a local copy). The
    sitemap of mkdocs-static-i18n carries the en/ru alternates of every page instead.
    """
    meta = [
        ("og:type", preview.kind),
        ("og:site_name", site_name),
        ("og:title", preview.title),
        ("og:description", preview.description),
        ("og:url", preview.url),
        ("og:image", preview.image),
        ("og:image:type", "image/png"),
        ("og:image:width", str(WIDTH)),
        ("og:image:height", str(HEIGHT)),
        ("og:image:alt", f"{preview.card.title} — {preview.card.subtitle}"),
        ("og:locale", LOCALES[preview.lang]),
    ]
    meta += [("og:locale:alternate", LOCALES[other]) for other in LANGS if other != preview.lang]
    tags = [Markup('<meta property="{}" content="{}">').format(key, value) for key, value in meta]
    tags += [
        Markup('<meta name="twitter:card" content="summary_large_image">'),
        Markup('<meta name="twitter:title" content="{}">').format(preview.title),
        Markup('<meta name="twitter:description" content="{}">').format(preview.description),
        Markup('<meta name="twitter:image" content="{}">').format(preview.image),
    ]
    if preview.structured_data:
        tags.append(Markup('<script type="application/ld+json">{}</script>').format(script_json(preview.structured_data)))
    return Markup("\n").join(tags)


_DEFAULT_ALTERNATE = re.compile(rf'(\s*)<xhtml:link rel="alternate" hreflang="{DEFAULT_LANG}" href="([^"]+)"/>')


def sitemap_with_x_default(sitemap: str) -> str:
    """The i18n sitemap with an x-default alternate (the English page) beside each page's hreflang set.

    hreflang lives in the sitemap, not in page heads: Material's script fetches sitemap.xml
    beside every link[rel=alternate] in a head, a request per page to the production host.
    Idempotent: the hook runs once per edition's build.
    """
    if 'hreflang="x-default"' in sitemap:
        return sitemap
    return _DEFAULT_ALTERNATE.sub(
        lambda m: f'{m.group(0)}{m.group(1)}<xhtml:link rel="alternate" hreflang="x-default" href="{m.group(2)}"/>', sitemap
    )
