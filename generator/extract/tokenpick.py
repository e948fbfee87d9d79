"""The words of a paragraph picked by their tags in one vectorised pass.

A scan over every word of every paragraph builds a `Token` for each (spaCy makes a
new one at each step of `for token in doc`), and most scans want only the proper
nouns, the verbs or the words in capitals. `Doc.to_array` reads a tag of every word
at C speed; these yield only the words whose tag can matter, in text order, so a
scan's result is the same as over the whole paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy
from spacy.tokens import Doc, Token


def _where(doc: Doc, mask: Any) -> Iterator[Token]:
    for i in numpy.flatnonzero(mask):
        yield doc[int(i)]


def with_pos(doc: Doc, pos: str) -> Iterator[Token]:
    """The words tagged with the part of speech `pos` ("PROPN", "VERB")."""
    return _where(doc, doc.to_array("POS") == doc.vocab.strings[pos])


def with_dep(doc: Doc, dep: str) -> Iterator[Token]:
    """The words attached by the dependency `dep` ("nsubj")."""
    return _where(doc, doc.to_array("DEP") == doc.vocab.strings[dep])


def in_capitals(doc: Doc) -> Iterator[Token]:
    """The words of letters only, all in capitals ("NGO", "PAC", "A")."""
    flags = doc.to_array(["IS_UPPER", "IS_ALPHA"])
    return _where(doc, numpy.logical_and(flags[:, 0], flags[:, 1]))


def title_cased(doc: Doc) -> Iterator[Token]:
    """The words written with a capital first letter and the rest in lower case."""
    return _where(doc, doc.to_array("IS_TITLE"))


def has_word(doc: Doc, words: frozenset[str]) -> bool:
    """True when one of the words (lower case) is in the paragraph, whatever its case."""
    strings = doc.vocab.strings
    return bool(numpy.isin(doc.to_array("LOWER"), [strings[w] for w in words]).any())
