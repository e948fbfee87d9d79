"""The reader registry: file suffix -> reader, and article discovery in a folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError, one_line
from ..language import foreign_language
from ..models import Article
from .decode import decode_article_bytes
from .jsonlines import read_jsonl
from .normalise import normalise_article
from .readers import read_markdown, read_text
from .tokencost import check_token_cost

# Readers get the date of the run (`today`) to tell a future date from a mistyped one;
# none of them reads the clock, so a run can be replayed as of any day.
Reader = Callable[[str, str, dt.date], Article]
# A file holding several articles: one `Article` (source "path#N") or one `LoadError` per entry.
ContainerReader = Callable[[str, str, dt.date], list[Article | LoadError]]


# Web pages and feeds need trafilatura and feedparser (about 0.3 s to import):
# imported when a folder has such a file, not by every run.
def read_html(text: str, source: str, today: dt.date) -> Article:
    from .html import read_html as read

    return read(text, source, today)


def read_feed(text: str, source: str, today: dt.date) -> list[Article | LoadError]:
    from .feeds import read_feed as read

    return read(text, source, today)


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

# Files larger than this are refused before they are read (bytes); see
# Config.max_article_bytes and `--max-bytes`. Measured on the 2-core build
# machine with en_core_web_sm: extraction takes ~38 s and ~1.7 GB of memory
# per MB of article text, and news articles are 5-50 KB.
DEFAULT_MAX_BYTES = 1_000_000
# A saved web page is mostly markup, scripts and styles: the Guardian's and
# Yahoo's article pages weigh 1.2-1.6 MB for 5-10 KB of text. A page may be this
# many times the limit; the limit then applies to the article text read from it.
MARKUP_FACTOR = 8
MARKUP_SUFFIXES = frozenset({".html", ".htm"})

# Text must contain at least one run of letters forming a word to be an article.
_WORD = re.compile(r"[^\W\d_]{2,}")


def supported_suffixes() -> tuple[str, ...]:
    """Return the file suffixes a reader is registered for, sorted."""
    return tuple(sorted({*READERS, *CONTAINER_READERS}))


@dataclass(frozen=True)
class Discovered:
    """What a folder holds: files to load, and entries refused on sight."""

    paths: tuple[Path, ...]
    """Files (and links, special files) to pass to `load_article`, sorted."""
    refused: tuple[LoadError, ...]
    """Hidden article files, folders named like articles and unreadable folders."""


def _is_article_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in supported_suffixes()


def discover(folder: Path) -> Discovered:
    """Return the entries of `folder` (recursively) that may be articles, sorted by path.

    Every visible file is a candidate, so an unsupported one is reported
    rather than silently ignored; symbolic links are candidates but never
    followed. Hidden folders (``.git``) and hidden files that are not named
    like articles are skipped silently; a hidden article file is refused.
    """
    paths: list[Path] = []
    refused: list[LoadError] = []

    def walk(directory: Path) -> None:
        try:
            with os.scandir(directory) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            refused.append(LoadError(f"folder cannot be read ({exc.strerror})", str(directory)))
            return
        for entry in listed:
            path = directory / entry.name
            is_dir = entry.is_dir(follow_symlinks=False)
            if entry.name.startswith("."):
                if not is_dir and _is_article_name(entry.name):
                    refused.append(LoadError("hidden file (name starts with '.'), not read", str(path)))
                continue
            if is_dir:
                if _is_article_name(entry.name):
                    refused.append(LoadError("is a folder, not an article file", str(path)))
                walk(path)
            else:
                paths.append(path)

    walk(folder)
    return Discovered(tuple(sorted(paths)), tuple(sorted(refused, key=lambda e: e.path or "")))


def _check_regular_file(path: Path, name: str) -> int:
    """Return the size of `path`, refusing links, folders and special files unopened."""
    try:
        info = path.lstat()
    except OSError as exc:
        raise LoadError(f"cannot read file ({exc.strerror or exc})", name) from exc
    if stat.S_ISLNK(info.st_mode):
        raise LoadError("symbolic link, not followed", name)
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("is a folder, not an article file", name)
    if not stat.S_ISREG(info.st_mode):
        raise LoadError("not a regular file (a pipe, socket or device)", name)
    return info.st_size


def _read_bounded(path: Path, name: str, size: int, max_bytes: int) -> bytes:
    """Read a regular file of at most `max_bytes`, never following a link."""
    if size > max_bytes:
        raise LoadError(f"file is {size:,} bytes, above the limit of {max_bytes:,} (see --max-bytes)", name)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(f"cannot read file ({exc.strerror or exc})", name) from exc
    if len(data) > max_bytes:
        raise LoadError(f"file grew above the limit of {max_bytes:,} bytes while being read", name)
    return data


def load_article(
    path: Path,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: dt.date | None = None,
) -> Article:
    """Read one article file into an `Article`, or raise `LoadError` with the reason.

    Nothing above `max_bytes` is read; symbolic links are never followed.
    `today` (default: the clock's, read here) bounds the dates believed.
    """
    today = today or dt.date.today()
    name = one_line(source if source is not None else str(path))
    size = _checked_size(path, name)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if path.suffix.lower() in CONTAINER_READERS:
            raise LoadError("holds several articles; read it with load_path", name)
        raise LoadError(
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"supported: {', '.join(supported_suffixes())}",
            name,
        )
    suffix = path.suffix.lower()
    text = decode_article_bytes(_read_bounded(path, name, size, raw_limit(suffix, max_bytes)), name)
    return check_article(check_text_size(reader(text, name, today), suffix, max_bytes), today)


def raw_limit(suffix: str, max_bytes: int) -> int:
    """The most bytes read of a document of this type: `max_bytes`, a web page's
    markup `MARKUP_FACTOR` times as much (its text is held to `max_bytes`)."""
    return max_bytes * MARKUP_FACTOR if suffix in MARKUP_SUFFIXES else max_bytes


def check_text_size(article: Article, suffix: str, max_bytes: int) -> Article:
    """The article, or `LoadError` when a web page's text is above `max_bytes`."""
    length = len(article.text.encode("utf-8"))
    if suffix in MARKUP_SUFFIXES and length > max_bytes:
        message = f"article text is {length:,} bytes, above the limit of {max_bytes:,} (see --max-bytes)"
        raise LoadError(message, article.source)
    return article


def _checked_size(path: Path, name: str) -> int:
    """Return the size of a visible regular file; refuse hidden files, links, folders, devices."""
    if path.name.startswith("."):
        raise LoadError("hidden file (name starts with '.'), not read", name)
    return _check_regular_file(path, name)


def read_article_text(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the decoded text of an input file, or raise `LoadError`.

    Hidden files, links, folders and special files are refused unopened;
    nothing above `max_bytes` is read.
    """
    size = _checked_size(path, name)
    return decode_article_bytes(_read_bounded(path, name, size, max_bytes), name)


def check_article(article: Article, today: dt.date) -> Article:
    """Return `article` normalised (see `normalise`) if it has text with words in it that
    spaCy can tokenise in bounded time (see `tokencost`), else raise `LoadError`; with a
    warning when the text looks written in another language than English."""
    article = normalise_article(article, today)
    if not article.text.strip():
        raise LoadError("article has no text", article.source)
    if not _WORD.search(article.text):
        raise LoadError("article has no sentences (no words found)", article.source)
    check_token_cost(article.text, "text", article.source)
    if article.title:
        check_token_cost(article.title, "title", article.source)
    language = foreign_language(article.text)
    if language is not None:
        note = (
            f"the text looks written in {language}, not English: no actors, quotes or key figures "
            "are taken from it (the extraction reads English only)"
        )
        article = dataclasses.replace(article, warnings=(*article.warnings, note))
    return article


@dataclass(frozen=True)
class Loaded:
    """The articles one input file gave, and the entries of it that could not be read."""

    articles: tuple[Article, ...]
    errors: tuple[LoadError, ...] = ()


def load_path(
    path: Path, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, today: dt.date | None = None
) -> Loaded:
    """Read every article of one input file: one for a page or text, one per entry of a container.

    Raises `LoadError` when the file as a whole cannot be read; a bad entry of
    a feed or JSON Lines file is returned in `errors` and the others load.
    """
    today = today or dt.date.today()
    suffix = path.suffix.lower()
    if suffix not in CONTAINER_READERS:
        return Loaded((load_article(path, source, max_bytes, today),))
    name = one_line(source if source is not None else str(path))
    return load_text(read_article_text(path, name, max_bytes), name, suffix, today)


def load_text(text: str, name: str, suffix: str, today: dt.date | None = None) -> Loaded:
    """Read already-decoded input (a file's or a download's) with the reader for `suffix`."""
    today = today or dt.date.today()
    container = CONTAINER_READERS.get(suffix.lower())
    if container is not None:
        return split_entries(container(text, name, today), today)
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise LoadError(f"unsupported type {suffix!r}; supported: {', '.join(supported_suffixes())}", name)
    return Loaded((check_article(reader(text, name, today), today),))


def split_entries(entries: list[Article | LoadError], today: dt.date) -> Loaded:
    """Check each entry of a container file; keep the good ones and the reasons for the others."""
    articles: list[Article] = []
    errors: list[LoadError] = []
    for entry in entries:
        if isinstance(entry, LoadError):
            errors.append(entry)
            continue
        try:
            articles.append(check_article(entry, today))
        except LoadError as exc:
            errors.append(exc)
    return Loaded(tuple(articles), tuple(errors))
