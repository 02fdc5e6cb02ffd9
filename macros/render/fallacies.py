"""Red flags: one-axis arguments, as a checklist and as a page each that a debater can link to."""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from macros.render import copy, figures
from macros import freshness
from macros.render.changes import updated
from macros.data import Data
from macros.links import axis_link, by_id, cite, home, short_title
from macros.rules import EVIDENCE as EVIDENCE_COLLECTIONS
from macros.text import as_heading, date, label, markdown_inline, plain, text


def _details(data: Data, fallacy: Mapping, lang: str, root: str) -> Markup:
    """The body both renderings share: the axes it ignores, why it fails, what to ask, the evidence."""
    axes = by_id(data.axes)
    ignored = Markup(", ").join(axis_link(axes[a], lang, root) for a in fallacy["ignores"])
    evidence = _evidence(data, fallacy, lang, root)
    return Markup(
        '<dl class="sa-fallacy"><dt>{ignores_label}</dt> <dd>{ignored}</dd>\n'
        "<dt>{why_label}</dt> <dd>{why}</dd>\n"
        '<dt>{ask_label}</dt> <dd class="sa-ask">{ask}</dd>\n{evidence}</dl>'
    ).format(
        ignores_label=label("ignores", lang),
        ignored=ignored,
        why_label=label("why_fails", lang),
        why=text(fallacy["why"], lang),
        ask_label=label("ask", lang),
        ask=text(fallacy["ask"], lang),
        evidence=Markup("<dt>{}</dt> <dd>{}</dd>").format(label("evidence", lang), evidence) if evidence else Markup(""),
    )


def _evidence(data: Data, fallacy: Mapping, lang: str, root: str) -> Markup:
    """Links to the sourced milestones, figures, ceilings and promises that the `why` relies on, with the newest one's date."""
    links = []
    for ref in fallacy.get("evidence", ()):
        for collection in EVIDENCE_COLLECTIONS:
            for record in getattr(data, collection):
                if record["id"] == ref:
                    links.append(
                        Markup('<a href="{}{}">{}</a>').format(root, home(collection, record), short_title(collection, record, lang))
                    )
    dates = freshness.evidence_dates(lambda name: getattr(data, name))
    as_of = freshness.fallacy_as_of(fallacy, dates)
    newest = Markup(' <span class="sa-asof">({}: {})</span>').format(label("newest_evidence", lang), date(as_of, lang)) if as_of else Markup("")
    return Markup("; ").join(links) + newest + freshness.mark(as_of, data.built, lang)


def checklist(data: Data, lang: str = "en", root: str = "") -> str:
    """Markdown: one heading per red flag (so each joins the table of contents with its id).

    No 'Cite this' here: each red flag is cited at its home, its own page, where the
    checklist links it.
    """
    blocks = []
    for f in data.fallacies:
        heading = f"### {markdown_inline(as_heading(plain(f['claim'], lang)))} {{ #{f['id']} }}"
        more = Markup('<p class="sa-more"><a href="{}{}">{} &rarr;</a>{}</p>').format(
            root, home("fallacies", f), plain(f["answer"], lang), updated(data, f["id"], lang, root)
        )
        blocks.append(f"{heading}\n\n{_details(data, f, lang, root)}{more}\n")
    return "\n".join(blocks)


#: Collections whose entries can be real instances of a red flag (their `fallacies` field).
INSTANCE_COLLECTIONS = ("headlines", "ceilings", "promises")


def instances(data: Data, fallacy_id: str) -> list[tuple[str, Mapping]]:
    """(collection, entry) for every headline, ceiling or promise filed under the red flag, newest first."""
    found = [
        (name, entry)
        for name in INSTANCE_COLLECTIONS
        for entry in getattr(data, name)
        if fallacy_id in entry.get("fallacies", ())
    ]
    return sorted(found, key=lambda pair: (pair[1]["date"], pair[1]["id"]), reverse=True)


def _dated(record: Mapping, lang: str) -> Markup:
    return Markup('<time datetime="{}">{}</time>').format(record["date"], date(record["date"], lang))


