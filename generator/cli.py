"""Thin command-line interface: parse options, call one library function, print.

Every problem is one line on stderr; an unexpected failure is one line too
(``Error: [B900] ...``), never a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from .add.fetch import DEFAULT_TIMEOUT
from .config import DEFAULT_MAX_EXTRACT_SECONDS, Config
from .errors import InternalError, one_line
from .incremental.nlp import DEFAULT_MODEL
from .load.registry import DEFAULT_MAX_BYTES


class _Size(click.ParamType):  # type: ignore[type-arg]
    """A size in bytes: 5000000, 5M, 500k, 1G (powers of 1000)."""

    name = "SIZE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+)\s*([kmg]?)b?\s*", str(value), re.IGNORECASE)
        if match is None or int(match.group(1)) == 0:
            self.fail(f"expected a size such as 1000000, 500k or 2M, received {value!r}", param, ctx)
        return int(match.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[match.group(2).lower()]


class _OneLineHandler(logging.Handler):
    """Prints warnings of the generator and of MkDocs as one line each on stderr."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        prefix = "" if record.name.startswith("generator") else f"{record.name.split('.')[0]}: "
        click.echo(one_line(prefix + record.getMessage()), err=True)


def _warning_line(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    click.echo(one_line(f"warning: {category.__name__}: {message}"), err=True)


@contextlib.contextmanager
def _one_line_output() -> Iterator[None]:
    """Route log records and Python warnings to one-line messages for one command."""
    handler = _OneLineHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    with warnings.catch_warnings():
        warnings.showwarning = _warning_line
        try:
            yield
        finally:
            root.removeHandler(handler)


class _Group(click.Group):
    """Turns an unexpected exception into one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        with _one_line_output():
            try:
                return super().invoke(ctx)
            except (click.ClickException, click.exceptions.Exit, click.Abort):
                raise
            except Exception as exc:
                raise InternalError(one_line(f"unexpected {type(exc).__name__}: {exc}")[:500]) from exc


_ARTICLES = click.option(
    "--articles",
    "articles_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of input articles [default: the briefing plugin's `articles` in mkdocs.yml, "
    "else articles/].",
)
_DOCS = click.option(
    "--docs",
    "docs_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="MkDocs source folder to write pages into [default: docs_dir of mkdocs.yml, "
    "relative to that file, else docs/ beside it].",
)
_SITE_URL = click.option(
    "--site-url",
    default=None,
    help="Absolute URL the site is published at, for the feed's links "
    "(default: site_url of the MkDocs config; unset: links relative to the feed).",
)
_MAX_BYTES = click.option(
    "--max-bytes",
    "max_bytes",
    type=_Size(),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse article files larger than this (bytes; 500k, 2M also work).",
)
_MAX_SECONDS = click.option(
    "--max-seconds",
    "max_seconds",
    type=click.FloatRange(min=0),
    default=DEFAULT_MAX_EXTRACT_SECONDS,
    show_default=True,
    help="Stop and skip an article whose extraction takes longer (seconds; 0: no limit).",
)
_NO_WAIT = click.option(
    "--no-wait",
    is_flag=True,
    help="If another build of this project is running, fail at once instead of waiting.",
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
    help="Extract on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://scheduler-host:8786).",
)
_MKDOCS_CONFIG = click.option(
    "-f",
    "--config-file",
    "--config",
    "mkdocs_config",
    type=click.Path(path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="MkDocs configuration file.",
)
_QUIET = click.option("--quiet", "-q", is_flag=True, help="No progress bars and no summary line.")
_MODEL = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Installed spaCy pipeline that extracts (part of the cache key: changing it re-extracts).",
)
_NO_CACHE = click.option(
    "--no-cache", is_flag=True, help="Extract every article again, ignoring and not updating the cache."
)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "auto_envvar_prefix": "BRIEFING"},
    epilog="Every option can also be set by an environment variable BRIEFING_<COMMAND>_<OPTION>, "
    "e.g. BRIEFING_BUILD_SITE_URL=https://example.org/news/ or BRIEFING_BUILD_ARTICLES_DIR=articles.",
)
@click.version_option(package_name="briefing")
def main() -> None:
    """Turn a folder of news articles into a searchable static briefing site.

    \b
    Examples:
      briefing build                      generate docs/ from the articles and build site/
      briefing build --site-url https://example.org/news/
      briefing add https://example.org/feed.xml
      briefing serve                      live preview on http://127.0.0.1:8000
    """


_GENERATION_OPTIONS = (
    _ARTICLES,
    _MKDOCS_CONFIG,
    _DOCS,
    _SITE_URL,
    _MAX_BYTES,
    _MAX_SECONDS,
    _NO_WAIT,
    _WORKERS,
    _SCHEDULER,
    _NO_CACHE,
    _MODEL,
    _QUIET,
)


def _generation_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add the options that `generate` and `build` share."""
    for option in reversed(_GENERATION_OPTIONS):
        command = option(command)
    return command


def _articles(articles_dir: Path | None, mkdocs_config: Path) -> Path:
    """The articles folder: the option, else the briefing plugin's setting in mkdocs.yml
    (relative to that file), else articles/."""
    if articles_dir is not None:
        return articles_dir
    from .site.url import plugin_setting

    setting = plugin_setting(mkdocs_config, "briefing", "articles")
    if isinstance(setting, str) and setting.strip():
        return mkdocs_config.parent / setting
    return Path("articles")


def _from_mkdocs(given: Path | None, mkdocs_config: Path, key: str, default: str) -> Path:
    """A folder MkDocs reads from its config: the option when given, else the config's
    `key` (relative to the config file, as MkDocs takes it), else `default` beside it."""
    if given is not None:
        return given
    from .site.url import read_mkdocs_yaml

    setting = read_mkdocs_yaml(mkdocs_config).get(key)
    return mkdocs_config.parent / (setting if isinstance(setting, str) and setting.strip() else default)


def _config(
    *,
    max_bytes: int,
    max_seconds: float,
    no_wait: bool,
    no_cache: bool,
    articles_dir: Path | None,
    docs_dir: Path | None,
    mkdocs_config: Path,
    **fields: Any,
) -> Config:
    """Return the Config of a generate/build run from the shared options, by their CLI names."""
    return Config(
        articles_dir=_articles(articles_dir, mkdocs_config),
        docs_dir=_from_mkdocs(docs_dir, mkdocs_config, "docs_dir", "docs"),
        mkdocs_config=mkdocs_config,
        max_article_bytes=max_bytes,
        max_extract_seconds=max_seconds,
        wait_for_lock=not no_wait,
        cache=not no_cache,
        **fields,
    )


_BUILD_OPTIONS = (
    click.option(
        "-d",
        "--site-dir",
        "--site",
        "site_dir",
        type=click.Path(path_type=Path),
        default=None,
        help="Where to publish the built site [default: site_dir of mkdocs.yml, relative to "
        "that file, else site/ beside it].",
    ),
    click.option(
        "--engine",
        type=click.Choice(["mkdocs", "zensical"]),
        default="mkdocs",
        show_default=True,
        help="Site builder; both read the same mkdocs.yml.",
    ),
    click.option(
        "-s",
        "--strict",
        is_flag=True,
        help="Fail if any article is skipped or warned about, or the site builder warns.",
    ),
)


def _build_options(command: Callable[..., None]) -> Callable[..., None]:
    """Add the options that `build` and `gh-deploy` share (the generation ones included)."""
    for option in reversed(_BUILD_OPTIONS):
        command = option(command)
    return _generation_options(command)


@main.command(short_help="Generate the pages, then build the site.")
@_build_options
def build(site_dir: Path | None, engine: str, strict: bool, quiet: bool, **options: Any) -> None:
    """Generate the briefing pages (incrementally), then build the site (MkDocs or Zensical).

    \b
    Examples:
      briefing build
      briefing build --articles articles -d public --site-url https://example.org/news/
      briefing build -s --engine zensical
    """
    from .commands.generate import run_build

    config = _config(site_dir=_site(site_dir, options), engine=engine, strict=strict, **options)
    run_build(config, config.site_dir, engine, strict, quiet)


def _site(site_dir: Path | None, options: dict[str, Any]) -> Path:
    return _from_mkdocs(site_dir, options["mkdocs_config"], "site_dir", "site")


@main.command("gh-deploy", short_help="Build, then publish the site to a git branch.")
@_build_options
@click.option("-m", "--message", default=None, help="Commit message [default: MkDocs' own].")
@click.option("-b", "--remote-branch", default=None, help="Branch to publish to [default: gh-pages].")
@click.option("-r", "--remote-name", default=None, help="Remote to push to [default: origin].")
@click.option("--force", is_flag=True, help="Force the push to the remote branch.")
def gh_deploy(
    site_dir: Path | None,
    engine: str,
    strict: bool,
    quiet: bool,
    message: str | None,
    remote_branch: str | None,
    remote_name: str | None,
    force: bool,
    **options: Any,
) -> None:
    """Build the site as `briefing build` does, then commit it to a branch of this git
    repository and push it (GitHub Pages serves the gh-pages branch).

    \b
    Example:
      briefing gh-deploy --site-url https://example.github.io/news/
    """
    from .commands.generate import run_build
    from .commands.gh_deploy import gh_deploy as deploy

    config = _config(site_dir=_site(site_dir, options), engine=engine, strict=strict, **options)
    run_build(config, config.site_dir, engine, strict, quiet)
    deploy(config, message, remote_branch, remote_name, force)
    if not quiet:
        click.echo(f"published {one_line(str(config.site_dir))}", err=True)


@main.command(short_help="Only write the Markdown pages into the docs folder.")
@_generation_options
@click.option("-s", "--strict", is_flag=True, help="Fail if any article is skipped or warned about.")
def generate(strict: bool, quiet: bool, **options: Any) -> None:
    """Only write the Markdown pages (and the feed and graphs) into the docs folder (only what changed).

    \b
    Example:
      briefing generate --articles articles --docs docs && mkdocs build
    """
    from .commands.generate import run_generate

    run_generate(_config(strict=strict, **options), strict, quiet)


@main.command(short_help="Start a new project folder.")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--name", "site_name", default=None, help="Site name [default: from the folder's name].")
def new(folder: Path, site_name: str | None) -> None:
    """Start a briefing project in FOLDER (absent or empty): mkdocs.yml, an articles/
    folder with one example article, .gitignore and a short README. Inside it,
    `briefing build` and `briefing serve` need no options.

    \b
    Example:
      briefing new newsroom && cd newsroom && briefing build
    """
    from .commands.new import new_project

    for path in new_project(folder, site_name):
        click.echo(f"created {one_line(str(path))}", err=True)


@main.command(short_help="Save articles from files, folders, feeds or URLs.")
@_ARTICLES
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds allowed for each download, all included (connecting, redirects, headers, body).",
)
@click.option(
    "--max-bytes",
    type=_Size(),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest file or download accepted (bytes; 500k, 2M also work).",
)
@_NO_WAIT
@click.argument("sources", nargs=-1, required=True)
def add(
    articles_dir: Path | None, timeout: float, max_bytes: int, no_wait: bool, sources: tuple[str, ...]
) -> None:
    """Save the articles of each SOURCE (a file, a folder, a feed file or an http(s) URL)
    into the articles folder as Markdown, skipping articles already there.

    \b
    Examples:
      briefing add ~/Downloads/story.html
      briefing add --articles articles https://example.org/feed.xml
    """
    from .commands.add import run_add

    folder = _articles(articles_dir, Path("mkdocs.yml"))
    sys.exit(run_add(folder, sources, timeout, max_bytes, wait=not no_wait))


@main.command(short_help="Live preview that regenerates on changes.")
@_ARTICLES
@_DOCS
@_MKDOCS_CONFIG
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
    articles_dir: Path | None,
    docs_dir: Path | None,
    mkdocs_config: Path,
    dev_addr: str,
    workers: int | None,
    quiet: bool,
) -> None:
    """Live preview: serve the site and regenerate it when articles change.

    \b
    Example:
      briefing serve --articles articles --dev-addr 127.0.0.1:8001
    """
    import logging

    from .commands.serve import serve as run_serve
    from .incremental.progress import for_terminal

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
        articles_dir=_articles(articles_dir, mkdocs_config),
        docs_dir=_from_mkdocs(docs_dir, mkdocs_config, "docs_dir", "docs"),
        mkdocs_config=mkdocs_config,
        workers=workers,
    )
    run_serve(config, host, int(port), progress=for_terminal(quiet))


