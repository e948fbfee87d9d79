"""Person names checked against kept name data: titles and post-nominal
letters (nameparser) and given names (gender-guesser).

The small NER model often puts a title or a place inside a person's name
("Broadcaster Jo Bloggs", "Ruritania Jo Bloggs", "Jo Bloggs QC") and calls
some people organisations ("Jo Bloggs said"). These checks use the
libraries' lists instead of words taken from the development corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .gazetteer import is_known_place
from .patterns import (
    AGENT_NOUN_ENDINGS,
    ALIAS_MARKERS,
    BRITISH_TITLES,
    CORPORATE_TITLES,
    GIVEN_NAME_GENDERS,
    NAME_ARTICLES,
    NOT_TITLES,
    OCCUPATION_TITLES,
    ORG_DESCRIPTION_WORDS,
    PARTY_TAG_MAX_TOKENS,
)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    titles = (
        frozenset(str(t) for t in CONSTANTS.titles) | BRITISH_TITLES | CORPORATE_TITLES | OCCUPATION_TITLES
    )
    return titles - NOT_TITLES


def is_title(word: str) -> bool:
    """True for a title, lowercase, in nameparser's list ("assemblyman", "detective") or
    British news' abbreviations ("det", "insp"), other than the words that usually open a
    body's name."""
    return word in _titles() or (word.endswith(".") and word[:-1] in _titles())  # "lt.", "sgt."


@lru_cache(maxsize=1)
def _post_nominals() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(str(t) for t in CONSTANTS.suffix_acronyms)


@lru_cache(maxsize=1)
def _detector() -> object:
    from .given_names import GivenNames

    return GivenNames()


def given_name_gender(word: str) -> str:
    """gender-guesser's answer for a given name: "male", "female", "mostly_male",
    "mostly_female", "andy" (either) or "unknown"."""
    return str(_detector().get_gender(word))  # type: ignore[attr-defined]


def is_given_name(word: str) -> bool:
    """True when the word is a known given name (male or female, mostly or only)."""
    return given_name_gender(word) in GIVEN_NAME_GENDERS


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.text[:1].isupper())


def is_agent_noun(token: Token) -> bool:
    """A word with an agent noun's ending ("Rapper", "Violinist") that is no given name
    ("Peter", "Homer")."""
    return token.lower_.endswith(AGENT_NOUN_ENDINGS) and not is_given_name(token.text)


def surname_forms(word: str) -> tuple[str, ...]:
    """A family name as news may write it alone: as it is, and without an Arabic article
    joined by a hyphen ("al-Assad", then "Assad"; "el-Sisi", then "Sisi")."""
    article, hyphen, rest = word.partition("-")
    if hyphen and article.lower() in NAME_ARTICLES and rest[:1].isalpha():
        return (word, rest)
    return (word,)


def tag_opening(doc: Doc, close: int, start: int = 0) -> int | None:
    """Where the short tag in brackets that closes at `close` after a name opens ("Jo
    Bloggs (D-WV)"): the nearest "(" at most PARTY_TAG_MAX_TOKENS before it and not
    before `start`; None when there is none."""
    return next(
        (k for k in range(close - 1, max(start, close - PARTY_TAG_MAX_TOKENS) - 1, -1) if doc[k].text == "("),
        None,
    )


def _opening_noun(token: Token) -> bool:
    """A common noun opening the sentence: tagged one, or an agent noun the tagger
    calls a proper one ("Rapper", "Striker")."""
    return token.tag_ == "NN" or is_agent_noun(token)


def trim_person(span: Span) -> tuple[Span, str | None]:
    """Cut a leading title or place and trailing post-nominal letters off a
    person name: (name, title cut off or None). At least two name words stay."""
    start, end = span.start, span.end
    doc = span.doc
    title: str | None = None
    marker = next((t.i for t in span if t.lower_ in ALIAS_MARKERS), None)
    if marker is not None and marker - start >= 2:
        end = marker  # "Jo Bloggs - aka Fatboy": the name before the other one
    while end - start > 2 and doc[end - 1].is_punct:
        end -= 1
    owner = next((t.i for t in doc[start:end] if t.tag_ == "POS"), None)
    if owner is not None and end - owner > 2:
        start = owner + 1  # "Acme's Jo Bloggs": the person, not the owner
    described = start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in ORG_DESCRIPTION_WORDS
    if (
        described
        and end - start > 2
        and not is_given_name(doc[start].text)
        and is_given_name(doc[start + 1].text)
    ):
        start += 1  # "the union Unison Jo Bloggs": the body the description names, then the person
    while end - start > 2 and doc[end - 1].is_upper and doc[end - 1].lower_.rstrip(".") in _post_nominals():
        end -= 1
    while end - start > 2 and all(_name_word(t) for t in doc[start + 1 : end]):
        first = doc[start]
        # a title nameparser knows, or a common noun capitalised only because it opens the
        # sentence ("Goalkeeper Alisson Becker saved …", "Rapper Kendrick Lamar …": the NER's
        # person taking it in; an agent noun the tagger calls a proper one, not a given name)
        if first.lower_ in _titles() or (first.is_sent_start and title is None and _opening_noun(first)):
            title = first.text if title is None else f"{title} {first.text}"
            start += 1
        elif first.ent_type_ in {"GPE", "NORP"} or is_known_place(first.text):
            if not is_given_name(first.text):
                start += 1
            else:
                break
        else:
            break
    return doc[start:end], title


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def looks_like_person(span: Span) -> bool:
    """A two- or three-word name of capitalised words that opens with a known
    given name of three letters or more, male or female more than either
    ("Lydia Bloggs" tagged as an organisation; not "Red Cross", "Red" being
    either), and is not a known place. Given names that are also place or
    common words are the cost ("Paris Fire Brigade" is caught by the body's
    word at its end, `ORG_TYPE_WORDS`, not here). One middle initial may stand
    between its words ("Donald J. Trump")."""
    words = [
        t for n, t in enumerate(span) if not (0 < n < len(span) - 1 and _MIDDLE_INITIAL.fullmatch(t.text))
    ]
    if len(span) - len(words) > 1 or not 2 <= len(words) <= 3:
        return False
    if not all(_name_word(t) and t.is_alpha for t in words):
        return False
    first = span[0].text
    if len(first) < 3 or is_known_place(span.text):
        return False
    # an androgynous answer ("Red", "Jo") is too weak to overrule the NER's "organisation"
    return given_name_gender(first) in GIVEN_NAME_GENDERS - {"andy"}
