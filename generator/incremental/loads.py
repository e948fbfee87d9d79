"""Kept loads: an article file untouched since the last run is not read and parsed again.

After one added article, loading every other file again (reading, decoding,
front matter, normalising, the paragraph and token checks) was about 1 s per
1,000 articles of a run that extracts one. A file whose `lstat_identity`
(size, modification time, change time, inode: any write moves the change
time) is what the last run recorded gives the same records, as long as the
loading code, the limits and the day (year-less datelines are dated by it)
are the same: those are the namespace the records are kept under. What is
kept per file is its load outcome without the article text: each article's
cache key, source and warnings, and the file's problem lines in their order;
the article itself is the one stored with its briefing (the key covers every
field of the record but the source path and the warnings, which are kept
beside it). A file with an article whose briefing is not in the cache (it
failed, or was dropped as a duplicate) is loaded again, as is every file
when anything in the namespace changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..load.collection import load_articles
from ..models import Article, Briefing, Problem
from .cache import BriefingCache, article_key, generation_stamp
from .stamps import identity_if_readable

Identity = tuple[int, int, int, int]


@dataclass(frozen=True)
class KeptArticle:
    """What stands for one loaded article: its cache key, source and warnings."""

    key: str
    source: str
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class KeptFile:
    """One file's load outcome, with the identity of the file it was read from."""

    identity: Identity
    articles: tuple[KeptArticle, ...]
    problems: tuple[Problem, ...]

    def to_json(self) -> list[object]:
        return [
            list(self.identity),
            [[a.key, a.source, list(a.warnings)] for a in self.articles],
            [[p.source, p.reason, p.skipped] for p in self.problems],
        ]

    @classmethod
    def from_json(cls, row: list[object]) -> KeptFile:
        identity, articles, problems = row
        assert isinstance(identity, list) and isinstance(articles, list) and isinstance(problems, list)
        size, mtime, ctime, inode = (int(n) for n in identity)
        return cls(
            (size, mtime, ctime, inode),
            tuple(KeptArticle(str(k), str(s), tuple(str(w) for w in ws)) for k, s, ws in articles),
            tuple(Problem(str(s), str(r), bool(k)) for s, r, k in problems),
        )


@dataclass(frozen=True)
class Loaded:
    """The articles and problems of loading a list of files, in file order, and the briefings
    found for the kept ones (by cache key), so they are not looked up twice."""

    articles: list[Article]
    problems: list[Problem]
    briefings: dict[str, Briefing]
    read: int
    """How many files were read (the others were kept)."""


@dataclass(frozen=True)
class LoadSettings:
    """Everything besides a file that decides what loading it gives."""

    articles_dir: Path
    max_bytes: int
    max_paragraph_chars: int | None
    today: dt.date

    def namespace(self, fingerprint: str) -> str:
        settings = [
            f"articles {self.articles_dir}",
            f"max bytes {self.max_bytes}",
            f"max paragraph {self.max_paragraph_chars}",
            f"today {self.today.isoformat()}",
        ]
        # The generator's own source is part of every generation stamp: the readers included.
        return generation_stamp((s.encode("utf-8", "surrogatepass").hex() for s in settings), fingerprint)


def _cache_name(articles_dir: Path) -> str:
    return f"loads {articles_dir.resolve()}"


def _kept(cache: BriefingCache, name: str, namespace: str) -> dict[str, KeptFile]:
    recorded = cache.last_text(name)
    if recorded is None or recorded[0] != namespace:
        return {}
    try:
        rows = json.loads(recorded[1])
        return {str(path): KeptFile.from_json(row) for path, row in rows.items()}
    except (ValueError, TypeError, AssertionError, AttributeError):
        return {}  # an unreadable record is nothing kept


def _reuse(kept: KeptFile, cache: BriefingCache) -> tuple[list[Article], dict[str, Briefing]] | None:
    articles: list[Article] = []
    briefings: dict[str, Briefing] = {}
    for entry in kept.articles:
        briefing = cache.get(entry.key)
        if briefing is None:
            return None
        briefings[entry.key] = briefing
        articles.append(dataclasses.replace(briefing.article, source=entry.source, warnings=entry.warnings))
    return articles, briefings


def load_kept(paths: Sequence[Path], settings: LoadSettings, cache: BriefingCache | None) -> Loaded:
    """Load `paths` (as `load_articles` does, same order, same records), reading only the
    files changed since the last run recorded in `cache`; record this run's outcomes."""
    if cache is None:
        return Loaded(*_load(paths, settings), {}, len(paths))
    name = _cache_name(settings.articles_dir)
    namespace = settings.namespace(cache.fingerprint)
    kept = _kept(cache, name, namespace)
    outcome: dict[str, KeptFile] = {}
    articles: list[Article] = []
    problems: list[Problem] = []
    briefings: dict[str, Briefing] = {}
    read = 0
    for path in paths:
        identity = identity_if_readable(path)
        last = kept.get(str(path))
        reused = _reuse(last, cache) if last is not None and last.identity == identity else None
        if last is not None and reused is not None:
            articles += reused[0]
            briefings.update(reused[1])
            problems += last.problems
            outcome[str(path)] = last
            continue
        read += 1
        loaded, found = _load([path], settings)
        articles += loaded
        problems += found
        if identity is not None:
            entries = tuple(
                KeptArticle(article_key(a, settings.articles_dir), a.source, a.warnings) for a in loaded
            )
            outcome[str(path)] = KeptFile(identity, entries, tuple(found))
    rows = {path: outcome[path].to_json() for path in sorted(outcome)}
    cache.record_text(name, namespace, json.dumps(rows))  # ASCII: paths may hold lone surrogates
    return Loaded(articles, problems, briefings, read)


def _load(paths: Sequence[Path], settings: LoadSettings) -> tuple[list[Article], list[Problem]]:
    return load_articles(paths, settings.max_bytes, settings.max_paragraph_chars, today=settings.today)
