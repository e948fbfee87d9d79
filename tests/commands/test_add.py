"""`briefing add`: files, feeds and URLs into the articles folder, against a local http.server only."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import http.server
import json
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from spacy.language import Language

from generator.add import Status, add_sources
from generator.add.duplicates import DuplicateIndex, url_key
from generator.cli import main
from generator.load import load_article
from generator.load.frontmatter import split_front_matter
from generator.models import Article
from generator.text import slugify
from tests.browser import serve, serve_handler
from tests.conftest import ROOT
from tests.formats import json_lines, news_page, paragraphs, rss_feed
from tests.site_build import build_from

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    """Four seed articles in Markdown (title, date, URL, text)."""
    return [load_article(path) for path in sorted((ROOT / "seeds").glob("*.md"))[:4]]


def _lines(report: object) -> list[str]:
    return [str(outcome) for outcome in report.outcomes]  # type: ignore[attr-defined]


def test_add_page_feed_and_json_lines_then_build_publishes_each_once(
    tmp_path: Path, seeds: list[Article], nlp: Language
) -> None:
    web = tmp_path / "web"
    web.mkdir()
    (web / "story.html").write_text(news_page(seeds[0]), encoding="utf-8")
    # The feed repeats the page's story (same link) and brings two more.
    (web / "feed.xml").write_text(rss_feed([seeds[1], seeds[0], seeds[2]]), encoding="utf-8")
    # The export repeats one feed story with a tracking parameter, and brings one more.
    repeated = dataclasses.replace(seeds[1], url=f"{seeds[1].url}?utm_source=mail")
    export = tmp_path / "export.jsonl"
    export.write_text(json_lines([repeated, seeds[3]]), encoding="utf-8")
    articles = tmp_path / "articles"
    with serve(web) as base:
        report = add_sources([f"{base}/story.html", f"{base}/feed.xml", str(export)], articles, now=NOW)
        lines = _lines(report)
        assert report.count(Status.ADDED) == 4 and report.count(Status.FAILED) == 0, lines
        page_file = articles / f"{slugify(str(seeds[0].title))}.md"
        assert f"skipped: {base}/feed.xml#2 duplicates {page_file} (same URL)" in lines
        assert any(line.startswith(f"skipped: {export}#1 duplicates ") for line in lines)
        # A second run finds everything already there.
        again = add_sources([f"{base}/story.html", f"{base}/feed.xml", str(export)], articles, now=NOW)
        assert again.count(Status.DUPLICATE) == 6 and again.count(Status.ADDED) == 0

    saved = load_article(page_file)
    assert (saved.title, saved.date, saved.url) == (seeds[0].title, seeds[0].date, seeds[0].url)
    assert saved.text.split("\n\n") == paragraphs(seeds[0])
    front, _ = split_front_matter(page_file.read_text(encoding="utf-8"), str(page_file))
    assert front["publisher"] == "Example Times" and front["added"] == "2024-06-01T12:00:00Z"

    built = build_from(articles, tmp_path / "build", nlp, strict=True)
    assert not built.result.skipped
    titles = sorted(b.title for b in built.result.briefings)
    assert titles == sorted(str(a.title) for a in seeds)
    assert len(list((built.docs / "articles").glob("*.md"))) == 4
    assert len(list((built.site / "articles").glob("*.html"))) == 4


def test_briefing_from_page_equals_briefing_from_markdown(seeds: list[Article], nlp: Language) -> None:
    from generator.extract import extract
    from generator.load.html import read_html

    # HTML has no double spaces; the Markdown seed has some, which changes spaCy's parse.
    reference = dataclasses.replace(seeds[0], text="\n\n".join(paragraphs(seeds[0])))
    page = read_html(news_page(seeds[0]), "story.html", dt.date(2026, 1, 1))
    from_page, from_markdown = extract(page, nlp), extract(reference, nlp)
    assert from_page.title == from_markdown.title
    assert from_page.actors == from_markdown.actors
    assert [(q.text, q.speaker) for q in from_page.quotes] == [
        (q.text, q.speaker) for q in from_markdown.quotes
    ]


def test_txt_and_folder_sources_are_normalised(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wire.txt").write_text(
        'BERLIN, 4 January 2019 (Reuters) - The minister resigned on Friday.\n"I am done," she said.\n',
        encoding="utf-8",
    )
    articles = tmp_path / "articles"
    report = add_sources([str(inbox)], articles, now=NOW)
    [outcome] = report.outcomes
    assert outcome.status is Status.ADDED
    text = Path(outcome.detail).read_text(encoding="utf-8")
    front, body = split_front_matter(text, outcome.detail)
    assert front["date"] == dt.date(2019, 1, 4) and front["publisher"] == "Reuters"
    assert body == '\nThe minister resigned on Friday.\n\n"I am done," she said.\n'


def test_near_identical_text_is_a_duplicate(seeds: list[Article]) -> None:
    index = DuplicateIndex()
    index.add(seeds[0], "articles/leonov.md")
    changed = dataclasses.replace(
        seeds[0], url=None, title=None, text="By Staff Reporter\n\n" + seeds[0].text.replace("said", "says")
    )
    found = index.find(changed)
    assert found is not None and found.existing == "articles/leonov.md"
    assert found.reason.startswith("near-identical text")
    assert index.find(dataclasses.replace(seeds[1], url=None)) is None
    assert url_key("https://www.e.org/a;b/?utm_source=x#top") == url_key("http://e.org/a%3Bb")


class _Tricky(http.server.BaseHTTPRequestHandler):
    """Answers that go wrong: slow, huge, redirected to a local file."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        body = b"<html><body>" + b"<p>Words words words.</p>" * (10_000 if self.path == "/huge" else 1)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)


