"""Browser fixtures: one strict build, one local server, one Chromium for the whole session.

The browser is Debian's /usr/bin/chromium, never one that a tool downloads. Without it the
browser tests are skipped with a loud reason, except under CI=true, where they must run.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from browser.built_site import CHROMIUM, CHROMIUM_ARGS, build, page_paths, serve

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]}


def wcag_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, one readable line per element."""
    result = Axe().run(page, options=AXE_OPTIONS)
    return [
        f"{rule['id']}: {node['target']} {node['failureSummary'].splitlines()[-1].strip()}"
        for rule in result.response["violations"]
        for node in rule["nodes"]
    ]


class Recorder:
    """Every request a page makes and every error it shows, each with the page it happened on."""

    def __init__(self, page):
        self.page = page
        self.requests: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        page.on("request", lambda request: self.requests.append((page.url, request.url)))
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.errors.append((page.url, f"uncaught: {error}")))
        page.on("response", self.on_response)

    def on_console(self, message):
        if message.type == "error":
            self.errors.append((self.page.url, f"console: {message.text} {message.location.get('url', '')}"))

    def on_response(self, response):
        if response.status >= 400:
            self.errors.append((self.page.url, f"HTTP {response.status}: {response.url}"))

    def foreign_requests(self, base_url: str) -> list[tuple[str, str]]:
        """Requests to any host but the local server (data: URLs never leave the page)."""
        local = urlsplit(base_url).netloc
        return [(page, url) for page, url in self.requests if not url.startswith("data:") and urlsplit(url).netloc != local]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    return build(tmp_path_factory.getbasetemp() / "site")


@pytest.fixture(scope="session")
def base_url(site_dir) -> str:
    server = serve(site_dir)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"BROWSER TESTS NOT RUN: {CHROMIUM} is missing (apt-get install chromium, or run .ci/run)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session", params=["light", "dark"])
def crawl(request, browser, base_url, site_dir):
    """Visit every built page of both editions once per colour scheme; keep what each page did."""
    context = browser.new_context(color_scheme=request.param)
    page = context.new_page()
    recorder = Recorder(page)
    violations, material_schemes = {}, set()
    for path in page_paths(site_dir):
        page.goto(base_url + path)
        material_schemes.add(page.evaluate("document.body.dataset.mdColorScheme"))
        violations[path] = wcag_violations(page)
    context.close()
    return {"scheme": request.param, "material_schemes": material_schemes, "violations": violations, "recorder": recorder}


@pytest.fixture()
def page(browser, base_url):
    """A fresh desktop page with empty storage, so no test sees another's palette choice."""
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    yield page
    context.close()
