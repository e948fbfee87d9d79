"""Typed settings of a briefing build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .load.registry import DEFAULT_MAX_BYTES
from .nlp import DEFAULT_MODEL

ENGINES = ("mkdocs", "zensical")
CACHE_FILE = "cache.sqlite"


@dataclass(frozen=True)
class Config:
    """Where things are and how strictly to build them."""

    articles_dir: Path = Path("seeds")
    """Folder of input articles (.txt, .md with front matter)."""
    docs_dir: Path = Path("docs")
    """MkDocs source folder; generated pages go here beside hand-written ones."""
    site_dir: Path = Path("site")
    """Where the built site is published (replaced only after a successful build)."""
    mkdocs_config: Path = Path("mkdocs.yml")
    """The MkDocs configuration file (Zensical reads the same file)."""
    model: str = DEFAULT_MODEL
    """Name of the installed spaCy pipeline."""
    strict: bool = False
    """Fail (non-zero exit) when any article is skipped or MkDocs warns."""
    max_article_bytes: int = DEFAULT_MAX_BYTES
    """Article files above this size are refused with a clear message."""
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
        if self.engine not in ENGINES:
            errors.append(f"engine: expected one of {', '.join(ENGINES)}, received {self.engine!r}")
        if errors:
            raise ConfigError("; ".join(errors))

    @property
    def worker_count(self) -> int:
        """The number of local extraction processes to use."""
        from .runners import available_cores

        return self.workers if self.workers is not None else available_cores()

    @property
    def cache_path(self) -> Path:
        """The SQLite file of the extraction cache."""
        folder = self.cache_dir if self.cache_dir is not None else self.docs_dir.parent / ".briefing"
        return folder / CACHE_FILE
