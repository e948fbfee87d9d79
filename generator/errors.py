"""One exception base with a child per stage; the CLI prints one line and exits 1."""

from __future__ import annotations

import click


class BriefingError(click.ClickException):
    """Base of every error the generator raises on purpose.

    `code` is a stable identifier (B1xx load, B2xx extract, B3xx write,
    B4xx build, B5xx config) that scripts may match on.
    """

    code = "B000"

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        text = f"{path}: {message}" if path else message
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
