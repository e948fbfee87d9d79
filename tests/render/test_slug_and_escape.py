"""The safe slug function and Markdown escaping of article text."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import markdown
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import one_line
from generator.link.linker import link
from generator.render.markdown_text import escape_markdown, safe_title, safe_url
from generator.render.pages import render_corpus
from generator.text import slugify
from generator.write.writer import Writer
from tests.records import briefing, org, person
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
        '--8<-- "mkdocs.yml"',
        "&lt;script&gt; &#60;b&#62;",
        "`code`",
    ]:
        html = _render(hostile)
        assert html.startswith("<p>") and html.count("<") == 2, html


def test_safe_url_and_title() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    assert "<" not in safe_title("</title><script>x</script>")


_ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_ANY_TEXT, _ANY_TEXT), min_size=1, max_size=6))
def test_page_paths_come_only_from_safe_slugs(titles_and_names: list[tuple[str, str]]) -> None:
    """Whatever the titles and actor names, every page lands on a distinct safe path."""
    briefings = [
        briefing(f"a{i}.txt", title, [person(name or "x"), org(title or "y")])
        for i, (title, name) in enumerate(titles_and_names)
    ]
    pages = render_corpus(link(briefings))
    paths = [page.path for page in pages]
    assert len(set(paths)) == len(paths)
    for path in paths:
        folder, _, name = path.rpartition("/")
        assert folder in {"", "articles", "actors", "quotes", "archive", "stories"}
        stem, dot, suffix = name.rpartition(".")
        assert dot and suffix in {"md", "svg", "xml"}, path
        assert SLUG.match(stem), path
    with tempfile.TemporaryDirectory() as out:
        writer = Writer(Path(out))
        for page in pages:
            writer.write(page.path, page.text)
        writer.finish()
        written = {p.relative_to(out).as_posix() for p in Path(out).rglob("*") if p.is_file()}
        written.discard(".briefing-manifest.json")
        assert written == set(paths)


@given(st.text())
def test_one_line_never_splits_a_message(text: str) -> None:
    line = one_line(text)
    assert len(line.splitlines()) <= 1
    assert "\x1b" not in line
    line.encode("utf-8")  # no lone surrogates left to crash a terminal write
