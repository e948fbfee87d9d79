"""Load stage: a file becomes an `Article`, through a registry of readers by suffix."""

from __future__ import annotations

from .collection import drop_duplicates, load_articles
from .registry import (
    CONTAINER_READERS,
    READERS,
    Discovered,
    Loaded,
    discover,
    load_article,
    load_path,
    supported_suffixes,
)

__all__ = [
    "CONTAINER_READERS",
    "READERS",
    "Discovered",
    "Loaded",
    "discover",
    "drop_duplicates",
    "load_article",
    "load_articles",
    "load_path",
    "supported_suffixes",
]
