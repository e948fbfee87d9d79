"""Which quote-marked spans are direct quotations, not terms or titles.

A span is a term when a term-introducer precedes it ("so-called", "known
as", a gloss after "or", a passive "was called"), or when it is a short
title-cased name or title. A short span (a few words) is a quotation only
with speech around it: a speech verb in its sentence, or sentence
punctuation inside the marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Span, Token

from .parsed import ParsedArticle
from .patterns import (
    INTERRUPTION_MAX_WORDS,
    LONG_TITLE_MAX_WORDS,
    PASSIVE_AUX,
    SHORT_QUOTE_MAX_WORDS,
    SPEECH_VERBS,
    TERM_INTRODUCED_MAX_WORDS,
    TERM_INTRODUCERS,
    TERM_MAX_WORDS,
    TITLE_QUOTE_MAX_WORDS,
    WORK_NOUNS,
)
from .quotemarks import QuoteSpan
from .speechverbs import before_opening_mark

_MINOR_WORDS = frozenset({"of", "the", "and", "for", "vs.", "vs", "v.", "a", "an", "in", "on", "to"})
_INNER_END = re.compile(r"[.!?,;:…][\"'”’)\]]*\s*$")
_ASKED_OR_EXCLAIMED = re.compile(r"[!?][\"'”’)\]]*\s*$")
_DETERMINERS = frozenset({"the", "a", "an"})
_TITLING_WORDS = frozenset({"titled", "entitled", "headlined", "subtitled"})


# Who makes or fronts a work: "author of" before a title-cased quoted span names the work.
_MAKER_NOUNS = frozenset(
    {
        "author", "co-author", "writer", "director", "creator", "producer", "host", "co-host",
        "presenter", "star",
    }
)  # fmt: skip
_NAMING_VERBS = frozenset({"dubbed", "named", "nicknamed", "christened", "renamed"})
_NAMED_OBJECTS = frozenset({"it", "them", "him", "her", "this"})
# "as" after these gives a thing a use, not a judgement: 'used the screens as "eyes"'
_INSTRUMENT_VERBS = frozenset({"use", "employ"})


def _introduced_as_term(text: str, start: int) -> bool:
    """True when the words before the opening mark introduce a term."""
    before = [w.strip(",;:()").lower() for w in text[max(0, start - 60) : start - 1].split()[-3:]]
    before.reverse()
    if not before:
        return False
    if before[0] in TERM_INTRODUCERS:
        return True
    rest = before[1:] if before[0] in _DETERMINERS else before
    if rest and rest[0] in {"called", "termed", "dubbed", "named", "labelled", "labeled"}:
        return len(rest) > 1 and rest[1] in PASSIVE_AUX
    # "astronomers dubbed it "the fire star"", "named her "Kaurinui"": a name given, not
    # words spoken ("called it "a disgrace"" stays a quotation: calling is judging too)
    return len(before) > 1 and before[0] in _NAMED_OBJECTS and before[1] in _NAMING_VERBS


def _titled(text: str, start: int) -> bool:
    """True when "titled", "entitled" or "headlined" comes right before the
    opening mark (a comma between allowed): a title of any length follows."""
    before = text[max(0, start - 30) : start - 1].rstrip(" ,:").split()
    return bool(before) and before[-1].lower() in _TITLING_WORDS


def _title_cased(text: str, longest: int = TITLE_QUOTE_MAX_WORDS) -> bool:
    """A name or title: every content word capitalised ("Hero of Labour",
    "Smith of Ruritania," with the comma of the sentence inside the marks)."""
    text = text.rstrip().rstrip(",.")
    words = [w for w in re.findall(r"[^\s]+", text)]
    if not words or len(words) > longest or _INNER_END.search(text):
        return False
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _long_title(text: str, start: int, end: int) -> bool:
    """A title-cased span longer than a short name (`LONG_TITLE_MAX_WORDS`) set in
    a sentence that is not title-cased itself (a heading quoting someone is)."""
    if not _title_cased(text[start:end], LONG_TITLE_MAX_WORDS):
        return False
    before = re.split(r"[.!?:]\s", text[max(0, start - 80) : start - 1])[-1]
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", before) if w.lower() not in _MINOR_WORDS][-4:]
    return len(words) < 2 or not all(w[:1].isupper() for w in words)


def _names_a_work(parsed: ParsedArticle, quote: QuoteSpan) -> bool:
    """A work's title after the noun for it ('her book, "Hacks: The Inside Story
    of …"', 'the film "A Quiet Place"') or for its maker ('author of "The Long
    Road,"', 'host of "The Daily Show"'), written as titles are: most of its
    words capitalised. A book's quoted sentences ('the book says "it was …"')
    stay quotations."""
    text = parsed.article.text
    before = [w.lower() for w in text[max(0, quote.start - 40) : quote.start].rstrip(" \t,:“\"'‘").split()]
    made = len(before) > 1 and before[-1] == "of" and before[-2] in _MAKER_NOUNS
    if not before or not (before[-1] in WORK_NOUNS or made):
        return False
    words = [w for w in text[quote.start : quote.end].split() if w.lower() not in _MINOR_WORDS]
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return bool(words) and words[0][:1].isupper() and len(capitalised) * 3 >= len(words) * 2


def _interrupted(parsed: ParsedArticle, quote: QuoteSpan) -> bool:
    """The first part of a quotation broken by its attribution: '"A," he
    said, "B."': a comma inside the marks, a short clause, the next part."""
    text = parsed.article.text
    if not text[quote.start : quote.end].rstrip().endswith(","):
        return False
    following = parsed.quote_after(quote.end)
    if following is None or following.paragraph != quote.paragraph:
        return False
    between = text[quote.end + 1 : following.start - 1]
    if len(between.split()) > INTERRUPTION_MAX_WORDS or re.search(r"[.!?]", between):
        return False
    # the words between attribute the quotation ('", she said, "'); a list of titles
    # ('"Star Wars," Marvel Studios and classic fare, including "Mary Poppins"') has none
    doc = parsed.docs[quote.paragraph]
    start = parsed.paragraphs[quote.paragraph].start
    tokens = [t for t in doc if quote.end - start <= t.idx < following.start - start]
    return has_speech_verb(parsed, quote.paragraph, tokens) or not any(
        t.pos_ in {"VERB", "AUX"} for t in tokens
    )