def test_each_failure_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_text("x")
    with serve_handler(_Tricky) as base, serve(tmp_path) as files:
        sources = [
            f"{files}/missing.html",
            f"{base}/slow",
            f"{base}/huge",
            f"{base}/to-file",
            str(tmp_path / "notes.docx"),
            str(tmp_path / "nowhere.txt"),
        ]
        report = add_sources(sources, tmp_path / "articles", timeout=0.5, max_bytes=100_000, now=NOW)
    assert _lines(report) == [
        f"failed: {files}/missing.html: HTTP 404 File not found",
        f"failed: {base}/slow: timed out after 0.5 s",
        # a web page is read up to 8 times the limit; its text is held to the limit
        f"failed: {base}/huge: article text is 199,998 bytes, above the limit of 100,000 (see --max-bytes)",
        f"failed: {base}/to-file: HTTP 302 Found - Redirection to url 'file:///etc/passwd' is not allowed",
        f"failed: {tmp_path / 'notes.docx'}: unsupported file type '.docx'; supported: "
        ".atom, .htm, .html, .jsonl, .markdown, .md, .rss, .txt, .xml",
        f"failed: {tmp_path / 'nowhere.txt'}: no such file, folder or http(s) URL",
    ]
    assert not (tmp_path / "articles").exists() or not list((tmp_path / "articles").iterdir())


def test_cli_add_and_extract_name_each_entry(tmp_path: Path, seeds: list[Article], nlp: Language) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(rss_feed(seeds[:2]), encoding="utf-8")
    extracted = CliRunner().invoke(main, ["extract", "--json", str(feed)])
    assert extracted.exit_code == 0, extracted.output
    records = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{feed}#1", f"{feed}#2"]
    assert [r["title"] for r in records] == [seeds[0].title, seeds[1].title]

    articles = tmp_path / "articles"
    added = CliRunner().invoke(main, ["add", "--articles", str(articles), str(feed)])
    assert added.exit_code == 0, added.output
    assert "2 added, 0 already present, 0 failed" in added.stderr
    assert added.stdout.count("added: ") == 2
    assert CliRunner().invoke(main, ["add", "--help"]).exit_code == 0
    for path in articles.glob("*.md"):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        assert set(front) == {"title", "date", "source", "publisher", "added"}
