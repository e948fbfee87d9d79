"""The library entry points: generate pages from articles, and build the site.

load -> extract -> link -> render -> write -> build. Briefings come from the
extraction cache when articles and extractor are unchanged (`collect`); when
the articles, the extractor and the generator are all as they were at the
last generation and docs/ is untouched since, link, render and write are
skipped too. Each bad article is reported as a `Skipped` record and the rest
go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BriefingCache, extractor_fingerprint, generation_stamp
from .collect import collect_briefings
from .config import Config
from .errors import LoadError
from .link import link
from .load import load_article
from .models import Article, Briefing, Skipped
from .progress import Progress
from .render import render_corpus
from .runners import extract_articles
from .site import build_site
from .write import MANIFEST, Writer, WriteReport

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


def _open_cache(config: Config) -> BriefingCache | None:
    if not config.cache:
        return None
    return BriefingCache(config.cache_path, extractor_fingerprint(config.model))


def _file_states(docs: Path, relpaths: Sequence[str]) -> dict[str, tuple[int, int]]:
    states = {}
    for relpath in relpaths:
        try:
            stat = (docs / relpath).stat()
        except OSError:
            continue
        states[relpath] = (stat.st_size, stat.st_mtime_ns)
    return states


def _untouched_since(cache: BriefingCache, docs: Path, stamp: str) -> WriteReport | None:
    """Return an all-unchanged report if the last generation into `docs` had this stamp
    and left files that are all still there with their size and mtime; else None."""
    last = cache.last_generation(docs)
    if last is None or last[0] != stamp:
        return None
    recorded = {path: (size, mtime) for path, (size, mtime) in last[1].items()}
    if MANIFEST not in recorded or _file_states(docs, list(recorded)) != recorded:
        return None
    return WriteReport((), tuple(sorted(p for p in recorded if p != MANIFEST)), ())


def _write_pages(briefings: Sequence[Briefing], docs: Path, progress: Progress) -> WriteReport:
    pages = render_corpus(link(briefings))
    writer = Writer(docs)
    progress.start("writing pages", len(pages))
    for page in pages:
        writer.write(page.path, page.text)
        progress.advance()
    progress.finish()
    return writer.finish()


def generate(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Write the briefing pages for every article of `config.articles_dir` into `config.docs_dir`.

    Only changed pages are rewritten; pages of removed articles are deleted.
    `nlp`, if given, is the loaded pipeline named by `config.model`.
    """
    progress = progress or Progress()
    cache = _open_cache(config)
    try:
        collected = collect_briefings(config, cache, nlp, progress)
        report = None
        if cache is not None:
            stamp = generation_stamp(collected.keys, cache.fingerprint)
            report = _untouched_since(cache, config.docs_dir, stamp)
        if report is None:
            report = _write_pages(collected.briefings, config.docs_dir, progress)
            if cache is not None:
                files = [*report.written, *report.unchanged, MANIFEST]
                cache.record_generation(config.docs_dir, stamp, _file_states(config.docs_dir, files))
    finally:
        if cache is not None:
            cache.close()
    ordered = tuple(sorted(collected.briefings, key=lambda b: b.article.source))
    return GenerateResult(ordered, collected.skipped, report, collected.extracted)


def build(config: Config, nlp: Language | None = None, progress: Progress | None = None) -> GenerateResult:
    """Generate the pages, then build the site (MkDocs or Zensical; atomically replaced)."""
    result = generate(config, nlp, progress)
    build_site(
        config.mkdocs_config, config.docs_dir, config.site_dir, strict=config.strict, engine=config.engine
    )
    return result
