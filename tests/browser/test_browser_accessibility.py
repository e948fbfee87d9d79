"""WCAG 2.1 AA in Chromium: axe-core finds no serious or critical violation on any page type in the
light or the dark scheme; the skip link, keyboard focus and the pictures' names work."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from generator.config import Config
from generator.link.linker import link
from generator.models import Quote
from generator.pipeline import publish
from generator.render import views
from generator.site.builder import build_site
from tests.browser import chromium_required, serve
from tests.records import briefing, person, place
from tests.site_build import ROOT, BuiltSite

pytestmark = chromium_required()

# WCAG 2.0 and 2.1, levels A and AA: the rules axe tags with these.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Only violations are reported back: half the run time of a full result.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
BLOCKING = {"serious", "critical"}
ARTICLE = "kurds-announce-deal-with-assads-government-as-turkey-invades"
SCHEMES = {"light": "default", "dark": "slate"}


@pytest.fixture(scope="module")
def quote_initials_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A tiny site whose quotes are split into pages by initial (the seeds have too few quotes)."""
    workdir = tmp_path_factory.mktemp("quote-initials")
    docs, site = workdir / "docs", workdir / "site"
    docs.mkdir(parents=True)  # the briefing plugin brings the assets
    speakers = ["Ann Lee", "Bob Ray"]
    articles = [
        briefing(
            f"{i}.md",
            f"Talks day {i}",
            [person(name) for name in speakers] + [place("Baku")],
            [Quote(f"We spoke on day {i}.", name) for name in speakers] + [Quote("No comment.", None)],
            date=dt.date(2024, 5, i + 1),
        )
        for i in range(2)
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(views, "QUOTES_ON_ONE_PAGE", 2)
        publish(link(articles), Config(docs_dir=docs, mkdocs_config=workdir / "absent.yml"))
    build_site(ROOT / "mkdocs.yml", docs, site, strict=True)
    assert (site / "quotes" / "a.html").is_file()
    yield site


def _page_types(seeds: Path, initials: Path) -> dict[str, tuple[Path, str]]:
    """One page of each type the site generates: name -> (site folder, path in it)."""
    dossier = "actors/" + _first_actor_linked(seeds / "articles" / f"{ARTICLE}.html")
    archive = min(p.name for p in (seeds / "archive").glob("*.html"))
    story = min(p.name for p in (seeds / "stories").glob("*.html") if p.name != "index.html")
    pages = {
        "home": "index.html",
        "archive": f"archive/{archive}",
        "timeline": "timeline.html",
        "stories": "stories/index.html",
        "story": f"stories/{story}",
        "actors": "actors/index.html",
        "dossier": dossier,
        "briefing": f"articles/{ARTICLE}.html",
        "places": "places.html",
        "quotes": "quotes.html",
        "graph": "graph.html",
        "tags": "tags.html",
        "sources": "attribution.html",
        "404": "404.html",
    }
    types = {name: (seeds, path) for name, path in pages.items()}
    types["quote index"] = (initials, "quotes.html")
    types["quote initial"] = (initials, "quotes/a.html")
    return types


def _first_actor_linked(article: Path) -> str:
    """The dossier file first linked from an article's content (not the navigation's actors index)."""
    content = article.read_text(encoding="utf-8").split("<article", 1)[1]
    match = re.search(r'href="\.\./actors/((?!index\.)[a-z0-9-]+\.html)"', content)
    assert match, article
    return match.group(1)


def _blocking(response: dict[str, Any]) -> list[str]:
    """One line per serious or critical violation: rule, impact, the first elements."""
    return [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}): "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_no_serious_wcag_violation_on_any_page_type(
    seeds_site: BuiltSite, quote_initials_site: Path, browser: Any, scheme: str
) -> None:
    axe = Axe()
    found: dict[str, list[str]] = {}
    # Over http, as a published site is read: the 404 page's links are absolute.
    with serve(seeds_site.site) as seeds, serve(quote_initials_site) as initials:
        roots = {seeds_site.site: seeds, quote_initials_site: initials}
        # Material picks the scheme of the reader's system preference (palette `media`).
        page = browser.new_page(color_scheme=scheme)
        for name, (site, path) in _page_types(seeds_site.site, quote_initials_site).items():
            page.goto(f"{roots[site]}/{path}")
            expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
            results = axe.run(page, options=AXE_OPTIONS)
            if problems := _blocking(results.response):
                found[name] = problems
        page.close()
    assert not found, "\n".join(f"{name}: {line}" for name, lines in found.items() for line in lines)


