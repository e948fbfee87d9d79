"""Making article text inert in Markdown: it must show as the text it is.

Every value a template prints passes through `escape_markdown` (the Jinja
environment's `finalize` hook) unless it is `Markup`, the marker for
Markdown the generator itself built from safe parts (links to slugs).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters Python-Markdown (with the `tables` extension) lets a backslash
# escape. Escaping them stops emphasis, links, images, code spans, headings,
# admonitions (!!!), attribute lists ({: }) and table cells in article text.
_ALWAYS = "\\`*_{}[]#!|"
# One translation table does the whole escape in C (str.translate).
_ESCAPES = str.maketrans({**{ch: "\\" + ch for ch in _ALWAYS}, "&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Only special at the start of a line (lists, block quotes, setext rules).
_LIST_BULLET = re.compile(r"^([-+])")
_LIST_NUMBER = re.compile(r"^(\d+)\.")
_SAFE_URL_CHARS = ":/?#@!$&*+,;=%~-._"

# Characters that would let a page title break out of its HTML <title> once
# the theme strips tags and unescapes entities; replaced by look-alikes.
_TITLE_UNSAFE = str.maketrans({"<": "‹", ">": "›"})


def escape_markdown(text: str) -> str:
    """Return `text` as one Markdown line that renders as exactly this text."""
    escaped = " ".join(text.split()).translate(_ESCAPES)
    first = escaped[:1]
    if first not in "-+" and not first.isdecimal():
        return escaped  # the common case: no list marker to neutralise
    escaped = _LIST_BULLET.sub(r"\\\1", escaped)
    return _LIST_NUMBER.sub(r"\1\\.", escaped)


def safe_title(text: str) -> str:
    """Return a one-line title safe for an H1 that the theme also puts in <title>."""
    return " ".join(text.split()).translate(_TITLE_UNSAFE)


def safe_url(url: str | None) -> str | None:
    """Return an http(s) URL percent-encoded for a Markdown link, or None if unsafe."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return quote(url.strip(), safe=_SAFE_URL_CHARS)


def markdown_link(text: str, href: str) -> Markup:
    """Return a Markdown link whose label is escaped and whose target is trusted."""
    return Markup(f"[{escape_markdown(text)}]({href})")


def finalize(value: object) -> object:
    """Jinja `finalize` hook: escape everything that is not already Markup."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return escape_markdown(str(value))
