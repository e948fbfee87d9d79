"""The built site opened in Chromium: search works from file:// and over http,
and no page requests anything from the network."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

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


@pytest.mark.parametrize("over", ["file", "http"])
def test_search_result_opens_the_article(seeds_site: BuiltSite, browser: object, over: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    with serve(seeds_site.site) as base:
        start = (seeds_site.site / "index.html").as_uri() if over == "file" else base + "/index.html"
        page.goto(start)
        result = search_first_result(page, "Stepanakert", "[href*='/articles/']")
        # Followed by its address, not clicked: the theme redraws the list while
        # results keep arriving, and a click can land on a list that is gone.
        page.goto(result.evaluate("a => a.href"))  # type: ignore[attr-defined]
        page.wait_for_url("**/articles/*")
        assert page.url.startswith(over)
        expect(page.locator("article")).to_contain_text("Stepanakert")
    page.close()


def test_quote_index_is_searchable(seeds_site: BuiltSite, browser: object) -> None:
    # A word of a quote that few pages contain, so the result list is short.
    pages = [p.read_text(encoding="utf-8").lower() for p in seeds_site.docs.rglob("*.md")]
    quotes = (seeds_site.docs / "quotes.md").read_text(encoding="utf-8")
    words = {
        w for line in quotes.splitlines() if line.startswith("> ") for w in re.findall(r"[a-z]{7,}", line)
    }
    word = min(sorted(words), key=lambda w: sum(w in page for page in pages))
    hrefs, foreign = _search(browser, (seeds_site.site / "index.html").as_uri(), word, set())
    assert not foreign, foreign
    assert any("/quotes.html" in h for h in hrefs), (word, hrefs)
