"""The built site as files: every internal link and #anchor lands, and the HTML is valid (Nu HTML Checker).

Both run over the same strict build as the browser tests (built once per session).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from browser.built_site import ROOT, page_paths, served_file

SITE_URL = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE).group(1)
VNU_JAR = ROOT / "tests/node_modules/vnu-jar/build/dist/vnu.jar"

class PageParser(HTMLParser):
    """The ids a page defines and the URLs it points to (href and src of any element)."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name in ("href", "src") and value:
                self.urls.append(value)


def parse(html: Path) -> PageParser:
    parser = PageParser()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser


def internal_target(site: Path, page_url: str, url: str) -> tuple[Path, str] | None:
    """The built file and fragment a link leads to, or None when it leaves the site (another host, mailto:)."""
    if url.startswith(SITE_URL):
        url = "/" + url.removeprefix(SITE_URL)
    parts = urlsplit(urljoin("http://site" + page_url, url))
    if parts.netloc != "site":
        return None
    return served_file(site, unquote(parts.path)), unquote(parts.fragment)


def broken_links(site: Path) -> list[str]:
    """Every internal link whose file is not built, or whose #fragment names no element id there."""
    pages = {page_url: parse(served_file(site, page_url)) for page_url in page_paths(site)}
    ids = {}
    broken = []
    for page_url, page in pages.items():
        for url in page.urls:
            target = internal_target(site, page_url, url)
            if target is None:
                continue
            file, fragment = target
            if not file.is_file():
                broken.append(f"{page_url}: {url} (no such file)")
            elif fragment and file.suffix == ".html":
                if file not in ids:
                    ids[file] = parse(file).ids
                if fragment not in ids[file]:
                    broken.append(f"{page_url}: {url} (no id {fragment!r} on that page)")
    return broken


@pytest.fixture(scope="session")
def site_dir(built_site) -> Path:
    return built_site


def test_link_checker_finds_missing_pages_and_anchors(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<h2 id="top">x</h2><a href="a/#here">ok</a><a href="#top">ok</a><a href="https://example.org/">away</a>'
        f'<a href="{SITE_URL}a/">ok</a><a href="b/">no page</a><a href="a/#gone">no anchor</a><img src="/missing.png">'
    )
    (tmp_path / "a/index.html").write_text('<p id="here"><a href="../#top">ok</a><a href="../#nope">no anchor</a></p>')
    assert broken_links(tmp_path) == [
        "/a/: ../#nope (no id 'nope' on that page)",
        "/: b/ (no such file)",
        "/: a/#gone (no id 'gone' on that page)",
        "/: /missing.png (no such file)",
    ]


@pytest.mark.build
def test_every_internal_link_and_anchor_resolves(site_dir):
    assert "/ru/" in page_paths(site_dir)
    broken = broken_links(site_dir)
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken)


@pytest.fixture(scope="session")
def vnu_errors(site_dir) -> list[tuple[str, str]]:
    """(page, message) for every error the Nu HTML Checker finds, in one run over all built pages."""
    java = shutil.which("java")
    if not (java and VNU_JAR.is_file()):
        message = "HTML VALIDATION NOT RUN: needs java and tests/node_modules (npm ci --ignore-scripts --prefix tests)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    files = sorted(str(path) for path in site_dir.rglob("*.html"))
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr)["messages"]
    prefix = f"file:{site_dir}/"
    return [(message.get("url", "").removeprefix(prefix), message["message"]) for message in messages]


@pytest.mark.build
def test_html_is_valid(vnu_errors):
    """No exceptions: what Material's templates write wrongly is corrected by the build (macros/site/validity.py)."""
    errors = [f"{page}: {message}" for page, message in vnu_errors]
    assert not errors, f"{len(errors)} Nu HTML Checker errors:\n" + "\n".join(errors)
