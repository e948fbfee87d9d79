"""The link targets the incremental build records for a page."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.recorder import _LINK, link_targets

# The plain statement of what `_LINK` finds: an href or src attribute starting at a word boundary.
_REFERENCE = re.compile(r"""\b(?:href|src)=["']([^"'#?]*)""")


def test_links_resolve_against_the_page_folder() -> None:
    html = (
        '<a href="../actors/nasa.html#quotes">N</a> <img src="pic%20one.png"> '
        '<a href="https://example.org/x">x</a> <a href="/abs">a</a> <a href="#top">t</a> '
        '<a data-href="same.html">s</a> <a xhref="no.html">n</a> <a href=\'../index.html?q=1\'>i</a>'
    )
    assert link_targets("articles/a.html", html) == (
        "actors/nasa.html",
        "articles/pic one.png",
        "articles/same.html",
        "index.html",
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("hrefsc=\"'a-_é <>#?/.x")), max_size=60))
def test_the_link_pattern_finds_what_a_word_boundary_pattern_finds(text: str) -> None:
    assert _LINK.findall(text) == _REFERENCE.findall(text)
