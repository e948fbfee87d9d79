"""Build stage: run MkDocs (or Zensical) into a temporary folder, then swap it into place.

The published site is replaced only when the new build fully succeeded, so a
failed or killed build leaves the previous site intact. The new folder is
built beside the site (``.site.new-*``) and exchanged with it in one atomic
rename on Linux; folders left by a killed build are removed by the next one.

An incremental build (MkDocs only, with a state file from the last build:
`state`, `recorder`) makes that folder a hard-linked copy of the published
site, renders only the changed pages into a second, empty folder and moves
them over the copy (`tree`): no file shared with the published site is ever
written to. Its result is byte for byte that of a clean build.
Callers hold the project lock (see `generator.site.lock`) so that clean-up never
touches the folder of a build still running.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from ..errors import BuildError, one_line
from ..folders import scan_files
from .checked_file import remove_leftovers
from .state import (
    FEED,
    FullBuildNeeded,
    SiteState,
    load_state,
    save_state,
    scan_docs,
    site_fingerprint,
)
from .tree import link_copy, move_over, remove_files, site_after

if TYPE_CHECKING:  # the recorder imports MkDocs, which a run without a site build never needs
    from .recorder import SiteRecorder

# The name the recorder goes by among MkDocs' plugins, and the folder the lazy search
# split rewrites whole (`lazy_search.py`).
RECORDER = "briefing/recorder"
LAZY_FOLDER = "search/lazy"

# renameat2(2) flag: atomically exchange two paths (Linux >= 3.15).
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100

_T = TypeVar("_T")


class _OnAThread(Generic[_T]):
    """A call run on a thread beside the build (file system work that waits on the disk, not
    on the interpreter); `result` waits for it and returns its value or raises its exception."""

    def __init__(self, call: Callable[[], _T]) -> None:
        self._value: _T | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = call()
            except BaseException as exc:  # handed to the caller in `result`
                self._error = exc

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> _T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


class _Once(Generic[_T]):
    """A call made once, when first wanted: by `run`, or by `result`, which returns its value
    or raises its exception."""

    def __init__(self, call: Callable[[], _T]) -> None:
        self._call: Callable[[], _T] | None = call
        self._value: _T | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        call, self._call = self._call, None
        if call is not None:
            try:
                self._value = call()
            except BaseException as exc:  # handed to the caller in `result`
                self._error = exc

    def result(self) -> _T:
        self.run()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


class MessageCollector(logging.Handler):
    """Keeps the messages of log records at `level` and above (MkDocs reports by logging)."""

    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level=level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _leftovers(site_dir: Path, kind: str) -> list[Path]:
    return sorted(site_dir.parent.glob(f".{site_dir.name}.{kind}-*"))


def _staging(site_dir: Path) -> Path:
    """A new, empty folder beside `site_dir` for a build (named so `clean_leftovers` finds it)."""
    return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))


def clean_leftovers(site_dir: Path, keep: Path | None = None) -> None:
    """Remove the temporary folders (and Zensical's files) of an earlier, interrupted build,
    all but `keep` (this build's own copy, made ahead: `SiteCopy`).

    If a build was killed between the two renames of the fallback swap, the
    site folder is missing and the previous site waits in ``.site.old-*``: it
    is put back first.
    """
    old = _leftovers(site_dir, "old")
    if old and not site_dir.exists():
        newest = max(old, key=lambda p: p.stat().st_mtime)
        os.replace(newest, site_dir)
        old.remove(newest)
    for leftover in old + [p for p in _leftovers(site_dir, "new") if p != keep]:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


class SiteCopy:
    """A hard-linked copy of the published site made ahead of the build that needs it.

    An incremental build moves its new files over such a copy; made by `make`
    while the caller waits on something else (the worker loading the model
    for an added article), it is off the build's path (0.2 s at 1,000
    articles). `build_site` takes it (`ahead`) and checks it against the
    site's record as it checks its own; `discard` removes one left unused.
    """

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir.resolve()
        self.folder: Path | None = None
        self._copy: _Once[dict[str, tuple[int, int]]] | None = None

    def make(self) -> None:
        """Copy the site now, once; a site without its index page is not copied."""
        if self.folder is not None or not (self.site_dir / "index.html").is_file():
            return
        clean_leftovers(self.site_dir)
        folder = self.folder = _staging(self.site_dir)
        self._copy = _Once(lambda: link_copy(self.site_dir, folder))
        self._copy.run()  # a file system without hard links: its error is the build's to report

    def take(self, site_dir: Path) -> tuple[Path, _Once[dict[str, tuple[int, int]]]] | None:
        """The copy and its outcome for a build of `site_dir`, once; None if there is none."""
        folder, copy, self.folder, self._copy = self.folder, self._copy, None, None
        if folder is None or copy is None or site_dir != self.site_dir:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            return None
        return folder, copy

    def discard(self) -> None:
        """Remove the copy if no build took it."""
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


@dataclass(frozen=True)
class SiteReport:
    """How a site build went."""

    incremental: bool
    """True when only the changed pages were rendered, the rest kept from the published site."""
    reason: str = ""
    """Why a site that was there was built from scratch (empty for an incremental build, a
    first build, or a build without a state file)."""
    rendered: int = 0
    """Pages rendered (every page in a clean build)."""


def build_site(
    mkdocs_config: Path,
    docs_dir: Path,
    site_dir: Path,
    strict: bool = False,
    engine: str = "mkdocs",
    site_url: str | None = None,
    state_path: Path | None = None,
    ahead: SiteCopy | None = None,
) -> SiteReport:
    """Build the site of `docs_dir` into `site_dir` atomically, with MkDocs or Zensical (`engine`).

    `site_url`, when given, overrides mkdocs.yml's: MkDocs then writes a full
    sitemap, canonical links and a 404 page whose links work under the site's path.

    With `state_path` (a file in the project cache, see `state`), an MkDocs
    build renders only the pages whose Markdown changed, into an empty folder,
    and moves those files over a hard-linked copy of the published site; the
    result is the same bytes as a clean build. When the state is missing or
    does not match the site, docs/ or the settings, the site is built from
    scratch (the report says why). Zensical builds are always clean.

    `ahead`, a copy of the published site made earlier (`SiteCopy`), is the
    one an incremental build moves its files over.

    Raises `BuildError` with the builder's message when the build fails (in
    strict mode, any warning fails it); `site_dir` is then left as it was.
    """
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    taken = ahead.take(site_dir) if ahead is not None and engine != "zensical" else None
    if ahead is not None:
        ahead.discard()
    clean_leftovers(site_dir, keep=taken[0] if taken else None)
    if engine == "zensical":
        if state_path is not None:
            state_path.unlink(missing_ok=True)  # the next MkDocs build starts clean
        return _zensical_site(mkdocs_config, docs_dir, site_dir, strict)
    from .recorder import SiteRecorder

    fingerprint = site_fingerprint(mkdocs_config, [strict, site_url, (docs_dir / FEED).is_file()])
    if state_path is not None:
        remove_leftovers(state_path)
        remove_leftovers(_terms_cache(state_path))
        legacy = state_path.with_suffix(".json")  # earlier versions' state: never read again
        if legacy != state_path:
            legacy.unlink(missing_ok=True)  # (about 100 MB at 5,000 articles)
    previous = load_state(state_path) if state_path is not None else None
    docs = scan_docs(docs_dir, previous.docs if previous else {})
    had_site = (site_dir / "index.html").is_file()
    reason = _why_not_incremental(state_path, previous, fingerprint, had_site)
    staging = taken[0] if taken else _staging(site_dir)
    removal: _OnAThread[None] | None = None
    try:
        recorder: SiteRecorder | None = None
        published: dict[str, tuple[int, int]] | None = None
        if not reason and previous is not None:
            recorder, published, reason = _try_incremental(
                mkdocs_config,
                docs_dir,
                site_dir,
                staging,
                strict,
                site_url,
                docs,
                previous,
                state_path,
                taken[1] if taken else None,
            )
        if recorder is None:
            shutil.rmtree(staging)
            staging.mkdir()
            recorder = SiteRecorder(docs, template_cache=_template_cache(state_path))
            terms = _terms_cache(state_path) if state_path is not None else None
            _run_mkdocs(mkdocs_config, docs_dir, staging, strict, site_url, recorder, terms, dirty=False)
        if not (staging / "index.html").is_file():
            raise BuildError("MkDocs build produced no index.html; the previous site is kept")
        os.chmod(staging, 0o755)  # mkdtemp makes it private; the site is for publishing
        pages = recorder.page_records()
        if state_path is not None:
            state_path.unlink(missing_ok=True)  # a build killed from here on starts clean
        old = _swap_into_place(staging, site_dir)
        if old is not None:  # removed while the state is saved; gone before this returns
            removal = _OnAThread(lambda: shutil.rmtree(old, ignore_errors=True))
        if state_path is not None:
            if published is None:  # a clean build: every file is new
                published = scan_files(site_dir)
            state = SiteState(fingerprint, docs, recorder.outputs, pages, recorder.layout, published)
            save_state(state_path, state)
    finally:
        if removal is not None:
            removal.result()
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    incremental = bool(previous) and not reason
    rendered = len(recorder.rendered) if incremental else len(recorder.records)
    return SiteReport(incremental, reason if had_site else "", rendered)


def _terms_cache(state_path: Path) -> Path:
    """The words of each search section of the last lazy split (`terms_cache`), beside the state."""
    return state_path.with_suffix(".terms")


def _template_cache(state_path: Path | None) -> Path | None:
    """The folder of compiled theme templates, beside the state file in the project cache."""
    return state_path.parent / "templates" if state_path is not None else None


def _zensical_site(mkdocs_config: Path, docs_dir: Path, site_dir: Path, strict: bool) -> SiteReport:
    staging = _staging(site_dir)
    try:
        build_with_zensical(mkdocs_config, docs_dir, staging, strict)
        os.chmod(staging, 0o755)
        old = _swap_into_place(staging, site_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return SiteReport(incremental=False)


def _why_not_incremental(
    state_path: Path | None, previous: SiteState | None, fingerprint: str, had_site: bool
) -> str:
    if state_path is None:
        return "no project cache"
    if not had_site:
        return "no previous site"
    if previous is None:
        return "no record of the last site build"
    if previous.fingerprint != fingerprint:
        return "mkdocs.yml, the options, the feed or the site builder changed"
    return ""


def _try_incremental(
    mkdocs_config: Path,
    docs_dir: Path,
    site_dir: Path,
    tree: Path,
    strict: bool,
    site_url: str | None,
    docs: dict[str, tuple[int, int, str]],
    previous: SiteState,
    state_path: Path | None,
    made: _Once[dict[str, tuple[int, int]]] | None = None,
) -> tuple[SiteRecorder | None, dict[str, tuple[int, int]] | None, str]:
    """Make `tree` a hard-linked copy of the site and build incrementally into it; return the
    build's recorder and the size and mtime of each file of `tree`, or None, None and the
    reason why the site must be built from scratch.

    MkDocs renders into a folder of its own (it needs the copy only to move its
    files over it); the copy is made in this thread once MkDocs has forked its
    page renderer (`forked_pages`: a process running threads is not forked, and
    on a thread beside MkDocs the copy took 1-3 s instead of 0.2 s), and checked
    before. `made`: the copy was made ahead (`SiteCopy`)."""
    copy = made or _Once(lambda: link_copy(site_dir, tree))
    try:
        recorder, published = _incremental(
            mkdocs_config, docs_dir, site_dir, tree, strict, site_url, docs, previous, copy, state_path
        )
        return recorder, published, ""
    except FullBuildNeeded as exc:
        return None, None, str(exc)


def _incremental(
    mkdocs_config: Path,
    docs_dir: Path,
    site_dir: Path,
    tree: Path,
    strict: bool,
    site_url: str | None,
    docs: dict[str, tuple[int, int, str]],
    previous: SiteState,
    copy: _Once[dict[str, tuple[int, int]]],
    state_path: Path | None,
) -> tuple[SiteRecorder, dict[str, tuple[int, int]]]:
    """Render the changed pages into a new folder, then move them over `tree`, the hard-linked
    copy of the site that `copy` makes; return the recorder of the build, and the size and
    mtime of each file of `tree` (those of the copy, but for the files changed since)."""
    from .recorder import SiteRecorder

    output = _staging(site_dir)
    try:
        recorder = SiteRecorder(docs, previous, _template_cache(state_path), after_fork=copy.run)
        terms = _terms_cache(state_path) if state_path is not None else None
        _run_mkdocs(mkdocs_config, docs_dir, output, strict, site_url, recorder, terms, dirty=True)
        try:
            linked = copy.result()
        except OSError as exc:  # a file system without hard links
            raise FullBuildNeeded(one_line(f"the site cannot be hard-linked: {exc}")) from exc
        if linked != previous.site:
            raise FullBuildNeeded("the published site changed since its last build")
        gone = [previous.outputs[uri] for uri in sorted(recorder.removed) if uri in previous.outputs]
        remove_files(tree, gone)
        moved = move_over(output, tree, replaced_folders=[LAZY_FOLDER])
        return recorder, site_after(linked, tree, gone, moved)
    finally:
        shutil.rmtree(output, ignore_errors=True)


class _DropDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may be inaccurate; ours is not (and strict mode would fail)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def _run_mkdocs(
    mkdocs_config: Path,
    docs_dir: Path,
    out: Path,
    strict: bool,
    site_url: str | None,
    recorder: SiteRecorder,
    terms_cache: Path | None,
    dirty: bool,
) -> None:
    """Run MkDocs (with `recorder` among its plugins) into `out`, or raise `BuildError`; the lazy
    search split keeps the words of the sections it reads in `terms_cache` (`terms_cache.py`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from .fast_inline import FastInlineExtension
    from .plugin import BriefingPlugin

    counter = MessageCollector()
    mkdocs_logger = logging.getLogger("mkdocs")
    build_logger = logging.getLogger("mkdocs.commands.build")
    quiet = _DropDirtyWarning()
    mkdocs_logger.addHandler(counter)
    build_logger.addFilter(quiet)
    try:
        overrides = {"site_url": site_url} if site_url else {}
        config = load_config(
            str(mkdocs_config),
            docs_dir=str(docs_dir.resolve()),
            site_dir=str(out),
            strict=strict,
            **overrides,
        )
        config.plugins[RECORDER] = recorder
        for plugin in config.plugins.values():
            if isinstance(plugin, BriefingPlugin):
                plugin.terms_cache = terms_cache  # until `on_shutdown`, which ends every build
        # The same HTML, rendered faster (Python-Markdown's inline patterns skipped where
        # they cannot match: `fast_inline`).
        config.markdown_extensions.append(FastInlineExtension())
        # As `mkdocs build` does: MkDocs keeps plugins with start-up hooks
        # between configurations of one process, so a plugin left in a
        # preview's dirty mode (Material's search indexes only the changed
        # pages then) must be told this is a full build. Our dirty builds are
        # full builds for the plugins too: the recorder gives them every page.
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config, dirty=dirty)
        finally:
            config.plugins.on_shutdown()
    except FullBuildNeeded:
        raise
    except (Exception, SystemExit) as exc:
        detail = "; ".join(counter.messages[:3]) or str(exc) or type(exc).__name__
        raise BuildError(one_line(f"MkDocs build failed: {detail}")[:500]) from exc
    finally:
        mkdocs_logger.removeHandler(counter)
        build_logger.removeFilter(quiet)


