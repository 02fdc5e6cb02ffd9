"""Atom 1.0 feeds of new milestones and of the record of changes, one per edition.

A pure function from the data to bytes: /feed.xml (English) and /ru/feed.xml (Russian),
written by macros/site/hooks.py. Generated from data rather than by a plugin (mkdocs-rss-plugin
fails --strict with i18n), with no timestamps of its own, so every build gives the same
bytes. Each entry links to its absolute permalink. A milestone's date is when it happened
(the data records no date of addition); a change record's date is when it was published.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markupsafe import Markup
from macros.render.changes import find
from macros.data import Data
from macros.links import entry_title, home, permalink
from macros.rules import parse_date
from macros.text import end_sentence, join_sentences, label, plain, quoted

#: Collections whose title in a feed is someone's claim: quoted, so it never reads as the site's own.
CLAIMS = ("fallacies", "promises")


def change_title(data: Data, record_id: str, lang: str) -> str:
    """What a change record's feed title calls an entry it changed: its title, a claim in quotation marks."""
    found = find(data, record_id)
    if found is None:
        return label("removed_entry", lang)
    collection, entry = found
    title = entry_title(collection, entry, lang)
    return quoted(title, lang) if collection in CLAIMS else title

ATOM = "http://www.w3.org/2005/Atom"
PATH = "feed.xml"


def timestamp(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date as an RFC 3339 instant: its first day, midnight UTC."""
    return f"{parse_date(value).isoformat()}T00:00:00Z"


def feed_url(site_url: str, lang: str) -> str:
    return permalink(site_url, lang, PATH)


def _entries(data: Data, lang: str, site_url: str) -> list[dict]:
    items = []
    for m in data.milestones:
        items.append({
            "id": permalink(site_url, lang, home("milestones", m)),
            "title": f"{label('feed.milestone', lang)}: {plain(m['title'], lang)}",
            "updated": timestamp(m["date"]),
            "summary": plain(m["summary"], lang),
            "sort": (parse_date(m["date"]), m["id"]),
        })
    for c in data.changes:
        kind = "correction" if c["correction"] else "update"
        renamed = {pair["from"]: pair["to"] for pair in c.get("renamed", ())}
        titles = [change_title(data, renamed.get(record_id, record_id), lang) for record_id in c["entries"]]
        items.append({
            "id": permalink(site_url, lang, home("changes", c)),
            "title": f"{label(f'change.{kind}', lang)}: {join_sentences(titles)}",
            "updated": timestamp(c["date"]),
            "summary": f"{end_sentence(plain(c['what'], lang))} {label('why', lang)}: {end_sentence(plain(c['why'], lang))}",
            "sort": (parse_date(c["date"]), c["id"]),
        })
    return sorted(items, key=lambda item: item["sort"], reverse=True)


def atom(data: Data, lang: str, site_url: str, site_name: str) -> bytes:
    """The edition's feed, newest first."""
    items = _entries(data, lang, site_url)
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": lang})
    ET.SubElement(feed, "id").text = feed_url(site_url, lang)
    ET.SubElement(feed, "title").text = f"{site_name}: {label('feed.title', lang)}"
    ET.SubElement(feed, "updated").text = max(item["updated"] for item in items) if items else "1970-01-01T00:00:00Z"
    ET.SubElement(ET.SubElement(feed, "author"), "name").text = label("cite.authors", lang)
    ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": feed_url(site_url, lang)})
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": permalink(site_url, lang, "")})
    ET.SubElement(feed, "rights").text = "CC BY 4.0"
    for item in items:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "id").text = item["id"]
        ET.SubElement(entry, "title").text = item["title"]
        ET.SubElement(entry, "updated").text = item["updated"]
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": item["id"]})
        ET.SubElement(entry, "summary").text = item["summary"]
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False) + b"\n"


def head_link(site_url: str, lang: str, site_name: str) -> Markup:
    """The feed's autodiscovery link for a page's <head>.

    rel="alternate feed": feed readers read the 'alternate' token with the Atom type, and
    Material's script, which fetches sitemap.xml beside every link whose rel is exactly
    "alternate" (a request to the production host from every page), leaves it alone.
    """
    return Markup('\n<link rel="alternate feed" type="application/atom+xml" title="{}" href="{}">').format(
        f"{site_name}: {label('feed.title', lang)}", feed_url(site_url, lang)
    )
