"""Shared text keys: slugs, name keys, acronyms and sentence ends.

Extraction, linking and evaluation compare names through these functions, so
they agree on when two spellings are one name. The slug function is the one
safe source of every file name under docs/.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from slugify import slugify as _slugify
from text_unidecode import unidecode

MAX_SLUG_LENGTH = 60
FALLBACK_SLUG = "untitled"

# Words left out when a name's initials are spelled out ("ISIS" for "Islamic
# State of Iraq and Syria").
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "le", "du", "des", "&"})
#: The lowercase words an acronym skips inside a name ("OSCE": "Organisation for Security
#: and Cooperation in Europe").
SPELLING_JOINERS = FUNCTION_WORDS | {"in", "on"}

# A paragraph or sentence that ends a sentence: final punctuation, then any
# closing quote marks or brackets. The ellipsis variant also ends a sentence
# when it closes a quotation ("... and so on…").
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
SENTENCE_END_OR_ELLIPSIS = re.compile(r"[.!?…][\"'”’)\]]*$")

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """Return an ASCII, lowercase, hyphen-joined slug of `text`.

    The result matches ``[a-z0-9]+(-[a-z0-9]+)*``, keeps whole words, is at most
    `max_length` characters and is never empty (``untitled`` is the fallback),
    so it is always a safe single path component.
    """
    cleaned = text.replace("'", "").replace("’", "").replace(".", "")
    slug = _slugify(cleaned, max_length=max_length, word_boundary=True, save_order=True)
    return slug or FALLBACK_SLUG


def name_key(text: str) -> str:
    """Return the key two spellings of a name share within an article: no accents,
    case, dots or curly apostrophes, white space folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").replace(".", "").casefold()
    return " ".join(plain.split())


def gold_key(text: str) -> str:
    """Return `name_key` without a leading "the": the key names are scored by."""
    return name_key(text).removeprefix("the ")


@lru_cache(maxsize=1 << 16)
def identity_key(name: str) -> str:
    """Return the looser key that joins an actor across articles: ASCII, lower
    case, no leading "the", every run of punctuation a single space.

    Cached: the same names recur across thousands of articles."""
    folded = unidecode(name).lower()
    folded = re.sub(r"^the\s+", "", folded)
    return _NON_WORD.sub(" ", folded).strip()


def acronym(text: str) -> str | None:
    """Return `text` without dots when it is written as an acronym (2 to 6
    capital letters: "UN", "N.A.T.O."), else None."""
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters
    return None


@lru_cache(maxsize=1 << 16)
def initials(name: str) -> str:
    """Return the capital initials of a name's content words ("ISIS" for
    "Islamic State of Iraq and Syria"); accents are dropped. Cached as `identity_key`."""
    words = [w for w in unidecode(name).replace("-", " ").split() if w.lower() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


@lru_cache(maxsize=1 << 16)
def capital_initials(name: str) -> str:
    """Return the initials of a name whose lowercase words only join its capitalised
    ones, those words left out ("OSCE" for "The Organisation for Security and
    Cooperation in Europe", where `initials` keeps the "in"); "" for a name with
    another lowercase word ("United States government" is no "US"). Cached as
    `initials`: the link stage asks it of every body's name in every article."""
    words = unidecode(name).replace("-", " ").split()
    if any(not w[:1].isupper() and w.lower() not in SPELLING_JOINERS for w in words):
        return ""
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in SPELLING_JOINERS)


def content_word_count(name: str) -> int:
    """Return how many words of `name` count for its initials."""
    return sum(1 for w in name.replace("-", " ").split() if w.lower() not in FUNCTION_WORDS)
