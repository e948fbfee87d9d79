"""Every article field a page prints comes back as the same text, in prose and in tables.

Escaping is unit-tested on single strings (test_slug_and_escape.py); this
runs whole briefings through link, render and the site's own Markdown
extensions, so a template that forgets to escape one field, or a table
cell that lets `|` split it, shows up as text that does not come back.
"""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.link.linker import link
from generator.models import Quote
from generator.render.markdown_text import safe_title
from generator.render.pages import render_corpus
from tests.records import briefing, org, person
from tests.render.test_slug_and_escape import EXTENSION_CONFIGS, EXTENSIONS

# Markdown's and HTML's specials, table pipes, entities and plain letters.
_TRICKY = st.text(alphabet=st.sampled_from(list("ab cd|*_`[]{}#!<>&;\\-+1.:()'\"")), min_size=1, max_size=24)


def _field(marker: str) -> st.SearchStrategy[str]:
    """A value that starts with a word of its own, so each page that prints it can be found."""
    return _TRICKY.map(lambda text: f"{marker} {text}")


class _Text(HTMLParser):
    """The page's visible text, and the cells of each table row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.rows: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append(0)
        elif tag in {"td", "th"}:
            self.rows[-1] += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html(body: str) -> _Text:
    parser = _Text()
    parser.feed(markdown.markdown(body, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS))
    return parser


def _words(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=40, deadline=None)
@given(
    title=_field("Qtitle"),
    publisher=_field("Qpublisher"),
    license_=_field("Qlicense"),
    author=_field("Qauthor"),
    name=_field("Qname"),
    role=_field("Qrole"),
    organisation=_field("Qorg"),
    said=_field("Qquote"),
)
def test_every_printed_field_shows_as_its_text(
    title: str, publisher: str, license_: str, author: str, name: str, role: str, organisation: str, said: str
) -> None:
    made = briefing("a.md", title, [person(name, role), org(organisation)], text="Body.")
    article = dataclasses.replace(made.article, publisher=publisher, license=license_, author=author)
    corpus = link([dataclasses.replace(made, article=article, quotes=(Quote(said, name),))])
    speaker = corpus.articles[0].actors[0]
    # What the linked records say is what every page must show.
    expected = {
        "Qtitle": corpus.articles[0].title,
        "Qpublisher": publisher,
        "Qlicense": license_,
        "Qauthor": author,
        "Qname": speaker.name,
        "Qrole": speaker.role or "",
        "Qorg": corpus.articles[0].actors[1].name,
        "Qquote": said,
    }
    shown: dict[str, set[str]] = {marker: set() for marker in expected}
    for page in render_corpus(corpus):
        if not page.path.endswith(".md"):
            continue
        body, _ = get_data(page.text)  # front matter is read by MkDocs, not shown as text
        parsed = _html(body)
        text = _words("".join(parsed.parts))
        for marker, value in expected.items():
            if re.search(rf"\b{marker}\b", body):
                # A title in a heading also names the HTML page, so it shows its look-alike form.
                forms = {_words(value), _words(safe_title(value))} if marker == "Qtitle" else {_words(value)}
                assert any(form in text for form in forms), (page.path, marker, value, text)
                shown[marker].add(page.path)
        if parsed.rows:
            assert len(set(parsed.rows)) == 1, (page.path, parsed.rows)  # no cell split or lost
    briefing_page = f"articles/{corpus.articles[0].slug}.md"
    for marker in ("Qtitle", "Qpublisher", "Qlicense", "Qname", "Qrole", "Qorg", "Qquote"):
        assert briefing_page in shown[marker], marker
    assert {"Qtitle", "Qpublisher", "Qlicense"} <= {
        m for m, pages in shown.items() if "attribution.md" in pages
    }
    assert f"actors/{speaker.slug}.md" in shown["Qquote"]
