"""RSS and Atom feeds, parsed with feedparser: each entry is one article.

An entry's full content is used when the feed carries it (`content:encoded`,
Atom `content`), else its summary; the HTML in either becomes clean
paragraphs. The date is the entry's publication (else update) date as the
feed writes it, without a shift to UTC; a date that cannot be read as
written (a day 45, a year 0000) leaves the entry undated, with a warning,
rather than taking the date feedparser's normalisation would make of it.
Whatever goes wrong with one entry is reported for that entry (``feed.xml#3``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from typing import Any

import feedparser

from ..errors import LoadError, shorten
from ..models import Article
from .dates import date_from_text
from .htmltext import html_to_text
from .normalise import bad_references_warning, replace_bad_references

# Lines that blogging software appends to every entry; not part of the story.
FEED_FOOTERS = (
    re.compile(r"^The post .{1,300} appeared first on .{1,200}\.?$"),
    re.compile(r"^(?:Continue|Keep) reading\b.{0,200}$", re.IGNORECASE),
    re.compile(
        r"^(?:Read|See) (?:the )?(?:full|more|original) (?:story|article|post)\b.{0,200}$", re.IGNORECASE
    ),
)


def parse_feed(text: str) -> Any:
    """Return feedparser's result for the feed document `text` (never read as a path or URL).

    Character references feedparser cannot take are replaced first (`replace_bad_references`).
    """
    # feedparser opens a str that looks like a URL or a file name; a stream is only read.
    return feedparser.parse(
        io.BytesIO(replace_bad_references(text)[0].encode("utf-8", "replace")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        resolve_relative_uris=False,
    )


def is_feed(parsed: Any) -> bool:
    """True when feedparser recognised an RSS or Atom document (or found entries anyway)."""
    return bool(parsed.get("version")) or bool(parsed.get("entries"))


def _entry_text(entry: Any) -> str:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        raw = max(contents, key=lambda c: len(c.get("value") or "")).get("value") or ""
    else:
        raw = entry.get("summary") or entry.get("description") or ""
    paragraphs = html_to_text(raw).split("\n\n")
    while paragraphs and any(p.match(paragraphs[-1]) for p in FEED_FOOTERS):
        paragraphs.pop()
    return "\n\n".join(paragraphs).strip()


def _entry_date(entry: Any, today: dt.date) -> tuple[dt.date | None, str | None]:
    """The entry's date and, when it has one that cannot be read, a warning saying so."""
    unread = None
    for key in ("published", "updated", "created"):
        # dict.get: only the keys the entry has (feedparser's own `get` maps a
        # missing `updated` to `published`, with a DeprecationWarning).
        value = dict.get(entry, key)
        if isinstance(value, str) and value.strip():
            date = date_from_text(value, today)
            if date is not None:
                return date, None
            shown = shorten(value.strip(), 60)
            unread = unread or f"date {shown!r} cannot be read as a date; published undated"
    return None, unread


def _entry_title(entry: Any) -> str | None:
    title = entry.get("title")
    detail = entry.get("title_detail") or {}
    if title and "html" in (detail.get("type") or ""):
        title = html_to_text(title)
    return _clean(title)


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def read_feed(text: str, source: str, today: dt.date) -> list[Article | LoadError]:
    """Every entry of an RSS or Atom feed, as an `Article` sourced `<source>#N` (N from 1).

    An entry without text becomes a `LoadError` naming it; a document that is
    not a feed raises `LoadError`.
    """
    text, replaced = replace_bad_references(text)
    try:
        parsed = parse_feed(text)
    except Exception as exc:  # a feedparser failure is this file's problem only
        raise LoadError(f"feed cannot be parsed ({type(exc).__name__}: {exc})", source) from exc
    if not is_feed(parsed):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise LoadError(f"not an RSS or Atom feed{detail}", source)
    if not parsed.entries:
        raise LoadError("feed has no entries", source)
    publisher = _clean(parsed.feed.get("title"))
    license_ = _clean(parsed.feed.get("rights") or parsed.feed.get("license"))
    results: list[Article | LoadError] = []
    for number, entry in enumerate(parsed.entries, start=1):
        name = f"{source}#{number}"
        try:
            results.append(_entry_article(entry, name, publisher, license_, replaced, today))
        except LoadError as exc:
            results.append(exc)
        except Exception as exc:  # one bad entry must not drop the others
            results.append(LoadError(f"cannot read the entry: {type(exc).__name__}: {exc}", name))
    return results


def _entry_article(
    entry: Any, name: str, publisher: str | None, license_: str | None, replaced: int, today: dt.date
) -> Article:
    body = _entry_text(entry)
    if not body:
        raise LoadError("feed entry has no text (no content or summary)", name)
    date, unread = _entry_date(entry, today)
    article = Article(
        source=name,
        text=body,
        title=_entry_title(entry),
        date=date,
        url=_clean(entry.get("link")),
        publisher=publisher,
        license=_clean(entry.get("rights")) or license_,
        author=_clean(entry.get("author")),
        warnings=(unread,) if unread else (),
    )
    fields = (article.text, article.title, article.publisher, article.license, article.author)
    if replaced and any("\ufffd" in (field or "") for field in fields):
        warning = bad_references_warning("feed", replaced)
        article = dataclasses.replace(article, warnings=(*article.warnings, warning))
    return article