def _modifies_a_noun(quote: Span) -> bool:
    """A label before the noun it names ('the "one country, two systems"
    model'): the word after the closing mark is a lowercase common noun that
    the quoted words hang on as a noun modifier. An adjective there ('"insane"
    heat') echoes what someone said: a quotation."""
    doc = quote.doc
    after = quote.end
    while after < len(doc) and (doc[after].is_quote or doc[after].is_space):
        after += 1
    if after >= len(doc) or after == quote.end:
        return False
    noun = doc[after]
    return (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and any(t.head.i == noun.i and t.dep_ in {"compound", "nmod"} for t in quote)
    )


def _an_epithet(quote: Span) -> bool:
    """A short description set beside a name as another name for it ('Lorenz,
    "the father of chaos," started …'): the quoted words, set off by a comma,
    are in apposition to the name and open in lower case. What the person said
    would not be; a label given ('declared the bank a "primary concern"') stays."""
    inside = range(quote.start, quote.end)
    roots = [t for t in quote if not t.is_punct and t.head.i not in inside]
    if len(roots) != 1 or not quote[0].is_lower:
        return False
    root = roots[0]
    before = _word_before(quote)
    set_off = before is not None and before.text == ","  # 'Lorenz, "…," started', not 'declared X a "…"'
    return set_off and root.dep_ == "appos" and root.head.pos_ == "PROPN"


def _called_by_a_participle(quote: Span) -> bool:
    """A name given after "called" modifying a noun ('a holiday called
    "Kinfolk"', 'advice called "Be Ready"'); not "called it "a shame"", where
    "called" is a clause's verb."""
    before = _word_before(quote)
    return before is not None and before.lower_ == "called" and before.dep_ == "acl"


