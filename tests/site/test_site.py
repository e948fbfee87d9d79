"""The whole of seeds/ builds into a site, strictly, with working cross-links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from tests.site_build import ROOT, BuiltSite


def test_every_seed_is_briefed(seeds_site: BuiltSite) -> None:
    assert not seeds_site.result.skipped
    assert len(seeds_site.result.briefings) == len(list((ROOT / "seeds").iterdir()))
    assert (seeds_site.site / "index.html").is_file()
    assert (seeds_site.site / "search" / "search_index.js").is_file()


def _html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_internal_link_is_broken(seeds_site: BuiltSite) -> None:
    broken = []
    for page in _html_pages(seeds_site.site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.find_all("a", href=True):
            href = str(a["href"])
            parts = urlsplit(href)
            if parts.scheme or href.startswith("#") or not parts.path:
                continue
            base = seeds_site.site if parts.path.startswith("/") else page.parent
            target = (base / unquote(parts.path).lstrip("/")).resolve()
            if not target.exists():
                broken.append(f"{page.relative_to(seeds_site.site)} -> {href}")
    assert not broken, broken[:10]


def test_no_page_loads_anything_from_the_network(seeds_site: BuiltSite) -> None:
    external = []
    for page in _html_pages(seeds_site.site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(["script", "img", "iframe", "link", "source", "video", "audio"]):
            for attr in ("src", "href"):
                value = tag.get(attr)
                if tag.name == "link" and tag.get("rel") in (["canonical"],):
                    continue
                if value and re.match(r"^(https?:)?//", str(value)):
                    external.append(f"{page.name}: <{tag.name} {attr}={value}>")
    assert not external, external[:10]


def test_every_actor_page_is_linked_from_the_articles_that_mention_it(seeds_site: BuiltSite) -> None:
    actors_dir = seeds_site.site / "actors"
    links: dict[str, set[str]] = {}
    for page in sorted((seeds_site.site / "articles").glob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.select("article a[href^='../actors/']"):
            target = str(a["href"]).removeprefix("../actors/")
            links.setdefault(target, set()).add(page.name)
    missing = []
    for actor_page in sorted(actors_dir.glob("*.html")):
        if actor_page.name == "index.html":
            continue
        soup = BeautifulSoup(actor_page.read_text(encoding="utf-8"), "html.parser")
        mentioned_in = {
            str(a["href"]).removeprefix("../articles/")
            for a in soup.select("article a[href^='../articles/']")
        }
        if not mentioned_in <= links.get(actor_page.name, set()):
            missing.append(actor_page.name)
        if actor_page.name not in links:
            missing.append(actor_page.name)
    assert not missing, missing[:10]


def test_cross_links_between_articles_exist(seeds_site: BuiltSite) -> None:
    """Every briefing of a story lists the story's other briefings as related, and related
    lists exist beyond the stories. (Since related articles need an actor salient in both or
    close wording, not any shared name, 11 of the 19 seeds have one, not 15.)"""
    related: dict[str, set[str]] = {}
    for page in (seeds_site.site / "articles").glob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        heading = soup.find(id="related-articles")
        assert heading is not None
        items = heading.find_next("ul")
        links = items.find_all("a", href=re.compile(r"^[a-z0-9-]+\.html$")) if items is not None else []
        related[page.stem] = {str(a["href"]).removesuffix(".html") for a in links}
    members = _story_members(seeds_site.docs / "stories")
    assert members, "the seeds have stories"
    for story in members:
        for slug in story:
            assert story - {slug} <= related[slug], (slug, story)
    in_stories = set().union(*members)
    assert any(links for slug, links in related.items() if slug not in in_stories)


def _story_members(folder: Path) -> list[set[str]]:
    """The briefings of each story page (the slugs its timeline links)."""
    found = []
    for page in sorted(folder.glob("*.md")):
        if page.name == "index.md":
            continue
        text = page.read_text(encoding="utf-8")
        found.append(set(re.findall(r"\(\.\./articles/([a-z0-9-]+)\.md\)", text)))
    return found


def test_committed_docs_build_with_plain_mkdocs(tmp_path: Path) -> None:
    """A host with only mkdocs + mkdocs-material can publish the committed docs/."""
    import subprocess
    import sys

    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (site / "index.html").is_file()
    assert len(list((site / "articles").glob("*.html"))) == len(list((ROOT / "seeds").iterdir()))


def test_graph_pictures_link_to_dossiers_and_load_nothing(seeds_site: BuiltSite) -> None:
    pictures = sorted(seeds_site.site.rglob("*.svg"))
    assert seeds_site.site / "graph.svg" in pictures and len(pictures) > 100
    broken = []
    for picture in pictures:
        text = picture.read_text(encoding="utf-8")
        assert not re.search(r"<script|@import|url\(|(?:href|src)=\"(?:https?:)?//", text), picture
        for href in re.findall(r'<a href="([^"]+)"', text):
            if not (picture.parent / href).is_file():
                broken.append(f"{picture.name} -> {href}")
    assert not broken, broken[:10]


def test_feed_is_published_and_linked_from_the_home_page(seeds_site: BuiltSite) -> None:
    import feedparser

    parsed = feedparser.parse((seeds_site.site / "feed.xml").read_bytes())
    assert parsed.bozo == 0 and len(parsed.entries) == len(seeds_site.result.briefings)
    for entry in parsed.entries:
        assert (seeds_site.site / entry.link).is_file(), entry.link
    home = BeautifulSoup((seeds_site.site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("article a[href='feed.xml']") is not None
