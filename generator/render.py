"""Render stage: `Corpus` in, Markdown pages out, all through Jinja2 templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from .corpus import ActorPage, ArticlePage, Corpus
from .markdown_text import finalize, markdown_link, safe_title, safe_url
from .models import ActorKind

# Briefings listed on the index page; the others are on the monthly archive pages.
INDEX_LATEST = 50


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


@dataclass(frozen=True)
class Month:
    """The briefings of one month (newest first), for an archive page."""

    slug: str
    label: str
    pages: tuple[ArticlePage, ...]


def months(corpus: Corpus) -> list[Month]:
    """Return the corpus' articles grouped by month, newest month first, undated last."""
    grouped: dict[str, list[ArticlePage]] = {}
    for page in corpus.articles:  # already newest first
        grouped.setdefault(page.date.strftime("%Y-%m") if page.date else "undated", []).append(page)
    ordered = sorted((k for k in grouped if k != "undated"), reverse=True)
    ordered += ["undated"] if "undated" in grouped else []
    return [Month(k, _month_label(k), tuple(grouped[k])) for k in ordered]


def _month_label(slug: str) -> str:
    if slug == "undated":
        return "Undated"
    return dt.date.fromisoformat(f"{slug}-01").strftime("%B %Y")


def render_corpus(corpus: Corpus) -> list[Page]:
    """Return every generated page of the site, in a fixed order.

    The index lists the `INDEX_LATEST` newest briefings and links to one
    archive page per month, so no listing page grows with the whole corpus.
    """
    by_month = months(corpus)
    index = _render("index.md.j2", corpus=corpus, latest=corpus.articles[:INDEX_LATEST], months=by_month)
    pages = [Page("index.md", index)]
    pages.extend(Page(f"archive/{m.slug}.md", _render("archive.md.j2", month=m)) for m in by_month)
    pages.append(Page("actors/index.md", _render("actors_index.md.j2", corpus=corpus)))
    pages.append(Page("attribution.md", _render("attribution.md.j2", corpus=corpus)))
    pages.extend(render_article(p) for p in corpus.articles)
    pages.extend(render_actor(a) for a in corpus.actors)
    return pages
