"""The site's public address: from the command line or mkdocs.yml, checked once."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..errors import ConfigError


def normalise_site_url(url: str) -> str:
    """Return `url` with a trailing slash; raise `ConfigError` unless it is an absolute http(s) URL."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"site URL: expected an absolute http(s) URL, received {url!r}")
    text = url.strip()
    return text if text.endswith("/") else text + "/"


class _TolerantLoader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' custom tags (!ENV, !relative, python names) as None."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def mkdocs_site_url(mkdocs_config: Path) -> str | None:
    """Return `site_url` from an MkDocs configuration file, or None if absent or unreadable."""
    try:
        data: Any = yaml.load(mkdocs_config.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (OSError, yaml.YAMLError):
        return None
    value = data.get("site_url") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None


def resolve_site_url(site_url: str | None, mkdocs_config: Path) -> str | None:
    """Return the checked site URL: `site_url` if given, else mkdocs.yml's, else None."""
    url = site_url or mkdocs_site_url(mkdocs_config)
    return normalise_site_url(url) if url else None
