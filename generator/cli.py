"""Thin command-line interface: parse options, call one library function, print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .config import Config

_ARTICLES = click.option(
    "--articles",
    "articles_dir",
    type=click.Path(path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder of input articles.",
)
_DOCS = click.option(
    "--docs",
    "docs_dir",
    type=click.Path(path_type=Path),
    default=Path("docs"),
    show_default=True,
    help="MkDocs source folder to write pages into.",
)


_WORKERS = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Local processes that extract articles [default: one per available core].",
)
_SCHEDULER = click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Extract on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786).",
)
_QUIET = click.option("--quiet", "-q", is_flag=True, help="No progress bars and no summary line.")
_NO_CACHE = click.option(
    "--no-cache", is_flag=True, help="Extract every article again, ignoring and not updating the cache."
)


def _report(result: object, strict: bool, quiet: bool = False) -> None:
    from .pipeline import GenerateResult

    assert isinstance(result, GenerateResult)
    for skipped in result.skipped:
        click.echo(f"skipped: {skipped}", err=True)
    report = result.report
    if not quiet:
        click.echo(
            f"{len(result.briefings)} articles briefed, {len(result.skipped)} skipped "
            f"({result.extracted} extracted, {len(result.briefings) - result.extracted} from the cache); "
            f"{len(report.written)} pages written, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed",
            err=True,
        )
    if strict and result.skipped:
        raise click.ClickException(f"--strict: {len(result.skipped)} input(s) skipped")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
def main() -> None:
    """Turn a folder of news articles into a searchable static briefing site."""


@main.command()
@_ARTICLES
@_DOCS
@click.option(
    "--site",
    "site_dir",
    type=click.Path(path_type=Path),
    default=Path("site"),
    show_default=True,
    help="Where to publish the built site.",
)
@click.option(
    "--config",
    "mkdocs_config",
    type=click.Path(path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="MkDocs configuration file.",
)
@click.option(
    "--engine",
    type=click.Choice(["mkdocs", "zensical"]),
    default="mkdocs",
    show_default=True,
    help="Site builder; both read the same mkdocs.yml.",
)
@click.option("--strict", is_flag=True, help="Fail if any article is skipped or the site builder warns.")
@_WORKERS
@_SCHEDULER
@_NO_CACHE
@_QUIET
def build(
    articles_dir: Path,
    docs_dir: Path,
    site_dir: Path,
    mkdocs_config: Path,
    engine: str,
    strict: bool,
    workers: int | None,
    scheduler: str | None,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Generate the briefing pages (incrementally), then build the site."""
    from .pipeline import build as run_build
    from .progress import for_terminal

    config = Config(
        articles_dir=articles_dir,
        docs_dir=docs_dir,
        site_dir=site_dir,
        mkdocs_config=mkdocs_config,
        strict=strict,
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        cache=not no_cache,
    )
    result = run_build(config, progress=for_terminal(quiet))
    _report(result, strict, quiet)
    if not quiet:
        done = "built" if result.site_built else "unchanged (docs and settings as at its last build)"
        click.echo(f"site {done} in {site_dir} with {engine}", err=True)


@main.command()
@_ARTICLES
@_DOCS
@click.option("--strict", is_flag=True, help="Fail if any article is skipped.")
@_WORKERS
@_SCHEDULER
@_NO_CACHE
@_QUIET
def generate(
    articles_dir: Path,
    docs_dir: Path,
    strict: bool,
    workers: int | None,
    scheduler: str | None,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Only write the Markdown pages into the docs folder (only what changed)."""
    from .pipeline import generate as run_generate
    from .progress import for_terminal

    config = Config(
        articles_dir=articles_dir,
        docs_dir=docs_dir,
        strict=strict,
        workers=workers,
        scheduler=scheduler,
        cache=not no_cache,
    )
    result = run_generate(config, progress=for_terminal(quiet))
    _report(result, strict, quiet)


@main.command()
@_ARTICLES
@_DOCS
@click.option(
    "--config",
    "mkdocs_config",
    type=click.Path(path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="MkDocs configuration file.",
)
@click.option(
    "--dev-addr",
    metavar="HOST:PORT",
    default="127.0.0.1:8000",
    show_default=True,
    help="Address the preview server listens on.",
)
@_WORKERS
@_QUIET
def serve(
    articles_dir: Path, docs_dir: Path, mkdocs_config: Path, dev_addr: str, workers: int | None, quiet: bool
) -> None:
    """Live preview: serve the site and regenerate it when articles change."""
    import logging

    from .progress import for_terminal
    from .serve import serve as run_serve

    host, _, port = dev_addr.rpartition(":")
    if not host or not port.isdigit():
        raise click.BadParameter(f"expected HOST:PORT, received {dev_addr!r}", param_hint="--dev-addr")
    if not quiet:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        mkdocs_logger = logging.getLogger("mkdocs")
        mkdocs_logger.addHandler(handler)
        mkdocs_logger.setLevel(logging.INFO)
    config = Config(
        articles_dir=articles_dir, docs_dir=docs_dir, mkdocs_config=mkdocs_config, workers=workers
    )
    run_serve(config, host, int(port), progress=for_terminal(quiet))


@main.command()
@click.option(
    "--json", "as_json", is_flag=True, required=True, help="Print one JSON object per article (JSON Lines)."
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract(as_json: bool, files: tuple[Path, ...]) -> None:
    """Print what is extracted from each FILE as JSON Lines on stdout."""
    from .jsonl import briefing_json
    from .models import Skipped
    from .nlp import load_model
    from .pipeline import extract_articles, load_articles

    config = Config()
    articles, skipped = load_articles(list(files), config)
    for item in extract_articles(articles, load_model(config.model)):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            click.echo(briefing_json(item))
    for s in skipped:
        click.echo(f"skipped: {s}", err=True)
    if skipped:
        sys.exit(1)
