"""What `generate`, `build` and `gh-deploy` print after a run: problem lines, then one summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from ..pipeline import GenerateResult


def report_generation(result: GenerateResult, strict: bool, quiet: bool = False) -> None:
    """Print the run's problem lines and summary (stderr); with `strict`, fail if there were problems."""
    for line in result.problem_lines():
        click.echo(line, err=True)
    report = result.report
    if not quiet:
        click.echo(
            f"{result.article_count} articles briefed, {len(result.skipped)} skipped, "
            f"{len(result.warned)} with warnings "
            f"({result.extracted} extracted, {result.article_count - result.extracted} from the cache); "
            f"{len(report.written)} pages written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed",
            err=True,
        )
    if strict and result.problems:
        raise click.ClickException(
            f"--strict: {len(result.skipped)} input(s) skipped, {len(result.warned)} with warnings"
        )
