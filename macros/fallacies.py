"""Red flags: one-axis arguments, as a checklist and as a page each that a debater can link to."""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from macros import citation, freshness
from macros.changes import updated
from macros.data import Data
from macros.links import axis_link, by_id, home, short_title
from macros.rules import EVIDENCE as EVIDENCE_COLLECTIONS
from macros.text import as_heading, date, label, markdown_inline, plain, text


def _details(data: Data, fallacy: Mapping, lang: str, root: str) -> Markup:
    """The body both renderings share: the axes it ignores, why it fails, what to ask, the evidence."""
    axes = by_id(data.axes)
    ignored = Markup(", ").join(axis_link(axes[a], lang, root) for a in fallacy["ignores"])
    evidence = _evidence(data, fallacy, lang, root)
    return Markup(
        '<dl class="sa-fallacy"><dt>{ignores_label}</dt><dd>{ignored}</dd>'
        "<dt>{why_label}</dt><dd>{why}</dd>"
        '<dt>{ask_label}</dt><dd class="sa-ask">{ask}</dd>{evidence}</dl>'
    ).format(
        ignores_label=label("ignores", lang),
        ignored=ignored,
        why_label=label("why_fails", lang),
        why=text(fallacy["why"], lang),
        ask_label=label("ask", lang),
        ask=text(fallacy["ask"], lang),
        evidence=Markup("<dt>{}</dt><dd>{}</dd>").format(label("evidence", lang), evidence) if evidence else Markup(""),
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
    dates = freshness.evidence_dates(data.milestones, data.figures, data.ceilings)
    as_of = freshness.fallacy_as_of(fallacy, dates)
    newest = Markup(' <span class="sa-asof">({}: {})</span>').format(label("newest_evidence", lang), date(as_of, lang)) if as_of else Markup("")
    return Markup("; ").join(links) + newest + freshness.mark(as_of, data.built, lang)


def checklist(data: Data, lang: str = "en", root: str = "", site: citation.Site | None = None) -> str:
    """Markdown: one heading per red flag (so each joins the table of contents with its id)."""
    blocks = []
    for f in data.fallacies:
        heading = f"### {markdown_inline(as_heading(plain(f['claim'], lang)))} {{ #{f['id']} }}"
        more = Markup('<p class="sa-more"><a href="{}{}">{} &rarr;</a>{}</p>').format(
            root, home("fallacies", f), plain(f["answer"], lang), updated(data, f["id"], lang, root)
        )
        blocks.append(f"{heading}\n\n{_details(data, f, lang, root)}{more}{citation.entry('fallacies', f, lang, site)}\n")
    return "\n".join(blocks)


def page(data: Data, fallacy_id: str, lang: str = "en", root: str = "") -> str:
    """Markdown for a fallacy's own page: the claim as its title, the one-line answer, then the details."""
    f = data.get("fallacies", fallacy_id)
    return "\n\n".join(
        [
            f"# {markdown_inline(as_heading(plain(f['claim'], lang)))} {{ #{f['id']} }}",
            str(Markup('<p class="sa-answer">{}{}</p>').format(text(f["answer"], lang), updated(data, f["id"], lang, root))),
            str(_details(data, f, lang, root)),
        ]
    ) + "\n"
