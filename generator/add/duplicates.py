"""Is an article already in the folder? Same URL, same text, near-identical text, or same title and date.

Calibration of `NEAR_DUPLICATE_JACCARD` (5-word shingles), measured on the
19 articles of seeds/ (186 to 943 words): two different articles share at
most 0.01; the same article with a byline and a photo caption added scores
0.91-0.98, with its last paragraph dropped 0.82-0.98, with "said" turned
into "says" throughout 0.85-0.98. 0.8 takes all of these for the same
article and stays far above anything two different stories share.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from ..models import Article

SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.8
# Query parameters that only track where a reader came from.
TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.IGNORECASE)

_WORDS = re.compile(r"\w+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def url_key(url: str | None) -> str | None:
    """The URL with what does not change the page removed: scheme, "www.", fragment, tracking
    parameters, a trailing slash and percent-encoding of the path."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not TRACKING_PARAMS.match(k)))
    return urlunsplit(("", host, unquote(parts.path).rstrip("/") or "/", query, ""))


def text_words(text: str) -> list[str]:
    """The words of `text`, case-folded, with quote marks unified."""
    return _WORDS.findall(text.translate(_QUOTES).casefold())


def _shingles(words: list[str]) -> frozenset[str]:
    return frozenset(" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


def _title_date(article: Article) -> str | None:
    if not (article.title and article.date):
        return None
    return f"{' '.join(text_words(article.title))}@{article.date.isoformat()}"


@dataclass(frozen=True)
class Duplicate:
    """The article an incoming one duplicates, and why it counts as the same."""

    existing: str
    reason: str


class DuplicateIndex:
    """The articles seen so far (already in the folder, or added in this run)."""

    def __init__(self) -> None:
        self._by_url: dict[str, str] = {}
        self._by_digest: dict[str, str] = {}
        self._by_title_date: dict[str, str] = {}
        self._shingles: list[tuple[frozenset[str], str]] = []

    def add(self, article: Article, name: str) -> None:
        """Remember `article`, known as `name` (a file, or "file#N")."""
        words = text_words(article.text)
        if (key := url_key(article.url)) is not None:
            self._by_url.setdefault(key, name)
        self._by_digest.setdefault(hashlib.sha256(" ".join(words).encode()).hexdigest(), name)
        if (title_date := _title_date(article)) is not None:
            self._by_title_date.setdefault(title_date, name)
        if shingles := _shingles(words):
            self._shingles.append((shingles, name))

    def find(self, article: Article) -> Duplicate | None:
        """Return the article seen before that `article` duplicates, or None when it is new."""
        words = text_words(article.text)
        key = url_key(article.url)
        if key is not None and key in self._by_url:
            return Duplicate(self._by_url[key], "same URL")
        digest = hashlib.sha256(" ".join(words).encode()).hexdigest()
        if digest in self._by_digest:
            return Duplicate(self._by_digest[digest], "same text")
        title_date = _title_date(article)
        if title_date is not None and title_date in self._by_title_date:
            return Duplicate(self._by_title_date[title_date], "same title and date")
        shingles = _shingles(words)
        if not shingles:
            return None
        best: tuple[float, str] | None = None
        for seen, name in self._shingles:
            smaller, larger = sorted((len(seen), len(shingles)))
            if smaller < NEAR_DUPLICATE_JACCARD * larger:
                continue  # the sizes alone rule out the threshold
            similarity = len(seen & shingles) / len(seen | shingles)
            if similarity >= NEAR_DUPLICATE_JACCARD and (best is None or similarity > best[0]):
                best = (similarity, name)
        if best is not None:
            return Duplicate(best[1], f"near-identical text, {best[0]:.0%} the same")
        return None
