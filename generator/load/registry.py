"""The reader registry: file suffix -> reader, and article discovery in a folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import LoadError
from ..models import Article
from .decode import decode_article_bytes
from .readers import read_markdown, read_text

Reader = Callable[[str, str], Article]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
}

# Files larger than this are refused rather than read (bytes); see Config.max_article_bytes.
DEFAULT_MAX_BYTES = 5_000_000

# Text must contain at least one run of letters forming a word to be an article.
_WORD = re.compile(r"[^\W\d_]{2,}")


def supported_suffixes() -> tuple[str, ...]:
    """Return the file suffixes a reader is registered for, sorted."""
    return tuple(sorted(READERS))


def discover(folder: Path) -> list[Path]:
    """Return the candidate article files under `folder`, sorted by relative path.

    Hidden files and folders are skipped; symlinks are not followed.
    """
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() in READERS or path.is_symlink():
            found.append(path)
    return found


def load_article(path: Path, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file into an `Article`, or raise `LoadError` with the reason."""
    name = source if source is not None else str(path)
    return parse_article(read_article_bytes(path, name, max_bytes), path.suffix, name)


def read_article_bytes(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Return the raw bytes of an article file, or raise `LoadError` (wrong type, too big, unreadable)."""
    if path.suffix.lower() not in READERS:
        raise LoadError(
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"supported: {', '.join(supported_suffixes())}",
            name,
        )
    if path.is_symlink():
        raise LoadError("symbolic link, not followed", name)
    if path.is_dir():
        raise LoadError("is a directory, not an article file", name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"file is {size:,} bytes, above the limit of {max_bytes:,}", name)
        return path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file ({exc.strerror})", name) from exc


def parse_article(data: bytes, suffix: str, name: str) -> Article:
    """Return the `Article` in the bytes of a file with this suffix, or raise `LoadError`."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise LoadError(f"unsupported file type {suffix or '(none)'!r}", name)
    text = decode_article_bytes(data, name)
    article = reader(text, name)
    if not article.text.strip():
        raise LoadError("article has no text", name)
    if not _WORD.search(article.text):
        raise LoadError("article has no sentences (no words found)", name)
    return article
