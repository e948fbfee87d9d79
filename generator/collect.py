"""Briefings for every article: from the cache when the file and the extractor are unchanged,
extracted otherwise (in this process, on worker processes or on a Dask cluster) and stored.

Articles stream through: each file is read and hashed; only misses are parsed,
sent to the runner in chunks and stored as their results come back, so the
memory held is the briefings, never the spaCy documents, and an interrupted
run keeps the work it finished.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BriefingCache, article_key
from .config import Config
from .errors import LoadError
from .load import discover, parse_article, read_article_bytes
from .models import Article, Briefing, Skipped
from .progress import Progress
from .runners import Runner

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Collected:
    """The briefings of a folder of articles, and how they were obtained."""

    briefings: tuple[Briefing, ...]
    """One per article that loaded and extracted, in no particular order."""
    keys: tuple[str, ...]
    """The cache key of each briefing, in the same order."""
    skipped: tuple[Skipped, ...]
    extracted: int
    """How many were extracted in this run (the others came from the cache)."""


@dataclass(frozen=True)
class _Input:
    """A readable article file and its cache key."""

    path: Path
    source: str
    key: str


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


def collect_briefings(
    config: Config,
    cache: BriefingCache | None = None,
    nlp: Language | None = None,
    progress: Progress | None = None,
) -> Collected:
    """Return the briefing of every article of `config.articles_dir` (see `Collected`)."""
    progress = progress or Progress()
    if not config.articles_dir.is_dir():
        raise LoadError("articles folder does not exist", str(config.articles_dir))
    inputs, skipped = _scan(discover(config.articles_dir), config)
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
    pairs = [*found.items(), *extracted]
    return Collected(
        briefings=tuple(b for _, b in pairs),
        keys=tuple(k for k, _ in pairs),
        skipped=tuple(skipped),
        extracted=len(extracted),
    )
