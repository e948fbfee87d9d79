"""One added article rewrites only the files whose visible content changes (counted on 200
cached-style briefings, no model): its page, its month, the site-wide lists, the dossiers
of its actors, and the pages that now link to it."""

from __future__ import annotations

from pathlib import Path

from generator.link import link
from generator.models import Briefing
from generator.render import render_corpus
from generator.write import WriteReport, read_history, write_pages
from tests.records import features, moved_features, synthetic_briefings

# Site-wide pages that list every article or actor: they change with any addition.
SITE_WIDE = {
    "index.md",
    "timeline.md",
    "places.md",
    "graph.md",
    "graph.svg",
    "tags.md",
    "actors/index.md",
    "attribution.md",
    "feed.xml",
    "quotes.md",
}


def _publish(docs: Path, made: list[Briefing]) -> WriteReport:
    corpus = link(made)
    history = read_history(docs).advance(p.slug for p in corpus.articles)
    return write_pages(docs, render_corpus(corpus, history), history)


def test_one_added_article_rewrites_only_what_shows_it(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    made = synthetic_briefings(201, seed=5)
    first = _publish(docs, made[:200])
    second = _publish(docs, made)
    added = made[200]
    corpus = link(made)
    [page] = [p for p in corpus.articles if p.briefing is added]
    own = {f"articles/{page.slug}.md"}
    actors = {ref.slug for ref in page.actors}
    moved = moved_features(made[:200], made)
    before = {a.slug: len(a.appearances) for a in link(made[:200]).actors}
    tagged = {
        ap.article_slug
        for a in corpus.actors
        if a.slug in actors and before.get(a.slug) == 1
        for ap in a.appearances
    }
    holders = {p.slug for p in corpus.articles if p is not page and moved & features(p.briefing)}
    unexplained = []
    for path in second.written:
        text = (docs / path).read_text(encoding="utf-8")
        if path in own or path in SITE_WIDE or path.startswith(("archive/", "quotes/")):
            continue
        if path.startswith("actors/") and path.rsplit("/", 1)[1].rsplit(".", 1)[0] in actors:
            continue  # a dossier (or picture) of one of its actors
        if path.startswith("articles/") and page.slug in text:
            continue  # now links to it: a related article, or the previous/next on an actor
        if path.startswith("articles/") and path.removeprefix("articles/").removesuffix(".md") in tagged:
            continue  # an actor it shares with the new article is now in two articles: a tag
        slug = path.removeprefix("articles/").removesuffix(".md")
        if slug in holders or any(h in text for h in holders):
            continue  # lists an article whose actor rarity level moved
        unexplained.append(path)
    total = len(first.written)
    assert not unexplained, unexplained[:5]
    assert len(second.written) <= 0.12 * total, (len(second.written), total)
    assert not second.removed
