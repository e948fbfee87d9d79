"""JSON Lines: one article per line, an object with `text` and optional `title`, `date`, `url`.

`publisher`, `author` and `license` fill the article's fields of those
names; every other key is kept as metadata. A bad line becomes a `LoadError`
naming its line number (`file.jsonl#7`), and the other lines still load:
whatever goes wrong with one line (invalid JSON, nesting too deep, a number
too long, a wrong type) is caught at that line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import accumulate
from typing import Any

from ..errors import LoadError
from ..models import Article
from .dates import date_from_text

TEXT_KEYS = ("title", "text", "url", "publisher", "author", "license")
KNOWN_KEYS = frozenset({*TEXT_KEYS, "date"})

# One record is one article: at most as long as an article file may be
# (`registry.DEFAULT_MAX_BYTES`), nested no deeper than metadata needs, and
# with numbers of sensible length (Python's parser refuses 4,300 digits and
# more, and a deeply nested line exhausts its recursion limit).
MAX_RECORD_CHARS = 1_000_000
MAX_DEPTH = 32
MAX_INT_DIGITS = 100

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _nesting(line: str) -> int:
    """Return how deep the arrays and objects of a JSON line nest (brackets in strings aside)."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return 0  # cannot be deeper than the limit; not worth scanning
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", line))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"a number of {len(digits):,} digits (above the limit of {MAX_INT_DIGITS})")
    return int(digits)


def _parse_line(line: str) -> Any:
    """Return the JSON value of one line, or raise `ValueError` saying what is wrong with it."""
    if len(line) > MAX_RECORD_CHARS:
        raise ValueError(f"record of {len(line):,} characters, above the limit of {MAX_RECORD_CHARS:,}")
    depth = _nesting(line)
    if depth > MAX_DEPTH:
        raise ValueError(f"nested {depth:,} levels deep, above the limit of {MAX_DEPTH}")
    try:
        return json.loads(line, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc


def _text_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"'{key}': expected text, received {type(value).__name__}")
    return str(value).strip() or None


def _date_field(record: dict[str, Any], today: dt.date) -> dt.date | None:
    value = record.get("date")
    if value is None or value == "":
        return None
    date = date_from_text(value, today) if isinstance(value, str) else None
    if date is None:
        raise ValueError(f"'date': expected a date such as 2019-01-04, received {value!r}")
    return date


def _metadata_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def read_record(record: Any, name: str, today: dt.date) -> Article:
    """One JSON Lines record as an `Article`, or `LoadError` naming what is wrong with it."""
    if not isinstance(record, dict):
        raise LoadError(f"expected a JSON object, received {type(record).__name__}", name)
    try:
        fields = {key: _text_field(record, key) for key in TEXT_KEYS}
        date = _date_field(record, today)
    except ValueError as exc:
        raise LoadError(str(exc), name) from exc
    text = fields["text"]
    if not text:
        raise LoadError("no 'text' in the record", name)
    metadata = tuple(
        (str(key), _metadata_value(value))
        for key, value in record.items()
        if key not in KNOWN_KEYS and value is not None
    )
    return Article(
        source=name,
        text=text.replace("\r\n", "\n"),
        title=fields["title"],
        date=date,
        url=fields["url"],
        publisher=fields["publisher"],
        license=fields["license"],
        author=fields["author"],
        metadata=metadata,
    )


def read_jsonl(text: str, source: str, today: dt.date) -> list[Article | LoadError]:
    """Every non-blank line of a JSON Lines file, as an `Article` sourced `<source>#<line>`."""
    results: list[Article | LoadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{source}#{number}"
        try:
            results.append(read_record(_parse_line(line), name, today))
        except LoadError as exc:
            results.append(exc)
        except ValueError as exc:
            results.append(LoadError(str(exc), name))
        except Exception as exc:  # one bad line must not drop the others
            results.append(LoadError(f"cannot read the record: {type(exc).__name__}: {exc}", name))
    if not results:
        raise LoadError("no records (the file has only blank lines)", source)
    return results
