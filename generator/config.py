"""Typed settings of a briefing build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .incremental.nlp import DEFAULT_MODEL
from .load.registry import DEFAULT_MAX_BYTES
from .site.url import normalise_site_url

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

ENGINES = ("mkdocs", "zensical")
CACHE_FILE = "cache.sqlite"


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
    """The MkDocs configuration file (Zensical reads the same file)."""
    model: str = DEFAULT_MODEL
    """Name of the installed spaCy pipeline."""
    strict: bool = False
    """Fail (non-zero exit) when any article is skipped or warned about, or MkDocs warns."""
    max_article_bytes: int = DEFAULT_MAX_BYTES
    """Article files above this size are refused, unread, with a clear message."""
    site_url: str | None = None
    """Absolute http(s) URL the site is published at, for the feed's links. When None,
    `site_url` from the MkDocs configuration; when that is unset too, the feed's links
    are relative to the feed itself."""
    max_paragraph_chars: int = DEFAULT_MAX_PARAGRAPH_CHARS
    """Articles with a paragraph longer than this are refused (bounds spaCy's memory)."""
    max_extract_seconds: float = DEFAULT_MAX_EXTRACT_SECONDS
    """An article whose extraction runs longer is stopped and skipped (0: no limit; main thread only)."""
    wait_for_lock: bool = True
    """When another build of the same project runs: wait for it (True) or fail at once."""
    workers: int | None = None
    """Local processes that extract; None means one per available core."""
    scheduler: str | None = None
    """Address of a Dask scheduler (e.g. tcp://host:8786) to extract on instead of local processes."""
    engine: str = "mkdocs"
    """Site builder: "mkdocs" (MkDocs + Material) or "zensical"; both read `mkdocs_config`."""
    cache: bool = True
    """Keep extracted briefings in an SQLite cache so unchanged articles are not extracted again."""
    cache_dir: Path | None = None
    """Folder of the cache; None means `.briefing/` beside the docs folder."""

    def __post_init__(self) -> None:
        errors = []
        if self.workers is not None and (not isinstance(self.workers, int) or self.workers < 1):
            errors.append(f"workers: expected a whole number of at least 1, received {self.workers!r}")
        for name in ("max_article_bytes", "max_paragraph_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                errors.append(f"{name}: expected a whole number of at least 1, received {value!r}")
        seconds = self.max_extract_seconds
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            errors.append(
                f"max_extract_seconds: expected a number of seconds, 0 or more, received {seconds!r}"
            )
        for name in ("articles_dir", "docs_dir", "site_dir", "mkdocs_config"):
            if not isinstance(getattr(self, name), Path):
                errors.append(f"{name}: expected a path, received {getattr(self, name)!r}")
        if self.engine not in ENGINES:
            errors.append(f"engine: expected one of {', '.join(ENGINES)}, received {self.engine!r}")
        if self.site_url is not None:
            try:
                object.__setattr__(self, "site_url", normalise_site_url(self.site_url))
            except ConfigError as exc:
                errors.append(exc.reason)
        if errors:
            raise ConfigError("; ".join(errors))

    @property
    def worker_count(self) -> int:
        """The number of local extraction processes to use."""
        from .incremental.runners import available_cores

        return self.workers if self.workers is not None else available_cores()

    @property
    def cache_path(self) -> Path:
        """The SQLite file of the extraction cache."""
        folder = self.cache_dir if self.cache_dir is not None else self.docs_dir.parent / ".briefing"
        return folder / CACHE_FILE
