"""Speed and size of Six Axes against a plain Material site of the same size: python3 benchmarks/run.py

Builds both sites N times (median build time), then opens every page of each in a fresh
Chromium context (first visit, empty cache) and sums what the page requested: raw bytes,
gzip bytes (what a server that compresses text sends) and requests. Prints a table and
writes benchmarks/RESULTS.md. The plain site has one page per built page of ours, holding
the same text (headings, paragraphs, list items, table cells), under stock Material with
search; only its Google font is off, as it is here, since nothing else is reachable offline.
Lighthouse, if installed, reads the pages from a local server that compresses text, as any
real host does.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from html.parser import HTMLParser
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser.built_site import CHROMIUM, CHROMIUM_ARGS, QuietHandler, mkdocs_build, page_paths, served_file  # noqa: E402

RESULTS = ROOT / "benchmarks/RESULTS.md"
#: benchmarks/grow.py's section of RESULTS.md, kept when this script rewrites the rest.
GROWTH_BEGIN, GROWTH_END = "<!-- growth: benchmarks/grow.py writes from here -->", "<!-- growth: end -->"
LIGHTHOUSE = ROOT / "benchmarks/node_modules/.bin/lighthouse"  # optional: npm ci --ignore-scripts --prefix benchmarks
# Lighthouse runs on each edition's home, checklist, which-axis, timeline and longest axis page.
LIGHTHOUSE_PAGES = ["", "fallacies/", "which-axis/", "timeline/"]
EDITIONS = ["/", "/ru/"]
TARGETS = {"build cost per page": 2.0}
#: First-visit transfer, KiB gzip: the home page, and every page.
HOME_KIB, PAGE_KIB = 90, 100
PERFORMANCE = 95
# Pages the plain site is measured on too: the home page of each edition, an axis page, the checklist.
KEY_PAGES = ["/", "/ru/", "/axes/pretraining/", "/fallacies/"]
BASELINE_CONFIG = """\
site_name: Baseline
site_url: https://example.org/
theme:
  name: material
  font: false
"""
TEXT_BLOCKS = {"h1", "h2", "h3", "h4", "p", "li", "dt", "dd", "td", "th", "figcaption"}
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class ArticleText(HTMLParser):
    """The text of a built page's article as Markdown blocks: headings stay headings, the rest paragraphs."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.stack: list[tuple[str, list[str]]] = []
        self.blocks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article" or self.depth:
            self.depth += tag not in VOID
        if self.depth and tag in TEXT_BLOCKS:
            self.stack.append((tag, []))

    def handle_endtag(self, tag):
        if self.depth and tag in TEXT_BLOCKS and self.stack and self.stack[-1][0] == tag:
            _, parts = self.stack.pop()
            text = " ".join("".join(parts).split())
            if text:
                level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0
                self.blocks.append(("#" * level + " " if level else "") + text.replace("{", "(").replace("<", "&lt;"))
        if self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.stack:
            self.stack[-1][1].append(data)


def make_baseline(site: Path, out: Path) -> Path:
    """A stock Material project with one page per built page of ours, holding that page's text."""
    docs = out / "docs"
    for path in page_paths(site):
        if not path.endswith("/"):
            continue  # 404.html: Material builds its own
        parser = ArticleText()
        parser.feed(served_file(site, path).read_text(encoding="utf-8"))
        page = docs / (path.strip("/") or ".") / "index.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("\n\n".join(parser.blocks) + "\n", encoding="utf-8")
    (out / "mkdocs.yml").write_text(BASELINE_CONFIG)
    return out / "mkdocs.yml"


