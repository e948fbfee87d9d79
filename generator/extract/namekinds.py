"""What a name stands for, read from its words and the words around it.

The small NER model mislabels many names; these checks repair the common
cases by news-writing conventions: events, laws and things are not actors,
a place noun introduces a place, a platform is named as the medium of a
statement.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..models import ActorKind
from .gazetteer import country_code, is_known_place
from .patterns import (
    CALENDAR_WORDS,
    CELESTIAL_BODIES,
    EVENT_NAME_WORDS,
    MEDIUM_NOUNS,
    MEDIUM_PREPOSITIONS,
    ORG_HEAD_WORDS,
    PLACE_CLASS_NOUNS,
    PLATFORM_NOUNS,
    SHIP_PREFIXES,
    STORM_WORDS,
    THING_NOUNS,
    TIME_ZONES,
    VESSEL_NOUNS,
    WEEKDAYS,
)
from .roles import is_title_word
from .roletitles import country_of_word


def names_a_thing(span: Span, kind: ActorKind) -> bool:
    """True for a name that is an event, law, contest or thing, not an actor:
    its last word says so ("Civil War"), it modifies a thing noun ("the Apollo
    mission"), or a "person" name carries digits ("Soyuz 11")."""
    if span[0].lower_ in STORM_WORDS:
        return True
    if span[-1].lower_ in EVENT_NAME_WORDS and not _a_body_of(span):
        return True
    if _names_a_vessel(span) or _a_hashtag(span):
        return True
    if len(span) == 1 and (span[0].text in TIME_ZONES or _names_a_language(span[0].text)):
        return True
    if _names_a_day_or_a_clock(span, kind):
        return True
    if kind is ActorKind.PERSON:
        return any(ch.isdigit() for ch in span.text) or _namesake(span)
    if _names_a_people_or_a_relation(span.text):
        return True
    root = span.root
    modifier = root.dep_ in {"compound", "nmod", "amod"} and root.head.i >= span.end
    return modifier and root.head.lower_ in THING_NOUNS


#: Last words of a clock's name ("Eastern Standard Time", "Greenwich Mean Time").
_CLOCK_WORDS = frozenset({"standard", "daylight", "mean", "summer"})


def _names_a_day_or_a_clock(span: Span, kind: ActorKind) -> bool:
    """A day's name ("Easter Sunday", "Bloody Sunday"; "Super" of "Super Tuesday", whose
    weekday the NER took for the date) or a clock's ("Eastern Standard Time"), not an
    actor. A known place before a weekday stays one ("in Paris Tuesday")."""
    if len(span) > 1 and span[-1].lower_ in WEEKDAYS and span[-1].is_title:
        return True
    if len(span) > 1 and span[-1].lower_ == "time" and span[-2].lower_ in _CLOCK_WORDS:
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        kind is ActorKind.PLACE
        and len(span) == 1
        and after is not None
        and after.lower_ in WEEKDAYS
        and after.is_title
        and after.ent_type_ == "DATE"
        and not is_known_place(span.text)
    )


def _a_body_of(span: Span) -> bool:
    """A body named for what it deals with ("Board of Elections", "Department of
    War"): the name's head is an earlier word that heads organisations' names."""
    return span.root.i < span.end - 1 and span.root.lower_ in ORG_HEAD_WORDS


