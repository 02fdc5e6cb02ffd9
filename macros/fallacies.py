"""Red flags: one-axis arguments, as a checklist and as a page each that a debater can link to."""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from macros.data import Data
from macros.links import axis_link, by_id, home, short_title
from macros.text import as_heading, label, markdown_inline, plain, text

#: Where evidence ids are looked up, in order.
EVIDENCE_COLLECTIONS = ("milestones", "figures", "ceilings")


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
    """Links to the sourced milestones, figures and ceilings that the `why` relies on."""
    links = []
    for ref in fallacy.get("evidence", ()):
        for collection in EVIDENCE_COLLECTIONS:
            for record in getattr(data, collection):
                if record["id"] == ref:
                    links.append(
                        Markup('<a href="{}{}">{}</a>').format(root, home(collection, record), short_title(collection, record, lang))
                    )
    return Markup("; ").join(links)


def checklist(data: Data, lang: str = "en", root: str = "") -> str:
    """Markdown: one heading per red flag (so each joins the table of contents with its id)."""
    blocks = []
    for f in data.fallacies:
        heading = f"### {markdown_inline(as_heading(plain(f['claim'], lang)))} {{ #{f['id']} }}"
        more = Markup('<p class="sa-more"><a href="{}{}">{} &rarr;</a></p>').format(root, home("fallacies", f), plain(f["answer"], lang))
        blocks.append(f"{heading}\n\n{_details(data, f, lang, root)}{more}\n")
    return "\n".join(blocks)


def page(data: Data, fallacy_id: str, lang: str = "en", root: str = "") -> str:
    """Markdown for a fallacy's own page: the claim as its title, the one-line answer, then the details."""
    f = data.get("fallacies", fallacy_id)
    return "\n\n".join(
        [
            f"# {markdown_inline(as_heading(plain(f['claim'], lang)))} {{ #{f['id']} }}",
            str(Markup('<p class="sa-answer">{}</p>').format(text(f["answer"], lang))),
            str(_details(data, f, lang, root)),
        ]
    ) + "\n"
