"""Making article text inert in Markdown: it must show as the text it is.

Every value a template prints passes through `escape_markdown` (the Jinja
environment's `finalize` hook) unless it is `Markup`, the marker for
Markdown the generator itself built from safe parts (links to slugs).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import yaml
from markupsafe import Markup

# Characters Python-Markdown (with the `tables` extension) lets a backslash
# escape. Escaping them stops emphasis, links, images, code spans, headings,
# admonitions (!!!), attribute lists ({: }) and table cells in article text.
_ALWAYS = "\\`*_{}[]#!|"
# One translation table does the whole escape in C (str.translate): backslash
# those, and make HTML's three specials entities.
_ESCAPES = str.maketrans({**{ch: "\\" + ch for ch in _ALWAYS}, "&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Only special at the start of a line (lists, block quotes, setext rules).
# Always escaped, even when not followed by a space: "---" alone is a rule.
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
    if first and first not in "-+" and not first.isdecimal():
        return escaped  # the common case: no '-', '+' or digit to start a list or rule
    escaped = _LIST_BULLET.sub(r"\\\1", escaped)
    return _LIST_NUMBER.sub(r"\1\\.", escaped)


def safe_title(text: str) -> str:
    """Return one line that stays text where the theme prints it into HTML unescaped:
    a page title (the H1 is also put in <title>) or a tag name."""
    return " ".join(text.split()).translate(_TITLE_UNSAFE)


def safe_url(url: str | None) -> str | None:
    """Return an http(s) URL percent-encoded for a Markdown link, or None if unsafe."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return quote(url.strip(), safe=_SAFE_URL_CHARS)


def escape_fragment(text: str, line_start: bool = False) -> Markup:
    """Return a piece of a line (text between links) escaped, keeping one space at each edge.

    `escape_markdown` trims, which would glue "met " to the link after it; a
    fragment keeps a single leading and trailing space, except a leading one
    at the start of a line (where indentation would start a code block).
    """
    core = text.strip()
    if not core:
        return Markup("" if line_start or not text else " ")
    lead = " " if text[0].isspace() and not line_start else ""
    trail = " " if text[-1].isspace() else ""
    return Markup(lead + escape_markdown(core) + trail)


def fixed(value: float, digits: int = 3) -> Markup:
    """Return a number with `digits` decimals; digits and a dot need no escaping."""
    return Markup(f"{float(value):.{digits}f}")


def markdown_link(text: str, href: str) -> Markup:
    """Return a Markdown link whose label is escaped and whose target is trusted."""
    return Markup(f"[{escape_markdown(text)}]({href})")


def markdown_image(alt: str, src: str) -> Markup:
    """Return a Markdown image whose alt text is escaped and whose source is trusted."""
    return Markup(f"![{escape_markdown(alt)}]({src})")


def front_matter(data: dict[str, object]) -> Markup:
    """Return YAML front matter (between --- lines) written by the safe serializer."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
    return Markup(f"---\n{text}---\n")


def finalize(value: object) -> object:
    """Jinja `finalize` hook: escape everything that is not already Markup."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return escape_markdown(str(value))
