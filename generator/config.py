"""Typed settings of a briefing build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .load.registry import DEFAULT_MAX_BYTES
from .nlp import DEFAULT_MODEL


@dataclass(frozen=True)
class Config:
    """Where things are and how strictly to build them."""

    articles_dir: Path = Path("seeds")
    """Folder of input articles (.txt, .md, .html, RSS/Atom feeds, .jsonl)."""
    docs_dir: Path = Path("docs")
    """MkDocs source folder; generated pages go here beside hand-written ones."""
    site_dir: Path = Path("site")
    """Where the built site is published (replaced only after a successful build)."""
    mkdocs_config: Path = Path("mkdocs.yml")
    """The MkDocs configuration file."""
    model: str = DEFAULT_MODEL
    """Name of the installed spaCy pipeline."""
    strict: bool = False
    """Fail (non-zero exit) when any article is skipped or MkDocs warns."""
    max_article_bytes: int = DEFAULT_MAX_BYTES
    """Article files above this size are refused with a clear message."""
    site_url: str | None = None
    """Absolute http(s) URL the site is published at, for the feed's links. When None,
    `site_url` from the MkDocs configuration; when that is unset too, the feed's links
    are relative to the feed itself."""
