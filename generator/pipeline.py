"""The library entry points: generate pages from articles, and build the site.

load -> extract -> link -> render -> write -> build. Articles stream through:
each file is read and hashed, its briefing is taken from the cache when the
file and the extractor are unchanged, and only the others are parsed and
extracted (in this process, on worker processes or on a Dask cluster), then
stored. The spaCy model is loaded only when something needs extracting. Each
bad article is reported as a `Skipped` record and the rest go on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BriefingCache, article_key, extractor_fingerprint
from .config import Config
from .errors import LoadError
from .link import link
from .load import discover, load_article, parse_article, read_article_bytes
from .models import Article, Briefing, Skipped
from .progress import Progress
from .render import render_corpus
from .runners import Runner, extract_articles
from .site import build_site
from .write import Writer, WriteReport

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["GenerateResult", "Skipped", "build", "extract_articles", "generate", "load_articles"]


@dataclass(frozen=True)
class GenerateResult:
    """What a generation run produced."""

    briefings: tuple[Briefing, ...]
    skipped: tuple[Skipped, ...]
    report: WriteReport
    extracted: int = 0
    """Articles extracted in this run (the others came from the cache)."""


@dataclass(frozen=True)
class _Input:
    """A readable article file and its cache key."""

    path: Path
    source: str
    key: str


def load_articles(paths: Sequence[Path], config: Config) -> tuple[list[Article], list[Skipped]]:
    """Load every path; bad files become `Skipped` records instead of stopping the run."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in paths:
        try:
            articles.append(load_article(path, str(path), max_bytes=config.max_article_bytes))
        except LoadError as exc:
            skipped.append(Skipped(str(path), exc.message))
    return articles, skipped


def _scan(paths: Sequence[Path], config: Config) -> tuple[list[_Input], list[Skipped]]:
    inputs: list[_Input] = []
    skipped: list[Skipped] = []
    for path in paths:
        source = str(path)
        try:
            data = read_article_bytes(path, source, config.max_article_bytes)
        except LoadError as exc:
            skipped.append(Skipped(source, exc.message))
            continue
        inputs.append(_Input(path, source, article_key(source, data)))
    return inputs, skipped


def _open_cache(config: Config) -> BriefingCache | None:
    if not config.cache:
        return None
    return BriefingCache(config.cache_path, extractor_fingerprint(config.model))


def collect_briefings(
    config: Config, nlp: Language | None = None, progress: Progress | None = None
) -> tuple[list[Briefing], list[Skipped], int]:
    """Return the briefing of every article of `config.articles_dir`, the skipped inputs,
    and how many articles were extracted (the rest came from the cache)."""
    progress = progress or Progress()
    if not config.articles_dir.is_dir():
        raise LoadError("articles folder does not exist", str(config.articles_dir))
    inputs, skipped = _scan(discover(config.articles_dir), config)
    cache = _open_cache(config)
    try:
        found = {i.key: b for i in inputs if cache and (b := cache.get(i.key)) is not None}
        misses = [i for i in inputs if i.key not in found]
        keys: deque[str] = deque()

        def articles() -> Iterator[Article]:
            for item in misses:
                try:
                    data = read_article_bytes(item.path, item.source, config.max_article_bytes)
                    article = parse_article(data, item.path.suffix, item.source)
                except LoadError as exc:
                    skipped.append(Skipped(item.source, exc.message))
                    progress.advance()
                    continue
                keys.append(article_key(item.source, data))  # the file may have changed since the scan
                yield article

        def model() -> Language:
            if nlp is not None:
                return nlp
            from .nlp import load_model

            return load_model(config.model)

        runner = Runner(config.model, workers=config.worker_count, scheduler=config.scheduler)
        extracted: list[tuple[str, Briefing]] = []
        unsaved: list[tuple[str, Briefing]] = []
        progress.start("extracting", len(misses))
        try:
            for result in runner.run(articles(), len(misses), model):
                key = keys.popleft()
                progress.advance()
                if isinstance(result, Skipped):
                    skipped.append(result)
                    continue
                extracted.append((key, result))
                unsaved.append((key, result))
                if cache and len(unsaved) >= runner.chunk_size:
                    cache.put_many(unsaved)
                    unsaved.clear()
        finally:
            # Work done before an interruption is kept for the next run.
            if cache and unsaved:
                cache.put_many(unsaved)
            progress.finish()
        if cache:
            cache.prune({i.key for i in inputs} | {key for key, _ in extracted})
    finally:
        if cache:
            cache.close()
    briefings = list(found.values()) + [b for _, b in extracted]
    return briefings, skipped, len(extracted)


def generate(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`.

    Only changed pages are rewritten; pages of removed articles are deleted.
    `nlp`, if given, is the loaded pipeline named by `config.model`.
    """
    progress = progress or Progress()
    briefings, skipped, extracted = collect_briefings(config, nlp, progress)
    corpus = link(briefings)
    pages = render_corpus(corpus)
    writer = Writer(config.docs_dir)
    progress.start("writing pages", len(pages))
    for page in pages:
        writer.write(page.path, page.text)
        progress.advance()
    report = writer.finish()
    progress.finish()
    ordered = tuple(sorted(briefings, key=lambda b: b.article.source))
    return GenerateResult(ordered, tuple(skipped), report, extracted)


def build(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Generate the pages, then build the site (MkDocs or Zensical; atomically replaced)."""
    result = generate(config, nlp, progress)
    build_site(
        config.mkdocs_config, config.docs_dir, config.site_dir, strict=config.strict, engine=config.engine
    )
    return result
