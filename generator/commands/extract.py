"""`briefing extract`: load files and yield what is extracted from each, with the problems met."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..config import Config
from ..incremental.nlp import load_model
from ..incremental.runners import extract_articles
from ..load import load_articles
from ..models import Briefing, Problem


def extract_files(files: Sequence[Path], config: Config, problems: list[Problem]) -> Iterator[Briefing]:
    """Yield the briefing of each article of `files`, in order, extracting on this process
    within the per-article time limit; every problem (load or extraction) is appended
    to `problems`."""
    articles, load_problems = load_articles(files, config.max_article_bytes, config.max_paragraph_chars)
    problems.extend(load_problems)
    for item in extract_articles(articles, load_model(config.model), config.max_extract_seconds):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            yield item


def run_extract(files: Sequence[Path], max_bytes: int) -> int:
    """Print each file's briefing as JSON Lines (stdout) and the problems (stderr); return the
    exit code (1 if any input was skipped)."""
    import click

    from ..errors import problem_lines
    from ..render.briefing_json import briefing_json

    problems: list[Problem] = []
    for briefing in extract_files(files, Config(max_article_bytes=max_bytes), problems):
        click.echo(briefing_json(briefing))
    for line in problem_lines(problems):
        click.echo(line, err=True)
    return 1 if any(p.skipped for p in problems) else 0
