"""Installed distributions: their versions, and the optional features and the extra that
installs each (one clear line when it is missing)."""

from __future__ import annotations

import importlib.metadata
import importlib.util

from .errors import ConfigError


def require(module: str, extra: str, feature: str) -> None:
    """Raise `ConfigError` naming the extra to install when `module` is not importable."""
    if importlib.util.find_spec(module) is None:
        raise ConfigError(
            f"{feature} needs the optional {extra!r} dependencies: pip install 'briefing[{extra}]'"
        )


def installed_version(distribution: str) -> str | None:
    """The installed version of `distribution`, or None when it is not installed."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
