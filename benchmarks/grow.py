"""Six Axes at ten times today's data: python3 benchmarks/grow.py [--factor 10] [--runs 3]

The data is meant to grow by pull requests for years; this shows what that does to each page
before it happens. In a scratch copy of the project, every milestone, headline, source and axis
figure gets `factor - 1` copies (new ids, the same dates, each text's words shuffled with a fixed
seed so compression cannot fold the copies, sources cited by the copies of what cited them).
Both the copy and today's project are built (median of --runs strict builds) and measured:

- per page: its HTML, raw and gzip, and what a first visit loads, gzip (the page, its
  stylesheets and scripts, as a fresh Chromium context requests them: benchmarks/run.py);
- each edition's search index, raw and gzip (fetched when the reader first searches);
- build time.

It prints a table and writes it into benchmarks/RESULTS.md between the growth markers (the rest
of that file is run.py's). These are figures, not tests: nothing here fails CI.
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from browser.built_site import CHROMIUM, CHROMIUM_ARGS, mkdocs_build, page_paths, served_file  # noqa: E402
from conftest import copy_project  # noqa: E402

RESULTS = ROOT / "benchmarks/RESULTS.md"
from run import GROWTH_BEGIN as BEGIN, GROWTH_END as END  # noqa: E402
#: What grows: the collections a list page shows entry by entry.
GROWN = ("sources", "milestones", "headlines", "figures")
#: Targets at ten times today's data, per page and per edition's index (KiB), and for the build.
PAGE_KIB, HTML_KIB, HTML_RAW_KIB, INDEX_KIB, BUILD_RATIO = 100, 40, 400, 300, 6.0
INDEXES = {"en": "search/search_index.json", "ru": "ru/search/search_index.json"}
#: Fields that hold ids of other entries, by collection: copies point at the copies.
SOURCE_REFS = ("sources",)


def shuffled(value, rng: random.Random):
    """Text with its words in another order (a text object's every language; lists item by item)."""
    if isinstance(value, str):
        words = value.split(" ")
        rng.shuffle(words)
        return " ".join(words)
    if isinstance(value, list):
        return [shuffled(v, rng) for v in value]
    if isinstance(value, dict):
        return {k: shuffled(v, rng) for k, v in value.items()}
    return value


#: Fields copied as they are: ids, dates, enumerations, numbers, references.
KEEP = {"id", "date", "as_of", "axis", "kind", "history", "page", "fallacies", "url", "arxiv", "publisher",
        "authors", "verified_via", "status", "ignores", "evidence"}


def copy_of(collection: str, record: dict, k: int) -> dict:
    rng = random.Random(f"{collection}:{record['id']}:{k}")
    copy = {}
    for field, value in record.items():
        if field == "id":
            copy[field] = f"{value}-x{k}"
        elif field in SOURCE_REFS:
            copy[field] = [f"{s}-x{k}" for s in value]
        elif field == "url":
            copy[field] = f"{value}{'&' if '?' in value else '?'}copy={k}"
        elif field == "title" and collection == "sources":
            copy[field] = shuffled(value, rng)
        elif field in KEEP:
            copy[field] = value
        else:
            copy[field] = shuffled(value, rng)
    copy.pop("arxiv", None)  # an arXiv id names one paper
    return copy


def grow(project: Path, factor: int) -> dict[str, int]:
    """The project's data grown `factor` times in place; returns each grown collection's new size."""
    yaml = YAML()
    yaml.width = 10_000
    yaml.representer.ignore_aliases = lambda value: True  # copies share values; the loader refuses aliases
    sizes = {}
    for collection in GROWN:
        path = project / "data" / f"{collection}.yml"
        records = yaml.load(path.read_text(encoding="utf-8"))
        # Figures that live on a page of their own (`page: limits`) are called there by id: not copied.
        base = [r for r in records if not (collection == "figures" and r.get("page"))]
        for k in range(1, factor):
            records.extend(copy_of(collection, dict(r), k) for r in base)
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(records, out)
        sizes[collection] = len(records)
    return sizes


def timed(project: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        mkdocs_build(out, project / "mkdocs.yml")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6, mtime=0))


