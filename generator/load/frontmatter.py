"""YAML front matter: split it off a Markdown file and check its types."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import reprlib
from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import LoadError

KNOWN_KEYS = frozenset(
    {"title", "date", "source", "url", "publisher", "license", "author", "added", "metadata"}
)

# The line that closes the front matter: exactly '---' (or YAML's '...').
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

# Values shown in a message are cut to this many characters (reprlib never
# walks more of a structure than it shows).
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = _SHOWN.maxlong = 60
_SHOWN.maxlevel = 2


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing aliases (``*name``).

    An alias repeats the node its anchor names without copying it, so a few
    hundred bytes of nested aliases stand for billions of nodes: anything
    that walks the result (a type check, an error message) would run out of
    time or memory. Front matter has no use for them.
    """

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


# libyaml's safe loader when PyYAML was built with it (about ten times faster): its
# composer cannot be overridden, so aliases are refused on a first pass over the events.
# Anything it refuses goes to the pure-Python loader, whose verdict (and message) stands:
# the two differ at the edges (libyaml refuses a lone surrogate's escape, which the other
# reads and the loader then cleans).
_FAST_LOADER: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def _load_yaml(raw: str) -> Any:
    """Parse front matter safely, refusing aliases (see `_NoAliasLoader`)."""
    if _FAST_LOADER is not None:
        try:
            if not any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(raw, Loader=_FAST_LOADER)):
                return yaml.load(raw, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.load(raw, Loader=_NoAliasLoader)  # a SafeLoader


@dataclass(frozen=True)
class FrontMatter:
    """The typed fields of an article's front matter."""

    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    license: str | None = None
    author: str | None = None
    added: dt.datetime | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    unknown_keys: tuple[str, ...] = ()


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body). A file without front matter has {}."""
    if not re.match(r"---[ \t]*\n", text):
        return {}, text
    opening = text.index("\n") + 1
    closing = _CLOSING.search(text, opening)
    if closing is None:
        raise LoadError("front matter opens with '---' but never closes", path)
    raw = text[opening : closing.start()]
    body = text[closing.end() + 1 :]
    try:
        data = _load_yaml(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None)
        detail = f": {problem}" if problem else ""
        raise LoadError(f"malformed YAML front matter{where}{detail}", path) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # PyYAML raises these for impossible dates (2019-02-30) and deep nesting.
        raise LoadError(f"malformed YAML front matter: {type(exc).__name__}: {exc}", path) from exc
    if not isinstance(data, dict):
        raise LoadError(f"front matter must be a mapping, received {type(data).__name__}", path)
    return data, body


def _optional_str(data: dict[str, Any], key: str, path: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        shown = _SHOWN.repr(value)
        raise LoadError(f"front matter '{key}': expected text, received {shown}", path)
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
        for parse in (dt.date.fromisoformat, lambda s: dt.datetime.fromisoformat(s).date()):
            try:
                return parse(value.strip())
            except ValueError:
                pass
    shown = _SHOWN.repr(value)
    raise LoadError(f"front matter 'date': expected YYYY-MM-DD, received {shown}", path)


def _optional_instant(data: dict[str, Any], path: str) -> dt.datetime | None:
    """The `added` key: a time in UTC (a time without a zone is taken as UTC, a day as its midnight)."""
    value = data.get("added")
    if value is None:
        return None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):  # not a time: refused below
            value = dt.datetime.fromisoformat(value.strip())
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        with contextlib.suppress(OverflowError):  # 9999-12-31T23:00-05:00 has no UTC time
            return aware.astimezone(dt.UTC)
    shown = _SHOWN.repr(value)
    raise LoadError(f"front matter 'added': expected YYYY-MM-DDTHH:MM:SSZ, received {shown}", path)


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
        added=_optional_instant(data, path),
        metadata=_metadata(data, path),
        unknown_keys=tuple(sorted(str(k)[:40] for k in data if k not in KNOWN_KEYS)),
    )
