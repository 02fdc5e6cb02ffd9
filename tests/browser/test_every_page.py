"""Every built page of both editions, in the light and the dark scheme: accessible, private, error-free."""

import pytest

pytestmark = pytest.mark.browser


def test_crawl_covers_both_editions_in_the_requested_scheme(crawl):
    pages = crawl["violations"].keys()
    assert "/" in pages and "/ru/" in pages
    assert crawl["material_schemes"] == {"light": {"default"}, "dark": {"slate"}}[crawl["scheme"]]


def test_no_wcag_violations(crawl):
    failures = [f"{path} {line}" for path, lines in crawl["violations"].items() for line in lines]
    assert not failures, f"axe-core, {crawl['scheme']} scheme:\n" + "\n".join(failures)


def test_no_request_leaves_the_local_server(crawl, base_url):
    foreign = crawl["recorder"].foreign_requests(base_url)
    assert not foreign, "requests to other hosts:\n" + "\n".join(f"{page} -> {url}" for page, url in foreign)


def test_no_console_errors_or_failed_requests(crawl):
    errors = crawl["recorder"].errors
    assert not errors, "\n".join(f"{page}: {error}" for page, error in errors)