def measure(site: Path, browser_visits: bool = True) -> dict:
    """Per page: HTML raw and gzip (and first-visit gzip, read by Chromium); each edition's index raw and gzip."""
    pages = {}
    for path in page_paths(site):
        html = served_file(site, path).read_bytes()
        pages[path] = {"raw": len(html), "gzip": gz(html)}
    if browser_visits:
        from playwright.sync_api import sync_playwright

        from run import first_visits, serve

        server = serve(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                visits = first_visits(browser, site, f"http://127.0.0.1:{server.server_port}", list(pages))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
        for path, visit in visits.items():
            pages[path]["visit"] = visit["gzip"]
    indexes = {}
    for lang, rel in INDEXES.items():
        file = site / rel
        if file.exists():
            body = file.read_bytes()
            indexes[lang] = {"raw": len(body), "gzip": gz(body), "docs": body.count(b'"location"')}
    return {"pages": pages, "indexes": indexes}


def kib(n: float) -> str:
    return f"{n / 1024:.1f}"


def group(path: str) -> str:
    """Pages of one list (/timeline/2025/2/) are reported together under their list (/timeline/*)."""
    parts = path.strip("/").split("/")
    lang = ["ru"] if parts[:1] == ["ru"] else []
    rest = parts[len(lang):]
    if len(rest) >= 2 and rest[0] in ("timeline", "sources", "quiz", "which-axis") or len(rest) >= 3 and rest[0] == "axes":
        keep = 1 if rest[0] != "axes" else 2
        return "/" + "/".join(lang + rest[:keep]) + "/*"
    return path


def report(today: dict, grown: dict, factor: int, sizes: dict, runs: int) -> str:
    lines = [
        BEGIN,
        "## Growth: the site at ten times today's data",
        "",
        f"Run: {date.today().isoformat()}, `python3 benchmarks/grow.py --factor {factor} --runs {runs}` "
        f"({', '.join(f'{n} {c}' for c, n in sizes.items())}; words shuffled, new ids, same dates).",
        "",
        f"Targets at {factor}x: every page's first visit <= {PAGE_KIB} KiB gzip, its HTML <= {HTML_KIB} KiB gzip "
        f"and <= {HTML_RAW_KIB} KiB raw; each edition's search index <= {INDEX_KIB} KiB gzip; build <= {BUILD_RATIO:g}x today's.",
        "",
    ]
    ratio = grown["build"] / today["build"]
    worst = {}
    for key in ("raw", "gzip", "visit"):
        path = max(grown["pages"], key=lambda p: grown["pages"][p].get(key, 0))
        worst[key] = (path, grown["pages"][path].get(key, 0))
    verdict = lambda ok: "met" if ok else "NOT MET"  # noqa: E731
    lines += [
        "| | today | x{} | target | |".format(factor),
        "|---|---:|---:|---:|---|",
        f"| pages built | {len(today['pages'])} | {len(grown['pages'])} | | |",
        f"| median build time, s | {today['build']:.2f} | {grown['build']:.2f} | <= {BUILD_RATIO:g}x | {ratio:.2f}x, {verdict(ratio <= BUILD_RATIO)} |",
    ]
    for key, label, limit in (("raw", "largest page HTML, KiB raw", HTML_RAW_KIB), ("gzip", "largest page HTML, KiB gzip", HTML_KIB),
                              ("visit", "heaviest first visit, KiB gzip", PAGE_KIB)):
        if not worst[key][1]:
            continue
        path_today = max(today["pages"], key=lambda p: today["pages"][p].get(key, 0))
        lines.append(f"| {label} | {kib(today['pages'][path_today].get(key, 0))} (`{path_today}`) "
                     f"| {kib(worst[key][1])} (`{worst[key][0]}`) | <= {limit} | {verdict(worst[key][1] <= limit * 1024)} |")
    for lang in INDEXES:
        t, g = today["indexes"].get(lang), grown["indexes"].get(lang)
        if t and g:
            lines.append(f"| search index `{lang}`, KiB raw / gzip (entries) | {kib(t['raw'])} / {kib(t['gzip'])} ({t['docs']}) "
                         f"| {kib(g['raw'])} / {kib(g['gzip'])} ({g['docs']}) | <= {INDEX_KIB} gzip | {verdict(g['gzip'] <= INDEX_KIB * 1024)} |")
    lines += ["", "Per page (a list split into pages is shown by its largest page, and how many pages it has):", "",
              "| page | today: KiB raw / gzip / first visit | pages | x{}: KiB raw / gzip / first visit |".format(factor),
              "|---|---:|---:|---:|"]
    groups: dict[str, list[str]] = {}
    for path in grown["pages"]:
        groups.setdefault(group(path), []).append(path)
    today_groups: dict[str, list[str]] = {}
    for path in today["pages"]:
        today_groups.setdefault(group(path), []).append(path)
    for name in sorted(set(groups) | set(today_groups)):
        def cell(measured, paths):
            if not paths:
                return ""
            page = max(paths, key=lambda p: measured["pages"][p]["gzip"])
            m = measured["pages"][page]
            visit = f" / {kib(m['visit'])}" if "visit" in m else ""
            return f"{kib(m['raw'])} / {kib(m['gzip'])}{visit}"
        count = len(groups.get(name, []))
        lines.append(f"| `{name}` | {cell(today, today_groups.get(name, []))} | {count if count > 1 else ''} "
                     f"| {cell(grown, groups.get(name, []))} |")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_section(section: str, results: Path = RESULTS) -> None:
    """RESULTS.md with the growth section replaced (or appended): run.py writes the rest."""
    text = results.read_text(encoding="utf-8") if results.exists() else ""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n?", re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    results.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=10, help="how many times today's entries (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each for the median (default 3)")
    parser.add_argument("--project", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--no-browser", action="store_true", help="HTML and indexes only, no first-visit measure")
    parser.add_argument("--output", type=Path, default=RESULTS, help="the results file whose growth section is rewritten")
    parser.add_argument("--keep", type=Path, help="also keep the grown project here (to look at or build again)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="six-axes-grow-") as tmp:
        tmp = Path(tmp)
        project = copy_project_from(args.project, tmp / "grown")
        sizes = grow(project, args.factor)
        if args.keep:
            copy_project_from(project, args.keep)
        today = {"build": timed(args.project, tmp / "today", args.runs)}
        grown = {"build": timed(project, tmp / "grown-site", args.runs)}
        today.update(measure(tmp / "today", not args.no_browser))
        grown.update(measure(tmp / "grown-site", not args.no_browser))
    text = report(today, grown, args.factor, sizes, args.runs)
    print(text)
    write_section(text, args.output)
    print(f"written to {args.output}")


def copy_project_from(source: Path, target: Path) -> Path:
    """copy_project, from any checkout (the default is this one)."""
    if source.resolve() == ROOT:
        return copy_project(target)
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "data", "macros", "overrides"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


if __name__ == "__main__":
    main()
