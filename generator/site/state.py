"""What an incremental site build needs from the last one, kept in the project cache.

After every MkDocs build of a site, `briefing build` records (in
``.briefing/site-<hash>.state``, beside the extraction cache):

- the fingerprint of everything every page depends on (mkdocs.yml and the
  files it inherits from, the options, whether docs/ has a feed, the versions of MkDocs, Material and
  this package's site code);
- the size, modification time and sha256 of every file of docs/, and the
  size and modification time of every file of the published site;
- per page, what other pages need of it when it is not rendered again: its
  title and front matter, its search entries, the paths its links point to,
  and whether it holds a tags listing;
- the layout (navigation and listing pages), which every page shows.

The next build renders again only the pages whose Markdown changed (and the
few that list others); whenever this record is missing, unreadable, of
another fingerprint, or the site or docs/ no longer match it, it builds the
site from scratch instead. Nothing here imports MkDocs.

The file is in `marshal`'s form (a tenth of JSON's time to read and write;
it is read on every build): a first line naming the format, the settings and
files, the pages a few hundred at a time, then a digest of it all, checked
before anything is read (marshal trusts its input).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extras import installed_version
from ..folders import files_under
from .checked_file import read_checked, write_checked

FORMAT_VERSION = 2
MAGIC = b"briefing site state\n"
MARSHAL_VERSION = 4
DIGEST_SIZE = 32
PAGES_PER_PIECE = 500
FEED = "feed.xml"
"""The Atom feed in docs/ that the briefing plugin links from the head of every page."""
SITE_CODE = Path(__file__).parent
_SITE_BUILDERS = ("mkdocs", "mkdocs-material")


class FullBuildNeeded(Exception):
    """An incremental build found a change that every page shows; the reason is the message."""


@dataclass(frozen=True)
class PageRecord:
    """What the build keeps of one rendered page, for builds that do not render it again."""

    title: str | None
    meta: str
    """The page's front matter as JSON text; "" when it does not survive JSON (a date), so
    the page is rendered on every build."""
    search: tuple[Any, ...]
    """Its entries of the search index, as the search plugin made them."""
    refs: tuple[str, ...]
    """The site paths its links and images point to (resolved or not), without fragments."""
    listing: bool = False
    """True when the page lists other pages (a tags listing): rendered on every build."""


@dataclass(frozen=True)
class SiteState:
    """The record of the last MkDocs build of one site (see the module's docstring)."""

    fingerprint: str
    docs: Mapping[str, tuple[int, int, str]]
    """docs/ file (relative path) -> size, mtime in ns, sha256 of its bytes."""
    outputs: Mapping[str, str]
    """docs/ file -> the site file MkDocs made of it."""
    pages: Mapping[str, PageRecord]
    layout: str
    """Digest of the navigation and listing pages every page shows."""
    site: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    """Published site file -> size, mtime in ns, as left by the build."""


def state_file(cache_dir: Path, site_dir: Path) -> Path:
    """Return the state file of the site at `site_dir` in the project cache folder `cache_dir`."""
    key = hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"site-{key}.state"


def site_fingerprint(mkdocs_config: Path, options: list[Any]) -> str:
    """Digest of what every page of a site depends on besides its own Markdown."""
    digest = hashlib.sha256()
    versions = [installed_version(name) or "" for name in _SITE_BUILDERS]
    described = [FORMAT_VERSION, sys.version, versions, options]
    digest.update(json.dumps(described, default=str).encode())
    for config in _configuration_files(mkdocs_config):
        text = config.read_bytes()
        digest.update(text)
        # Values read from the environment (``!ENV NAME``, ``!ENV [NAME, OTHER, default]``).
        for names in _ENV.findall(text.decode("utf-8", "replace")):
            for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", names):
                digest.update(f"{name}={os.environ.get(name)!r}\n".encode())
    for source in sorted(p for p in SITE_CODE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(source.relative_to(SITE_CODE).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


_ENV = re.compile(r"!ENV\s+(\[[^\]]*\]|\S+)")
_INHERIT = re.compile(r"^INHERIT:\s*['\"]?(.+?)['\"]?\s*$", re.MULTILINE)


def _configuration_files(mkdocs_config: Path) -> list[Path]:
    """mkdocs.yml and the files it inherits from (``INHERIT:``), nearest first."""
    files = [mkdocs_config]
    while (found := _INHERIT.search(files[-1].read_text(encoding="utf-8"))) is not None:
        parent = (files[-1].parent / found.group(1)).resolve()
        if parent in files or not parent.is_file():
            break
        files.append(parent)
    return files


def scan_docs(docs_dir: Path, known: Mapping[str, tuple[int, int, str]]) -> dict[str, tuple[int, int, str]]:
    """Return size, mtime and sha256 of every file under `docs_dir`, sorted by path.

    A file whose size and mtime are those `known` keeps its known digest; the
    others are read and hashed, so a file touched but unchanged counts as unchanged.
    """
    found: dict[str, tuple[int, int, str]] = {}
    for relpath, path in files_under(str(docs_dir)):
        stat = os.stat(path)
        old = known.get(relpath)
        if old is not None and old[:2] == (stat.st_size, stat.st_mtime_ns):
            found[relpath] = old
        else:
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            found[relpath] = (stat.st_size, stat.st_mtime_ns, digest)
    return found


def load_state(path: Path) -> SiteState | None:
    """Return the state stored at `path`, or None when it is missing, unreadable, damaged or of
    another format."""
    data = read_checked(path, MAGIC, DIGEST_SIZE)
    if data is None:
        return None  # also keeps a damaged file from `marshal`, which trusts its input
    try:
        pieces = _pieces(memoryview(data)[len(MAGIC) : -DIGEST_SIZE])
        head = marshal.loads(next(pieces))
        pages: dict[str, PageRecord] = {}
        for piece in pieces:
            for uri, title, meta, search, refs, listing in marshal.loads(piece):
                pages[uri] = PageRecord(title, meta, tuple(search), tuple(refs), bool(listing))
        if len(pages) != head["pages"]:
            return None
        return SiteState(
            fingerprint=str(head["fingerprint"]),
            docs={str(k): (int(v[0]), int(v[1]), str(v[2])) for k, v in head["docs"].items()},
            outputs={str(k): str(v) for k, v in head["outputs"].items()},
            pages=pages,
            layout=str(head["layout"]),
            site={str(k): (int(v[0]), int(v[1])) for k, v in head["site"].items()},
        )
    except (EOFError, ValueError, KeyError, TypeError, AttributeError, IndexError, StopIteration):
        return None


def _pieces(body: memoryview) -> Iterator[memoryview]:
    """The pieces of a state's body, each after its length (8 bytes, little-endian)."""
    at = 0
    while at < len(body):
        size = int.from_bytes(body[at : at + 8], "little")
        if size == 0 or at + 8 + size > len(body):
            raise ValueError("a piece runs past the end of the state")
        yield body[at + 8 : at + 8 + size]
        at += 8 + size


def _marshalled(value: Any) -> bytes:
    """`value` in marshal's form; a value marshal cannot write (none that MkDocs or Material
    give) goes through JSON first, stored as JSON would give it back."""
    try:
        return marshal.dumps(value, MARSHAL_VERSION)
    except ValueError:
        return marshal.dumps(json.loads(json.dumps(value, ensure_ascii=False, default=str)), MARSHAL_VERSION)


def _state_pieces(state: SiteState) -> Iterator[bytes]:
    """The state in pieces: one for the settings and files, then the pages a few hundred at a
    time (their search entries make the state about 100 MB at 5,000 briefings)."""
    head = {
        "version": FORMAT_VERSION,
        "fingerprint": state.fingerprint,
        "docs": dict(state.docs),
        "outputs": dict(state.outputs),
        "layout": state.layout,
        "site": dict(state.site),
        "pages": len(state.pages),
    }
    yield _marshalled(head)
    batch: list[tuple[Any, ...]] = []
    for uri, p in state.pages.items():
        batch.append((uri, p.title, p.meta, p.search, p.refs, p.listing))
        if len(batch) == PAGES_PER_PIECE:
            yield _marshalled(batch)
            batch = []
    if batch:
        yield _marshalled(batch)


def save_state(path: Path, state: SiteState) -> None:
    """Store `state` at `path` atomically, written piece by piece, with a digest of it all."""
    write_checked(path, _framed(_state_pieces(state)), DIGEST_SIZE)


def _framed(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The file's parts: its magic, then each piece after its length (8 bytes, little-endian)."""
    yield MAGIC
    for piece in pieces:
        yield len(piece).to_bytes(8, "little")
        yield piece
