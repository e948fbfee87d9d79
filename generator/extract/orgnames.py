"""Organisation names the small NER model cuts at a joining word.

The model often ends a long name at "and", "on" or a comma and tags the rest
as another entity: "the Islamic State of Iraq [and the Levant]", "the
Rosenstiel School of Marine [and Atmospheric Science]", "the Baylor Scott
[and White Medical Center]", "the House Select Committee [on Ruritania]",
"United Nations Educational[, Scientific and Cultural Organization]". These
checks say where such a name really ends, from its words alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer import is_known_place
from .patterns import ORG_HEAD_WORDS
from .personnames import is_given_name

_SUBJECT_JOINERS = frozenset({"on", "for"})
_OTHER_BODY = frozenset({"ORG", "GPE", "FAC", "NORP", "LOC"})


def _capitalised_run(doc: Doc, k: int) -> int:
    """The end of the run of capitalised words starting at token `k`."""
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha:
        k += 1
    return k


def _entity_end(doc: Doc, k: int) -> int:
    k += 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _heads_a_body(token: Token) -> bool:
    return token.lower_ in ORG_HEAD_WORDS


def name_end_after_joiner(doc: Doc, start: int, end: int) -> int | None:
    """Where the organisation name doc[start:end] ends when it goes on past the
    joining word at `end` ("and", "on", "for", a comma); None when it stops there."""
    if end >= len(doc):
        return None
    joiner = doc[end].lower_
    k = end + 1
    if joiner == ",":
        return _listed_fields(doc, end)
    if joiner == "and":
        the = k < len(doc) and doc[k].lower_ == "the"
        if the:
            k += 1
        if k >= len(doc) or not doc[k].is_title:
            return None
        last = doc[end - 1]
        if the or doc[k].ent_type_ in {"GPE", "LOC"}:
            # "State of Iraq and the Levant": two places after the name's "of"
            has_of = any(t.lower_ == "of" for t in doc[start : end - 1])
            if has_of and is_known_place(last.text) and doc[k].ent_type_ in {"GPE", "LOC"}:
                return _entity_end(doc, k)
            return None
        run = _capitalised_run(doc, k)
        if run == k:
            return None
        words = doc[k:run]
        if _heads_a_body(words[-1]) and not _heads_a_body(last) and not is_known_place(last.text):
            return run  # "Baylor Scott and White Medical Center"
        if (
            last.ent_type_ in {"", "ORG"}
            and not _heads_a_body(last)
            and not is_known_place(last.text)
            and doc[k].ent_type_ not in _OTHER_BODY
            and not is_given_name(doc[k].text)
            and any(t.lower_ == "of" for t in doc[start : end - 1])
        ):
            return run  # "School of Marine and Atmospheric Science"
        return None
    # "Select Committee on Ruritania": a committee's subject is part of its name
    subject = joiner in _SUBJECT_JOINERS and _heads_a_body(doc[end - 1]) and k < len(doc)
    if subject and doc[k].ent_iob_ == "B" and doc[k].ent_type_ in {"GPE", "LOC"}:
        return _entity_end(doc, k)
    return None


def _listed_fields(doc: Doc, comma: int) -> int | None:
    """The list ", Scientific and Cultural Organization" after "United Nations
    Educational": capitalised fields in a list, the last one ending in the
    body's head word."""
    k = comma + 1
    seen_and = False
    while k < len(doc):
        token = doc[k]
        if token.text == ",":
            k += 1
        elif token.lower_ == "and" and not seen_and:
            seen_and = True
            k += 1
        elif token.is_title and token.is_alpha:
            k += 1
            if _heads_a_body(token) and seen_and:
                return k
        else:
            return None
    return None