def build_with_zensical(mkdocs_config: Path, docs_dir: Path, out: Path, strict: bool) -> None:
    """Build with Zensical from the same mkdocs.yml into `out`, or raise `BuildError`.

    Zensical takes its folders from the configuration file and wants them
    inside that file's folder, so a three-line configuration inheriting
    `mkdocs_config` is written beside `out` (a docs folder elsewhere is
    copied there first). Zensical keeps its build cache, `.cache/`, there too.
    """
    root = out.resolve().parent
    docs = docs_dir.resolve()
    copied: Path | None = None
    if not docs.is_relative_to(root):
        # Named after `out` (``.site.new-*``) so `clean_leftovers` removes them after a killed build.
        copied = Path(tempfile.mkdtemp(prefix=f"{out.name}-docs-", dir=root))
        docs = shutil.copytree(docs, copied / "docs")
    fd, name = tempfile.mkstemp(prefix=f"{out.name}-zensical-", suffix=".yml", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(
                f"INHERIT: {json.dumps(str(mkdocs_config.resolve()))}\n"
                f"docs_dir: {json.dumps(os.path.relpath(docs, root))}\n"
                f"site_dir: {json.dumps(os.path.relpath(out.resolve(), root))}\n"
            )
        command = [sys.executable, "-m", "zensical", "build", "--config-file", name]
        done = subprocess.run(
            [*command, "--strict"] if strict else command, cwd=root, capture_output=True, text=True
        )
    finally:
        os.unlink(name)
        if copied is not None:
            shutil.rmtree(copied, ignore_errors=True)
    if done.returncode != 0 or not (out / "index.html").is_file():
        lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        raise BuildError(f"Zensical build failed: {'; '.join(lines[-3:]) or f'exit {done.returncode}'}")


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with renameat2; False when not supported."""
    name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(name, use_errno=True) if name else None
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def _swap_into_place(new: Path, target: Path) -> Path | None:
    """Replace `target` by `new`; return the folder that now holds the old tree (None when
    there was none), for the caller to remove.

    With an atomic exchange there is no moment without a site; otherwise two
    renames, and `clean_leftovers` repairs a build killed between them (as it
    removes an old tree left by a build killed before removing it).
    """
    if not target.exists():
        os.replace(new, target)
        return None
    if _exchange(new, target):
        return new  # `new` now holds the old site
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.rmdir(old)
    os.replace(target, old)
    os.replace(new, target)
    return old
