"""`briefing add`: bring articles from files, folders, feeds and URLs into the articles folder.

Each article is saved as a normalised Markdown file with front matter (see
`store`), so the site rebuilds offline from what is on disk. An article that
is already there (same URL, same or near-identical text, same title and
date) is skipped with a line naming the file it duplicates. Whatever goes
wrong with one source is one ``failed:`` line and the next source is tried.
The run holds the project lock (`generator.lock`), so two `add` runs (or an
`add` and a build) never interleave: the second sees what the first saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..errors import BriefingError, LoadError, one_line, shorten
from ..load import CONTAINER_READERS, discover, load_path
from ..load.registry import DEFAULT_MAX_BYTES, Loaded, check_text_size, load_text, raw_limit
from ..models import Article
from ..site.lock import lock_path, project_lock
from .duplicates import DuplicateIndex
from .fetch import DEFAULT_TIMEOUT, fetch_url, is_url
from .kinds import document_kind
from .store import save_article

__all__ = ["AddReport", "Outcome", "Status", "add_sources"]


class Status(StrEnum):
    """What happened to one incoming article."""

    ADDED = "added"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """One line of the report: an incoming article (or source) and what became of it."""

    source: str
    status: Status
    detail: str
    """The file written, the file it duplicates (and why), or the reason it failed."""

    def __str__(self) -> str:
        if self.status is Status.ADDED:
            line = f"added: {self.source} -> {self.detail}"
        elif self.status is Status.DUPLICATE:
            line = f"skipped: {self.source} duplicates {self.detail}"
        else:
            line = f"failed: {self.source}: {shorten(self.detail)}"
        return one_line(line)


@dataclass(frozen=True)
class AddReport:
    """Everything one `add` run did, in order."""

    outcomes: tuple[Outcome, ...]

    def count(self, status: Status) -> int:
        """How many outcomes have this status."""
        return sum(1 for outcome in self.outcomes if outcome.status is status)


@dataclass(frozen=True)
class _Incoming:
    article: Article
    line_per_paragraph: bool


def _failed(error: BriefingError, fallback: str) -> Outcome:
    path = getattr(error, "path", None) or fallback
    message = error.message.removeprefix(f"{path}: ")
    return Outcome(path, Status.FAILED, message)


def _from_loaded(
    loaded: Loaded, line_per_paragraph: bool, url: str | None = None
) -> Iterator[_Incoming | Outcome]:
    """The articles and failed entries of one input; `url` is the address of a one-article download."""
    for error in loaded.errors:
        yield _failed(error, "")
    for article in loaded.articles:
        if url is not None and not article.url:
            article = dataclasses.replace(article, url=url)
        yield _Incoming(article, line_per_paragraph)


def _read_url(url: str, timeout: float, max_bytes: int, today: dt.date) -> Iterator[_Incoming | Outcome]:
    try:
        fetched = fetch_url(url, timeout=timeout, max_bytes=raw_limit(".html", max_bytes))
        kind = document_kind(fetched)
        if len(fetched.data) > raw_limit(kind, max_bytes):  # only a web page may be larger
            raise LoadError(f"document is {len(fetched.data):,} bytes, above the limit of {max_bytes:,}", url)
        loaded = load_text(fetched.text(), url, kind, today)
        checked = tuple(check_text_size(a, kind, max_bytes) for a in loaded.articles)
        loaded = dataclasses.replace(loaded, articles=checked)
    except BriefingError as exc:
        yield _failed(exc, url)
        return
    single = kind not in CONTAINER_READERS
    yield from _from_loaded(loaded, kind == ".txt", fetched.url if single else None)


def _read_file(path: Path, max_bytes: int, today: dt.date) -> Iterator[_Incoming | Outcome]:
    try:
        loaded = load_path(path, str(path), max_bytes=max_bytes, today=today)
    except LoadError as exc:
        yield _failed(exc, str(path))
        return
    yield from _from_loaded(loaded, path.suffix.lower() == ".txt")


def _read_source(
    source: str, timeout: float, max_bytes: int, today: dt.date
) -> Iterator[_Incoming | Outcome]:
    """The articles and failures of one source; an unexpected error is one failure, not the end."""
    try:
        yield from _read_any(source, timeout, max_bytes, today)
    except Exception as exc:  # the next source is still tried
        yield Outcome(source, Status.FAILED, f"cannot read: {type(exc).__name__}: {exc}")


def _read_any(source: str, timeout: float, max_bytes: int, today: dt.date) -> Iterator[_Incoming | Outcome]:
    if is_url(source):
        yield from _read_url(source, timeout, max_bytes, today)
        return
    path = Path(source)
    if path.is_dir():
        found = discover(path)
        for refused in found.refused:
            yield Outcome(refused.path or source, Status.FAILED, refused.reason)
        if not found.paths and not found.refused:
            yield Outcome(source, Status.FAILED, "no article files in this folder")
        for file in found.paths:
            yield from _read_file(file, max_bytes, today)
    elif path.exists() or path.is_symlink():
        yield from _read_file(path, max_bytes, today)
    else:
        yield Outcome(source, Status.FAILED, "no such file, folder or http(s) URL")


def _index_folder(folder: Path, max_bytes: int, today: dt.date) -> DuplicateIndex:
    index = DuplicateIndex()
    if not folder.is_dir():
        return index
    for path in discover(folder).paths:
        try:
            loaded = load_path(path, str(path), max_bytes=max_bytes, today=today)
        except Exception:  # an unreadable file duplicates nothing
            continue
        for article in loaded.articles:
            index.add(article, article.source)
    return index


def add_sources(
    sources: Sequence[str],
    articles_dir: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    now: dt.datetime | None = None,
    wait: bool = True,
) -> AddReport:
    """Save every article of `sources` (files, folders, feed files, http(s) URLs) into
    `articles_dir` as Markdown; return one outcome per article or failed source.

    Holds the lock of the project `articles_dir` belongs to (waiting for it
    unless `wait` is False, then `LockError`).
    """
    with project_lock(lock_path(articles_dir), wait=wait):
        return _add_sources(sources, articles_dir, timeout, max_bytes, now or dt.datetime.now(dt.UTC))


def _add_sources(
    sources: Sequence[str], articles_dir: Path, timeout: float, max_bytes: int, added: dt.datetime
) -> AddReport:
    today = added.date()
    index = _index_folder(articles_dir, max_bytes, today)
    outcomes: list[Outcome] = []
    for source in sources:
        for item in _read_source(source, timeout, max_bytes, today):
            if isinstance(item, Outcome):
                outcomes.append(item)
                continue
            article = item.article
            duplicate = index.find(article)
            if duplicate is not None:
                detail = f"{duplicate.existing} ({duplicate.reason})"
                outcomes.append(Outcome(article.source, Status.DUPLICATE, detail))
                continue
            try:
                path = save_article(article, articles_dir, added, item.line_per_paragraph)
            except (BriefingError, OSError) as exc:
                reason = exc.message if isinstance(exc, BriefingError) else f"cannot write ({exc})"
                outcomes.append(Outcome(article.source, Status.FAILED, reason))
                continue
            saved = str(articles_dir / path.name)
            index.add(article, saved)
            warned = "".join(f" (warning: {w})" for w in article.warnings)
            outcomes.append(Outcome(article.source, Status.ADDED, saved + warned))
    return AddReport(tuple(outcomes))
