"""Browser fixtures: one strict build, one local server, one Chromium for the whole session.

The browser is Debian's /usr/bin/chromium, never one that a tool downloads. Without it the
browser tests are skipped with a loud reason, except under CI=true, where they must run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from browser.built_site import CHROMIUM, CHROMIUM_ARGS, page_paths, serve
from browser.checks import Recorder, wcag_violations


@pytest.fixture(scope="session")
def site_dir(built_site) -> Path:
    """The session's one build (tests/conftest.py), shared with every other test."""
    return built_site


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
