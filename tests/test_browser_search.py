"""The built site opened in Chromium: search works from file:// and over http,
and no page requests anything from the network."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser import chromium_available, search_first_result, serve
from tests.site_build import BuiltSite

pytestmark = pytest.mark.skipif(not chromium_available(), reason="Debian chromium not installed")


def _search(
    browser: object, start_url: str, word: str, allowed_hosts: set[str]
) -> tuple[list[str], list[str]]:
    """Type `word` in the search box; return the result links and any foreign requests."""
    page = browser.new_page()  # type: ignore[attr-defined]
    foreign: list[str] = []

    def watch(request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        parts = urlsplit(url)
        if parts.scheme in {"file", "data", "blob", "about"}:
            return
        if parts.hostname not in allowed_hosts:
            foreign.append(url)

    page.on("request", watch)
    page.goto(start_url)
    search_first_result(page, word)
    hrefs = [a.get_attribute("href") or "" for a in page.query_selector_all(".md-search-result__item a")]
    page.close()
    return hrefs, foreign


def test_search_from_file_url(seeds_site: BuiltSite, browser: object) -> None:
    hrefs, foreign = _search(browser, (seeds_site.site / "index.html").as_uri(), "Stepanakert", set())
    assert not foreign, foreign
    assert any(h.startswith("file://") and "/articles/" in h for h in hrefs), hrefs


def test_search_over_http(seeds_site: BuiltSite, browser: object) -> None:
    with serve(seeds_site.site) as base:
        hrefs, foreign = _search(browser, base + "/index.html", "Stepanakert", {"127.0.0.1"})
    assert not foreign, foreign
    assert any(h.startswith(base) and "/articles/" in h for h in hrefs), hrefs


def test_search_result_opens_the_article(seeds_site: BuiltSite, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto((seeds_site.site / "index.html").as_uri())
    search_first_result(page, "Stepanakert")
    page.click(".md-search-result__item a[href*='/articles/']")
    page.wait_for_load_state()
    assert "/articles/" in page.url
    assert "Stepanakert" in page.inner_text("article")
    page.close()
