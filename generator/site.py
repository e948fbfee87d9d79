"""Build stage: run MkDocs (or Zensical) into a temporary folder, then swap it into place.

The published site is replaced only when the new build fully succeeded, so a
failed or killed build leaves the previous site intact.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import BuildError


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(
    mkdocs_config: Path, docs_dir: Path, site_dir: Path, strict: bool = False, engine: str = "mkdocs"
) -> None:
    """Build the site of `docs_dir` into `site_dir` atomically, with MkDocs or Zensical (`engine`).

    Raises `BuildError` with the builder's message when the build fails (in
    strict mode, any warning fails it).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))
    counter = _WarningCounter()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(counter)
    try:
        if engine == "zensical":
            build_with_zensical(mkdocs_config, docs_dir, staging, strict)
            _swap_into_place(staging, site_dir)
            return
        try:
            config = load_config(
                str(mkdocs_config),
                docs_dir=str(docs_dir.resolve()),
                site_dir=str(staging),
                strict=strict,
            )
            build(config)
        except (MkDocsException, OSError, SystemExit) as exc:
            detail = "; ".join(counter.messages[:3]) or str(exc) or type(exc).__name__
            raise BuildError(f"MkDocs build failed: {detail}") from exc
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
        copied = Path(tempfile.mkdtemp(prefix=".zensical-docs-", dir=root))
        docs = shutil.copytree(docs, copied / "docs")
    fd, name = tempfile.mkstemp(prefix=".zensical-", suffix=".yml", dir=root)
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


def _swap_into_place(new: Path, target: Path) -> None:
    """Replace `target` by `new` with two renames; the old tree is removed after."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
