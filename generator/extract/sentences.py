"""The article's sentences, and whether each one reads on its own.

Sentences are spaCy's, paragraph by paragraph, with whitespace normalised.
Two kinds of check decide whether a sentence may stand in a summary:

- `defects`: what is wrong with the sentence wherever it goes: a caption,
  legend, byline or dateline line, a half-sentence, a bare or broken quote;
- `needs_antecedent`: the sentence leans on the one before it (a pronoun or
  a "these ..."/"the two" subject, a connective such as "Also" or "Then"),
  so it reads only right after that sentence. `unresolved` applies it to a
  chosen set of sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .gazetteer import is_known_place
from .parsed import ParsedArticle
from .patterns import (
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_PRONOUNS,
    ANAPHORIC_SUBJECT_HEADS,
    BYLINE_PATTERN,
    CAPTION_PATTERN,
    DATELINE_PARAGRAPHS,
    DATELINE_PATTERN,
    LINKING_OPENERS,
    TITLE_WORDS,
    TITLED_DATELINE_PATTERN,
    VERBLESS_MAX_WORDS,
)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_QUOTE_START = ('"', "“", "„", "«", "‘")
_DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_BYLINE = re.compile(BYLINE_PATTERN)
_CAPTION = re.compile(CAPTION_PATTERN, re.IGNORECASE)
_DATELINE = re.compile(DATELINE_PATTERN)
_TITLED_DATELINE = re.compile(TITLED_DATELINE_PATTERN)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
#: `leans_on`: the sentence reads only right after the one before it.
PREVIOUS = "previous sentence"
#: `leans_on`: as PREVIOUS, and a person must be named before ("He said ...").
PERSON = "person named before"


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article.

    `index` counts every sentence of the article from 0; `text` is the
    sentence with whitespace normalised and a leading wire dateline moved to
    `dateline`; `start`/`end` are article offsets of the spaCy span.
    """

    index: int
    paragraph: int
    span: Span
    text: str
    start: int
    end: int
    dateline: str = ""

    @property
    def raw(self) -> str:
        """The sentence as the article has it (dateline included)."""
        return f"{self.dateline} {self.text}" if self.dateline else self.text

    @property
    def words(self) -> int:
        """Number of whitespace-separated words of `text`."""
        return len(self.text.split())


def _dateline(text: str) -> re.Match[str] | None:
    """The wire dateline opening the text: in capitals ("LONDON (Reuters) -"), or
    a known town's name as written ("Indianapolis – ", "Springfield, Ill. (AP) —")."""
    match = _DATELINE.match(text)
    if match is not None:
        return match
    match = _TITLED_DATELINE.match(text)
    return match if match is not None and is_known_place(match.group(1)) else None


def opens_with_dateline(text: str) -> bool:
    """True for a text that opens with a wire dateline ("LONDON (Reuters) -")."""
    return _dateline(text) is not None


def split_dateline(text: str) -> tuple[str, str]:
    """(dateline, rest) of a sentence that opens with a wire dateline
    ("LONDON (Reuters) -"); ("", text) when there is none."""
    match = _dateline(text)
    return (text[: match.end()].strip(), text[match.end() :]) if match else ("", text)


def split_sentences(parsed: ParsedArticle) -> tuple[Sentence, ...]:
    """Every sentence of the article in order, legends and captions included."""
    found: list[Sentence] = []
    for number, (para, doc) in enumerate(zip(parsed.paragraphs, parsed.docs, strict=True)):
        for number_in_para, span in enumerate(doc.sents):
            text = " ".join(span.text.split())
            if not text:
                continue
            opens = number_in_para == 0 and number < DATELINE_PARAGRAPHS
            dateline, text = split_dateline(text) if opens else ("", text)
            start, end = para.start + span.start_char, para.start + span.end_char
            found.append(Sentence(len(found), number, span, text, start, end, dateline))
    return tuple(found)


def _is_finite(token: Token) -> bool:
    return token.tag_ in _FINITE_TAGS or "Fin" in token.morph.get("VerbForm", [])


def _broken_quote(sentence: Sentence, parsed: ParsedArticle) -> bool:
    """True when a quote runs across the sentence's start or end."""
    if len(_DOUBLE_MARKS.findall(sentence.text)) % 2:
        return True
    for quote in parsed.quotes:
        if quote.paragraph != sentence.paragraph:
            continue
        if quote.start <= sentence.start < quote.end or quote.start < sentence.end <= quote.end:
            return True
    return False


def defects(sentence: Sentence, parsed: ParsedArticle) -> tuple[str, ...]:
    """What keeps the sentence out of a summary wherever it stands (empty if none).

    Names: "not prose" (map legend, caption line, block of a list),
    "caption", "byline", "half-sentence", "bare quote", "broken quote".
    """
    found: list[str] = []
    text = sentence.text
    if not parsed.paragraphs[sentence.paragraph].is_prose:
        found.append("not prose")
    if _CAPTION.search(text):
        found.append("caption")
    if _BYLINE.match(text):
        found.append("byline")
    if (
        not _SENTENCE_END.search(text)
        or not (text[0].isupper() or text[0].isdigit() or text.startswith(_QUOTE_START))
        or (sentence.words <= VERBLESS_MAX_WORDS and not any(_is_finite(t) for t in sentence.span))
    ):
        found.append("half-sentence")
    if text.startswith(_QUOTE_START):
        found.append("bare quote")
    if _broken_quote(sentence, parsed):
        found.append("broken quote")
    return tuple(found)


