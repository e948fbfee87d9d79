"""Typed settings of a briefing build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .load.registry import DEFAULT_MAX_BYTES
from .nlp import DEFAULT_MODEL

# A paragraph (as the extract stage splits it: a line of a .txt file, a block
# between blank lines in Markdown) above this many characters is refused.
# spaCy parses a paragraph as one document and its memory grows with it:
# measured ~430 MB peak for 95,000 characters in one paragraph, against
# ~150 MB for the seed article; real paragraphs are under 5,000 characters.
DEFAULT_MAX_PARAGRAPH_CHARS = 100_000

# Time budget of one article's extraction, in seconds. A 1 MB article of
# ordinary prose takes ~38 s on the 2-core build machine; some texts make
# extraction far slower (12,000 characters of “a” “a” “a”... took 19 s,
# growing with the square of the length), and one such article must not hold
# up the whole site.
DEFAULT_MAX_EXTRACT_SECONDS = 120.0


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
    """Fail (non-zero exit) when any article is skipped or warned about, or MkDocs warns."""
    max_article_bytes: int = DEFAULT_MAX_BYTES
    """Article files above this size are refused with a clear message."""
    site_url: str | None = None
    """Absolute http(s) URL the site is published at, for the feed's links. When None,
    `site_url` from the MkDocs configuration; when that is unset too, the feed's links
    are relative to the feed itself."""
    """Article files above this size are refused, unread, with a clear message."""
    max_paragraph_chars: int = DEFAULT_MAX_PARAGRAPH_CHARS
    """Articles with a paragraph longer than this are refused (bounds spaCy's memory)."""
    max_extract_seconds: float = DEFAULT_MAX_EXTRACT_SECONDS
    """An article whose extraction runs longer is stopped and skipped (0: no limit; main thread only)."""
    wait_for_lock: bool = True
    """When another build of the same project runs: wait for it (True) or fail at once."""