def test_palette_toggle_switches_the_scheme_by_keyboard(seeds_site: BuiltSite, browser: Any) -> None:
    page = browser.new_page(color_scheme="light")
    page.goto((seeds_site.site / "index.html").as_uri())
    toggle = page.locator("input.md-option[aria-label='Switch to dark mode']")
    for _ in range(10):
        page.keyboard.press("Tab")
        if toggle.evaluate("e => e === document.activeElement"):
            break
    else:
        raise AssertionError("the palette toggle is not reachable with Tab")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.close()


def test_skip_link_moves_keyboard_focus_to_the_content(seeds_site: BuiltSite, browser: Any) -> None:
    page = browser.new_page()
    page.goto((seeds_site.site / "articles" / f"{ARTICLE}.html").as_uri(), wait_until="load")
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#briefing$"))  # waits: a busy machine may lag
    page.keyboard.press("Tab")
    # The next stop is inside the article (the heading's permalink), past the header and navigation.
    page.wait_for_function("document.activeElement && document.activeElement.closest('article') !== null")
    page.close()


# 1280 px: tabs in the header; 1024 px: navigation in the (closed) drawer.
@pytest.mark.parametrize("width", [1280, 1024])
def test_every_keyboard_stop_on_a_briefing_is_on_screen_with_a_focus_ring(
    seeds_site: BuiltSite, browser: Any, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto((seeds_site.site / "articles" / f"{ARTICLE}.html").as_uri())
    unseen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """() => {
              const e = document.activeElement;
              // Material's palette toggle is a hidden radio button drawn by its label.
              const drawn = e.matches('.md-option') ? e.nextElementSibling : e;
              const box = drawn.getBoundingClientRect(), style = getComputedStyle(drawn);
              return {
                what: e.outerHTML.slice(0, 80),
                shown: box.width > 0 && box.height > 0,
                onScreen: box.right > 0 && box.left < innerWidth,
                ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
              };
            }"""
        )
        if stop["shown"] and not (stop["ring"] and stop["onScreen"]):
            unseen.append(stop)
    assert not unseen, unseen
    page.close()


def test_the_navigation_drawer_opens_and_closes_by_keyboard(seeds_site: BuiltSite, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1024, "height": 900})
    page.goto((seeds_site.site / "index.html").as_uri())
    menu = page.get_by_role("button", name="Navigation")
    drawer = page.locator("#__drawer")
    timeline = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Timeline")
    expect(timeline).to_be_hidden()  # closed: not a tab stop either
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(menu).to_be_focused()
    page.keyboard.press("Enter")
    expect(drawer).to_be_checked()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(timeline).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(drawer).not_to_be_checked()
    expect(menu).to_be_focused()
    page.keyboard.press(" ")
    expect(drawer).to_be_checked()
    page.close()


def test_graph_pictures_name_themselves_and_every_linked_actor(seeds_site: BuiltSite, browser: Any) -> None:
    page = browser.new_page()
    node_name = re.compile(r".+ \((person|organization|place), \d+ articles?( with .+)?\)")
    neighbourhood = sorted((seeds_site.site / "actors").glob("*.svg"))[0]
    for picture in (seeds_site.site / "graph.svg", neighbourhood):
        page.goto(picture.as_uri())
        root = page.locator("svg")
        expect(page.locator(f"svg > title#{root.get_attribute('aria-labelledby')}")).not_to_be_empty()
        expect(page.locator(f"svg > desc#{root.get_attribute('aria-describedby')}")).not_to_be_empty()
        links = page.locator("svg a")
        named = page.get_by_role("link", name=node_name)
        assert links.count() > 1 and named.count() == links.count(), picture
    page.close()


def test_quote_blocks_carry_their_speaker(seeds_site: BuiltSite, browser: Any) -> None:
    page = browser.new_page()
    page.goto((seeds_site.site / "articles" / f"{ARTICLE}.html").as_uri())
    # One block per quote (Markdown joins adjacent blocks), the speaker its last line.
    blocks = page.locator("article blockquote").evaluate_all(
        "qs => qs.map(q => [...q.children].map(p => p.innerText))"
    )
    markdown = (seeds_site.docs / "articles" / f"{ARTICLE}.md").read_text(encoding="utf-8")
    speakers = [line.removeprefix("> ") for line in markdown.splitlines() if line.startswith("> — ")]
    assert len(blocks) == len(speakers) > 1
    for block in blocks:
        assert len(block) == 2 and block[0] and re.fullmatch(r"— \S.*", block[1]), block
    page.close()