def _opening(span: Span) -> list[Token]:
    """Tokens up to the main verb, with the subject when it comes first."""
    root = span.root
    subjects = [t for t in root.children if t.dep_ in _SUBJECTS and t.i < root.i]
    end = max((t.right_edge.i for t in subjects), default=root.i - 1)
    end = max(end, root.i - 1)
    return [t for t in span if t.i <= end]


def _named_before(span: Span, token: Token) -> bool:
    """True when a name (or, for a possessive, any noun) comes earlier in the sentence."""
    wanted = {"PROPN", "NOUN"} if token.dep_ == "poss" else {"PROPN"}
    return any(t.pos_ in wanted for t in span if t.i < token.i)


def _cataphoric(token: Token, span: Span) -> bool:
    """A possessive in a fronted phrase that points ahead to a named subject
    ("After his release, Mugabe ...")."""
    if token.dep_ != "poss":
        return False
    subjects = [t for t in span.root.children if t.dep_ in _SUBJECTS]
    return any(s.pos_ == "PROPN" and not (s.left_edge.i <= token.i <= s.right_edge.i) for s in subjects)


def _extraposed_it(token: Token) -> bool:
    """The dummy "it" of "It is time to ...", "It was clear that ..."."""
    if token.dep_ == "expl":
        return True
    head = token.head
    return (
        token.lower_ == "it"
        and token.dep_ == "nsubj"
        and any(c.dep_ in {"ccomp", "xcomp"} and c.i > head.i for c in head.children)
        and any(c.dep_ in {"acomp", "attr"} for c in head.children)
    )


def _points_back(token: Token) -> bool:
    """A demonstrative that refers back: a pronoun ("This is ...") not followed
    by its own description ("those seizing ..."), or a determiner ("These
    groups") outside a time phrase ("This Wednesday")."""
    if token.tag_ == "WDT":
        return False
    if token.pos_ == "PRON":
        return not any(c.dep_ in {"acl", "relcl", "prep"} for c in token.children)
    return token.dep_ in {"det", "predet"} and token.head.ent_type_ not in {"DATE", "TIME"}


def leans_on(sentence: Sentence, parsed: ParsedArticle) -> str | None:
    """What the sentence leans on, if anything: `PREVIOUS` (the sentence just
    before it) or `PERSON` (that, and a person named earlier, for "he"/"she").

    Signals, all in the words before the main verb and outside quotes: a
    linking opener ("Also", "However", "Then"); a personal or demonstrative
    pronoun with no name earlier in the sentence; a subject made of a
    demonstrative ("These groups") or a bare count ("The two", "Both").
    """
    span = sentence.span
    tokens = [t for t in _opening(span) if not parsed.token_in_quote(sentence.paragraph, t)]
    words = [t for t in span if not t.is_punct]
    need: str | None = PREVIOUS if words and words[0].lower_ in LINKING_OPENERS else None
    for token in tokens:
        lower = token.lower_
        if _named_before(span, token):
            continue
        if lower in ANAPHORIC_PRONOUNS and token.pos_ in {"PRON", "DET"}:
            if not (_extraposed_it(token) or _cataphoric(token, span)):
                if lower in _PERSONAL:
                    return PERSON
                need = PREVIOUS
        elif lower in ANAPHORIC_DETERMINERS and _points_back(token):
            need = PREVIOUS
        if (
            token.dep_ in _SUBJECTS
            and token.head == span.root
            and (
                lower in ANAPHORIC_SUBJECT_HEADS
                or (token.pos_ == "NUM" and any(c.lower_ == "the" for c in token.children))
            )
        ):
            need = PREVIOUS
    return need


def needs_antecedent(sentence: Sentence, parsed: ParsedArticle) -> bool:
    """True when the sentence reads only after something said before it."""
    return leans_on(sentence, parsed) is not None


def _names_person(sentence: Sentence) -> bool:
    return any(e.label_ == "PERSON" for e in sentence.span.ents) or any(
        t.pos_ == "NOUN" and t.lower_ in TITLE_WORDS for t in sentence.span
    )


def unresolved(chosen: Sequence[Sentence], parsed: ParsedArticle) -> list[Sentence]:
    """The chosen sentences (in article order) whose antecedent is not chosen:
    the sentence before them is left out, or, for "he"/"she", no chosen
    sentence before them names a person."""
    indexes = {s.index for s in chosen}
    missing = []
    for number, sentence in enumerate(chosen):
        need = leans_on(sentence, parsed)
        if need is None:
            continue
        if sentence.index - 1 not in indexes or (
            need == PERSON and not any(_names_person(s) for s in chosen[:number])
        ):
            missing.append(sentence)
    return missing
