"""Roles of people read off the words around their name.

Before the name: a run of title-cased words, title words and connectors
("Prime Minister", "State Department Spokesman", "former federal
prosecutor", "President of the Council of Europe"). After it: "of <place>"
completing a head-of-state title, an affiliation ("of the University of X"),
or an appositive (", the state spokesman,").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .patterns import (
    APPOSITIVE_ROLE_MAX_TOKENS,
    HEAD_OF_STATE_WORDS,
    ROLE_CONNECTORS,
    ROLE_MODIFIERS,
    ROLE_STOP_ENTS,
    TITLE_WORDS,
)

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART"})


def is_title_word(token: Token) -> bool:
    """True for a head word of a title or position ("minister", "spokesman")."""
    return token.lower_ in TITLE_WORDS


def _role_token(token: Token) -> bool:
    low = token.lower_
    if token.ent_type_ in ROLE_STOP_ENTS:
        return False
    if low in ROLE_CONNECTORS or low in TITLE_WORDS or low in ROLE_MODIFIERS:
        return True
    if not token.is_alpha and "-" not in token.text and "." not in token.text:
        return False
    return (token.is_title or token.is_upper) and token.pos_ not in _FUNCTION_POS


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in ROLE_CONNECTORS:
        tokens = tokens[1:]
    return tokens


def role_before(doc: Doc, start: int) -> str | None:
    """The title written right before the name starting at token `start`."""
    tokens: list[Token] = []
    i = start - 1
    while i >= 0 and _role_token(doc[i]):
        tokens.insert(0, doc[i])
        i -= 1
    owner: list[Token] = []
    if i >= 1 and doc[i].text in _POSSESSIVES and doc[i - 1].ent_type_ in {"GPE", "ORG", "PERSON"}:
        j = i - 1
        while j >= 0 and doc[j].ent_iob_ != "B":
            j -= 1
        owner = list(doc[max(j, 0) : i])
        if owner and owner[0].lower_ == "the":
            owner = owner[1:]
    tokens = _trim(tokens)
    if not tokens or tokens[-1].lower_ in ROLE_CONNECTORS:
        return None
    if not any(is_title_word(t) for t in tokens):
        return None
    role = _text(tokens)
    if owner:
        owner_text = _text(owner)
        if len(tokens) <= 2 and tokens[0].lower_ in HEAD_OF_STATE_WORDS and (owner[-1].ent_type_ == "GPE"):
            return f"{role} of {owner_text}"
        return f"{owner_text}{doc[i].text} {role}"
    return role


def _affiliation(doc: Doc, end: int) -> list[Token]:
    """`of <named entity>` right after the name, as tokens."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return []
    j = end + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or doc[j].ent_type_ not in {"GPE", "ORG", "LOC", "FAC"}:
        return []
    label = doc[j].ent_type_
    k = j
    while k < len(doc) and doc[k].ent_type_ == label and (k == j or doc[k].ent_iob_ == "I"):
        k += 1
    return list(doc[end:k])


def _appositive(doc: Doc, end: int) -> str | None:
    """A title in commas right after the name (", the state spokesman,")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    tokens: list[Token] = []
    for token in doc[end + 1 :]:
        if token.is_punct and token.text not in {"-", "–", "’", "'"}:
            break
        if token.is_sent_start:
            break
        tokens.append(token)
    if tokens and tokens[0].lower_ == "who" and len(tokens) > 2 and tokens[1].lemma_ == "be":
        tokens = tokens[2:]
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    heads = [n for n, t in enumerate(tokens) if is_title_word(t)]
    if not heads:
        return None
    cut = heads[-1] + 1
    # keep an "of <Name ...>" completion of the title ("chairman of the House committee")
    if cut < len(tokens) and tokens[cut].lower_ in {"of", "for"}:
        k = cut + 1
        while k < len(tokens) and (
            tokens[k].lower_ in {"the", "and"}
            or tokens[k].is_title
            or tokens[k].is_upper
            or tokens[k].lower_ in TITLE_WORDS
        ):
            k += 1
        if k > cut + 1:
            cut = k
    tokens = tokens[:cut]
    if len(tokens) > APPOSITIVE_ROLE_MAX_TOKENS:
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" for t in tokens):
        return None
    return _text(tokens)


def person_role(doc: Doc, start: int, end: int, inner: str | None = None) -> str | None:
    """The role of the person named by doc[start:end], or None.

    `inner` is a title the NER included in the name span (already cut off).
    """
    role = inner or role_before(doc, start)
    after = _affiliation(doc, end)
    if role is not None:
        head = role.split()[0].lower()
        if after and " of " not in role and head in HEAD_OF_STATE_WORDS:
            return f"{role} {_text(after)}"
        return role
    appositive = _appositive(doc, end)
    if appositive:
        return appositive
    if after:
        return _text(after)
    return None
