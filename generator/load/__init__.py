"""Load stage: a file becomes an `Article`, through a registry of readers by suffix."""

from __future__ import annotations

from .registry import READERS, discover, load_article, parse_article, read_article_bytes, supported_suffixes

__all__ = [
    "READERS",
    "discover",
    "load_article",
    "parse_article",
    "read_article_bytes",
    "supported_suffixes",
]
