"""Readers: one function per input format, text in, `Article` out."""

from __future__ import annotations

import datetime as dt

from ..models import Article
from .dateline import split_dateline
from .frontmatter import KNOWN_KEYS, parse_front_matter, split_front_matter

# Unknown front-matter keys named in the warning; the others are counted.
SHOWN_UNKNOWN_KEYS = 10


def read_text(text: str, source: str, today: dt.date) -> Article:
    """A plain-text article: paragraphs only, no title.

    A leading dateline ("Friday, January 4, 2019" on its own line, or
    "PARIS, Jan. 4 (Reuters) - ") gives the date (and the agency as
    publisher) and is removed from the text; a date more than a day after
    `today` is no dateline.
    """
    body = text.strip("\n")
    dateline = split_dateline(body, today)
    if dateline is None:
        return Article(source=source, text=body)
    return Article(
        source=source, text=dateline.text.strip("\n"), date=dateline.date, publisher=dateline.agency
    )


def read_markdown(text: str, source: str, today: dt.date) -> Article:
    """A Markdown article with optional YAML front matter (`today` unused: YAML reads dates)."""
    data, body = split_front_matter(text, source)
    meta = parse_front_matter(data, source)
    warnings: tuple[str, ...] = ()
    if meta.unknown_keys:
        names = ", ".join(repr(k) for k in meta.unknown_keys[:SHOWN_UNKNOWN_KEYS])
        if len(meta.unknown_keys) > SHOWN_UNKNOWN_KEYS:
            names += f" and {len(meta.unknown_keys) - SHOWN_UNKNOWN_KEYS:,} more"
        warnings = (f"unknown front-matter key(s) {names} ignored; known: {', '.join(sorted(KNOWN_KEYS))}",)
    return Article(
        source=source,
        text=body.strip("\n"),
        title=meta.title,
        date=meta.date,
        url=meta.url,
        publisher=meta.publisher,
        license=meta.license,
        author=meta.author,
        added=meta.added,
        metadata=meta.metadata,
        warnings=warnings,
    )
