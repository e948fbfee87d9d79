"""The faster inline stage gives Python-Markdown's HTML, byte for byte."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.fast_inline import FastInlineExtension, _FastInlineProcessor, needs_of, supported

# mkdocs.yml's extensions.
EXTENSIONS = ["tables", "admonition", "attr_list", "toc"]
CONFIGS = {"toc": {"permalink": True}}

PIECES = [
    "word",
    "Ankara",
    " ",
    "  \n",
    "\n",
    "\n\n",
    "*",
    "**",
    "_",
    "__",
    "`",
    "``",
    "\\",
    "\\*",
    "[",
    "]",
    "(",
    ")",
    "[a](b.md)",
    "[a][r]",
    "[r]",
    "![i](p.png)",
    "<",
    ">",
    "<b>",
    "</b>",
    "<https://example.org>",
    "<me@example.org>",
    "&",
    "&amp;",
    "&#38;",
    "!",
    "#",
    "# ",
    "- ",
    "| a | b |\n|---|---|\n| c | d |\n",
    "{: #x }",
    "!!! note\n    ",
    "\n[r]: https://example.org\n",
    "’",
]


def _html(text: str, fast: bool) -> str:
    extensions: list[object] = list(EXTENSIONS)
    if fast:
        extensions.append(FastInlineExtension())
    return str(markdown.Markdown(extensions=extensions, extension_configs=CONFIGS).convert(text))


def test_the_extension_is_in_place() -> None:
    md = markdown.Markdown(extensions=[*EXTENSIONS, FastInlineExtension()], extension_configs=CONFIGS)
    assert supported()
    assert type(md.treeprocessors["inline"]) is _FastInlineProcessor
    plain = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    names = ["inline", "prettify", "attr_list", "toc", "unescape"]
    order = [plain.treeprocessors.get_index_for_name(name) for name in names]
    assert [md.treeprocessors.get_index_for_name(name) for name in names] == order
    # Every default pattern is recognised, so the tests below exercise the skipping.
    assert all(needs_of(pattern) is not None for pattern in md.inlinePatterns)


def test_a_briefing_page_renders_the_same() -> None:
    text = (
        "# Quake in *Ankara* {: #quake }\n\n"
        "Rescuers &amp; [Erdoğan’s aides](../actors/erdogan.md#quotes) dug `all night`.  \n"
        "See <https://example.org> or <desk@example.org>, **strong** and _em_ and \\*not\\*.\n\n"
        "| actor | briefings |\n|---|---:|\n| [A](a.md) | 3 |\n\n"
        "!!! note\n    Kept *out* of search.\n\n"
        "- one ![map](map.png)\n- two [ref][r]\n\n[r]: https://example.org\n"
    )
    assert _html(text, fast=True) == _html(text, fast=False)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_mix_of_markup_renders_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _html(text, fast=True) == _html(text, fast=False)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_`\\[]()<>&!#:/.@\n")), max_size=80))
def test_any_text_of_markup_characters_renders_the_same(text: str) -> None:
    assert _html(text, fast=True) == _html(text, fast=False)