def judging_verb(quote: Span) -> Token | None:
    """The verb of someone who judged a thing with the quoted words ('Duda characterised
    the deaths as "crushing"', 'referred to the team as "…"', 'whom he described as
    "peaceful"'): "as" before the opening mark hangs on a verb with a subject of its own
    and an object, the one who judged and what was judged. None for a name given without
    a judge ('known as "fursonas"', 'could be used as "eyes"'), which stays a term."""
    before = _word_before(quote)
    if before is None or before.lower_ != "as" or before.dep_ != "prep":
        return None
    verb = before.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _INSTRUMENT_VERBS:
        return None
    children = list(verb.children)
    judged = any(t.dep_ in {"dobj", "dative"} for t in children) or any(
        t.dep_ == "prep" and t.lower_ == "to" and any(c.dep_ == "pobj" for c in t.children) for t in children
    )
    return verb if judged and any(t.dep_ == "nsubj" for t in children) else None


def _word_before(quote: Span) -> Token | None:
    """The token before the quote's opening mark (and spaces), if any."""
    before = before_opening_mark(quote)
    return quote.doc[before] if before >= 0 else None


def has_speech_verb(parsed: ParsedArticle, para: int, tokens: list[Token]) -> bool:
    """True when a speech verb outside quote marks is among `tokens`."""
    return any(
        t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"} and not parsed.token_in_quote(para, t)
        for t in tokens
    )


def _is_quotation(parsed: ParsedArticle, quote: QuoteSpan, speech: Callable[[int, int], bool]) -> bool:
    text = parsed.article.text[quote.start : quote.end]
    words = text.split()
    if not any(ch.isalnum() for ch in text):
        return False  # a dash, a dot or an invisible character between marks says nothing
    tokens = parsed.quote_tokens(quote)
    if tokens is None or len(tokens) == 0:
        return False
    if _titled(parsed.article.text, quote.start):
        return False  # 'a piece entitled, "Why Are People Finally Paying Attention to …?"'
    judged = judging_verb(tokens) is not None
    if len(words) <= TERM_INTRODUCED_MAX_WORDS and (
        (_introduced_as_term(parsed.article.text, quote.start) and not judged)
        or _modifies_a_noun(tokens)
        or _called_by_a_participle(tokens)
        or _an_epithet(tokens)
    ):
        return False
    if _names_a_work(parsed, quote):
        return False  # before `_interrupted`: 'author of "The Long Road," said' names a book
    if _interrupted(parsed, quote):
        return True
    if _title_cased(text) or _long_title(parsed.article.text, quote.start, quote.end):
        return False
    if judged:
        return True
    if len(words) > SHORT_QUOTE_MAX_WORDS:
        return True
    if len(words) > TERM_MAX_WORDS and _INNER_END.search(text) and not text.rstrip().endswith(","):
        return True  # sentence punctuation inside the marks: words as spoken
    if _ASKED_OR_EXCLAIMED.search(text):
        return True  # 'a childhood friend. "I'm honored!"': asked or exclaimed, however short
    return speech(quote.paragraph, tokens.start)


def quotations(parsed: ParsedArticle) -> tuple[QuoteSpan, ...]:
    """Return the quote spans that reproduce someone's words (not terms or
    titles), with every part of a quotation whose any part is one."""
    # Each paragraph's sentence bounds are found once and each sentence is
    # scanned once, however many quotes it holds (`Token.sent` walks the
    # sentence on every call).
    starts: dict[int, list[int]] = {}
    seen: dict[tuple[int, int], bool] = {}

    def speech(para: int, token: int) -> bool:
        doc = parsed.docs[para]
        if para not in starts:
            starts[para] = [sentence.start for sentence in doc.sents]
        bounds = starts[para]
        k = bisect_right(bounds, token) - 1
        if (para, k) not in seen:
            end = bounds[k + 1] if k + 1 < len(bounds) else len(doc)
            seen[para, k] = has_speech_verb(parsed, para, list(doc[bounds[k] : end]))
        return seen[para, k]

    groups = {q.group for q in parsed.quotes if _is_quotation(parsed, q, speech)}
    return tuple(q for q in parsed.quotes if q.group in groups)
