"""The safe slug function and Markdown escaping of article text."""

from __future__ import annotations

import re
from typing import Any

import markdown
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.markdown_text import escape_markdown, safe_title, safe_url
from generator.slug import slugify
from tests.site_build import ROOT

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


def _site_extensions() -> tuple[list[str], dict[str, Any]]:
    """The Markdown extensions mkdocs.yml enables, so escaping is tested against them."""
    names: list[str] = []
    configs: dict[str, Any] = {}
    for entry in yaml.safe_load((ROOT / "mkdocs.yml").read_text())["markdown_extensions"]:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = config
    return names, configs


EXTENSIONS, EXTENSION_CONFIGS = _site_extensions()


def _render(text: str) -> str:
    return markdown.markdown(
        escape_markdown(text), extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS
    )


def test_escaping_is_tested_against_the_site_extensions() -> None:
    assert {"tables", "toc", "attr_list"} <= set(EXTENSIONS)


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
        "text {: #x .y onclick=alert(1) }",
        "{ #x }",
        "[TOC]",
        "--8<-- \"mkdocs.yml\"",
        "&lt;script&gt; &#60;b&#62;",
        "`code`",
    ]:
        html = _render(hostile)
        assert html.startswith("<p>") and html.count("<") == 2, html


def test_safe_url_and_title() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    assert "<" not in safe_title("</title><script>x</script>")
