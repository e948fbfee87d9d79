"""The text the parser reads, and its parse put back on the paragraph's own text.

spaCy's small English model learnt from news quoted with double marks: the
same words quoted ‘…’, '…', „…“ or »…« parse differently (another root,
another subject, a speaker lost). So the parser reads each paragraph with the
marks of its quote spans written as straight double marks, one character for
one so every offset holds, and the Doc it returns is rebuilt on the
paragraph's own text with the same tokens and annotations: the later stages
see the article's marks. Quotations marked "…" or “…” are parsed as they are.
For the same reason an apostrophe inside a word ("O’Rourke", "Ruritania’s")
is read as the straight one ("O'Rourke"): the model tagged names written with
the curly one less well. Other apostrophes are read as written. A no-break or
thin space is read as a plain one.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Doc
from thinc.types import Ints2d

from .paragraphs import Paragraph
from .quotemarks import doubled_mark_characters, find_quote_spans

# Marks the parser reads as '"' when they open or close a quote span, and the
# one that does only when it closes („…“).
_OTHER_MARKS = frozenset("‘’'„»«")
_GERMAN_CLOSING = "“"
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")
# No-break and thin spaces, common in web copy ("Gov.\u00a0George Romney"): spaCy makes
# each a token of its own inside the name, and the parse around it goes wrong.
_OTHER_SPACES = re.compile("[\u00a0\u2007\u2009\u202f]")
_ATTRS: list[int | str] = ["TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE"]


def parser_texts(paragraphs: tuple[Paragraph, ...]) -> list[str]:
    """Return each paragraph's text as the parser should read it."""
    marks: dict[int, list[int]] = {}
    doubled: dict[int, frozenset[int]] = {}  # per paragraph, read as written
    for span in find_quote_spans(paragraphs):
        para = paragraphs[span.paragraph]
        if span.paragraph not in doubled:
            doubled[span.paragraph] = doubled_mark_characters(para.text)
        opening, closing = span.start - 1 - para.start, span.end - para.start
        if opening >= 0 and para.text[opening] in _OTHER_MARKS and opening not in doubled[span.paragraph]:
            marks.setdefault(span.paragraph, []).append(opening)
        if closing < len(para.text) and (
            (para.text[closing] in _OTHER_MARKS and closing not in doubled[span.paragraph])
            or para.text[closing] == _GERMAN_CLOSING
        ):
            marks.setdefault(span.paragraph, []).append(closing)
    texts = [p.text for p in paragraphs]
    for index, positions in marks.items():
        chars = list(texts[index])
        for i in positions:
            chars[i] = '"'
        texts[index] = "".join(chars)
    texts = [_IN_WORD_APOSTROPHE.sub("'", text) if "’" in text else text for text in texts]
    return [_OTHER_SPACES.sub(" ", text) if _OTHER_SPACES.search(text) else text for text in texts]


def on_text(doc: Doc, text: str) -> Doc:
    """Return `doc` (parsed from a text of the same length) on `text`: same
    tokens, tags, parse and entities, each token's words taken from `text`."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    annotations = cast(Ints2d, doc.to_array(_ATTRS))
    return Doc(doc.vocab, words=words, spaces=spaces).from_array(_ATTRS, annotations)
