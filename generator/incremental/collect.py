"""Briefings for loaded articles: from the cache when the article record and the extractor
are unchanged, extracted otherwise (in this process, on worker processes or on a Dask
cluster) and stored.

The articles come already loaded, checked and deduplicated (see
`generator.pipeline`); each is keyed by its record (`cache.article_key`). Only
misses are sent to the runner, in chunks, and stored as their results come
back, so the memory held is the briefings, never the spaCy documents, and an
interrupted run keeps the work it finished.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..config import Config
from ..models import Article, Briefing, Problem
from .cache import BriefingCache, article_key
from .progress import Progress
from .runners import Runner

if TYPE_CHECKING:
    from spacy.language import Language

    from .warm import WarmModel


@dataclass(frozen=True)
class Collected:
    """The briefings of a list of articles, and how they were obtained."""

    briefings: tuple[Briefing, ...]
    """One per article that extracted, in the order of the articles."""
    keys: tuple[str, ...]
    """The cache key of each briefing, in the same order."""
    problems: tuple[Problem, ...]
    """Articles whose extraction failed or ran out of time (not published)."""
    extracted: int
    """How many were extracted in this run (the others came from the cache)."""


def collect_briefings(
    articles: Sequence[Article],
    config: Config,
    cache: BriefingCache | None = None,
    nlp: Language | None = None,
    progress: Progress | None = None,
    warm: WarmModel | None = None,
    known: Mapping[str, Briefing] | None = None,
) -> Collected:
    """Return the briefing of every article (see `Collected`).

    `nlp` is the loaded model named by `config.model`; None loads it, and only
    when this process has something to extract; `warm`, a worker process
    already loading it, extracts a few misses instead (see `warm`); `known`, briefings
    already read from the cache, by key (see `loads`).
    """
    progress = progress or Progress()
    keys = [article_key(article, config.articles_dir) for article in articles]
    results: dict[int, Briefing] = {}
    if cache is not None:
        for number, key in enumerate(keys):
            stored = known.get(key) if known else None
            stored = stored if stored is not None else cache.get(key)
            if stored is not None:
                # The loaded record (with this run's warnings) is the article.
                results[number] = replace(stored, article=articles[number])
    misses = [number for number in range(len(articles)) if number not in results]

    def model() -> Language:
        if nlp is not None:
            return nlp
        from .nlp import load_model

        return load_model(config.model)

    runner = Runner(
        config.model,
        workers=config.worker_count,
        scheduler=config.scheduler,
        max_seconds=config.max_extract_seconds,
    )
    problems: list[Problem] = []
    unsaved: list[tuple[str, Briefing]] = []
    extracted = 0
    progress.start("extracting", len(misses))
    try:
        stream = runner.run((articles[n] for n in misses), len(misses), model, warm)
        for number, result in zip(misses, stream, strict=False):
            progress.advance()
            if isinstance(result, Problem):
                problems.append(result)
                continue
            results[number] = result
            extracted += 1
            unsaved.append((keys[number], result))
            if cache is not None and len(unsaved) >= runner.chunk_size:
                cache.put_many(unsaved)
                unsaved.clear()
    finally:
        # Work done before an interruption is kept for the next run.
        if cache is not None and unsaved:
            cache.put_many(unsaved)
        progress.finish()
    if cache is not None:
        cache.prune(keys)
    numbers = sorted(results)
    return Collected(
        briefings=tuple(results[n] for n in numbers),
        keys=tuple(keys[n] for n in numbers),
        problems=tuple(problems),
        extracted=extracted,
    )
