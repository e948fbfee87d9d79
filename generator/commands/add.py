"""`briefing add`: save the articles of each source, one line per article or failure."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from ..add import Status, add_sources


def run_add(folder: Path, sources: Sequence[str], timeout: float, max_bytes: int, wait: bool) -> int:
    """Add every source into `folder`; print the outcomes; return the exit code (1 if any failed)."""
    report = add_sources(list(sources), folder, timeout=timeout, max_bytes=max_bytes, wait=wait)
    for outcome in report.outcomes:
        click.echo(str(outcome), err=outcome.status is Status.FAILED)
    click.echo(
        f"{report.count(Status.ADDED)} added, {report.count(Status.DUPLICATE)} already present, "
        f"{report.count(Status.FAILED)} failed",
        err=True,
    )
    return 1 if report.count(Status.FAILED) else 0
