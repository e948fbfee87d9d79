"""Render stage on hand-made records: escaping of hostile names in every kind of output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import markdown
import yaml

from generator.config import Config
from generator.link.linker import link
from generator.models import Quote
from generator.pipeline import publish
from generator.render.markdown_text import escape_fragment
from generator.render.pages import render_corpus
from generator.render.views import QUOTES_PER_SPEAKER
from generator.site.builder import build_site
from tests.records import briefing, org, person, place
from tests.site_build import ROOT

HOSTILE = "<script>alert(1)</script>"


def _hostile_corpus():  # type: ignore[no-untyped-def]
    text = f'{HOSTILE} met *Ann Lee* in [Baku](javascript:x). Ann Lee said: "fine".'
    return link(
        [
            briefing(
                "a.md",
                "Talks in Baku",
                [person(HOSTILE), person("Ann Lee"), place("Baku"), org("!!! danger")],
                [Quote("fine", "Ann Lee")],
                date=dt.date(2024, 5, 1),
                text=text,
            ),
            briefing(
                "b.md",
                "More talks",
                [person("Ann Lee"), place("Baku"), person(HOSTILE)],
                date=dt.date(2024, 5, 2),
            ),
        ]
    )


def test_fragments_keep_their_edge_spaces_and_stay_text() -> None:
    assert escape_fragment(" met *Ann* ") == " met \\*Ann\\* "
    assert escape_fragment("  # not a heading", line_start=True) == "\\# not a heading"
    assert escape_fragment("   ") == " " and escape_fragment("   ", line_start=True) == ""


def test_article_markdown_links_first_mentions_and_front_matter_is_safe_yaml(tmp_path: Path) -> None:
    config = Config(docs_dir=tmp_path / "docs", mkdocs_config=tmp_path / "absent.yml")
    publish(_hostile_corpus(), config)
    page = (config.docs_dir / "articles" / "talks-in-baku.md").read_text(encoding="utf-8")
    front = yaml.safe_load(page.split("---\n")[1])
    assert "‹script›alert(1)‹/script›" in front["tags"] and "Ann Lee" in front["tags"]
    assert "!!! danger" in front["tags"]  # named in this briefing only, still one of its main actors
    full_text = page[page.index("## Full text") :]
    assert "[Ann Lee](../actors/ann-lee.md)" in full_text and "\\*" in full_text
    html = markdown.markdown(full_text, extensions=["tables"])
    assert "<script" not in html and "javascript:" not in html.replace("javascript:x", "")
    assert html.count('href="../actors/ann-lee.md"') == 1  # first mention only


def test_hostile_names_stay_text_in_the_built_site(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    publish(_hostile_corpus(), Config(docs_dir=docs, mkdocs_config=tmp_path / "absent.yml"))
    build_site(ROOT / "mkdocs.yml", docs, tmp_path / "site", strict=True)
    for path in (tmp_path / "site").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script>alert" not in text, path
        assert "<p>!!! danger" not in text and 'class="admonition danger"' not in text, path
    article = (tmp_path / "site" / "articles" / "talks-in-baku.html").read_text(encoding="utf-8")
    assert "‹script›alert(1)‹/script›" in article  # shown as a tag, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article  # shown in the page, escaped


def test_a_long_quote_index_splits_by_initial_with_each_speakers_latest_quotes() -> None:
    speakers = ["Ann Lee", "Émile Zola", "Bob Ray", "42 Club"]
    articles = [
        briefing(
            f"{i}.md",
            f"Story {i}",
            [person(name) for name in speakers],
            [Quote(f"Quote {i}-{k}", name) for k, name in enumerate(speakers)] + [Quote(f"Anon {i}", None)],
        )
        for i in range(100)
    ]
    pages = {p.path: p.text for p in render_corpus(link(articles)) if p.path.startswith("quotes")}
    expected = ["quotes.md"] + [f"quotes/{s}.md" for s in ("a", "b", "e", "other", "unattributed")]
    assert sorted(pages) == expected
    assert "[Émile Zola](quotes/e.md) · 100 quotes" in pages["quotes.md"]
    letters = "".join(text for path, text in pages.items() if path != "quotes.md")
    # A named speaker's latest quotes; every one is in their dossier (see test_dossier_years).
    assert sum(letters.count(f"> Quote {i}-") for i in range(100)) == 4 * QUOTES_PER_SPEAKER
    assert (
        f"The latest {QUOTES_PER_SPEAKER} here; every one in the [dossier](../actors/bob-ray.md)."
        in (pages["quotes/b.md"])
    )
    assert letters.count("> Anon ") == 100 and "](../articles/story-7.md)" in pages["quotes/unattributed.md"]