def _a_hashtag(span: Span) -> bool:
    """A name written right after "#" ("#MeToo", "#BlackLivesMatter"): a slogan."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == "#" and not before.whitespace_


def _names_a_vessel(span: Span) -> bool:
    """A ship's name: a prefix says so ("USS Higgins", "KD Lekir"), or a
    vessel noun introduces it ("the destroyer Higgins")."""
    if len(span) > 1 and span[0].text in SHIP_PREFIXES:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ in VESSEL_NOUNS


@lru_cache(maxsize=1)
def _major_languages() -> frozenset[str]:
    """Names of the languages with a two-letter ISO 639-1 code (pycountry),
    without their qualifier ("Swahili (macrolanguage)" -> Swahili)."""
    import pycountry

    return frozenset(
        lang.name.split(" (")[0] for lang in pycountry.languages if getattr(lang, "alpha_2", None)
    )


def _names_a_language(word: str) -> bool:
    """A language's name ("the Swahili phrase") that is no place's: not an actor."""
    return word in _major_languages() and not is_known_place(word)


def _names_a_people_or_a_relation(name: str) -> bool:
    """Countries joined by a hyphen ("Ruritania-Freedonia") name a relation
    between them; a name ending in a plural demonym ("Upper Ruritania
    Freedonians") names a people. Neither is an actor."""
    parts = [p.strip() for p in name.split("-")]
    if len(parts) >= 2 and all(p and country_code(p) for p in parts):
        return True
    last = name.split()[-1] if len(name.split()) > 1 else ""
    return last.endswith("s") and last[:1].isupper() and country_of_word(last[:-1]) is not None


def _namesake(span: Span) -> bool:
    """A person's name that qualifies a thing or event noun after it names
    the thing, not the person: "the Jo Bloggs space telescope", "the Bloggs
    massacres" (a noun compound between them is skipped)."""
    root = span.root
    if root.dep_ != "compound" or root.head.i < span.end:
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "NOUN":
        head = head.head
    if head.pos_ != "NOUN" or not head.is_lower:
        return False
    nouns = THING_NOUNS | EVENT_NAME_WORDS
    return head.lower_ in nouns or head.lemma_.lower() in nouns


def placed_by_context(span: Span) -> bool:
    """True for a name that a place noun introduces ("the town of X", "the
    towns of W, X and Y", "the constellation X", "X region") or that names a
    body of the solar system."""
    if len(span) == 1 and span[0].lower_ in CELESTIAL_BODIES:
        return True
    root = span.root
    if span.start > 0 and span.doc[span.start - 1].lower_ in PLACE_CLASS_NOUNS:
        before = span.doc[span.start - 1]  # "the constellation X" parsed as a compound of X
        compound = before.pos_ == "NOUN" and before.dep_ == "compound" and before.head.i == root.i
        if compound and not is_title_word(before):  # "governor Jo Bloggs" is a title
            return True
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        if root.i != span.root.i and is_title_word(head.head):
            return False  # "the mayor of X, Jo Bloggs,": a mayor has one town; the name is the mayor's
        if span.start > 0 and is_title_word(span.doc[span.start - 1]):
            return False  # "the district of Representative Jo Bloggs": a titled person
        return head.head.lower_ in PLACE_CLASS_NOUNS and head.head.pos_ == "NOUN"
    if head.i == root.i or head.pos_ != "NOUN" or head.lower_ not in PLACE_CLASS_NOUNS:
        return False
    if is_title_word(head):  # "the mayor of X, Jo Bloggs,": the title stands for a person
        return False
    return root.dep_ in {"appos", "npadvmod"} or (root.dep_ == "compound" and head.i == span.end)


_LOOSE_LABELS = frozenset({"", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"})


def is_medium(token: Token) -> bool:
    """A one-word name used as a platform or outlet: "wrote on Ruritter",
    "said via Ruritter", "a Ruritter user", "social media site Ruritter"."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ not in _LOOSE_LABELS:
        return False
    if token.ent_type_ == "NORP" and token.tag_ == "NNPS":
        return False  # "taxes on wealthier Americans": a people, no platform
    if (
        token.lower_ in CALENDAR_WORDS
        or token.ent_iob_ == "I"
        or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
    ):
        return False
    doc = token.doc
    if 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")":
        return False  # "the Ruritania Broadcasting Service (RBS)": the name's short form
    head = token.head
    if token.dep_ == "pobj":
        return head.lower_ in MEDIUM_PREPOSITIONS and head.head.pos_ in {"VERB", "AUX"}
    if token.dep_ == "compound":
        return head.lower_ in PLATFORM_NOUNS
    return token.dep_ == "appos" and head.lower_ in MEDIUM_NOUNS
