"""HTML (or trafilatura's XML) to clean paragraphs: one paragraph per block, blank lines between."""

from __future__ import annotations

from collections.abc import Iterable

import lxml.html
from lxml import etree

# Elements that start and end a paragraph: HTML blocks, and trafilatura's
# output tags (head, list, item, quote, row, cell).
BLOCK_TAGS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article",
        "header", "footer", "aside", "main", "figure", "figcaption", "table", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "center", "details", "summary",
        "head", "list", "item", "quote", "row", "cell", "code",
    }
)  # fmt: skip
# Line breaks: in feed entries "<br><br>" often stands for a new paragraph.
BREAK_TAGS = frozenset({"br", "lb"})
# Never text of the article.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "button"})


def _paragraphs(root: etree._Element) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            paragraphs.append(text)
        current.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if tag in SKIPPED_TAGS or not isinstance(element.tag, str):
            if element.tail:
                current.append(element.tail)
            return
        block = tag in BLOCK_TAGS or tag in BREAK_TAGS
        if block:
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return paragraphs


def element_paragraphs(root: etree._Element) -> list[str]:
    """Return the paragraphs of an element tree, whitespace-normalised, in order."""
    return _paragraphs(root)


def html_to_text(fragment: str) -> str:
    """Return the text of an HTML fragment as paragraphs separated by blank lines.

    Scripts, styles and embedded objects are dropped; markup inside a
    paragraph (links, emphasis) is reduced to its text.
    """
    if "<" not in fragment:
        return join_paragraphs(" ".join(block.split()) for block in fragment.split("\n\n"))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return join_paragraphs(_paragraphs(root))


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Join non-empty paragraphs with one blank line between them."""
    return "\n\n".join(p for p in paragraphs if p)
