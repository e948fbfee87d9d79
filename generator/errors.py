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


def one_line(text: str) -> str:
    """Return `text` as one printable line: control characters become escapes like \\n."""

    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], text)


class BriefingError(click.ClickException):
    """Base of every error the generator raises on purpose.

    `code` is a stable identifier (B1xx load, B2xx extract, B3xx write,
    B4xx build, B5xx config, B6xx lock, B9xx internal) that scripts may match on.
    """

    code = "B000"

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = one_line(path) if path is not None else None
        self.reason = one_line(message)
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


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """Merge the problems of each input into one line, ordered by input."""
    by_source: dict[str, list[Problem]] = {}
    for problem in problems:
        by_source.setdefault(problem.source, []).append(problem)
    lines = []
    for source in sorted(by_source):
        found = by_source[source]
        kind = "skipped" if any(p.skipped for p in found) else "warning"
        reasons = "; ".join(dict.fromkeys(p.reason for p in sorted(found, key=lambda p: not p.skipped)))
        lines.append(one_line(f"{kind}: {source}: {reasons}"))
    return lines
