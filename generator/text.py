"""The one safe slug function: every file name under docs/ comes from here."""

from __future__ import annotations

from slugify import slugify as _slugify

MAX_SLUG_LENGTH = 60
FALLBACK_SLUG = "untitled"


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """Return an ASCII, lowercase, hyphen-joined slug of `text`.

    The result matches ``[a-z0-9]+(-[a-z0-9]+)*``, keeps whole words, is at most
    `max_length` characters and is never empty (``untitled`` is the fallback),
    so it is always a safe single path component.
    """
    cleaned = text.replace("'", "").replace("’", "").replace(".", "")
    slug = _slugify(cleaned, max_length=max_length, word_boundary=True, save_order=True)
    return slug or FALLBACK_SLUG
