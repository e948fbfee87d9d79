"""Hostile input: article text and front matter are data, never markup.

tests/fixtures/hostile/ carries script tags, event handlers, javascript:
links, raw HTML blocks, Jinja syntax, MkDocs/Material syntax (admonitions,
attribute lists, snippets) and titles that would collide with the theme's own
element ids. The built site is parsed: nothing in it may be an element or an
attribute that came from that text, and the text must show as it is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from tests.site_build import ROOT, BuiltSite

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
# Every element the templates produce inside a page's content.
CONTENT_TAGS = {"a", "blockquote", "em", "h1", "h2", "li", "p", "strong"} | {
    "table", "tbody", "td", "th", "thead", "tr", "ul"
}  # fmt: skip
# Elements the templates and the theme themselves put into the content, with
# the classes they carry: sub-headings, the summary and "new" admonitions,
# Material's tag list, and the graph pictures (local .svg files named by slug).
TEMPLATE_TAGS = {"h3", "div", "nav", "span", "img"}
TEMPLATE_CLASSES = {"admonition", "abstract", "info", "admonition-title", "md-tags", "md-tag"}
LOCAL_PICTURE = re.compile(r"^(\.\./)?(actors/)?[a-z0-9]+(-[a-z0-9]+)*\.svg$")
# Ids the templates and the toc extension give: fixed words and safe slugs.
SAFE_ID = re.compile(r"^(tag:)?[a-z0-9]+(-[a-z0-9]+)*(_\d+)?$")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href")


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _soup(page: Path) -> BeautifulSoup:
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def _content(soup: BeautifulSoup) -> Tag:
    content = soup.select_one("article.md-content__inner")
    assert content is not None
    return content


def test_every_hostile_article_is_published(hostile_site: BuiltSite) -> None:
    # records/ holds bad records too; their lines are checked in test_hostile_records.
    assert not [p for p in hostile_site.result.problems if not p.source.startswith(str(HOSTILE / "records"))]
    published = {b.article.source for b in hostile_site.result.briefings}
    assert {str(p) for p in HOSTILE.iterdir() if p.is_file()} <= published


def test_no_element_or_attribute_comes_from_article_text(hostile_site: BuiltSite) -> None:
    found = []
    for page in _pages(hostile_site.site):
        soup = _soup(page)
        name = page.relative_to(hostile_site.site).as_posix()
        for element in _content(soup).find_all(True):
            if element.name not in CONTENT_TAGS | TEMPLATE_TAGS:
                found.append(f"{name}: <{element.name}> in the content")
            if element.name == "img" and (
                not LOCAL_PICTURE.match(str(element.get("src", "")))
                or set(element.attrs) - {"src", "alt", "width"}
            ):
                found.append(f"{name}: {str(element)[:80]} in the content")
            if element.get("id") and not SAFE_ID.match(str(element["id"])):
                found.append(f"{name}: id={element['id']!r} in the content")
            if element.get("class") and element.name != "a" and not set(element["class"]) <= TEMPLATE_CLASSES:
                found.append(f"{name}: class={element['class']!r} in the content")
        for element in soup.find_all(True):
            for attribute, value in element.attrs.items():
                text = " ".join(value) if isinstance(value, list) else str(value)
                if attribute.lower().startswith("on"):
                    found.append(f"{name}: <{element.name} {attribute}=...>")
                scheme = urlsplit(text.strip()).scheme.lower()
                if attribute in URL_ATTRIBUTES and scheme not in {"", "http", "https"}:
                    found.append(f"{name}: <{element.name} {attribute}={text!r}>")
                if "pwned" in text and attribute not in {"href", "id"}:
                    found.append(f"{name}: <{element.name} {attribute}={text!r}>")
            if element.name in {"script", "style"} and "pwned" in element.get_text():
                found.append(f"{name}: <{element.name}> with article text")
    assert not found, found[:20]


def test_the_theme_keeps_its_own_element_ids(hostile_site: BuiltSite) -> None:
    page = hostile_site.site / "articles" / "config.html"
    soup = _soup(page)
    assert [e.name for e in soup.select('[id="__config"]')] == ["script"]
    assert [e.name for e in soup.select('[id="__search"]')] == ["input"]
    json.loads(soup.select('[id="__config"]')[0].get_text())  # the theme's config is still its own
    index = _soup(hostile_site.site / "index.html")
    assert [e.name for e in index.select('[id="__config"]')] == ["script"]


def test_the_title_element_cannot_be_broken_out_of(hostile_site: BuiltSite) -> None:
    # The theme prints `page.title | striptags` unescaped into <title>; only a
    # literal '<' could end it, and safe_title replaces '<' in titles.
    for page in _pages(hostile_site.site):
        raw = page.read_text(encoding="utf-8")
        [inner] = re.findall(r"<title>(.*?)</title>", raw, flags=re.DOTALL)
        assert "<" not in inner, (page, inner)
        soup = _soup(page)
        assert len(soup.find_all("title")) == 1 and soup.title is not None and soup.title.parent is soup.head
        assert {e.name for e in soup.head.find_all(True)} <= {"meta", "title", "link", "script", "style"}


def _text_of_page(site: Path, stem_start: str) -> str:
    [page] = [p for p in (site / "articles").glob("*.html") if p.name.startswith(stem_start)]
    return _content(_soup(page)).get_text()


def test_hostile_text_shows_as_the_text_it_is(hostile_site: BuiltSite) -> None:
    site = hostile_site.site
    scripts = _text_of_page(site, "jane-roe")
    assert "<script>window.__pwned = 1; alert(1)</script>" in scripts
    assert '<img src=x onerror="window.__pwned=1">' in scripts
    assert "[the report](javascript:window.__pwned=1)" in scripts
    raw = _text_of_page(site, "raw-html-blocks")
    assert "<style>body { display: none !important }</style>" in raw
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; and &#60;img" in raw
    template = _text_of_page(site, "configsite-name")
    assert "{{ config }} and {{ page.title }}" in template
    assert '{% include "base.html" %}' in template and "${{ 7*7 }}" in template
    assert "mkdocs_version" not in template and "49" not in template
    mkdocs = _text_of_page(site, "mkdocs-syntax")
    for literal in [
        '!!! danger "Admonition"',
        '{: #pwned .pwned onclick="window.__pwned=1" }',
        '--8<-- "mkdocs.yml"',
        "[TOC]",
    ]:
        assert literal in mkdocs
    front = _text_of_page(site, "title-script")
    assert "<b onmouseover=window.__pwned=1>Evil Press</b>" in front
    assert "{{ config }} <script>window.__pwned=1</script>" in front


def test_nothing_is_included_from_outside_the_article(hostile_site: BuiltSite) -> None:
    mkdocs_yml = (ROOT / "mkdocs.yml").read_text()
    for page in _pages(hostile_site.site):
        text = page.read_text(encoding="utf-8")
        assert "root:x:0:0" not in text
        assert "not_in_nav" not in text and mkdocs_yml[:60] not in text


def test_unsafe_source_links_are_dropped_or_encoded(hostile_site: BuiltSite) -> None:
    hrefs = []
    for page in (hostile_site.site / "articles").glob("*.html"):
        hrefs += [str(a["href"]) for a in _content(_soup(page)).find_all("a", href=True)]
    external = [h for h in hrefs if urlsplit(h).scheme]
    assert external == ["https://example.org/a%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E"]


@pytest.mark.parametrize("name", ["search_index.json", "search_index.js"])
def test_the_search_index_holds_only_inert_text(hostile_site: BuiltSite, name: str) -> None:
    raw = (hostile_site.site / "search" / name).read_text(encoding="utf-8")
    index = json.loads(raw.removeprefix("var __index = ").rstrip().rstrip(";"))
    # The lazy-search hook (mkdocs.yml) leaves Material's index without documents.
    assert index["docs"] == []
    # Its document scripts hold plain text (tags stripped), which the lazy worker
    # escapes before Material shows it (checked in Chromium by test_browser_hostile).
    rows = []
    for script in sorted((hostile_site.site / "search" / "lazy" / "d").glob("*.js")):
        match = re.fullmatch(r"self\.lazyDocs\((.*)\);\n", script.read_text(encoding="utf-8"), re.S)
        assert match
        rows += json.loads(f"[{match.group(1)}]")[1]
    assert any("window.__pwned" in text for _, _, text in rows)


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_the_lazy_worker_answers_with_escaped_text(hostile_site: BuiltSite) -> None:
    """The worker itself, run under Node over the hostile site's index: what it hands
    Material to insert as HTML holds no element but its own <mark>."""
    harness = ROOT / "tests" / "site" / "lazy_worker_harness.js"
    worker = ROOT / "generator" / "site" / "lazy_search_worker.js"
    lazy = hostile_site.site / "search" / "lazy"
    queries = ["pwned", "zanzibarville", "script"]
    run = subprocess.run(
        ["node", str(harness), str(worker), str(lazy), *queries],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(answers) == len(queries) and all(answers), run.stdout
    shown = [html for items in answers for item in items for html in (item["title"], item["text"])]
    assert any("&lt;script&gt;" in html for html in shown)  # hostile text reached the results
    for html in shown:
        assert "<" not in re.sub(r"</?mark>", "", html), html


def test_a_stale_search_answer_never_replaces_the_latest(hostile_site: BuiltSite) -> None:
    """Under file:// scripts load asynchronously: the answer to a prefix typed first ("za")
    may be ready after the answer to the whole word; only the latest query's is posted."""
    harness = ROOT / "tests" / "site" / "lazy_worker_harness.js"
    worker = ROOT / "generator" / "site" / "lazy_search_worker.js"
    lazy = hostile_site.site / "search" / "lazy"
    run = subprocess.run(
        ["node", str(harness), str(worker), str(lazy), "za", "zanzibarville"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "LAZY_OVERLAP": "1"},
    )
    assert run.returncode == 0, run.stderr
    (posted,) = [json.loads(line) for line in run.stdout.splitlines()]
    alone = subprocess.run(
        ["node", str(harness), str(worker), str(lazy), "zanzibarville"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert posted == [json.loads(alone.stdout)]  # the prefix's late answer was dropped
