"""One exception base with a child per stage; the CLI prints one line and exits 1."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from .models import Problem

# Characters that would split a message over lines or drive the terminal:
# C0/C1 controls, DEL, line/paragraph separators, and lone surrogates (file
# names that are not valid in the file-system encoding).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


# Longest reason in a problem line or an error message (characters): a longer
# one is cut and says how much was cut, so no input can make a line of megabytes.
MAX_REASON_CHARS = 300


def one_line(text: str) -> str:
    """Return `text` as one printable line: control characters become escapes like \\n."""

    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], text)


def shorten(text: str, limit: int = MAX_REASON_CHARS) -> str:
    """Return `text` unchanged if it has at most `limit` characters, else its start and
    how many characters were cut (``... [1,234 more characters]``)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [{len(text) - limit:,} more characters]"


class BriefingError(click.ClickException):
    """Base of every error the generator raises on purpose.

    `code` is a stable identifier (B1xx load, B2xx extract, B3xx write,
    B4xx build, B5xx config, B6xx lock, B9xx internal) that scripts may match on.
    """

    code = "B000"

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = one_line(path) if path is not None else None
        self.reason = shorten(one_line(message))
        text = f"{self.path}: {self.reason}" if self.path else self.reason
        super().__init__(text)

    def format_message(self) -> str:
        return f"[{self.code}] {self.message}"


class LoadError(BriefingError):
    """An input file could not be read as an article."""

    code = "B100"


class ExtractError(BriefingError):
    """Extraction failed on one article."""

    code = "B200"


class WriteError(BriefingError):
    """A page could not be written safely under the output folder."""

    code = "B300"


class OutputError(WriteError):
    """The output folder itself failed (a full disk, no permission): the run stops, since
    a site built from a partly written docs folder would publish stale pages as current."""

    code = "B310"


class BuildError(BriefingError):
    """The site builder (MkDocs) failed."""

    code = "B400"


class ConfigError(BriefingError):
    """A setting is missing or has the wrong type."""

    code = "B500"


class FetchError(LoadError):
    """A URL could not be downloaded (status, timeout, size limit, network)."""

    code = "B110"


class LockError(BriefingError):
    """Another build of the same project holds the lock."""

    code = "B600"


class InternalError(BriefingError):
    """An unexpected failure (a bug): reported in one line instead of a traceback."""

    code = "B900"


def as_problem(error: BriefingError, source: str) -> Problem:
    """The `Problem` record of an input's error: the one path from a stage's error to the report.

    `source` names the input when the error itself names none."""
    from .models import Problem

    return Problem(error.path or one_line(source), error.reason)


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """Merge the problems of each input into one line, ordered by input."""
    by_source: dict[str, list[Problem]] = {}
    for problem in problems:
        by_source.setdefault(problem.source, []).append(problem)
    lines = []
    for source in sorted(by_source):
        found = by_source[source]
        kind = "skipped" if any(p.skipped for p in found) else "warning"
        ordered = sorted(found, key=lambda p: not p.skipped)
        reasons = "; ".join(dict.fromkeys(shorten(one_line(p.reason)) for p in ordered))
        lines.append(one_line(f"{kind}: {source}: {reasons}"))
    return lines
