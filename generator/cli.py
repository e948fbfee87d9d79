"""Thin command-line interface: parse options, call one library function, print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .add.fetch import DEFAULT_TIMEOUT
from .config import Config
from .load.registry import DEFAULT_MAX_BYTES

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
_SITE_URL = click.option(
    "--site-url",
    default=None,
    help="Absolute URL the site is published at, for the feed's links "
    "(default: site_url of the MkDocs config; unset: links relative to the feed).",
)


def _report(result: object, strict: bool) -> None:
    from .pipeline import GenerateResult

    assert isinstance(result, GenerateResult)
    for skipped in result.skipped:
        click.echo(f"skipped: {skipped}", err=True)
    report = result.report
    click.echo(
        f"{len(result.briefings)} articles briefed, {len(result.skipped)} skipped; "
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
@_SITE_URL
@click.option("--strict", is_flag=True, help="Fail if any article is skipped or MkDocs warns.")
def build(
    articles_dir: Path,
    docs_dir: Path,
    site_dir: Path,
    mkdocs_config: Path,
    site_url: str | None,
    strict: bool,
) -> None:
    """Generate the briefing pages, then build the site with MkDocs."""
    from .pipeline import build as run_build

    config = Config(
        articles_dir=articles_dir,
        docs_dir=docs_dir,
        site_dir=site_dir,
        mkdocs_config=mkdocs_config,
        strict=strict,
        site_url=site_url,
    )
    result = run_build(config)
    _report(result, strict)
    click.echo(f"site built in {site_dir}", err=True)


@main.command()
@_ARTICLES
@_DOCS
@_SITE_URL
@click.option("--strict", is_flag=True, help="Fail if any article is skipped.")
def generate(articles_dir: Path, docs_dir: Path, site_url: str | None, strict: bool) -> None:
    """Only write the Markdown pages (and the feed and graphs) into the docs folder."""
    from .pipeline import generate as run_generate

    config = Config(articles_dir=articles_dir, docs_dir=docs_dir, strict=strict, site_url=site_url)
    result = run_generate(config)
    _report(result, strict)


@main.command()
@_ARTICLES
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds allowed for each download.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest file or download accepted, in bytes.",
)
@click.argument("sources", nargs=-1, required=True)
def add(articles_dir: Path, timeout: float, max_bytes: int, sources: tuple[str, ...]) -> None:
    """Save the articles of each SOURCE (a file, a folder, a feed file or an http(s) URL)
    into the articles folder as Markdown, skipping articles already there."""
    from .add import Status, add_sources

    report = add_sources(list(sources), articles_dir, timeout=timeout, max_bytes=max_bytes)
    for outcome in report.outcomes:
        click.echo(str(outcome), err=outcome.status is Status.FAILED)
    click.echo(
        f"{report.count(Status.ADDED)} added, {report.count(Status.DUPLICATE)} already present, "
        f"{report.count(Status.FAILED)} failed",
        err=True,
    )
    if report.count(Status.FAILED):
        sys.exit(1)


@main.command()
@click.option(
    "--json", "as_json", is_flag=True, required=True, help="Print one JSON object per article (JSON Lines)."
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract(as_json: bool, files: tuple[Path, ...]) -> None:
    """Print what is extracted from each FILE as JSON Lines on stdout."""
    from .jsonl import briefing_json
    from .nlp import load_model
    from .pipeline import Skipped, extract_articles, load_articles

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


@main.command()
@click.argument("gold_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--no-speed", is_flag=True, help="Skip the speed measurement.")
@click.option(
    "--check",
    "baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Fail if a score falls below the floors pinned in this baseline file.",
)
@click.option(
    "--update-baseline",
    "update_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Pin the measured scores as floors in this file.",
)
@click.option("--allow-lower", is_flag=True, help="Let --update-baseline lower a floor.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Also list, per article, the misses: actors, roles, quotes, speakers.",
)
def evaluate(
    gold_dir: Path,
    no_speed: bool,
    baseline: Path | None,
    update_path: Path | None,
    allow_lower: bool,
    verbose: bool,
) -> None:
    """Score the extraction against gold annotations in GOLD_DIR and print tables.

    Covers actors, roles, quotes, speakers and the summary (ROUGE-1/2/L,
    key-sentence precision/recall, length, readability), with lead-3 beside it.
    """
    from .evaluate import evaluate as run_evaluation
    from .evaluate.baseline import check, update
    from .nlp import load_model
    from .render import render_evaluation

    result = run_evaluation(gold_dir, load_model(Config().model), with_speed=not no_speed)
    click.echo(render_evaluation(result, verbose=verbose))
    measured = result.scores.floors()
    if update_path is not None:
        lowered = update(measured, result.fingerprint, update_path, allow_lower)
        click.echo(
            f"floors written to {update_path}" + (f" (lowered: {', '.join(lowered)})" if lowered else "")
        )
    if baseline is not None:
        gate = check(measured, result.fingerprint, baseline)
        if gate.corpus_changed:
            click.echo(f"warning: gold corpus differs from the one {baseline} was pinned on", err=True)
        if gate.failures:
            lines = [f"{name} {value:.4f} < floor {floor:.4f}" for name, value, floor in gate.failures]
            raise click.ClickException("quality below floor: " + "; ".join(lines))
