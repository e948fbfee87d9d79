"""`briefing generate` and `briefing build`: the pipeline, then the run's report."""

from __future__ import annotations

from pathlib import Path

import click

from ..config import Config
from ..errors import one_line
from ..incremental.progress import for_terminal
from ..incremental.warm import start_warm_model
from .report import report_generation


def run_generate(config: Config, strict: bool, quiet: bool) -> None:
    """Write the pages into the docs folder and report."""
    with start_warm_model(config) as warm:  # loading the model while the pipeline imports
        from .. import pipeline

        result = pipeline.generate(config, progress=for_terminal(quiet), replay=True, warm=warm)
    report_generation(result, strict, quiet)


def run_build(config: Config, site_dir: Path, engine: str, strict: bool, quiet: bool) -> None:
    """Write the pages, build the site and report (the site line says whether it was rebuilt)."""
    with start_warm_model(config) as warm:  # loading the model while the pipeline imports
        from .. import pipeline

        result = pipeline.build(config, progress=for_terminal(quiet), replay=True, warm=warm)
    report_generation(result, strict, quiet)
    if not quiet:
        where = one_line(str(site_dir))
        builder = "" if engine == "mkdocs" else f" with {engine}"
        if result.site_report is not None and result.site_report.reason:
            click.echo(f"site built from scratch: {result.site_report.reason}", err=True)
        if result.site_built:
            click.echo(f"site built in {where}{builder}", err=True)
        else:
            click.echo(f"site unchanged in {where} (docs and settings as at its last build)", err=True)
