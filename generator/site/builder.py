"""Build stage: run MkDocs (or Zensical) into a temporary folder, then swap it into place.

The published site is replaced only when the new build fully succeeded, so a
failed or killed build leaves the previous site intact. The new folder is
built beside the site (``.site.new-*``) and exchanged with it in one atomic
rename on Linux; folders left by a killed build are removed by the next one.
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
from pathlib import Path

from ..errors import BuildError, one_line

# renameat2(2) flag: atomically exchange two paths (Linux >= 3.15).
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class MessageCollector(logging.Handler):
    """Keeps the messages of log records at `level` and above (MkDocs reports by logging)."""

    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level=level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _leftovers(site_dir: Path, kind: str) -> list[Path]:
    return sorted(site_dir.parent.glob(f".{site_dir.name}.{kind}-*"))


def clean_leftovers(site_dir: Path) -> None:
    """Remove the temporary folders (and Zensical's files) of an earlier, interrupted build.

    If a build was killed between the two renames of the fallback swap, the
    site folder is missing and the previous site waits in ``.site.old-*``: it
    is put back first.
    """
    old = _leftovers(site_dir, "old")
    if old and not site_dir.exists():
        newest = max(old, key=lambda p: p.stat().st_mtime)
        os.replace(newest, site_dir)
        old.remove(newest)
    for leftover in old + _leftovers(site_dir, "new"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def build_site(
    mkdocs_config: Path,
    docs_dir: Path,
    site_dir: Path,
    strict: bool = False,
    engine: str = "mkdocs",
    site_url: str | None = None,
) -> None:
    """Build the site of `docs_dir` into `site_dir` atomically, with MkDocs or Zensical (`engine`).

    `site_url`, when given, overrides mkdocs.yml's: MkDocs then writes a full
    sitemap, canonical links and a 404 page whose links work under the site's path.

    Raises `BuildError` with the builder's message when the build fails (in
    strict mode, any warning fails it); `site_dir` is then left as it was.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))
    counter = MessageCollector()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(counter)
    try:
        if engine == "zensical":
            build_with_zensical(mkdocs_config, docs_dir, staging, strict)
            os.chmod(staging, 0o755)
            _swap_into_place(staging, site_dir)
            return
        try:
            overrides = {"site_url": site_url} if site_url else {}
            config = load_config(
                str(mkdocs_config),
                docs_dir=str(docs_dir.resolve()),
                site_dir=str(staging),
                strict=strict,
                **overrides,
            )
            # As `mkdocs build` does: MkDocs keeps plugins with start-up hooks
            # between configurations of one process, so a plugin left in a
            # preview's dirty mode (Material's search indexes only the changed
            # pages then) must be told this is a full build.
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (Exception, SystemExit) as exc:
            detail = "; ".join(counter.messages[:3]) or str(exc) or type(exc).__name__
            raise BuildError(one_line(f"MkDocs build failed: {detail}")[:500]) from exc
        if not (staging / "index.html").is_file():
            raise BuildError("MkDocs build produced no index.html; the previous site is kept")
        os.chmod(staging, 0o755)  # mkdtemp makes it private; the site is for publishing
        _swap_into_place(staging, site_dir)
    finally:
        mkdocs_logger.removeHandler(counter)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


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


def _swap_into_place(new: Path, target: Path) -> None:
    """Replace `target` by `new`; the old tree is removed after.

    With an atomic exchange there is no moment without a site; otherwise two
    renames, and `clean_leftovers` repairs a build killed between them.
    """
    if not target.exists():
        os.replace(new, target)
        return
    if _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old site
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.rmdir(old)
    os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
