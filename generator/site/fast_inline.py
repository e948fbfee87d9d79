"""Python-Markdown's inline stage, minus the patterns that cannot match: same HTML, less time.

Python-Markdown tries each of its sixteen inline patterns on every piece of
text, one Python call each, even when the text holds none of the characters
the pattern starts with; on the long pages of a briefing site (the actors
index, the sources page, the dossiers of actors named in hundreds of
briefings) that makes up much of MkDocs' rendering time. `FastInlineExtension`
replaces the ``inline`` tree processor by a subclass that skips a pattern when
the text holds none of the strings any match of its regular expression
contains. A skipped pattern is one that would have found no match, and a
pattern without a match changes nothing (`InlineProcessor.__applyPattern`
returns the text unchanged), so the HTML is the same byte for byte.

Only Python-Markdown's own patterns, recognised by class and regular
expression, are ever skipped; any other pattern (another extension's) is
always tried. Replacing matched text by a placeholder never adds one of
these strings, so what a text lacks when first seen it lacks after each match.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown, inlinepatterns, treeprocessors, util  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]

_P = inlinepatterns

# (processor class, regular expression) -> strings of which a match contains one.
_NEEDS: dict[tuple[type[Any], str], tuple[str, ...]] = {
    (_P.BacktickInlineProcessor, _P.BACKTICK_RE): ("`",),
    (_P.EscapeInlineProcessor, _P.ESCAPE_RE): ("\\",),
    (_P.ReferenceInlineProcessor, _P.REFERENCE_RE): ("[",),
    (_P.LinkInlineProcessor, _P.LINK_RE): ("[",),
    (_P.ImageInlineProcessor, _P.IMAGE_LINK_RE): ("![",),
    (_P.ImageReferenceInlineProcessor, _P.IMAGE_REFERENCE_RE): ("![",),
    (_P.ShortReferenceInlineProcessor, _P.REFERENCE_RE): ("[",),
    (_P.ShortImageReferenceInlineProcessor, _P.IMAGE_REFERENCE_RE): ("![",),
    (_P.AutolinkInlineProcessor, _P.AUTOLINK_RE): ("<",),
    (_P.AutomailInlineProcessor, _P.AUTOMAIL_RE): ("<",),
    (_P.SubstituteTagInlineProcessor, _P.LINE_BREAK_RE): ("  \n",),
    (_P.HtmlInlineProcessor, _P.HTML_RE): ("<",),
    (_P.HtmlInlineProcessor, _P.ENTITY_RE): ("&",),
}
_HANDLE = "_InlineProcessor__handleInline"
_APPLY = "_InlineProcessor__applyPattern"


def needs_of(pattern: Any) -> tuple[str, ...] | None:
    """The strings one of which any match of `pattern` contains, or None when unknown."""
    if type(pattern) is _P.DelimiterProcessor:  # emphasis: its pattern is its tokens, escaped
        tokens = getattr(pattern, "tokens", None)
        return tuple(tokens) if isinstance(tokens, list) and tokens and all(tokens) else None
    needs = _NEEDS.get((type(pattern), getattr(pattern, "pattern", None)))  # type: ignore[arg-type]
    return needs if needs is not None and isinstance(pattern, _P.InlineProcessor) else None


class _FastInlineProcessor(treeprocessors.InlineProcessor):  # type: ignore[misc]
    """`InlineProcessor` that tries only the patterns the text may match (module docstring)."""

    def run(self, tree: Any, ancestors: list[str] | None = None) -> Any:
        self._patterns = list(self.inlinePatterns)
        self._needs = [needs_of(pattern) for pattern in self._patterns]
        # A text with none of the first characters of any pattern's strings is left as it
        # is by every pattern (when each one's strings are known): one search tells.
        firsts = {text[0] for needs in self._needs if needs is not None for text in needs}
        known = all(needs is not None for needs in self._needs)
        self._any = re.compile("[" + re.escape("".join(sorted(firsts))) + "]") if known and firsts else None
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        # `InlineProcessor.__handleInline` with the patterns of `needs` skipped (its name is
        # mangled; the class's other methods call this one through it).
        if not isinstance(data, util.AtomicString):
            if self._any is not None and self._any.search(data) is None:
                return data
            apply = getattr(self, _APPLY)
            patterns, needs = self._patterns, self._needs
            start = 0
            count = len(patterns)
            while patternIndex < count:
                wanted = needs[patternIndex]
                if wanted is not None:
                    for text in wanted:
                        if text in data:
                            break
                    else:  # no match possible: as after a pattern that found none
                        patternIndex += 1
                        start = 0
                        continue
                data, matched, start = apply(patterns[patternIndex], data, patternIndex, start)
                if not matched:
                    patternIndex += 1
        return data


def supported() -> bool:
    """True when Python-Markdown's inline processor has the methods this subclass relies on."""
    return all(hasattr(treeprocessors.InlineProcessor, name) for name in (_HANDLE, _APPLY))


class FastInlineExtension(Extension):  # type: ignore[misc]
    """Replaces Python-Markdown's ``inline`` tree processor by `_FastInlineProcessor`."""

    def extendMarkdown(self, md: Markdown) -> None:
        if not supported() or "inline" not in md.treeprocessors:
            return
        current = md.treeprocessors["inline"]
        if type(current) is not treeprocessors.InlineProcessor:
            return  # another extension's processor: left alone
        registered = getattr(md.treeprocessors, "_priority", [])
        priorities = [item.priority for item in registered if item.name == "inline"]
        if len(priorities) == 1:  # in the same place among the tree processors
            md.treeprocessors.register(_FastInlineProcessor(md), "inline", priorities[0])
