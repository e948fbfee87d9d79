"""Render stage: `Corpus` in, Markdown pages out, all through Jinja2 templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from .corpus import ActorPage, ArticlePage, Corpus
from .markdown_text import finalize, markdown_link, safe_title, safe_url
from .models import ActorKind


@dataclass(frozen=True)
class Page:
    """A generated Markdown page: its path relative to docs/ and its text."""

    path: str
    text: str


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "undated"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Return the Jinja2 environment whose every output is Markdown-escaped."""
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        autoescape=False,
        finalize=finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["link"] = markdown_link
    env.filters["title"] = safe_title
    env.filters["safe_url"] = safe_url
    env.filters["date"] = _date
    env.globals["kinds"] = tuple(ActorKind)
    return env


def _render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def render_article(page: ArticlePage) -> Page:
    """Return the briefing page of one article."""
    return Page(f"articles/{page.slug}.md", _render("article.md.j2", page=page))


def render_actor(actor: ActorPage) -> Page:
    """Return the page of one actor."""
    return Page(f"actors/{actor.slug}.md", _render("actor.md.j2", actor=actor))


def render_evaluation(evaluation: object, verbose: bool = False) -> str:
    """Return the Markdown score tables of an evaluation run; with `verbose`,
    also each article's misses."""
    return _render("evaluation.md.j2", ev=evaluation, verbose=verbose)


def render_corpus(corpus: Corpus) -> list[Page]:
    """Return every generated page of the site, in a fixed order."""
    pages = [Page("index.md", _render("index.md.j2", corpus=corpus))]
    pages.append(Page("actors/index.md", _render("actors_index.md.j2", corpus=corpus)))
    pages.append(Page("attribution.md", _render("attribution.md.j2", corpus=corpus)))
    pages.extend(render_article(p) for p in corpus.articles)
    pages.extend(render_actor(a) for a in corpus.actors)
    return pages
