"""The library entry points: generate pages from articles, and build the site.

load -> extract -> link -> render -> write -> build. Each bad article is
reported as a `Skipped` record and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .config import Config
from .corpus import Corpus
from .errors import BriefingError, LoadError
from .extract import extract_many
from .feed import mkdocs_site_url, normalise_site_url
from .history import HISTORY_FILE, history_json, parse_history
from .link import link
from .load import discover, load_path
from .models import Article, Briefing
from .nlp import load_model
from .render import render_corpus
from .site import build_site
from .write import Writer, WriteReport


@dataclass(frozen=True)
class Skipped:
    """An input that was left out of the build, and why (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return self.reason if self.reason.startswith(self.source) else f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class GenerateResult:
    """What a generation run produced."""

    briefings: tuple[Briefing, ...]
    skipped: tuple[Skipped, ...]
    report: WriteReport


def load_articles(paths: Sequence[Path], config: Config) -> tuple[list[Article], list[Skipped]]:
    """Load every path; bad files (and bad entries of feeds or JSON Lines) become `Skipped`
    records instead of stopping the run."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in paths:
        try:
            loaded = load_path(path, str(path), max_bytes=config.max_article_bytes)
        except LoadError as exc:
            skipped.append(Skipped(str(path), exc.message))
            continue
        articles.extend(loaded.articles)
        skipped.extend(Skipped(exc.path or str(path), exc.message) for exc in loaded.errors)
    return articles, skipped


def extract_articles(articles: Sequence[Article], nlp: Language) -> Iterator[Briefing | Skipped]:
    """Extract each article, turning a failure on one article into a `Skipped`."""
    try:
        yield from extract_many(articles, nlp)
    except BriefingError:
        raise
    except Exception:
        # Retry one by one to find the article that failed and keep the others.
        for article in articles:
            try:
                yield from extract_many([article], nlp)
            except Exception as exc:
                yield Skipped(article.source, f"extraction failed: {type(exc).__name__}: {exc}")


def generate(config: Config, nlp: Language | None = None) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`."""
    if not config.articles_dir.is_dir():
        raise LoadError("articles folder does not exist", str(config.articles_dir))
    articles, skipped = load_articles(discover(config.articles_dir), config)
    model = nlp if nlp is not None else load_model(config.model)
    briefings: list[Briefing] = []
    for item in extract_articles(articles, model):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            briefings.append(item)
    return GenerateResult(tuple(briefings), tuple(skipped), publish(link(briefings), config))


def publish(corpus: Corpus, config: Config) -> WriteReport:
    """Render `corpus` and write it into `config.docs_dir`; return what the writer did.

    "New since the previous build" comes from the history state in docs/,
    advanced only when the set of articles changed, so rerunning on the same
    inputs rewrites nothing.
    """
    writer = Writer(config.docs_dir)
    history = parse_history(writer.read_state(HISTORY_FILE)).advance(p.slug for p in corpus.articles)
    for page in render_corpus(corpus, history, site_url=_site_url(config)):
        writer.write(page.path, page.text)
    writer.write_state(HISTORY_FILE, history_json(history))
    return writer.finish()


def _site_url(config: Config) -> str | None:
    url = config.site_url or mkdocs_site_url(config.mkdocs_config)
    return normalise_site_url(url) if url else None


def build(config: Config, nlp: Language | None = None) -> GenerateResult:
    """Generate the pages, then build the site with MkDocs (atomically replaced)."""
    result = generate(config, nlp)
    build_site(config.mkdocs_config, config.docs_dir, config.site_dir, strict=config.strict)
    return result
