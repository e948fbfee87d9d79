"""Web pages: the main article text and its metadata, taken with trafilatura.

Navigation, ads, cookie banners, comments and "related stories" boxes are
left out by trafilatura's main-content extraction (precision mode, no
comments, no tables); the page's own headline is not repeated in the text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

import trafilatura
from trafilatura import load_html
from trafilatura.settings import Document

from ..errors import LoadError
from ..models import Article
from .htmltext import element_paragraphs, join_paragraphs

# A page is an article only if its main text has a sentence of at least this
# many words: on a page without an article, trafilatura's best guess is a menu
# or a cookie notice ("Home", "We use cookies. Accept."), never a full sentence.
MIN_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")

# Where a page names its own address, best first.
_CANONICAL_XPATHS = (
    '//link[@rel="canonical"]/@href',
    '//meta[@property="og:url"]/@content',
)

# trafilatura logs each page it cannot use as a warning; the reader raises instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _date_params() -> dict[str, object]:
    # Only dates the page states (meta tags, time elements, a dated byline,
    # the URL): `extensive_search` would also guess from copyright years.
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }


def _page_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _clean(value: str | None) -> str | None:
    text = " ".join(value.split()) if value else ""
    return text or None


def _canonical_url(tree: Any) -> str | None:
    """The page's canonical address exactly as written (trafilatura re-encodes it)."""
    for xpath in _CANONICAL_XPATHS:
        for value in tree.xpath(xpath):
            if str(value).strip().lower().startswith(("http://", "https://")):
                return str(value).strip()
    return None


def _has_sentence(paragraphs: list[str]) -> bool:
    return any(len(p.split()) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(p) for p in paragraphs)


def extract_page(html: str, source: str, url: str | None = None) -> tuple[Document, str | None]:
    """Return trafilatura's document for a page (metadata and main-text tree) and the
    page's canonical URL, or raise LoadError."""
    tree = load_html(html)
    if tree is None:
        raise LoadError("not an HTML page", source)
    canonical = _canonical_url(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params=_date_params(),
    )
    if not isinstance(document, Document) or document.body is None:
        raise LoadError("no article text found in the web page", source)
    return document, canonical


def read_html(text: str, source: str, url: str | None = None) -> Article:
    """A web page: its main text (paragraphs), title, date, author, site name and canonical URL."""
    document, canonical = extract_page(text, source, url)
    title = _clean(document.title)
    paragraphs = element_paragraphs(document.body)
    # The headline is the title, not the first paragraph.
    while paragraphs and title and _same_words(paragraphs[0], title):
        paragraphs.pop(0)
    if not _has_sentence(paragraphs):
        raise LoadError("no article text found in the web page (no full sentence)", source)
    return Article(
        source=source,
        text=join_paragraphs(paragraphs),
        title=title,
        date=_page_date(document.date),
        url=canonical or _clean(document.url) or url,
        publisher=_clean(document.sitename),
        license=_clean(document.license),
        author=_clean(document.author),
    )
