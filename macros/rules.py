"""Checks of meaning that a JSON Schema cannot express.

Each check is a small pure function from the parsed collections to findings, so each can
be tested alone. They run only once every file has passed its schema, so they may rely on
the shape of the data.
"""

from __future__ import annotations

import calendar
import datetime
import difflib
import math
import re
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import urlsplit

Collections = dict[str, list[dict]]


@dataclass(frozen=True)
class Finding:
    collection: str
    index: int | None
    path: tuple
    message: str
    severity: str = "error"


def _entries(data: Collections, *names: str) -> Iterator[tuple[str, int, dict]]:
    for name in names or tuple(data):
        for index, entry in enumerate(data.get(name, [])):
            yield name, index, entry


def unique_ids(data: Collections) -> Iterator[Finding]:
    """Ids become anchors, and several collections share a page: an id is used once site-wide."""
    seen: dict[str, str] = {}
    for name, index, entry in _entries(data):
        record_id = entry["id"]
        if record_id in seen:
            yield Finding(name, index, ("id",), f"id '{record_id}' is already used in {seen[record_id]}; ids must be unique across data/")
        else:
            seen[record_id] = f"data/{name}.yml"


def axes_complete(data: Collections) -> Iterator[Finding]:
    """The site's thesis counts six axes: each number 1 to 6 exactly once."""
    numbers = [entry["number"] for entry in data["axes"]]
    for index, entry in enumerate(data["axes"]):
        if numbers.count(entry["number"]) > 1:
            yield Finding("axes", index, ("number",), f"number {entry['number']} is used by more than one axis")
    missing = sorted(set(range(1, 7)) - set(numbers))
    if missing:
        yield Finding("axes", None, (), f"axes numbered {', '.join(map(str, missing))} are missing; expected six axes numbered 1 to 6")


#: The collections whose records a fallacy may cite as evidence.
EVIDENCE = ("milestones", "figures", "ceilings", "promises")


def references_resolve(data: Collections) -> Iterator[Finding]:
    """Every source, axis, evidence and red-flag id points at an entry that exists."""
    sources = {s["id"] for s in data["sources"]}
    axes = {a["id"] for a in data["axes"]}
    evidence = {e["id"] for name in EVIDENCE for e in data[name]}
    fallacies = {f["id"] for f in data["fallacies"]}
    for name, index, entry in _entries(data):
        for i, source in enumerate(entry.get("sources", [])):
            if source not in sources:
                yield Finding(name, index, ("sources", i), f"source '{source}' is not in data/sources.yml{_hint(source, sources)}")
        if "axis" in entry and entry["axis"] not in axes:
            yield Finding(name, index, ("axis",), f"axis '{entry['axis']}' is not in data/axes.yml{_hint(entry['axis'], axes)}")
        for i, axis in enumerate(entry.get("ignores", [])):
            if axis not in axes:
                yield Finding(name, index, ("ignores", i), f"axis '{axis}' is not in data/axes.yml{_hint(axis, axes)}")
        for i, ref in enumerate(entry.get("fallacies", [])):
            if ref not in fallacies:
                yield Finding(name, index, ("fallacies", i), f"red flag '{ref}' is not in data/fallacies.yml{_hint(ref, fallacies)}")
        for field in ("evidence", "steelman_evidence", "rests_on"):
            for i, ref in enumerate(entry.get(field, [])):
                if ref not in evidence:
                    yield Finding(name, index, (field, i), f"'{ref}' is not the id of a milestone, figure, ceiling or promise{_hint(ref, evidence)}")


#: A short reply is pasted into a post with a 280-character limit, followed by a newline and the page's
#: permalink, e.g. https://six-axes.github.io/ru/fallacies/<id>/ (the Russian edition's is the longer).
SHORT_REPLY_LIMIT = 280
PERMALINK = "https://six-axes.github.io/{prefix}fallacies/{id}/"