@main.command(short_help="Print what is extracted from files as JSON Lines.")
@click.option(
    "--json", "as_json", is_flag=True, required=True, help="Print one JSON object per article (JSON Lines)."
)
@_MAX_BYTES
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract(as_json: bool, max_bytes: int, files: tuple[Path, ...]) -> None:
    """Print what is extracted from each FILE as JSON Lines on stdout.

    \b
    Example:
      briefing extract --json articles/*.md > briefings.jsonl
    """
    from .commands.extract import run_extract

    sys.exit(run_extract(list(files), max_bytes))


@main.command(short_help="Score the extraction against gold annotations.")
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
@click.option(
    "--folds",
    type=click.IntRange(min=2),
    help="Also score K folds by article (slug hash), each with what was learned on the others.",
)
@click.option(
    "--subset",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Also score the articles whose slugs this file lists (one a line) apart from the others.",
)
def evaluate(
    gold_dir: Path,
    no_speed: bool,
    baseline: Path | None,
    update_path: Path | None,
    allow_lower: bool,
    verbose: bool,
    folds: int | None,
    subset: Path | None,
) -> None:
    """Score the extraction against gold annotations in GOLD_DIR and print tables.

    Covers actors, roles, quotes, speakers and the summary (ROUGE-1/2/L,
    key-sentence precision/recall, length, readability), with lead-3 beside it.

    \b
    Example:
      briefing evaluate ../shared/corpus --check tests/eval_baseline.json
    """
    from .commands.evaluate import EvaluateOptions, run_evaluate

    run_evaluate(
        EvaluateOptions(
            gold_dir, not no_speed, baseline, update_path, allow_lower, verbose, folds or 0, subset
        )
    )
