"""Render stage: `Corpus` in, the site's files out, all through Jinja2 templates
(`environment`): the site-wide pages here, an actor's pages in `actor_pages`,
the split listings in `listing_pages`.
"""

from __future__ import annotations

from ..link.corpus import ArticlePage, Corpus
from ..write.history import BuildHistory
from . import dossier, views
from .actor_pages import DOSSIER_COMPANIONS, SITE_TITLE, render_actor, shown_companions
from .deferred import DeferredPage, PageKeys
from .environment import PACKAGED, Page, Templates, environment, xml_environment
from .feed import FEED_PATH, atom_feed
from .graph import Companions, corpus_graph
from .listing_pages import render_month, render_quotes, render_sources_year, render_stories
from .markdown_text import safe_title

__all__ = [
    "DOSSIER_COMPANIONS",
    "PACKAGED",
    "Page",
    "Templates",
    "environment",
    "render_actor",
    "render_corpus",
    "shown_companions",
    "xml_environment",
]

GRAPH_PATH = "graph.svg"
# Briefings the index page shows; every briefing is on its month's archive page.
INDEX_LATEST = views.HOME_LATEST


def _tags(page: ArticlePage) -> dict[str, object]:
    return {"tags": [safe_title(t) for t in views.article_tags(page)]}


def render_article(
    page: ArticlePage, templates: Templates = PACKAGED, keys: PageKeys | None = None
) -> DeferredPage:
    """Return the briefing page of one article (rendered when its text is first read)."""

    def make() -> str:
        return templates.render(
            "article.md.j2",
            page=page,
            tags=_tags(page),
            stories=views.story_links(page),
            reading=views.reading(page),
        )

    keys = keys or PageKeys({page.slug: page})
    return DeferredPage(f"articles/{page.slug}.md", keys.article(page), make)


def render_evaluation(evaluation: object, verbose: bool = False) -> str:
    """Return the Markdown score tables of an evaluation run; with `verbose`,
    also each article's misses."""
    return PACKAGED.render("reports/evaluation.md.j2", ev=evaluation, verbose=verbose)


def render_corpus(
    corpus: Corpus,
    history: BuildHistory | None = None,
    site_url: str | None = None,
    templates: Templates = PACKAGED,
) -> list[Page | DeferredPage]:
    """Return every generated file of the site, in a fixed order.

    `history` says which articles are new since the previous build (all of
    them when None); `site_url` makes the feed's links absolute; `templates`
    may carry a project's replacements for packaged templates.
    """
    if history is None:
        history = BuildHistory().advance(p.slug for p in corpus.articles)
    picture = corpus_graph(corpus)
    by_month = views.months(corpus)
    shown, older = views.timeline_months(by_month)
    years = views.source_years(corpus)
    pages: list[Page | DeferredPage] = [
        Page(
            "index.md",
            templates.render(
                "index.md.j2",
                corpus=corpus,
                news=views.news(corpus, history),
                period=views.period(corpus),
                latest=views.latest(corpus, INDEX_LATEST),
                months=by_month,
            ),
        ),
        Page("timeline.md", templates.render("timeline.md.j2", corpus=corpus, months=shown, older=older)),
        Page(
            "places.md",
            templates.render(
                "places.md.j2", places=views.places(corpus), countries=views.places_by_country(corpus)
            ),
        ),
        Page(
            "graph.md",
            templates.render(
                "graph.md.j2", picture=picture, pairs=views.strongest_pairs(corpus), src=GRAPH_PATH
            ),
        ),
        Page(GRAPH_PATH, templates.render_xml("graph.svg.j2", picture=picture)),
        Page("tags.md", templates.render("tags.md.j2", limit=views.TAGS_PER_ARTICLE)),
        Page("actors/index.md", templates.render("actors_index.md.j2", corpus=corpus)),
        Page(
            "attribution.md",
            templates.render(
                "attribution.md.j2", corpus=corpus, years=years, limit=views.SOURCES_ON_ONE_PAGE
            ),
        ),
        Page(FEED_PATH, templates.render_xml("feed.xml.j2", feed=atom_feed(corpus, site_url, SITE_TITLE))),
    ]
    by_slug = {page.slug: page for page in corpus.articles}
    keys = PageKeys(by_slug)
    pages.extend(render_month(m, templates, keys) for m in by_month)
    pages.extend(render_sources_year(year, templates, keys) for year in years)
    pages.extend(render_quotes(corpus, templates))
    pages.extend(render_stories(corpus, templates, keys))
    pages.extend(render_article(p, templates, keys) for p in corpus.articles)
    companions = Companions(corpus.actors)
    sentences = dossier.FirstSentences(by_slug)
    for actor in corpus.actors:
        pages.extend(render_actor(actor, companions, by_slug, templates, site_url, sentences, keys))
    return pages
