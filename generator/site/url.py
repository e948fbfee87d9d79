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


def mkdocs_site_url(mkdocs_config: Path) -> str | None:
    """Return `site_url` from an MkDocs configuration file, or None if absent or unreadable.

    Read as MkDocs reads it (`INHERIT`, `!ENV`, `!relative`)."""
    value = read_mkdocs_yaml(mkdocs_config).get("site_url")
    return value if isinstance(value, str) and value.strip() else None


def read_mkdocs_yaml(mkdocs_config: Path) -> dict[str, Any]:
    """Return the settings of an MkDocs configuration file as MkDocs' own YAML reader
    gives them (empty when the file is missing or unreadable)."""
    from mkdocs.utils.yaml import yaml_load

    try:
        with mkdocs_config.open("rb") as handle:
            data = yaml_load(handle)
    except (OSError, yaml.YAMLError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def plugin_setting(mkdocs_config: Path, plugin: str, key: str) -> object:
    """Return `key` of `plugin`'s settings in mkdocs.yml, or None."""
    plugins = read_mkdocs_yaml(mkdocs_config).get("plugins")
    entries = plugins if isinstance(plugins, list) else [plugins] if isinstance(plugins, dict) else []
    for entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get(plugin), dict):
            return entry[plugin].get(key)
    return None


def resolve_site_url(site_url: str | None, mkdocs_config: Path) -> str | None:
    """Return the checked site URL: `site_url` if given, else mkdocs.yml's, else None."""
    url = site_url or mkdocs_site_url(mkdocs_config)
    return normalise_site_url(url) if url else None
