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
from ..text import SENTENCE_END
from .htmltext import element_paragraphs, join_paragraphs
from .normalise import bad_references_warning, replace_bad_references

# A page is an article only if the paragraphs of its main text that end like
# sentences hold at least this many words: on a page without an article,
# trafilatura's best guess is a menu or a notice ("Home", "HomeWorld news
# today"), while the shortest news brief ("The mayor resigned on Friday.
# Her deputy takes over.") already has ten.
MIN_ARTICLE_WORDS = 10

# Class or id words of page furniture that is never the article. trafilatura
# drops most of it on its own, but on a short article its fallback extractors
# take a neighbouring ad or notice for text, so these go before extraction.
# Words are matched whole between "-", "_" or the ends ("ad-slot" yes, "header" no).
BOILERPLATE_WORDS = re.compile(
    r"(?:^|[-_])(?:ads?|advert\w*|sponsor\w*|promo\w*|cookies?|consent|gdpr|newsletter|subscribe"
    r"|subscription|paywall|related|recommended|read-more|more-stories|share|sharing|social"
    r"|comments?|disqus|outbrain|taboola|popup|modal|breadcrumbs?)(?:$|[-_])",
    re.IGNORECASE,
)
# Elements pruned by tag: never part of a news article's text.
BOILERPLATE_TAGS = frozenset({"nav", "aside", "form", "button", "dialog"})
# An element holding more than this share of the page's text is not pruned.
MAX_PRUNED_SHARE = 0.5
# An element holding more than this share of the page's paragraph (<p>) text holds
# the article, whatever its class says ("pmc-paywall", "entry-content-read-more").
MAX_PRUNED_PARAGRAPH_SHARE = 0.5
# An element holding any of these holds the article: never pruned.
_ARTICLE_XPATH = ".//h1 | .//article | .//main | .//*[@itemprop='articleBody']"

# Where a page names its own address, best first.
_CANONICAL_XPATHS = (
    '//link[@rel="canonical"]/@href',
    '//meta[@property="og:url"]/@content',
)

# trafilatura logs each page it cannot use as a warning; the reader raises instead.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _date_params(today: dt.date) -> dict[str, object]:
    # Only dates the page states (meta tags, time elements, a dated byline,
    # the URL): `extensive_search` would also guess from copyright years.
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": today.isoformat(),
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


def _paragraph_chars(element: Any) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def _is_boilerplate(element: Any, page_chars: int, page_paragraph_chars: int) -> bool:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in ("html", "body", "main", "article", "h1"):
        return False
    words = f"{element.get('class', '')} {element.get('id', '')}".split()
    if tag not in BOILERPLATE_TAGS and not any(BOILERPLATE_WORDS.search(word) for word in words):
        return False
    # A wrapper around the whole page (an ASP.NET <form>, body-like classes) is not furniture.
    if element.xpath(_ARTICLE_XPATH) or len(element.text_content()) > page_chars * MAX_PRUNED_SHARE:
        return False
    return _paragraph_chars(element) <= page_paragraph_chars * MAX_PRUNED_PARAGRAPH_SHARE


def prune_boilerplate(tree: Any) -> Any:
    """Remove ads, cookie notices, newsletters, sharing, comments and related-story boxes
    (by tag, class or id) from a page tree, keeping any element that holds the article."""
    page_chars = len(tree.text_content())
    page_paragraph_chars = _paragraph_chars(tree)
    doomed = [
        e
        for e in tree.iter()
        if isinstance(e.tag, str) and _is_boilerplate(e, page_chars, page_paragraph_chars)
    ]
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        tail = element.tail
        if tail and tail.strip():
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)
    return tree


def _has_sentences(paragraphs: list[str]) -> bool:
    return sum(len(p.split()) for p in paragraphs if SENTENCE_END.search(p)) >= MIN_ARTICLE_WORDS


def extract_page(
    html: str, source: str, today: dt.date, url: str | None = None
) -> tuple[Document, str | None]:
    """Return trafilatura's document for a page (metadata and main-text tree) and the
    page's canonical URL, or raise LoadError."""
    tree = load_html(html)
    if tree is None:
        raise LoadError("not an HTML page", source)
    canonical = _canonical_url(tree)
    document = trafilatura.bare_extraction(
        prune_boilerplate(tree),
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params=_date_params(today),
    )
    if not isinstance(document, Document) or document.body is None:
        raise LoadError("no article text found in the web page", source)
    return document, canonical


def read_html(text: str, source: str, today: dt.date, url: str | None = None) -> Article:
    """A web page: its main text (paragraphs), title, date, author, site name and canonical URL."""
    text, replaced = replace_bad_references(text)
    document, canonical = extract_page(text, source, today, url)
    title = _clean(document.title)
    paragraphs = element_paragraphs(document.body)
    # The headline is the title, not the first paragraph.
    while paragraphs and title and _same_words(paragraphs[0], title):
        paragraphs.pop(0)
    if not _has_sentences(paragraphs):
        raise LoadError("no article text found in the web page (no sentences)", source)
    return Article(
        source=source,
        text=join_paragraphs(paragraphs),
        title=title,
        date=_page_date(document.date),
        url=canonical or _clean(document.url) or url,
        publisher=_clean(document.sitename),
        license=_clean(document.license),
        author=_clean(document.author),
        warnings=(bad_references_warning("page", replaced),) if replaced else (),
    )
