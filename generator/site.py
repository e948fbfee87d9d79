"""Build stage: run MkDocs into a temporary folder, then swap it into place.

The published site is replaced only when the new build fully succeeded, so a
failed or killed build leaves the previous site intact.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from .errors import BuildError


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(mkdocs_config: Path, docs_dir: Path, site_dir: Path, strict: bool = False) -> None:
    """Build the MkDocs site of `docs_dir` into `site_dir` atomically.

    Raises `BuildError` with MkDocs' message when the build fails (in strict
    mode, any MkDocs warning fails it).
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
