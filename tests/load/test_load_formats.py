"""Load stage, the formats news comes in: web pages, RSS/Atom feeds, JSON Lines, .txt datelines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.config import Config
from generator.errors import LoadError
from generator.load import discover, load_article, load_articles, load_path, supported_suffixes
from generator.load.dateline import split_dateline
from generator.models import Article
from tests.conftest import ROOT, SEED
from tests.formats import BOILERPLATE, atom_feed, json_lines, news_page, paragraphs, rss_feed

SEED_MD = sorted((ROOT / "seeds").glob("*.md"))


@pytest.fixture(scope="module")
def wikinews() -> list[Article]:
    """Three seed articles in Markdown: the reference every other format must match."""
    return [load_article(path) for path in SEED_MD[:3]]


def test_new_suffixes_are_registered() -> None:
    for suffix in (".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".txt", ".md"):
        assert suffix in supported_suffixes()


@pytest.mark.parametrize("with_meta", [True, False])
def test_web_page_keeps_the_article_and_drops_boilerplate(
    tmp_path: Path, wikinews: list[Article], with_meta: bool
) -> None:
    for number, reference in enumerate(wikinews):
        path = tmp_path / f"page{number}.html"
        path.write_text(news_page(reference, with_meta), encoding="utf-8")
        [article] = load_path(path).articles
        assert article.text.split("\n\n") == paragraphs(reference)
        for junk in BOILERPLATE:
            assert junk not in article.text
        assert article.title == reference.title
        assert article.date == reference.date  # from the meta tag, else the byline
        if with_meta:
            assert article.url == reference.url
            assert article.author == "Staff Reporter" and article.publisher == "Example Times"


def test_short_article_does_not_pull_in_ads(tmp_path: Path) -> None:
    # On a short page trafilatura's fallbacks took the ad above the story for text.
    brief = Article(
        source="brief.md",
        text="The mayor resigned on Friday.\n\nHer deputy will take over.\n\nElections are due in May.",
        title="Mayor resigns",
        date=dt.date(2020, 5, 1),
    )
    path = tmp_path / "brief.html"
    path.write_text(news_page(brief), encoding="utf-8")
    assert load_article(path).text == brief.text


@pytest.mark.parametrize("wrapper", ["story-body pmc-paywall", "entry-content entry-content-read-more"])
def test_story_in_a_wrapper_named_like_furniture_is_kept(
    tmp_path: Path, wikinews: list[Article], wrapper: str
) -> None:
    # Sites wrap the whole story in a paywall or "read more" box; the class word
    # matches the furniture list, but the box holds most of the page's paragraphs
    # (not most of its text: menus of links outweigh a story on real pages).
    reference = wikinews[0]
    path = tmp_path / "wrapped.html"
    sections = "".join(f'<li><a href="/s{n}">Section {n} news and analysis</a></li>' for n in range(400))
    page = news_page(reference).replace('<div class="story-body">', f'<div class="{wrapper}">')
    page = page.replace("<header>", f'<header><div class="mega-menu"><ul>{sections}</ul></div>')
    assert f'class="{wrapper}"' in page and len(sections) > 2 * len(reference.text)
    path.write_text(page, encoding="utf-8")
    article = load_article(path)
    assert article.text.split("\n\n") == paragraphs(reference)
    for junk in BOILERPLATE:
        assert junk not in article.text


def test_page_without_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(LoadError, match="no article text"):
        load_article(path)


def test_rss_entries_are_articles_with_full_content(tmp_path: Path, wikinews: list[Article]) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(rss_feed(wikinews), encoding="utf-8")
    loaded = load_path(path)
    assert not loaded.errors
    assert [a.source for a in loaded.articles] == [f"{path}#{n}" for n in (1, 2, 3)]
    for article, reference in zip(loaded.articles, wikinews, strict=True):
        assert article.text.split("\n\n") == paragraphs(reference)  # content:encoded, not the description
        assert (article.title, article.url) == (reference.title, reference.url)
        assert article.date == reference.date  # 22:30 at UTC-5 is still that day where it was written
        assert article.publisher == "Example Times"


def test_atom_summary_html_becomes_clean_text(tmp_path: Path, wikinews: list[Article]) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(atom_feed(wikinews[:1]), encoding="utf-8")
    [article] = load_path(path).articles
    assert article.text.split("\n\n") == paragraphs(wikinews[0])
    assert "<p>" not in article.text and article.date == wikinews[0].date


def test_feed_entry_without_text_is_reported_and_others_load(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        '<rss version="2.0"><channel><title>T</title>'
        "<item><title>Empty</title><link>https://e.org/1</link></item>"
        "<item><title>Full</title><description>&lt;p&gt;Rain fell &lt;b&gt;all&lt;/b&gt; day."
        "&lt;br&gt;&lt;br&gt;Roads closed.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>"
        "</channel></rss>"
    )
    loaded = load_path(path)
    [error] = loaded.errors
    assert error.message == f"{path}#1: feed entry has no text (no content or summary)"
    [article] = loaded.articles
    assert article.source == f"{path}#2" and article.text == "Rain fell all day.\n\nRoads closed."


def test_xml_that_is_no_feed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text("<html><body><p>Not a feed at all.</p></body></html>")
    with pytest.raises(LoadError, match="not an RSS or Atom feed"):
        load_path(path)


def test_json_lines_bad_line_is_reported_with_its_number(tmp_path: Path, wikinews: list[Article]) -> None:
    good = json_lines(wikinews[:2]).split("\n")
    lines = [good[0], "", '{"title": "No text"}', "{not json", '{"text": "Words.", "date": "soon"}', good[1]]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_path(path)
    assert [a.source for a in loaded.articles] == [f"{path}#1", f"{path}#6"]
    assert [e.message for e in loaded.errors] == [
        f"{path}#3: no 'text' in the record",
        f"{path}#4: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}#5: 'date': expected a date such as 2019-01-04, received 'soon'",
    ]
    first = loaded.articles[0]
    assert (first.text, first.title, first.date, first.url) == (
        wikinews[0].text,
        wikinews[0].title,
        wikinews[0].date,
        wikinews[0].url,
    )
    assert first.metadata == (("section", "world"),)


def test_pipeline_skips_bad_entries_and_keeps_the_rest(tmp_path: Path, wikinews: list[Article]) -> None:
    (tmp_path / "a.jsonl").write_text(json_lines(wikinews[:1]) + "\n[1, 2]\n")
    (tmp_path / "b.xml").write_text(rss_feed(wikinews[1:]))
    articles, skipped = load_articles(
        discover(tmp_path).paths, Config().max_article_bytes, Config().max_paragraph_chars
    )
    assert [a.source for a in articles] == [
        f"{tmp_path}/a.jsonl#1",
        f"{tmp_path}/b.xml#1",
        f"{tmp_path}/b.xml#2",
    ]
    assert [str(s) for s in skipped] == [f"{tmp_path}/a.jsonl#2: expected a JSON object, received list"]


TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "date", "agency", "rest"),
    [
        ("Friday, January 4, 2019\n\nThe story.", dt.date(2019, 1, 4), None, "The story."),
        ("4 January 2019\nThe story.", dt.date(2019, 1, 4), None, "The story."),
        ("PARIS, Jan. 4 (Reuters) - France said.", dt.date(2024, 1, 4), "Reuters", "France said."),
        ("SAN FRANCISCO, Dec. 31 (Reuters) - It ended.", dt.date(2023, 12, 31), "Reuters", "It ended."),
        ("WASHINGTON (AP) — The Senate voted.", None, "AP", "The Senate voted."),
        ("LONDON, 4 January 2019 -- Rain fell.", dt.date(2019, 1, 4), None, "Rain fell."),
    ],
)
def test_datelines(text: str, date: dt.date | None, agency: str | None, rest: str) -> None:
    dateline = split_dateline(text, TODAY)
    assert dateline is not None
    assert (dateline.date, dateline.agency, dateline.text.strip()) == (date, agency, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Nikol Pashinyan held a call - and spoke.",
        "John Smith - the mayor - said so.",
        "January 2019 was the coldest month.\nIt snowed.",
        "US, EU agree - a deal.",
    ],
)
def test_first_sentences_are_not_datelines(text: str) -> None:
    assert split_dateline(text, TODAY) is None


def test_txt_dateline_becomes_the_date(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Friday, January 4, 2019\nThe council met on Friday.\nIt agreed.\n")
    article = load_article(path)
    assert article.date == dt.date(2019, 1, 4)
    assert article.text == "The council met on Friday.\nIt agreed."


def test_seed_txt_without_dateline_loads_unchanged() -> None:
    article = load_article(SEED)
    assert article.date is None and article.publisher is None
    assert article.text == SEED.read_text(encoding="utf-8").strip("\n")


def test_every_reader_judges_dates_as_of_the_day_it_is_given(tmp_path: Path) -> None:
    # No reader reads the clock: the same files load the same way on any day they are replayed.
    (tmp_path / "wire.txt").write_text("PARIS, Jan. 4 (Reuters) - The harbour master spoke about the pier.\n")
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "The harbour master spoke about the pier.", "date": "2031-06-01"}\n'
    )
    (tmp_path / "page.md").write_text(
        "---\ndate: 2031-06-01\n---\nThe harbour master spoke about the pier.\n"
    )
    before, after = dt.date(2029, 12, 1), dt.date(2030, 6, 1)
    # A dateline without a year is in the latest year that does not put it in the future.
    assert load_article(tmp_path / "wire.txt", today=before).date == dt.date(2029, 1, 4)
    assert load_article(tmp_path / "wire.txt", today=after).date == dt.date(2030, 1, 4)
    for name in ("feed.jsonl", "page.md"):
        (early,) = load_path(tmp_path / name, today=before).articles
        assert early.date is None and "out of range" in early.warnings[-1], name
        (late,) = load_path(tmp_path / name, today=after).articles
        assert late.date == dt.date(2031, 6, 1) and not late.warnings, name
