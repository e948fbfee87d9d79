"""Acronyms an article writes, and what they tell about the names around them.

An acronym in brackets after a phrase is that phrase's short form: after a
lowercase phrase it names a thing, no actor ("Ebola virus disease (EVD)");
after capitalised words the NER left untagged, whose initials it is, it shows
where an organisation's name begins ("the anti-Rangoon Karen National Union
(KNU)"); written elsewhere, it shows where a name the NER cut short ends ("the
Organisation for Security and Cooperation [in Europe]" beside "the OSCE"). Pure
functions of parsed text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..text import FUNCTION_WORDS, SPELLING_JOINERS, acronym, capital_initials
from .tokenpick import in_capitals


def written_acronyms(docs: tuple[Doc, ...]) -> frozenset[str]:
    """Every word the article writes as an acronym ("OSCE"), letters only."""
    return frozenset(
        letters for doc in docs for t in in_capitals(doc) if (letters := acronym(t.text)) is not None
    )


def phrase_acronyms(docs: tuple[Doc, ...]) -> frozenset[str]:
    """Acronyms the article brings in for a common phrase ("Ebola virus disease (EVD)",
    "dark northern spring (DNS) wheat"): wherever they stand, no actor's name."""
    return frozenset(
        t.text
        for doc in docs
        for t in in_capitals(doc)
        if 0 < t.i < len(doc) - 1
        and doc[t.i - 1].text == "("
        and doc[t.i + 1].text == ")"
        and short_for_a_phrase(doc[t.i : t.i + 1])
    )


def short_for_a_phrase(span: Span) -> bool:
    """An acronym in brackets that spells the words right before them, lowercase ones
    among them ("Ebola virus disease (EVD)", "personal protective equipment (PPE)"): the
    short form of a common phrase, not of a name."""
    letters = acronym(span.text)
    if letters is None:
        return False
    doc = span.doc
    k = span.start - 1  # the "("
    words: list[Token] = []
    while k > 0 and len(words) < len(letters):
        k -= 1
        token = doc[k]
        if token.lower_ in FUNCTION_WORDS:
            continue
        if not token.is_alpha:
            return False
        words.append(token)
    spelled = "".join(t.text[0] for t in reversed(words)).upper()
    return spelled == letters and any(t.is_lower for t in words)


def untagged_name_spelled(span: Span) -> Span | None:
    """For an acronym in brackets, the untagged capitalised name right before the bracket
    whose initials it is ("the anti-Rangoon [Karen National Union] (KNU)"), if any."""
    letters = acronym(span.text)
    if letters is None or len(letters) < 3:
        return None
    doc = span.doc
    end = span.start - 1  # the "("
    start = end
    while start > 0 and end - start < 3 * len(letters):
        token = doc[start - 1]
        if token.ent_type_ or not token.is_alpha:
            break
        capitalised = token.text[:1].isupper()
        if not capitalised and token.lower_ not in SPELLING_JOINERS:
            break
        start -= 1
        if capitalised and capital_initials(doc[start:end].text) == letters:
            return doc[start:end]
    return None


#: How many words past the model's end an acronym may carry a name.
_SPELLED_REACH = 8


def name_end_spelled_out(doc: Doc, start: int, end: int, acronyms: frozenset[str]) -> int:
    """Where the organisation name doc[start:end] ends when an acronym of the article
    (`acronyms`) spells a longer name going on past a joining word: the model's
    "[The Organisation for Security and Cooperation] in Europe" beside "the OSCE".
    Only a name of three initials or more, and only when the name as cut spells none."""
    if end >= len(doc) or doc[end].lower_ not in SPELLING_JOINERS:
        return end
    if not acronyms or capital_initials(doc[start:end].text) in acronyms:
        return end
    best = end
    k = end
    while k < len(doc) and k - end < _SPELLED_REACH:
        token = doc[k]
        k += 1
        if token.lower_ in SPELLING_JOINERS:
            continue
        if not token.is_alpha or not token.text[:1].isupper():
            break
        spelled = capital_initials(doc[start:k].text)
        if len(spelled) >= 3 and spelled in acronyms:
            best = k
    return best