def timed_builds(config: Path, out: Path, runs: int) -> float:
    """Median wall time of `runs` strict builds into the same directory."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        mkdocs_build(out, config)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compressible(file: Path) -> bool:
    return file.suffix in {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class CompressingHandler(QuietHandler):
    """Serves text gzip-compressed when the browser asks for it, as GitHub Pages and any real host do,
    so Lighthouse's simulated slow link carries what a reader's phone receives."""

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the directory's URL
            path = os.path.join(path, "index.html")
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not os.path.isfile(path) or not compressible(Path(path)):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path) -> ThreadingHTTPServer:
    """The site on 127.0.0.1 on a free port, text compressed, from a daemon thread; the caller shuts it down."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CompressingHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def first_visits(browser, site: Path, base: str, paths: list[str]) -> dict[str, dict[str, int]]:
    """Per page: requests, raw bytes and gzip bytes of everything a first visit loads (until the network is idle)."""
    visits = {}
    for path in paths:
        context = browser.new_context()
        page = context.new_page()
        urls: list[str] = []
        context.on("request", lambda request: urls.append(request.url))
        page.goto(base + path, wait_until="networkidle")
        context.close()
        raw = gz = 0
        for url in urls:
            file = served_file(site, unquote(urlsplit(url).path))
            if urlsplit(url).netloc == urlsplit(base).netloc and file.is_file():
                body = file.read_bytes()
                raw += len(body)
                gz += len(gzip.compress(body, 6, mtime=0)) if compressible(file) else len(body)
        visits[path] = {"requests": len(urls), "raw": raw, "gzip": gz}
    return visits


def lighthouse(url: str) -> tuple[dict[str, int], list[str]]:
    """Lighthouse's mobile scores (0-100) for a page, and the audits that cost points (metrics scoring under 0.9)."""
    result = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
         "--only-categories=performance,accessibility,best-practices,seo", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"],
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)}, capture_output=True, text=True, check=True,
    )
    report = json.loads(result.stdout)
    scores = {name: round(category["score"] * 100) for name, category in report["categories"].items()}
    lost = []
    for name, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and (audit["score"] or 0) < (0.9 if name == "performance" else 1):
                lost.append(f"{ref['id']} {audit.get('displayValue', '')}".strip())
    return scores, lost


def lighthouse_pages(site: Path) -> list[str]:
    """The pages Lighthouse measures, in both editions: the fixed ones and the longest axis page."""
    paths = page_paths(site)
    chosen = []
    for edition in EDITIONS:
        axes = [p for p in paths if p.startswith(f"{edition}axes/") and p.count("/") == edition.count("/") + 2]
        longest = max(axes, key=lambda p: served_file(site, p).stat().st_size)
        chosen += [f"{edition}{page}" for page in LIGHTHOUSE_PAGES] + [longest]
    return chosen


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0")
    chromium = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{cpu}, {os.cpu_count()} cores, {int(memory) // 1024 // 1024} GiB RAM; {platform.platform()}; "
            f"Python {platform.python_version()}; {chromium}")


def kib(n: int) -> str:
    return f"{n / 1024:.1f}"


