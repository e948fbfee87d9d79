"""Readers: one function per input format, text in, `Article` out."""

from __future__ import annotations

from ..models import Article
from .frontmatter import KNOWN_KEYS, parse_front_matter, split_front_matter


def read_text(text: str, source: str) -> Article:
    """A plain-text article: paragraphs only, no title or date."""
    return Article(source=source, text=text.strip("\n"))


def read_markdown(text: str, source: str) -> Article:
    """A Markdown article with optional YAML front matter."""
    data, body = split_front_matter(text, source)
    meta = parse_front_matter(data, source)
    warnings: tuple[str, ...] = ()
    if meta.unknown_keys:
        names = ", ".join(repr(k) for k in meta.unknown_keys)
        warnings = (f"unknown front-matter key(s) {names} ignored; known: {', '.join(sorted(KNOWN_KEYS))}",)
    return Article(
        source=source,
        text=body.strip("\n"),
        title=meta.title,
        date=meta.date,
        url=meta.url,
        publisher=meta.publisher,
        license=meta.license,
        warnings=warnings,
    )
