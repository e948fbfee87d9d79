"""The reader's site in Chromium: actor links lead to dossiers, listing pages, the feed and the
graph load cleanly from file:// and over http, and screenshots are kept for review."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from generator.link.quote_display import shown_quotes
from tests.browser import chromium_required, serve
from tests.site_build import BuiltSite

pytestmark = chromium_required()

ARTICLE = "kurds-announce-deal-with-assads-government-as-turkey-invades"
LISTING_PAGES = ("timeline.html", "quotes.html", "places.html", "tags.html", "graph.html")
RAW_FILES = ("feed.xml", "graph.svg")


@dataclass
class Problems:
    """Everything a page did wrong while it was watched."""

    console: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.console or self.failed or self.foreign)


def _watch(page: object, allowed_hosts: set[str]) -> Problems:
    problems = Problems()

    def on_console(message: object) -> None:
        if message.type == "error":  # type: ignore[attr-defined]
            problems.console.append(message.text)  # type: ignore[attr-defined]

    def on_request(request: object) -> None:
        parts = urlsplit(request.url)  # type: ignore[attr-defined]
        if parts.scheme not in {"file", "data", "blob", "about"} and parts.hostname not in allowed_hosts:
            problems.foreign.append(request.url)  # type: ignore[attr-defined]

    def on_response(response: object) -> None:
        if response.status >= 400:  # type: ignore[attr-defined]
            problems.failed.append(f"{response.status} {response.url}")  # type: ignore[attr-defined]

    page.on("console", on_console)  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: problems.console.append(str(error)))  # type: ignore[attr-defined]
    page.on("request", on_request)  # type: ignore[attr-defined]

    # A request cancelled because the test already navigated on (net::ERR_ABORTED)
    # is not a failure of the site; a missing file is (ERR_FILE_NOT_FOUND, 404).
    def on_failed(request: Any) -> None:
        if "ERR_ABORTED" not in (request.failure or ""):
            problems.failed.append(f"{request.url} {request.failure}")

    page.on("requestfailed", on_failed)  # type: ignore[attr-defined]
    page.on("response", on_response)  # type: ignore[attr-defined]
    return problems


def _images_loaded(page: object) -> list[str]:
    """Return the sources of the page's images that did not load."""
    return page.evaluate(  # type: ignore[attr-defined, no-any-return]
        "[...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)"
    )


def test_actor_link_opens_a_dossier_listing_the_article_and_its_quotes(
    seeds_site: BuiltSite, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    problems = _watch(page, set())
    page.goto((seeds_site.site / "articles" / f"{ARTICLE}.html").as_uri())
    # The first quote with a speaker who has a dossier: its words and the speaker's link,
    # the last line of the quote block.
    quote, href = page.evaluate(
        """() => {
          let node = document.getElementById('quotes');
          while ((node = node.nextElementSibling) && node.tagName !== 'H2') {
            const speaker = node.tagName === 'BLOCKQUOTE' && node.lastElementChild;
            const link = speaker && speaker.querySelector("a[href^='../actors/']");
            if (link) return [node.firstElementChild.innerText, link.getAttribute('href')];
          }
          return [null, null];
        }"""
    )
    assert quote and href, "the seed article should have an attributed quote"
    page.locator(f"article a[href='{href}']").first.click()
    page.wait_for_url(re.compile(r".*/actors/[a-z0-9-]+\.html$"))
    assert page.url.endswith(href.removeprefix(".."))
    dossier = page.locator("article")
    expect(dossier.locator(f"a[href='../articles/{ARTICLE}.html']").first).to_be_visible()
    expect(dossier.locator("blockquote", has_text=quote.strip()[:60])).to_have_count(1)
    expect(dossier.locator("#neighbourhood")).to_have_count(1)
    assert not _images_loaded(page)
    assert not problems, problems
    page.close()


@pytest.mark.parametrize("over", ["file", "http"])
def test_listing_pages_feed_and_graph_load_cleanly(seeds_site: BuiltSite, browser: object, over: str) -> None:
    with serve(seeds_site.site) as base:
        root = seeds_site.site.as_uri() if over == "file" else base
        page = browser.new_page()  # type: ignore[attr-defined]
        problems = _watch(page, {"127.0.0.1"})
        for name in LISTING_PAGES:
            page.goto(f"{root}/{name}", wait_until="load")
            expect(page.locator("article h1")).to_be_visible()
            assert not _images_loaded(page), name
        page.goto(f"{root}/quotes.html")
        quotes = sum(len(shown_quotes(b.quotes, b.article.text)) for b in seeds_site.result.briefings)
        assert page.locator("article blockquote").count() == quotes
        for name in RAW_FILES:
            response = page.goto(f"{root}/{name}", wait_until="load")
            assert response is None or response.ok, name
        page.close()
    assert not problems, problems


def test_graph_page_shows_the_picture_and_its_names_link_to_dossiers(
    seeds_site: BuiltSite, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    problems = _watch(page, set())
    page.goto((seeds_site.site / "graph.html").as_uri())
    image = page.locator("article img[src='graph.svg']")
    expect(image).to_be_visible()
    assert image.evaluate("i => i.naturalWidth") >= 600
    page.goto((seeds_site.site / "graph.svg").as_uri())
    first = page.locator("a").first
    href = first.get_attribute("href") or ""
    assert re.fullmatch(r"actors/[a-z0-9-]+\.html", href), href
    first.locator("circle").click()
    page.wait_for_url(re.compile(r".*/actors/[a-z0-9-]+\.html$"))
    expect(page.locator("article h1")).to_be_visible()
    assert not problems, problems
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_for_review(
    seeds_site: BuiltSite, browser: object, scheme: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Kept with pytest's temporary folders (the last few runs), never in the repository.
    screenshots = tmp_path_factory.mktemp("screenshots")
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)  # type: ignore[attr-defined]
    problems = _watch(page, set())
    dossier = page_of_first_actor(seeds_site.site / "articles" / f"{ARTICLE}.html")
    shots = {
        "home": seeds_site.site / "index.html",
        "article": seeds_site.site / "articles" / f"{ARTICLE}.html",
    }
    shots["dossier"] = dossier
    shots["story"] = min(p for p in (seeds_site.site / "stories").glob("*.html") if p.name != "index.html")
    for name, path in shots.items():
        page.goto(path.as_uri())
        expect(page.locator("article h1")).to_be_visible()
        target = screenshots / f"{name}-{scheme}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
    assert not problems, problems
    page.close()


def page_of_first_actor(article: Path) -> Path:
    """Return the dossier file of the first actor linked from an article's content."""
    soup = BeautifulSoup(article.read_text(encoding="utf-8"), "html.parser")
    link = soup.select_one("article a[href^='../actors/']")
    assert link is not None, article
    return (article.parent / str(link["href"])).resolve()
