"""What kind of document a download is, as the file suffix whose reader reads it."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ..errors import LoadError
from ..load import supported_suffixes
from .fetch import Fetched

# Content types that say it all.
CONTENT_TYPES: dict[str, str] = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/rdf+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/json-lines": ".jsonl",
    "application/x-jsonlines": ".jsonl",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
}
# Types servers give to anything: the URL's suffix or the content decide instead.
VAGUE_TYPES = frozenset({"application/octet-stream", "text/plain", "application/json", "binary/octet-stream"})

# The first tags of a feed or of a web page, looked for in the first bytes.
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
SNIFF_BYTES = 2048


def document_kind(fetched: Fetched) -> str:
    """Return the suffix of the reader for a download: sniffed content first, then the
    Content-Type, then the URL's own suffix; raise `LoadError` when nothing tells."""
    head = fetched.data[:SNIFF_BYTES]
    if _FEED_START.search(head):
        return ".xml"
    if _HTML_START.search(head):
        return ".html"
    suffix = PurePosixPath(urlsplit(fetched.url).path).suffix.lower()
    if fetched.content_type in VAGUE_TYPES and suffix in supported_suffixes():
        return suffix
    if fetched.content_type in CONTENT_TYPES:
        return CONTENT_TYPES[fetched.content_type]
    if suffix in supported_suffixes():
        return suffix
    if fetched.content_type == "application/json":
        return ".jsonl"
    raise LoadError(f"cannot read a document of type {fetched.content_type!r}", fetched.url)