def short_reply_fits(data: Collections) -> Iterator[Finding]:
    """A short reply and its permalink fit in one 280-character post, in each language."""
    for index, entry in enumerate(data["fallacies"]):
        for lang, reply in entry.get("reply_short", {}).items():
            link = PERMALINK.format(prefix="" if lang == "en" else f"{lang}/", id=entry["id"])
            length = len(reply) + 1 + len(link)
            if length > SHORT_REPLY_LIMIT:
                yield Finding("fallacies", index, ("reply_short", lang),
                              f"is {length} characters with a newline and its permalink ({link}); a short reply must fit in "
                              f"{SHORT_REPLY_LIMIT}: cut {length - SHORT_REPLY_LIMIT}")


#: A number as a reply states it: not part of a name such as ARC-AGI-2, GPT-4o, o3 or 1e25.
_NUMBER = re.compile(r"(?<![A-Za-zА-Яа-яЁё])(?<![A-Za-zА-Яа-яЁё][-‑])(?<![\d.,])\d+(?:[.,]\d+)?")
#: What a rests_on entry says in numbers: a figure's value, a milestone's title and summary.
_NUMBER_FIELDS = {"figures": ("value",), "milestones": ("title", "summary"), "ceilings": ("claim", "next"), "promises": ("claim", "next")}


def numbers(text: str) -> set[str]:
    """The numbers a text states, written one way: 2,5 and 2.5 are the same number."""
    return {match.replace(",", ".") for match in _NUMBER.findall(text.replace("\u00a0", " ").replace("\u202f", " "))}


def reply_states_its_number(data: Collections) -> Iterator[Finding]:
    """A reply kit carries a sourced number: in each language its short or long reply states at least one
    number of an entry it `rests_on`, so the kit cannot drift away from the data it cites."""
    records = {e["id"]: (name, e) for name in _NUMBER_FIELDS for e in data.get(name, [])}
    for index, entry in enumerate(data["fallacies"]):
        refs = [records[ref] for ref in entry.get("rests_on", []) if ref in records]
        if not refs:
            continue  # references_resolve names a missing id; the schema requires the field
        for lang in sorted(set(entry.get("reply_short", {})) | set(entry.get("reply_long", {}))):
            said = numbers(entry.get("reply_short", {}).get(lang, "") + " " + entry.get("reply_long", {}).get(lang, ""))
            stated = set()
            for name, record in refs:
                for field in _NUMBER_FIELDS[name]:
                    if field in record:
                        stated |= numbers(record[field].get(lang) or record[field]["en"])
            if not said & stated:
                ids = ", ".join(entry["rests_on"])
                yield Finding("fallacies", index, ("reply_long", lang),
                              f"states none of the numbers of the entries it rests on ({ids}): in each language the short or "
                              f"long reply must state at least one of {', '.join(sorted(stated)) or 'their numbers'}")


#: The longest description a link preview carries (macros/site/previews.py): chat apps cut longer ones mid-word.
PREVIEW_LIMIT = 200


def answer_fits_a_preview(data: Collections) -> Iterator[Finding]:
    """A red flag's answer is its link preview whenever the question doesn't fit beside it, so it must fit alone."""
    for index, entry in enumerate(data["fallacies"]):
        for lang, answer in entry.get("answer", {}).items():
            if len(answer) > PREVIEW_LIMIT:
                yield Finding("fallacies", index, ("answer", lang),
                              f"is {len(answer)} characters; a red flag's answer is its link preview and must fit in "
                              f"{PREVIEW_LIMIT}: cut {len(answer) - PREVIEW_LIMIT}")


def _hint(value: str, known: set[str]) -> str:
    match = difflib.get_close_matches(value, sorted(known), n=1)
    return f" (did you mean '{match[0]}'?)" if match else ""


#: The oldest year a record may carry (the oldest today is 1974): a typo such as 0001-01-01 would
#: stretch every timeline across two thousand years.
EARLIEST_YEAR = 1900


