"""The safe slug function and Markdown escaping of article text."""

from __future__ import annotations

import re

import markdown
from hypothesis import given
from hypothesis import strategies as st

from generator.markdown_text import escape_markdown, safe_title, safe_url
from generator.slug import slugify

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@given(st.text())
def test_slug_is_always_a_safe_path_component(text: str) -> None:
    slug = slugify(text)
    assert SLUG.match(slug)
    assert len(slug) <= 60


def test_slug_follows_the_corpus_convention() -> None:
    assert (
        slugify("U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns")
        == "us-house-issues-subpoena-to-secretary-of-state-as-special"
    )
    assert (
        slugify("Kenya's Brigid Kosgei sets new world record") == "kenyas-brigid-kosgei-sets-new-world-record"
    )


def _render(text: str) -> str:
    return markdown.markdown(escape_markdown(text), extensions=["tables", "toc"])


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])))
def test_escaped_text_never_yields_markup(text: str) -> None:
    html = _render(text)
    # The only element Markdown may produce from escaped text is the paragraph.
    tags = set(re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {"p"}


def test_hostile_snippets_stay_text() -> None:
    for hostile in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "!!! danger",
        "# Heading",
        "- item",
        "1. item",
        "{: onclick=alert(1) }",
        "`code`",
    ]:
        html = _render(hostile)
        assert html.startswith("<p>") and html.count("<") == 2, html


def test_safe_url_and_title() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    assert "<" not in safe_title("</title><script>x</script>")
