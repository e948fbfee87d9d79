"""Render stage: `Corpus` in, the site's files out, all through Jinja2 templates.

Two environments: Markdown pages, where every printed value is
Markdown-escaped (the `finalize` hook) unless a trusted filter built it as
`Markup`; and XML files (the Atom feed, the SVG graphs), with Jinja's XML/HTML
autoescaping and characters XML 1.0 forbids removed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from ..link.corpus import ActorPage, ArticlePage, Corpus
from ..models import ActorKind
from ..write.history import BuildHistory
from . import views
from .feed import FEED_PATH, atom_feed
from .graph import Companions, corpus_graph, neighbourhood
from .markdown_text import (
    escape_fragment,
    finalize,
    fixed,
    front_matter,
    markdown_image,
    markdown_link,
    safe_title,
    safe_url,
)

SITE_TITLE = "Briefings"
GRAPH_PATH = "graph.svg"
KIND_PLURAL = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANIZATION: "Organisations",
    ActorKind.PLACE: "Places",
}
# Companions a dossier lists under "Often appears with" and under "Places".
DOSSIER_COMPANIONS = 10
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Briefings the index page shows; every briefing is on its month's archive page.
INDEX_LATEST = views.HOME_LATEST


@dataclass(frozen=True)
class Page:
    """A generated file: its path relative to docs/ and its text."""

    path: str
    text: str


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "undated"


def _day(value: dt.date | None) -> str:
    return f"{value.day} {value:%b}" if value else "undated"


def _long_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "undated"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _tags(page: ArticlePage, shared: frozenset[str]) -> dict[str, object]:
    return {"tags": [safe_title(t) for t in views.article_tags(page, shared)]}


def _template_environment(autoescape: bool, final: Callable[[object], object]) -> Environment:
    """The settings both template environments share; only the escaping differs."""
    return Environment(
        loader=PackageLoader("generator.render", "templates"),
        autoescape=autoescape,
        finalize=final,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Return the Jinja2 environment whose every output is Markdown-escaped."""
    env = _template_environment(autoescape=False, final=finalize)
    env.filters["link"] = markdown_link
    env.filters["fixed"] = fixed
    env.filters["image"] = markdown_image
    env.filters["fragment"] = escape_fragment
    env.filters["front_matter"] = front_matter
    env.filters["title"] = safe_title
    env.filters["safe_url"] = safe_url
    env.filters["date"] = _date
    env.filters["day"] = _day
    env.filters["long_date"] = _long_date
    env.filters["plural"] = _plural
    env.globals["kinds"] = tuple(ActorKind)
    env.globals["kind_plural"] = KIND_PLURAL
    return env


def _xml_text(value: object) -> object:
    if value is None:
        return ""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def xml_environment() -> Environment:
    """Return the Jinja2 environment for XML files: autoescaped, XML-safe characters only."""
    return _template_environment(autoescape=True, final=_xml_text)


def _render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def _render_xml(template: str, **context: object) -> str:
    return xml_environment().get_template(template).render(**context)


def render_article(page: ArticlePage, shared: frozenset[str]) -> Page:
    """Return the briefing page of one article; `shared` are the actors that may be tags."""
    return Page(
        f"articles/{page.slug}.md",
        _render("article.md.j2", page=page, tags=_tags(page, shared), stories=views.story_links(page)),
    )


def render_evaluation(evaluation: object, verbose: bool = False) -> str:
    """Return the Markdown score tables of an evaluation run; with `verbose`,
    also each article's misses."""
    return _render("reports/evaluation.md.j2", ev=evaluation, verbose=verbose)


def render_actor(actor: ActorPage, companions: Companions) -> list[Page]:
    """Return the dossier of one actor, and its neighbourhood picture when it has companions."""
    pages = [
        Page(
            f"actors/{actor.slug}.md",
            _render("actor.md.j2", actor=actor, limit=DOSSIER_COMPANIONS),
        )
    ]
    if actor.companions:
        picture = neighbourhood(actor, companions)
        pages.append(Page(f"actors/{actor.slug}.svg", _render_xml("graph.svg.j2", picture=picture)))
    return pages


def render_quotes(corpus: Corpus) -> list[Page]:
    """Return the quote index: one page, or an index of initials and a page per initial."""
    speakers = views.speakers(corpus)
    count = corpus.quote_count
    if count <= views.QUOTES_ON_ONE_PAGE:
        return [
            Page("quotes.md", _render("quotes.md.j2", count=count, speakers=speakers, up="", title="Quotes"))
        ]
    letters = views.quote_letters(speakers)
    pages = [
        Page("quotes.md", _render("quotes_index.md.j2", count=count, speakers=speakers, letters=letters))
    ]
    pages.extend(
        Page(
            f"quotes/{letter.slug}.md",
            _render(
                "quotes.md.j2",
                count=letter.quote_count,
                speakers=letter.speakers,
                up="../",
                title=f"Quotes: {letter.letter}",
            ),
        )
        for letter in letters
    )
    return pages


def render_corpus(
    corpus: Corpus, history: BuildHistory | None = None, site_url: str | None = None
) -> list[Page]:
    """Return every generated file of the site, in a fixed order.

    `history` says which articles are new since the previous build (all of
    them when None); `site_url` makes the feed's links absolute.
    """
    if history is None:
        history = BuildHistory().advance(p.slug for p in corpus.articles)
    picture = corpus_graph(corpus)
    by_month = views.months(corpus)
    pages = [
        Page(
            "index.md",
            _render(
                "index.md.j2",
                corpus=corpus,
                news=views.news(corpus, history),
                period=views.period(corpus),
                latest=corpus.articles[:INDEX_LATEST],
                months=by_month,
            ),
        ),
        Page("timeline.md", _render("timeline.md.j2", corpus=corpus, months=by_month)),
        Page("places.md", _render("places.md.j2", places=views.places(corpus))),
        Page(
            "graph.md",
            _render("graph.md.j2", picture=picture, pairs=views.strongest_pairs(corpus), src=GRAPH_PATH),
        ),
        Page(GRAPH_PATH, _render_xml("graph.svg.j2", picture=picture)),
        Page("tags.md", _render("tags.md.j2", limit=views.TAGS_PER_ARTICLE)),
        Page("actors/index.md", _render("actors_index.md.j2", corpus=corpus)),
        Page("attribution.md", _render("attribution.md.j2", corpus=corpus)),
        Page(FEED_PATH, _render_xml("feed.xml.j2", feed=atom_feed(corpus, site_url, SITE_TITLE))),
    ]
    pages.extend(Page(f"archive/{m.anchor}.md", _render("archive.md.j2", month=m)) for m in by_month)
    pages.extend(render_quotes(corpus))
    shared = views.shared_actors(corpus)
    pages.extend(render_article(p, shared) for p in corpus.articles)
    companions = Companions(corpus.actors)
    for actor in corpus.actors:
        pages.extend(render_actor(actor, companions))
    return pages