def real_dates(data: Collections, today: datetime.date) -> Iterator[Finding]:
    """A date must exist on the calendar, and nothing has happened after today."""
    for name, index, entry in _entries(data):
        for field in ("date", "as_of"):
            if field not in entry:
                continue
            value = entry[field]
            parsed = parse_date(value)
            if parsed is None:
                yield Finding(name, index, (field,), f"'{value}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
            elif parsed.year < EARLIEST_YEAR:
                yield Finding(name, index, (field,), f"'{value}' is before {EARLIEST_YEAR}; nothing the site records is that old")
            elif parsed > today:
                yield Finding(name, index, (field,), f"'{value}' is in the future; record what has happened")


#: The ledgers whose records can carry a `due` date, and what one record is called in messages.
SCORED = {"promises": "promise", "ceilings": "ceiling"}


def scored_when_due(data: Collections, today: datetime.date) -> Iterator[Finding]:
    """A forecast is scored when it falls due: once its `due` date has passed it can no longer be `open`.

    A due date counts as the last day it can mean ('2026' is due on 31 December 2026), so nothing
    is called overdue that its speaker could still meet. It is never earlier than the claim itself.
    """
    for name, what in SCORED.items():
        for index, entry in enumerate(data.get(name, [])):
            if "due" not in entry:
                continue
            due, made = last_day(entry["due"]), parse_date(entry["date"])
            if due is None:
                yield Finding(name, index, ("due",), f"'{entry['due']}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
            elif made is not None and due < made:
                yield Finding(name, index, ("due",), f"'{entry['due']}' is before the {what} was made ({entry['date']}); "
                              "a due date is when it said it would happen")
            elif entry["verdict"] == "open" and due < today:
                yield Finding(
                    name, index, ("verdict",),
                    f"is 'open', but the {what} fell due on {due.isoformat()} (today is {today.isoformat()}): score it "
                    "broken, held or partly from what happened by then, say so in 'next', and add the change to data/changes.yml",
                )


def due_within(records, today: datetime.date, days: int) -> list[tuple[int, dict, datetime.date]]:
    """The `open` records that fall due within `days` of `today` (and any already past due), soonest first,
    as (index, record, due day)."""
    horizon = today + datetime.timedelta(days=days)
    found = []
    for index, record in enumerate(records):
        due = last_day(record["due"]) if record.get("due") else None
        if due is not None and record.get("verdict") == "open" and due <= horizon:
            found.append((index, record, due))
    return sorted(found, key=lambda item: (item[2], item[1]["id"]))


def parse_date(value: str) -> datetime.date | None:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD date can mean, or None if it is no date."""
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts]
        return datetime.date(numbers[0], *(numbers[1:] + [1] * (3 - len(numbers))))
    except (ValueError, TypeError):
        return None


def last_day(value: str) -> datetime.date | None:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date can mean ('2024-06' -> 30 June 2024), or None."""
    first = parse_date(value)
    if first is None:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return datetime.date(first.year, 12, 31)
    if len(parts) == 2:
        return datetime.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return first


def as_of_not_after_sources(data: Collections) -> Iterator[Finding]:
    """A figure's 'as of' is never later than the evidence under it: its newest source's date."""
    sources = {s["id"]: s for s in data["sources"]}
    for index, entry in enumerate(data["figures"]):
        dates = [sources[s]["date"] for s in entry["sources"] if s in sources]
        newest = max(dates, key=lambda d: last_day(d) or datetime.date.min, default=None)
        start, end = parse_date(entry["as_of"]), last_day(newest) if newest else None
        if start and end and start > end:
            yield Finding(
                "figures", index, ("as_of",),
                f"'{entry['as_of']}' is later than its newest source ({newest}); "
                "an 'as of' date is never later than the evidence under it",
            )


#: Source kinds that report on others' work or words: they may back a headline, a quote or the
#: reception of something, never a milestone, a figure or a data point alone.
PRESS_KINDS = ("article",)

#: Collections whose entries state facts, so each needs at least one primary source.
FACT_COLLECTIONS = {"milestones": "milestone", "figures": "figure", "trends": "data point"}


def primary_source(data: Collections) -> Iterator[Finding]:
    """A milestone, figure or data point cites at least one source that is not press."""
    kinds = {s["id"]: s["kind"] for s in data["sources"]}
    for name, what in FACT_COLLECTIONS.items():
        for index, entry in enumerate(data.get(name, [])):
            cited = [s for s in entry.get("sources", []) if s in kinds]
            if cited and all(kinds[s] in PRESS_KINDS for s in cited):
                yield Finding(
                    name, index, ("sources",),
                    f"cites only press ({', '.join(cited)}); a {what} needs a primary source as well (the paper, the lab's "
                    "announcement or model card, the results page, the dataset or the report): press may back "
                    "headlines, quotes and reception only",
                )


#: Never sources, with the reason a contributor is shown: wikis and encyclopedias that anyone (or a
#: model) writes, and sites that summarise other people's work. Cite what they cite instead.
DENIED_HOSTS = {
    "wikipedia.org": "a wiki",
    "wikiwand.com": "a copy of Wikipedia",
    "fandom.com": "a wiki",
    "everybodywiki.com": "a wiki",
    "grokipedia.com": "an AI-written encyclopedia",
    "notegpt.io": "an AI summary site",
    "lilys.ai": "an AI summary site",
    "glasp.co": "a summary and highlights site",
    # Met while checking the evidence of 2026 (December 2026): each one invented or garbled facts,
    # showed a chat model's leftovers, or only repackages other people's papers and news.
    "arcxiv.org": "an arXiv look-alike",
    "emergentmind.com": "an AI summary site for papers",
    "sciencestack.ai": "an AI summary site for papers",
    "arxivlens.com": "an AI summary site for papers",
    "themoonlight.io": "an AI summary site for papers",
    "chatpaper.com": "an AI summary site for papers",
    "catalyzex.com": "a paper aggregator",
    "paperreading.club": "a paper aggregator",
    "researchtrend.ai": "a paper aggregator",
    "goatstack.ai": "an AI summary site for papers",
    "scholarfeed.org": "a paper aggregator",
    "insidermonkey.com": "a transcript and stock-tips aggregator",
    "threadreaderapp.com": "a copy of social-media threads",
    "particle.news": "an AI news summary app",
    "theoutpost.ai": "an AI news aggregator",
    "megaoneai.com": "an AI-written news site",
    "ts2.tech": "an AI-written news site",
    "webpronews.com": "an SEO news site",
    "analyticsinsight.net": "an SEO news site",
    "tooliax.com": "an AI-written news site",
    "hotmolts.com": "an AI-written news site",
    "aissential.tech": "an AI news summary site",
    "macaron.im": "an AI-written blog",
    "overchat.ai": "an AI-written blog",
    "legacy.vertu.com": "an SEO blog that invented a product's features",
    "alpha-sense.com": "a market-intelligence aggregator",
    "news-you-need.com": "a copy of other sites' news",
    "connectword.dpdns.org": "a copy of other sites' news",
    "news.hamidun.com": "AI-processed copies of other sites' news",
}

#: Host names that give an aggregator away: wikis, "-pedias", summaries, transcripts, digests.
DENIED_PATTERN = re.compile(r"wiki|pedia|summar|transcript|digest|aggregat")


def denied_host(url: str) -> str | None:
    """Why a URL cannot be a source ('a wiki'), or None if its host is not on the deny-list."""
    host = (urlsplit(url).hostname or "").lower()
    for denied, why in DENIED_HOSTS.items():
        if host == denied or host.endswith(f".{denied}"):
            return why
    if DENIED_PATTERN.search(host):
        return "a wiki, encyclopedia or aggregator (by its name)"
    return None


def no_aggregators(data: Collections) -> Iterator[Finding]:
    """No wikis, aggregators, SEO blogs or AI-written news as sources at all, nor as confirmation."""
    for index, entry in enumerate(data["sources"]):
        pages = [(("url",), entry["url"])]
        pages += [(("verified_via", i, "url"), page["url"]) for i, page in enumerate(entry.get("verified_via", ()))]
        for path, url in pages:
            why = denied_host(url)
            if why:
                host = urlsplit(url).hostname
                yield Finding(
                    "sources", index, path,
                    f"{host} is {why}, which the site never cites, not even as confirmation; cite the primary source "
                    "it draws on (the paper, the lab's own page, the dataset or the results page)",
                )


#: Hosts where each owner's pages are their own publication (github.com/<owner>/...).
_SHARED_HOSTS = ("github.com", "raw.githubusercontent.com", "huggingface.co")


def site_of(url: str) -> str:
    """Who published a page, as far as its URL tells: the host without 'www.', and the owner on shared hosts."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host in _SHARED_HOSTS:
        owner = parts.path.strip("/").split("/")[0].lower()
        return f"{host}/{owner}" if owner else host
    return host


def confirmations_independent(data: Collections) -> Iterator[Finding]:
    """A fact confirmed instead of read at its primary needs two pages from different sites, neither the primary's."""
    for index, entry in enumerate(data["sources"]):
        pages = entry.get("verified_via", ())
        seen = {site_of(entry["url"]): "the source's own url"}
        for i, page in enumerate(pages):
            site = site_of(page["url"])
            if site in seen:
                yield Finding(
                    "sources", index, ("verified_via", i, "url"),
                    f"{site} is the same site as {seen[site]}; a confirmation must come from an independent site",
                )
            else:
                seen[site] = f"verified_via[{i}]"


# Markup a renderer would escape anyway, but that can only be a mistake in a text field:
# HTML tags, Jinja code, Markdown links and script URLs.
_MARKUP = re.compile(r"<\s*[A-Za-z!/]|\{\{|\{%|\{#|\]\(|javascript:", re.IGNORECASE)


def no_markup(data: Collections) -> Iterator[Finding]:
    """Text fields hold plain text: the renderers add all markup, escaped."""
    for name, index, entry in _entries(data):
        for path, text in _texts(entry):
            if path[0] in ("url",):
                continue
            match = _MARKUP.search(text)
            if match:
                yield Finding(name, index, path, f"contains markup ({match.group(0)!r}); text fields are plain text")


def _texts(node, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, (*path, i))


# --- Hostile or broken input: what no text, number, URL or id may carry. ---------------------------------

#: Characters no text field may hold: controls other than tab and newline (they make the feed
#: ill-formed XML and break inline SVG), noncharacters, lone surrogates, and the bidirectional
#: embeddings, overrides and isolates that reorder what a reader sees (U+202A-U+202E, U+2066-U+2069).
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U000efffe\U000effff\U000ffffe\U000fffff"
    "\U0010fffe\U0010ffff]"
)


def _what_char(ch: str) -> str:
    code = ord(ch)
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        kind = "a bidirectional override, which reorders the text a reader sees"
    elif code < 0x20 or 0x7F <= code <= 0x9F:
        kind = "a control character"
    elif 0xD800 <= code <= 0xDFFF:
        kind = "half of a surrogate pair, not a character"
    else:
        kind = "a Unicode noncharacter"
    return f"U+{code:04X} ({kind})"


def plain_text(data: Collections) -> Iterator[Finding]:
    """Every text is printable and says something: no control characters, noncharacters or bidi
    overrides (written as YAML escapes, they reach every output), no text of blanks alone."""
    for name, index, entry in _entries(data):
        for path, value in _texts(entry):
            match = _FORBIDDEN.search(value)
            if match:
                yield Finding(name, index, path, f"contains {_what_char(match.group(0))} at character {match.start() + 1}; "
                              "remove it (tabs and line breaks are the only invisible characters allowed)")
            elif not value.strip():
                yield Finding(name, index, path, "is blank; write the text or leave the field out")


def finite_numbers(data: Collections) -> Iterator[Finding]:
    """A number is a number: YAML's .nan and .inf (or 1e400, which overflows to infinity) are not."""
    for name, index, entry in _entries(data):
        for path, value in _numbers(entry):
            if not math.isfinite(value):
                yield Finding(name, index, path, f"{value} is not a finite number; write the value itself (3.8e25 for 3.8 x 10^25)")


def _numbers(node, path: tuple = ()) -> Iterator[tuple[tuple, float]]:
    if isinstance(node, float):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _numbers(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _numbers(value, (*path, i))


def used_within_stock(data: Collections) -> Iterator[Finding]:
    """A modality cannot have used more data than exists of it."""
    for index, entry in enumerate(data["modalities"]):
        used, stock = entry.get("used_log10"), entry.get("stock_log10")
        if isinstance(used, (int, float)) and isinstance(stock, (int, float)) and used > stock:
            yield Finding("modalities", index, ("used_log10",),
                          f"{used} is more than the stock ({stock}); what has been used is part of what exists")


def _urls(entry: dict) -> Iterator[tuple[tuple, str]]:
    for path, value in _texts(entry):
        if path and path[-1] == "url":
            yield path, value


def plain_urls(data: Collections) -> Iterator[Finding]:
    """A URL names its site plainly: no user name or password before the host
    (https://arxiv.org@evil.example/ goes to evil.example), no backslashes, a real host name."""
    for name, index, entry in _entries(data):
        for path, url in _urls(entry):
            try:
                parts = urlsplit(url)
                host, port = parts.hostname or "", parts.port
            except ValueError:
                yield Finding(name, index, path, "is not a well-formed URL")
                continue
            if "\\" in url:
                yield Finding(name, index, path, "contains a backslash; browsers read it as '/', so the address is not what it seems")
            elif "@" in parts.netloc:
                yield Finding(name, index, path, f"has a user name before its host, so it leads to {host or 'no host'}, "
                              "not to the site it seems to name; give the plain address")
            elif "." not in host.strip(".") or not re.fullmatch(r"[a-z0-9.-]+", host):
                yield Finding(name, index, path, f"'{host}' is not a public host name")
            elif port not in (None, 443):
                yield Finding(name, index, path, f"names port {port}; a published page is on the standard port")


_ARXIV_HOSTS = ("arxiv.org", "export.arxiv.org")


def arxiv_matches_url(data: Collections) -> Iterator[Finding]:
    """A url agrees with the source's arXiv id and publisher: an arXiv url links that paper; a url
    elsewhere that carries the id in its path is a copy of the paper (a look-alike or an aggregator),
    not the paper; a source published by arXiv is on arXiv. (A lab's model card or announcement
    with the paper's id beside it is fine: it is the lab's own primary.)"""
    for index, entry in enumerate(data["sources"]):
        host = site_of(entry["url"])
        path = urlsplit(entry["url"]).path
        arxiv = entry.get("arxiv")
        if arxiv:
            number = arxiv.split("v")[0]
            if host in _ARXIV_HOSTS and number not in path:
                yield Finding("sources", index, ("url",), f"links another arXiv paper than the source's id {arxiv}")
            elif host not in _ARXIV_HOSTS and number in path:
                yield Finding("sources", index, ("url",), f"is a copy of arXiv paper {arxiv} on {host}, not the paper; "
                              f"link it on arXiv (https://arxiv.org/abs/{arxiv})")
        elif entry.get("publisher", "").lower().startswith("arxiv") and host not in _ARXIV_HOSTS:
            yield Finding("sources", index, ("url",), f"is on {host}, but the publisher is arXiv")


#: Ids the pages themselves use (headings, sections, charts, the data table): an entry with one of
#: these ids would give its page two elements with one id, and its anchor would land on the wrong one.
#: tests/test_static_site.py checks that every id a built page uses outside data is listed here.
PAGE_IDS = frozenset("""
    about add-a-milestone analogy answer-time-cost axes benchmarks-and-work beyond-text biases broken-ceilings
    broken-promises ceiling-talk change-record changing chart-axes chart-modalities chart-timeline checklist chips
    claim claims contamination contributing correcting data data-axes data-beyond-text data-biases data-ceilings
    data-changes data-fallacies data-figures data-headlines data-milestones data-modalities data-promises
    data-sources data-trends efficiency en falling-due figures forecasts hallucination headlines in-2026
    leaderboards licence limits measuring
    method milestones money next not-found outside-the-weights paradox pattern power privacy questions quiz
    real-work recent red-flags reliability reply ru rules saturation seen-in-the-wild sharpening six-axes sources
    steelman stocks the-six-axes the-wall time-to-think timeline use watch what-changed which-axes which-axis
    why-it-fails without-new-data world-models wrong-if sa-404-q
""".split())


def generated_ids(data: Collections) -> dict[str, str]:
    """The ids the renderers make from other entries' ids, with what makes each."""
    made = {f"quiz-{h['id']}": f"headline '{h['id']}' (its quiz question)" for h in data.get("headlines", [])}
    for f in data.get("fallacies", []):
        for kind in ("short", "long"):
            made[f"{f['id']}-reply-{kind}"] = f"red flag '{f['id']}' (its {kind} reply)"
    for a in data.get("axes", []):
        made[f"chart-timeline-{a['id']}"] = f"axis '{a['id']}' (its timeline chart)"
    return made


def ids_not_taken_by_pages(data: Collections) -> Iterator[Finding]:
    """An entry's id is its anchor: it may not be an id its page already uses for a heading or a chart."""
    made = generated_ids(data)
    for name, index, entry in _entries(data):
        record_id = entry["id"]
        if record_id in PAGE_IDS or record_id.startswith("chart-"):
            yield Finding(name, index, ("id",), f"'{record_id}' is an id the pages use for a heading or a chart; "
                          "two elements would share it and its link would land on the wrong one: choose another id")
        elif record_id in made:
            yield Finding(name, index, ("id",), f"'{record_id}' is the id the site gives {made[record_id]}; choose another id")


def sourced_or_reasoned(data: Collections) -> Iterator[Finding]:
    """A modality figure is either sourced or carries the reasoning behind the estimate."""
    for index, entry in enumerate(data["modalities"]):
        if entry["sourced"] and not entry.get("sources"):
            yield Finding("modalities", index, ("sources",), "sourced is true but no sources are listed")
        if not entry["sourced"] and "reasoning" not in entry:
            yield Finding("modalities", index, ("reasoning",), "an unsourced estimate needs its reasoning")


def bias_sourced_or_opinion(data: Collections) -> Iterator[Finding]:
    """A bias either cites sources or is labelled as opinion, never neither, never both."""
    for index, entry in enumerate(data["biases"]):
        has_sources, opinion = bool(entry.get("sources")), bool(entry.get("opinion"))
        if has_sources == opinion:
            yield Finding("biases", index, ("opinion",), "give sources, or set opinion: true when there are none (not both)")


def sources_cited(data: Collections) -> Iterator[Finding]:
    """A source nobody cites is probably a typo elsewhere: worth a look, not a failed build."""
    cited = {s for _, _, entry in _entries(data) for s in entry.get("sources", [])}
    for index, entry in enumerate(data["sources"]):
        if entry["id"] not in cited:
            yield Finding("sources", index, ("id",), f"source '{entry['id']}' is not cited by any entry", "warning")


def changes_resolve(data: Collections) -> Iterator[Finding]:
    """Each change record names entries that exist, or says they were renamed or removed."""
    records = data.get("changes", [])
    live = {entry["id"] for name, _, entry in _entries(data) if name != "changes"}
    gone = {old for r in records for old in r.get("removed", [])}
    gone |= {pair["from"] for r in records for pair in r.get("renamed", [])}
    for index, record in enumerate(records):
        for i, ref in enumerate(record["entries"]):
            if ref not in live and ref not in gone:
                yield Finding("changes", index, ("entries", i),
                              f"'{ref}' is not the id of any entry in data/; if it was renamed or removed, "
                              f"say so under renamed or removed{_hint(ref, live)}")
        for i, pair in enumerate(record.get("renamed", [])):
            if pair["to"] not in live:
                yield Finding("changes", index, ("renamed", i, "to"), f"'{pair['to']}' is not the id of any entry in data/{_hint(pair['to'], live)}")
            if pair["from"] in live:
                yield Finding("changes", index, ("renamed", i, "from"), f"'{pair['from']}' is still in data/; a renamed id is gone")
        for i, old in enumerate(record.get("removed", [])):
            if old in live:
                yield Finding("changes", index, ("removed", i), f"'{old}' is still in data/; a removed id is gone")


CHECKS: tuple[Callable[..., Iterator[Finding]], ...] = (
    unique_ids,
    axes_complete,
    references_resolve,
    real_dates,
    scored_when_due,
    no_markup,
    plain_text,
    finite_numbers,
    used_within_stock,
    plain_urls,
    arxiv_matches_url,
    ids_not_taken_by_pages,
    sourced_or_reasoned,
    bias_sourced_or_opinion,
    short_reply_fits,
    answer_fits_a_preview,
    reply_states_its_number,
    primary_source,
    no_aggregators,
    confirmations_independent,
    as_of_not_after_sources,
    sources_cited,
    changes_resolve,
)


#: The checks that need to know today: nothing is dated in the future, nothing is left open past its due date.
NEED_TODAY = (real_dates, scored_when_due)


def check_all(data: Collections, today: datetime.date) -> list[Finding]:
    """Run every check; those in NEED_TODAY are given today's date."""
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(data, today) if check in NEED_TODAY else check(data))
    return findings
