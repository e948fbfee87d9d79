"""Load stage: a file becomes an `Article`, through a registry of readers by suffix."""

from __future__ import annotations

from .registry import READERS, Discovered, discover, load_article, supported_suffixes

__all__ = ["READERS", "Discovered", "discover", "load_article", "supported_suffixes"]
