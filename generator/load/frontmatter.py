"""YAML front matter: split it off a Markdown file and check its types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import LoadError

KNOWN_KEYS = frozenset(
    {"title", "date", "source", "url", "publisher", "license", "author", "added", "metadata"}
)


@dataclass(frozen=True)
class FrontMatter:
    """The typed fields of an article's front matter."""

    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    license: str | None = None
    author: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    unknown_keys: tuple[str, ...] = ()


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body). A file without front matter has {}."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end == -1:
        raise LoadError("front matter opens with '---' but never closes", path)
    raw = text[4:end]
    body_start = text.find("\n", end + 4)
    body = "" if body_start == -1 else text[body_start + 1 :]
    try:
        data = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise LoadError(f"malformed YAML front matter{where}", path) from exc
    if not isinstance(data, dict):
        raise LoadError(f"front matter must be a mapping, received {type(data).__name__}", path)
    return data, body


def _optional_str(data: dict[str, Any], key: str, path: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise LoadError(f"front matter '{key}': expected text, received {type(value).__name__}", path)
    text = str(value).strip()
    return text or None


def _optional_date(data: dict[str, Any], path: str) -> dt.date | None:
    value = data.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise LoadError(f"front matter 'date': expected YYYY-MM-DD, received {value!r}", path)


def _metadata(data: dict[str, Any], path: str) -> tuple[tuple[str, str], ...]:
    value = data.get("metadata")
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise LoadError(f"front matter 'metadata': expected a mapping, received {type(value).__name__}", path)
    return tuple((str(k), str(v)) for k, v in value.items() if v is not None)


def parse_front_matter(data: dict[str, Any], path: str) -> FrontMatter:
    """Check the types of a front-matter mapping and return its typed fields."""
    url = _optional_str(data, "source", path) or _optional_str(data, "url", path)
    return FrontMatter(
        title=_optional_str(data, "title", path),
        date=_optional_date(data, path),
        url=url,
        publisher=_optional_str(data, "publisher", path),
        license=_optional_str(data, "license", path),
        author=_optional_str(data, "author", path),
        metadata=_metadata(data, path),
        unknown_keys=tuple(sorted(str(k) for k in data if k not in KNOWN_KEYS)),
    )
