"""What the browser tests look for on a page: axe-core's WCAG findings, foreign requests, errors."""

from __future__ import annotations

from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

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