def _record(data: Data, collection: str, record: Mapping, lang: str, root: str) -> Markup:
    """One sourced entry in a list: its date or value, what it says, a link to it and its sources."""
    sources = by_id(data.sources)
    link = Markup('<a href="{}{}">{}</a>').format(root, home(collection, record), short_title(collection, record, lang))
    if collection == "figures":
        return Markup("{}: {}").format(link, Markup(figures.inline(data, record["id"], lang, root)))
    if collection == "headlines":
        body = Markup('<a href="{}{}"><q>{}</q></a>').format(root, home(collection, record), text(record["headline"], lang, inline=True))
    elif collection == "milestones":
        body = link
    else:  # a ceiling or promise: who said it, and what
        body = Markup("{}: {}").format(link, text(record["claim"], lang, inline=True))
    return Markup("{}: {} {}").format(_dated(record, lang), body, cite(record["sources"], sources, root, lang))


def _steelman(data: Data, fallacy: Mapping, lang: str, root: str) -> Markup:
    """The steelman in a sentence or two, then its sourced evidence folded in a <details>, so that the
    whole strongest case follows the replies within a screen or so."""
    items = []
    for ref in fallacy.get("steelman_evidence", ()):
        for collection in EVIDENCE_COLLECTIONS:
            record = by_id(getattr(data, collection)).get(ref)
            if record:
                items.append(Markup("<li>{}</li>").format(_record(data, collection, record, lang, root)))
    listing = (
        Markup('<details class="sa-steelman-evidence"><summary>{}</summary><ul>{}</ul></details>').format(
            label("kit.steelman_evidence", lang), Markup("").join(items)
        )
        if items
        else Markup("")
    )
    return Markup('<div class="sa-steelman"><p>{}</p>{}</div>').format(text(fallacy["steelman"], lang), listing)


def _replies(fallacy: Mapping, lang: str) -> Markup:
    """The short reply first (its button is the page's first copy button), then the paragraph; both copy
    with the page's own permalink ("" resolves against the canonical link in docs/javascripts/copy.js)."""
    parts = []
    for field, kind in (("reply_short", "short"), ("reply_long", "long")):
        if field in fallacy:
            parts.append(
                Markup('<p class="sa-kit-label">{}</p>{}').format(
                    label(f"kit.{kind}", lang),
                    copy.block(plain(fallacy[field], lang), f"{fallacy['id']}-reply-{kind}", lang,
                               permalink="", button=label(f"kit.copy_{kind}", lang), button_first=kind == "short"),
                )
            )
    return Markup('<div class="sa-replies">{}</div>').format(Markup("").join(parts))


def _wild(data: Data, fallacy_id: str, lang: str, root: str) -> Markup:
    items = [Markup("<li>{}</li>").format(_record(data, name, entry, lang, root)) for name, entry in instances(data, fallacy_id)]
    return Markup('<ul class="sa-wild">{}</ul>').format(Markup("").join(items))


def _section(heading_key: str, heading_id: str, body: Markup, lang: str) -> str:
    return f"## {markdown_inline(label(heading_key, lang))} {{ #{heading_id} }}\n\n{body}"


def page(data: Data, fallacy_id: str, lang: str = "en", root: str = "") -> str:
    """Markdown for a fallacy's own page: the claim as its title, the one-line answer, the replies to
    copy (so that on a phone the short reply and its button are on the first screen), then straight
    after them the strongest case for the claim, the details, its real instances newest first, and
    what would show the page wrong."""
    f = data.get("fallacies", fallacy_id)
    parts = [
        f"# {markdown_inline(as_heading(plain(f['claim'], lang)))} {{ #{f['id']} .sa-claim }}",
        str(Markup('<p class="sa-answer">{}{}</p>').format(text(f["answer"], lang), updated(data, f["id"], lang, root))),
    ]
    if "reply_short" in f or "reply_long" in f:
        parts.append(_section("kit.reply", "reply", _replies(f, lang), lang))
    if "steelman" in f:
        parts.append(_section("kit.steelman", "steelman", _steelman(data, f, lang, root), lang))
    parts.append(_section("kit.details", "why-it-fails", _details(data, f, lang, root), lang))
    if instances(data, f["id"]):
        parts.append(_section("kit.wild", "seen-in-the-wild", _wild(data, f["id"], lang, root), lang))
    if "wrong_if" in f:
        parts.append(_section("kit.wrong_if", "wrong-if", Markup("<p>{}</p>").format(text(f["wrong_if"], lang)), lang))
    return "\n\n".join(parts) + "\n"
