"""The reader registry: file suffix -> reader, and article discovery in a folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError
from ..models import Article
from .decode import decode_article_bytes
from .feeds import read_feed
from .html import read_html
from .jsonlines import read_jsonl
from .readers import read_markdown, read_text

Reader = Callable[[str, str], Article]
# A file holding several articles: one `Article` (source "path#N") or one `LoadError` per entry.
ContainerReader = Callable[[str, str], list[Article | LoadError]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}

CONTAINER_READERS: dict[str, ContainerReader] = {
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
    ".jsonl": read_jsonl,
}

# Files larger than this are refused rather than read (bytes); see Config.max_article_bytes.
DEFAULT_MAX_BYTES = 5_000_000

# Text must contain at least one run of letters forming a word to be an article.
_WORD = re.compile(r"[^\W\d_]{2,}")


def supported_suffixes() -> tuple[str, ...]:
    """Return the file suffixes a reader is registered for, sorted."""
    return tuple(sorted({*READERS, *CONTAINER_READERS}))


def discover(folder: Path) -> list[Path]:
    """Return the candidate article files under `folder`, sorted by relative path.

    Hidden files and folders are skipped; symlinks are not followed.
    """
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() in supported_suffixes() or path.is_symlink():
            found.append(path)
    return found


def load_article(path: Path, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file into an `Article`, or raise `LoadError` with the reason.

    A file holding several articles (a feed, JSON Lines) is read with `load_path`.
    """
    name = source if source is not None else str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if path.suffix.lower() in CONTAINER_READERS:
            raise LoadError("holds several articles; read it with load_path", name)
        raise LoadError(
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"supported: {', '.join(supported_suffixes())}",
            name,
        )
    return check_article(reader(read_article_text(path, name, max_bytes), name))


def read_article_text(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the decoded text of an input file, or raise `LoadError` (link, folder, size, bytes)."""
    if path.is_symlink():
        raise LoadError("symbolic link, not followed", name)
    if path.is_dir():
        raise LoadError("is a directory, not an article file", name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"file is {size:,} bytes, above the limit of {max_bytes:,}", name)
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file ({exc.strerror})", name) from exc
    return decode_article_bytes(data, name)


def check_article(article: Article) -> Article:
    """Return `article` if it has text with words in it, else raise `LoadError`."""
    if not article.text.strip():
        raise LoadError("article has no text", article.source)
    if not _WORD.search(article.text):
        raise LoadError("article has no sentences (no words found)", article.source)
    return article


@dataclass(frozen=True)
class Loaded:
    """The articles one input file gave, and the entries of it that could not be read."""

    articles: tuple[Article, ...]
    errors: tuple[LoadError, ...] = ()


def load_path(path: Path, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read every article of one input file: one for a page or text, one per entry of a container.

    Raises `LoadError` when the file as a whole cannot be read; a bad entry of
    a feed or JSON Lines file is returned in `errors` and the others load.
    """
    suffix = path.suffix.lower()
    if suffix not in CONTAINER_READERS:
        return Loaded((load_article(path, source, max_bytes),))
    name = source if source is not None else str(path)
    return load_text(read_article_text(path, name, max_bytes), name, suffix)


def load_text(text: str, name: str, suffix: str) -> Loaded:
    """Read already-decoded input (a file's or a download's) with the reader for `suffix`."""
    container = CONTAINER_READERS.get(suffix.lower())
    if container is not None:
        return split_entries(container(text, name))
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise LoadError(f"unsupported type {suffix!r}; supported: {', '.join(supported_suffixes())}", name)
    return Loaded((check_article(reader(text, name)),))


def split_entries(entries: list[Article | LoadError]) -> Loaded:
    """Check each entry of a container file; keep the good ones and the reasons for the others."""
    articles: list[Article] = []
    errors: list[LoadError] = []
    for entry in entries:
        if isinstance(entry, LoadError):
            errors.append(entry)
            continue
        try:
            articles.append(check_article(entry))
        except LoadError as exc:
            errors.append(exc)
    return Loaded(tuple(articles), tuple(errors))