def report(runs: int, ours: dict, plain: dict, scores: dict[str, tuple[dict[str, int], list[str]]]) -> str:
    """The results as Markdown: the targets first, then every page of ours."""
    per_page = {name: site["build"] / site["pages"] for name, site in (("ours", ours), ("plain", plain))}
    ratios = {
        "build cost per page": per_page["ours"] / per_page["plain"],
        "home first-visit transfer (gzip)": ours["visits"]["/"]["gzip"] / plain["visits"]["/"]["gzip"],
        "home first-visit transfer (raw)": ours["visits"]["/"]["raw"] / plain["visits"]["/"]["raw"],
    }
    lines = [
        "# Benchmark results",
        "",
        f"Latest run: {date.today().isoformat()}, `python3 benchmarks/run.py --runs {runs}`.",
        f"Machine: {machine()}.",
        "",
        "| | Six Axes | plain Material | ratio | target |",
        "|---|---:|---:|---:|---:|",
        f"| pages built | {ours['pages']} | {plain['pages']} | | |",
        f"| median build time, s ({runs} runs) | {ours['build']:.2f} | {plain['build']:.2f} | | |",
        f"| build time per page, ms | {per_page['ours'] * 1000:.0f} | {per_page['plain'] * 1000:.0f} "
        f"| {ratios['build cost per page']:.2f}x | <= {TARGETS['build cost per page']}x |",
    ]
    for label, key in (("home first-visit transfer, KiB gzip", "gzip"), ("home first-visit transfer, KiB raw", "raw")):
        ratio_key = f"home first-visit transfer ({key})"
        target = f"<= {HOME_KIB} KiB" if key == "gzip" else ""
        lines.append(f"| {label} | {kib(ours['visits']['/'][key])} | {kib(plain['visits']['/'][key])} "
                     f"| {ratios[ratio_key]:.2f}x | {target} |")
    heaviest = max(ours["visits"], key=lambda path: ours["visits"][path]["gzip"])
    lines.append(f"| heaviest first visit, KiB gzip (`{heaviest}`) | {kib(ours['visits'][heaviest]['gzip'])} | | | <= {PAGE_KIB} KiB |")
    lines.append(f"| home requests | {ours['visits']['/']['requests']} | {plain['visits']['/']['requests']} | | |")
    verdicts = [f"- {name}: {ratios[name]:.2f}x, target <= {limit}x: {'met' if ratios[name] <= limit else 'NOT MET'}"
                for name, limit in TARGETS.items()]
    home = ours["visits"]["/"]["gzip"] / 1024
    verdicts.append(f"- home first visit: {home:.1f} KiB gzip, target <= {HOME_KIB}: {'met' if home <= HOME_KIB else 'NOT MET'}")
    over = [path for path, visit in ours["visits"].items() if visit["gzip"] / 1024 > PAGE_KIB]
    verdicts.append(f"- every page's first visit <= {PAGE_KIB} KiB gzip: "
                    + ("met" if not over else f"NOT MET on {len(over)}: " + ", ".join(f"`{p}`" for p in over)))
    if scores:
        slow = [path for path, (score, _) in scores.items() if score["performance"] < PERFORMANCE]
        verdicts.append(f"- Lighthouse mobile performance >= {PERFORMANCE} on the {len(scores)} pages measured: "
                        + ("met" if not slow else "NOT MET on " + ", ".join(f"`{p}`" for p in slow)))
    lines += ["", "Targets:", "", *verdicts, ""]
    if scores:
        lines += ["## Lighthouse (mobile, simulated throttling, on the local server, text gzip-compressed as a real host sends it)", "",
                  "Targets: 100 for accessibility, best practices and SEO; at least 95 for performance.", "",
                  "| page | performance | accessibility | best practices | SEO | points lost to |", "|---|---:|---:|---:|---:|---|"]
        for path, (score, lost) in scores.items():
            lines.append(f"| `{path}` | {score['performance']} | {score['accessibility']} | {score['best-practices']} "
                         f"| {score['seo']} | {', '.join(lost) or '-'} |")
    else:
        lines += ["Lighthouse not run: `npm ci --ignore-scripts --prefix benchmarks` installs it."]
    lines += ["", "## First visit, every page of Six Axes", "",
              "Everything the page loads with an empty cache, until the network is idle (the search index only if the page requests it).",
              "", "| page | requests | KiB raw | KiB gzip | same page, plain Material, KiB gzip |", "|---|---:|---:|---:|---:|"]
    for path, visit in ours["visits"].items():
        other = plain["visits"].get(path)
        lines.append(f"| `{path}` | {visit['requests']} | {kib(visit['raw'])} "
                     f"| {kib(visit['gzip'])} | {kib(other['gzip']) if other else ''} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per site for the median (default 5)")
    parser.add_argument("--project", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"where to write the results (default {RESULTS.relative_to(ROOT)})")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="six-axes-bench-") as tmp:
        tmp = Path(tmp)
        ours = {"build": timed_builds(args.project / "mkdocs.yml", tmp / "ours", args.runs)}
        plain_config = make_baseline(tmp / "ours", tmp / "plain")
        plain = {"build": timed_builds(plain_config, tmp / "plain/site", args.runs)}
        ours["pages"], plain["pages"] = len(page_paths(tmp / "ours")), len(page_paths(tmp / "plain/site"))
        servers = {name: serve(site) for name, site in (("ours", tmp / "ours"), ("plain", tmp / "plain/site"))}
        bases = {name: f"http://127.0.0.1:{server.server_port}" for name, server in servers.items()}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            ours["visits"] = first_visits(browser, tmp / "ours", bases["ours"], page_paths(tmp / "ours"))
            plain["visits"] = first_visits(browser, tmp / "plain/site", bases["plain"], KEY_PAGES)
            browser.close()
        scores = ({path: lighthouse(bases["ours"] + path) for path in lighthouse_pages(tmp / "ours")}
                  if LIGHTHOUSE.exists() else {})
        for server in servers.values():
            server.shutdown()
            server.server_close()
    text = report(args.runs, ours, plain, scores)
    # The growth sections (benchmarks/grow.py's, and its figures from before) stay as they are.
    previous = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if GROWTH_BEGIN in previous:
        text = text.rstrip("\n") + "\n\n" + previous[previous.index(GROWTH_BEGIN):]
    args.output.write_text(text)
    print(text)
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
