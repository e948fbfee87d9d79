"""Roles of people read off the words around their name.

Before the name: a run of title-cased words, title words and connectors
("Prime Minister", "State Department Spokesman", "former federal
prosecutor", "President of the Council of Europe"). After it: "of <place>"
completing a head-of-state title, an affiliation ("of the University of X"),
or an appositive (", the state spokesman,").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .orgnames import name_end_after_joiner
from .patterns import (
    AGENT_NOUN_ENDINGS,
    APPOSITIVE_ROLE_MAX_TOKENS,
    DASHES,
    HEAD_OF_STATE_WORDS,
    HEADED_BODIES,
    HONORIFICS,
    KIN_WORDS,
    LEADER_VERBS,
    NAME_JOINERS,
    NAME_PARTICLES,
    PLACE_NAME_WORDS,
    PREDICATE_VERBS,
    RELATION_NOUNS,
    ROLE_CONNECTORS,
    ROLE_MODIFIERS,
    ROLE_STOP_ENTS,
    TITLE_WORDS,
    WORD_DASHES,
)
from .personnames import is_agent_noun, is_given_name, is_title, tag_opening

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
#: Adverbs that open an appositive but are no part of the role ("also a teacher").
_TIME_ADVERBS = frozenset({"also", "now", "currently", "still", "himself", "herself"})
_FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART"})
_CONJUNCTIONS = frozenset({"SCONJ", "CCONJ"})
#: Adverbs on a description that date it ("the then chair", "once a teacher"): part of the role.
_DATING_ADVERBS = frozenset({"then", "once", "formerly", "previously"})


def is_title_word(token: Token) -> bool:
    """True for a head word of a title or position ("minister", "spokesman"),
    plural forms included ("Representatives Jo Bloggs and ...")."""
    low = token.lower_
    return (
        low in TITLE_WORDS
        or token.lemma_.lower() in TITLE_WORDS
        or (low.endswith("s") and low[:-1] in TITLE_WORDS)
        or (token.pos_ in {"NOUN", "PROPN"} and is_title(low))
        or _title_to_be(token)
    )


def _title_to_be(token: Token) -> bool:
    """'elect' or 'designate' hyphened to a title ("President-elect", "minister-designate")."""
    doc, i = token.doc, token.i
    if token.lower_ not in {"elect", "designate"} or i < 2:
        return False
    return doc[i - 1].text == "-" and _tight_dash(doc[i - 1]) and is_title_word(doc[i - 2])


def _modifies(token: Token, targets: set[int]) -> bool:
    """True for a common noun or adjective that the parser attaches to the name
    or to the role read so far ("motorcyclist" in "motorcyclist Jo Bloggs"), or a
    common noun right before the name that the parser made a second subject of
    the name's verb ("The midfielder [Declan Rice] signed": two subjects, one verb)."""
    if token.pos_ not in {"NOUN", "ADJ"} or not token.is_lower:
        return False
    if token.dep_ in {"compound", "amod", "nmod"} and token.head.i in targets:
        return True
    if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "nsubjpass"} or token.i + 1 not in targets:
        return False
    doc = token.doc
    return any(
        doc[t].dep_ == token.dep_ and doc[t].head.i == token.head.i for t in targets if token.i < t < len(doc)
    )


def _role_token(token: Token, targets: set[int] | None = None, trusted: int | None = None) -> bool:
    low = token.lower_
    if low in WORD_DASHES and (token.whitespace_ or (token.i > 0 and token.doc[token.i - 1].whitespace_)):
        return False  # "the upstarts - Amazon founder Jo Bloggs": a dash between words ends the title
    modifier = token.is_title and low in ROLE_MODIFIERS  # "First Minister" (tagged ORDINAL)
    if token.ent_type_ in ROLE_STOP_ENTS and (trusted is None or token.i < trusted) and not modifier:
        return False
    if targets is not None and _modifies(token, targets):
        return True
    if low in ROLE_CONNECTORS or is_title_word(token) or low in ROLE_MODIFIERS:
        return True
    if not token.is_alpha and "-" not in token.text and "." not in token.text:
        return False
    return (token.is_title or token.is_upper) and token.pos_ not in _FUNCTION_POS


def _opening_agent_noun(tokens: list[Token]) -> bool:
    """'Voter Jo Bloggs said', 'Violinist Jo Bloggs': one capitalised agent noun
    opening the sentence right before the name (no given name such as "Homer")."""
    if len(tokens) != 1 or not tokens[0].is_sent_start or not tokens[0].is_title:
        return False
    return is_agent_noun(tokens[0])


def _joined_by_dash(doc: Doc, i: int) -> bool:
    """'co' of "co-author", 'vice' of "vice-chair": the first part of a hyphenated word."""
    return (
        i + 2 < len(doc)
        and doc[i].whitespace_ == ""
        and doc[i + 1].text in {"-", "–"}
        and doc[i + 1].whitespace_ == ""
        and doc[i].is_alpha
    )


def _tight_dash(token: Token) -> bool:
    """A dash with no space either side, inside a word ("direct-to-consumer")."""
    return (
        token.text in WORD_DASHES
        and token.i > 0
        and token.doc[token.i - 1].whitespace_ == ""
        and token.whitespace_ == ""
    )


def _inside_hyphenated(token: Token) -> bool:
    """A dash inside a word, or the word right after one ("to" and "consumer" of
    "direct-to-consumer")."""
    if token.text in WORD_DASHES:
        return _tight_dash(token)
    return token.i > 0 and _tight_dash(token.doc[token.i - 1])


def _after_clause_verb(tokens: list[Token]) -> list[Token]:
    """'Democrats re-elected Governor Jo Bloggs': the words after the last verb
    that has its own subject, and after the rest of that verb's hyphenated word;
    what comes before is the clause the title sits in, not the title."""
    # not a title word ("researcher and systems engineer Jo Bloggs": a noun the tagger
    # took for a verb with a subject)
    verbs = [
        n
        for n, t in enumerate(tokens)
        if t.pos_ in {"VERB", "AUX"}
        and not is_title_word(t)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
    ]
    if not verbs:
        return tokens
    rest = tokens[verbs[-1] + 1 :]
    while rest and rest[0].i > 0 and rest[0].doc[rest[0].i - 1].whitespace_ == "":
        rest = rest[1:]
    return rest


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


#: Adverbs that, with the participle after them, say when a title was taken ("newly elected").
_WHEN_ADVERBS = frozenset({"newly", "recently"})


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in ROLE_CONNECTORS:
        tokens = tokens[1:]
    if len(tokens) > 2 and tokens[0].lower_ in _WHEN_ADVERBS and tokens[1].tag_ == "VBN":
        tokens = tokens[2:]  # "newly elected Assemblywoman": when, not what the title is
    elif (
        len(tokens) > 1
        and tokens[0].tag_ == "VBN"
        and tokens[0].i > 0
        and tokens[0].nbor(-1).lower_ in _WHEN_ADVERBS
    ):
        tokens = tokens[1:]  # "the newly [elected mayor]", the adverb left out already
    return tokens


def _coordinated(doc: Doc, i: int, targets: set[int]) -> bool:
    """'industry' of "trade and industry commissioner": a lowercase word joined
    by "and" to a modifier of the title read so far."""
    token = doc[i]
    if i < 2 or token.dep_ != "conj" or token.head.i != i - 2 or doc[i - 1].lower_ != "and":
        return False
    first = doc[i - 2]
    return (
        all(t.pos_ in {"NOUN", "ADJ"} for t in (token, first))
        and token.is_lower
        and (first.is_lower or (bool(first.is_sent_start) and first.is_title))
        and first.head.i in targets
        and first.head.i > i
    )


def _inside_a_body_name(token: Token) -> bool:
    """A word of nameparser's title list inside the name of an organisation or place, not its
    last word ("the Financial Conduct Authority", "the International Criminal Court"): part
    of the name, not the head of a title (the project's own title words, "Leader",
    "Minister", still are)."""
    doc = token.doc
    if token.ent_type_ not in {"ORG", "FAC", "GPE", "LOC"} or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.ent_iob_ != "I":
        return False
    # the project's own title words too, before a name's word that is no title's ("the
    # General Services Administration"); not before a title or "of" ("Minister of Health")
    return token.lower_ not in TITLE_WORDS or (after.pos_ == "PROPN" and not is_title_word(after))


def _after_complement(tokens: list[Token]) -> list[Token]:
    """'brother of social media personality Jo Bloggs': after a lowercase "of"
    followed only by lowercase words, the name completes the title before "of"
    (the role is someone else's); Jo Bloggs's own role is what follows "of"."""
    to = max((n for n, t in enumerate(tokens) if t.lower_ in {"to", "for"}), default=-1)
    working = to > 0 and _working_for(tokens[to - 1])
    if working:
        # "an adviser to Ohio Sen. Jo Bloggs": the senator is Bloggs, the adviser someone else
        after = tokens[to + 1 :]
        if any(is_title_word(t) for t in after):
            return after
    cut = max((n for n, t in enumerate(tokens) if t.lower_ == "of"), default=-1)
    rest = tokens[cut + 1 :]
    described = all(t.is_lower and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ == "and") for t in rest)
    if cut > 0 and _body_then_agent(rest) and tokens[cut - 1].is_lower and is_title_word(tokens[cut - 1]):
        return rest  # "partner of Manchester City midfielder Jo Bloggs": Bloggs is the midfielder
    if cut <= 0 or not rest or not described or not any(map(is_title_word, rest)):
        return tokens  # "minister of foreign affairs Jo Bloggs": a portfolio, the title is whole
    return rest


def _working_for(token: Token) -> bool:
    """The word before "to" or "for" in "an adviser to Ohio Sen. Jo Bloggs", "Officials for
    Iowa Senator Jo Bloggs": a title or a common noun for people who work for someone,
    written in lower case or opening the sentence (not "Minister for Europe" inside one)."""
    if not (token.is_lower or (token.is_sent_start and token.is_title)):
        return False
    return is_title_word(token) or (token.tag_ == "NNS" and token.is_lower) or bool(token.is_sent_start)


def _body_then_agent(tokens: list[Token]) -> bool:
    """A body's capitalised name, then a lowercase agent noun ("Manchester City midfielder")."""
    if len(tokens) < 2 or not tokens[-1].is_lower or not is_agent_noun(tokens[-1]):
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens[:-1])


def _after_other_name(tokens: list[Token]) -> list[Token]:
    """'porn actress Sam Smith and former model Jo Bloggs': a title and a name
    before "and" belong to another person of a list."""
    for n in range(len(tokens) - 1, 0, -1):
        before = tokens[n - 1]
        if tokens[n].lower_ == "and" and before.tag_ == "NNS" and before.is_lower:
            return tokens[n + 1 :]  # "senior lawmakers and President Jo Bloggs": a group, then the title
        # "Cummings and Senator Bernie Sanders": joined to the name itself, not to its title
        # (the tagger may call the surname a common noun)
        joined = not is_title_word(before) and any(
            c.dep_ == "conj" and c.i > tokens[-1].i for c in before.children
        )
        if tokens[n].lower_ != "and" or not before.is_title or (before.pos_ != "PROPN" and not joined):
            continue
        other = (
            joined
            or before.ent_type_ == "PERSON"
            or (
                before.ent_type_ == "ORG"
                and n + 1 < len(tokens)
                and tokens[n + 1].ent_type_ in {"GPE", "NORP"}
            )
            # "Roy Moore of Alabama and Senator Al Franken": a place that qualifies someone else
            or (before.dep_ == "pobj" and before.head.lower_ in {"of", "from"})
        )  # not "Police and Crime Commissioner"
        if other:
            return tokens[n + 1 :]  # "between Bloggs and Georgia Gov. Jo Smith": Bloggs is someone else
        k = n - 1
        while k > 0 and tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].is_title:
            k -= 1
        if k > 0 and tokens[k - 1].is_lower and is_title_word(tokens[k - 1]):
            return tokens[n + 1 :]
    return tokens


def _after_relation(tokens: list[Token]) -> list[Token]:
    """'the daughter of Acme School Principal [Jo Bloggs]', 'a close friend of Ruritanian
    Prime Minister [Jo Bloggs]', 'chief strategist on President [Jo Bloggs]'s campaigns': the
    relation is someone else's description; the name's own title is what follows "of"
    ("to", "for", "on")."""
    for n in range(len(tokens) - 2, 0, -1):
        relation = tokens[n - 1].is_lower and tokens[n - 1].lemma_.lower() in RELATION_NOUNS
        if tokens[n].lower_ in {"of", "to", "for", "on"} and relation:
            return tokens[n + 1 :]
    return tokens


def role_before(doc: Doc, start: int, end: int | None = None, trusted: int | None = None) -> str | None:
    """The title written right before the name doc[start:end]. Tokens from
    `trusted` on (a title the NER put inside the name) are read whatever
    their entity label."""
    root = doc[start : end if end is not None else start + 1].root
    qualifies = root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "NOUN"
    titled = start > 0 and is_title_word(doc[start - 1]) and doc[start - 1].pos_ in {"NOUN", "PROPN"}
    if qualifies and root.head.is_lower and not titled:
        # "a longtime Trump critic": the words before qualify the critic, not Trump (a title
        # right before the name is still its own: "nominee Jo Bloggs faces", "faces" parsed
        # as a noun)
        return None
    tokens: list[Token] = []
    targets = set(range(start, end if end is not None else start + 1))
    i = start - 1
    while i >= 0:
        if _coordinated(doc, i, targets):  # "trade and industry commissioner"
            tokens[:0] = list(doc[i - 2 : i + 1])
            targets.update({i - 2, i - 1, i})
            i -= 3
            continue
        if not (_role_token(doc[i], targets, trusted) or _joined_by_dash(doc, i)):
            break
        tokens.insert(0, doc[i])
        targets.add(i)
        i -= 1
    tokens = _after_relation(_after_other_name(_after_complement(_after_clause_verb(tokens))))
    after = end if end is not None else start + 1
    ofs = [n for n, t in enumerate(tokens) if t.lower_ == "of"]
    if ofs and after < len(doc) and doc[after].text in _POSSESSIVES:
        tokens = tokens[ofs[-1] + 1 :]  # "co-chairman of President Jo Bloggs's campaign": "President"
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
    described = tokens[-1].i == start - 1 and (
        _modifies(tokens[-1], set(range(start, start + 4))) or _opening_agent_noun(tokens)
    )
    if not any(is_title_word(t) for t in tokens) and not described:
        return None
    if not any(is_title_word(t) or t.pos_ in {"NOUN", "PROPN"} for t in tokens):
        return None  # "ethnic X", "former X": a bare adjective says what, not who
    role = _text(tokens)
    if owner:
        owner_text = _text(owner)
        if len(tokens) <= 2 and tokens[0].lower_ in HEAD_OF_STATE_WORDS and (owner[-1].ent_type_ == "GPE"):
            return f"{role} of {owner_text}"
        return f"{owner_text}{doc[i].text} {role}"
    return role


def _affiliation(doc: Doc, end: int, labels: frozenset[str], word: str = "of") -> list[Token]:
    """`of <named entity>` right after the name, as tokens."""
    if end >= len(doc) or doc[end].lower_ != word:
        return []
    j = end + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    owner_end = _entity_end(doc, j) if j < len(doc) and doc[j].ent_type_ in {"GPE", "ORG"} else j
    if owner_end + 1 < len(doc) and doc[owner_end].text in _POSSESSIVES:
        j = owner_end + 1  # "of the Ruritania's National Agency": the owner stays in the role
    if j >= len(doc) or doc[j].ent_type_ not in labels:
        return []
    label = doc[j].ent_type_
    k = j
    while k < len(doc) and doc[k].ent_type_ == label and (k == j or doc[k].ent_iob_ == "I"):
        k += 1
    if label == "ORG":
        # "of the Rosenstiel School of Marine and Atmospheric Science", the NER's name cut at
        # "and": as far as the organisation's own name goes (`orgnames`)
        k = name_end_after_joiner(doc, j, k) or k
    return list(doc[end : _name_continues(doc, k)])


def _entity_end(doc: Doc, start: int) -> int:
    """The end of the named entity beginning at token `start`."""
    k = start + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _name_continues(doc: Doc, k: int) -> int:
    """Extend a proper name cut short by the NER over dashes, "of"/"for" and
    capitalised words ("Harvard–Smithsonian Center for Astrophysics")."""
    while k + 1 < len(doc) and doc[k].text in NAME_JOINERS and doc[k + 1].is_title:
        k += 2
        while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
    return k


def _comma_segment(doc: Doc, start: int) -> list[Token]:
    tokens: list[Token] = []
    for token in doc[start:]:
        if token.is_punct and token.text not in {"-", "–", "’", "'", "&"}:
            break
        if token.is_sent_start:
            break
        tokens.append(token)
    return tokens


def _appositive(doc: Doc, end: int, first: bool = False) -> str | None:
    """A title in commas right after the name (", the state spokesman,"); one
    held in the past (", who was the state spokesman,") is a former title. With
    `first`, the first of two descriptions (`_appositive_title`)."""
    role = _appositive_title(doc, end, first)
    if role is None or not _held_before(doc, end + 1):
        return role
    return _former(role)


def _held_before(doc: Doc, start: int) -> bool:
    """True when doc[start:] opens with "who was" or "who had been"."""
    words = [t.lower_ for t in doc[start : start + 3]]
    return words[:2] in (["who", "was"], ["who", "were"]) or words == ["who", "had", "been"]


#: Prepositions that open a title's complement ("strategist on Jo Bloggs's campaigns").
_COMPLEMENT_PREPOSITIONS = frozenset({"on", "of", "for", "to", "at", "in", "with", "under"})


def _former(role: str) -> str:
    """The role with "former" before its title, after an owner ("Jo's former aide")."""
    if role.lower().startswith("former ") or " former " in role:
        return role
    owner, mark, title = role.partition("'s ")
    # the owner opens the role ("the mayor's aide"), not a complement's ("strategist on Jo's campaigns")
    owns = bool(mark) and not any(word in _COMPLEMENT_PREPOSITIONS for word in owner.split())
    return f"{owner}{mark}former {title}" if owns else f"former {role}"


def _owned_by_the_named(tokens: list[Token], cut: int) -> int | None:
    """The end of "<Name>'s <noun>" right after the role's last title word
    ("of President [Jo Bloggs's campaign]"), when a person's name follows it:
    the title is that person's, and the role goes on to the noun they own."""
    k = cut
    while k < len(tokens) and _a_person_name_word(tokens[k]):
        k += 1
    if k == cut or k >= len(tokens) or tokens[k].text not in _POSSESSIVES:
        return None
    owned = tokens[k - 1].head
    ends = [n for n, t in enumerate(tokens) if t.i == owned.i]
    return ends[0] + 1 if ends and ends[0] > k else None


def _appositive_title(doc: Doc, end: int, first: bool = False) -> str | None:
    """A title in commas right after the name (", the state spokesman,"); with `first`,
    the first of two descriptions joined by "and" when another person's name in the first
    keeps the two from making one role."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    tokens = _comma_segment(doc, end + 1)
    if tokens and tokens[0].pos_ in _CONJUNCTIONS:
        return None  # "Jo Bloggs, and so the writers knew": a new clause, no apposition
    after_age = tokens[0].i + 1 if len(tokens) == 1 and tokens[0].like_num else len(doc)
    if after_age < len(doc) and doc[after_age].text == ",":
        tokens = _comma_segment(doc, after_age + 1)  # "Jo Bloggs, 42, a local teacher,"
    if (
        tokens
        and all(t.pos_ == "PROPN" and t.is_title for t in tokens)
        and (tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text == ",")
    ):
        tokens = _comma_segment(doc, tokens[-1].i + 2)  # "Jo Bloggs, Lord Bloggs, the judge"
    if tokens and tokens[0].lower_ == "who" and len(tokens) > 2 and tokens[1].lemma_ == "be":
        tokens = tokens[2:]
    elif [t.lower_ for t in tokens[:3]] == ["who", "had", "been"]:
        tokens = tokens[3:]
    if tokens and tokens[0].dep_ == "neg":
        return None  # "Jo Bloggs, who was not specific about it in remarks to reporters,": no title
    while tokens and tokens[0].lower_ in _DETERMINERS | _TIME_ADVERBS:
        tokens = tokens[1:]  # "Jo Bloggs, also a teacher,"
    member = len(tokens) > 2 and tokens[0].lower_ == "one" and tokens[1].lower_ == "of"
    if member:
        tokens = tokens[2:]  # "one of the organisers": an organiser (made singular by roletitles)
        while tokens and tokens[0].lower_ in _DETERMINERS:
            tokens = tokens[1:]
    tokens = _first_description(tokens)
    heads = [n for n, t in enumerate(tokens) if is_title_word(t) and not _inside_a_body_name(t)]
    if heads:
        # a title word modifying the appositive's own head, a person's trade: the role ends
        # on that head ("chief currency strategist at UBS", not "chief")
        last = tokens[heads[-1]]
        trade = next((n for n, t in enumerate(tokens) if n > heads[-1] and t.i == last.head.i), None)
        if trade is not None and tokens[trade].tag_ == "NN" and is_agent_noun(tokens[trade]):
            heads.append(trade)
    if member and not heads and tokens and tokens[-1].tag_ == "NNS" and len(tokens) <= 3:
        # "one of the victims": a group the person belongs to, in the singular
        return " ".join([*(t.text for t in tokens[:-1]), tokens[-1].lemma_])
    if not heads:
        return None
    if not first:
        return _titled_description(tokens, heads)
    between = tokens[heads[0] : heads[-1]]
    if any(t.lower_ == "and" for t in between) and any(map(_a_person_name_word, between)):
        # "a senior adviser to Jo Bloggs and past president of Acme": the first of two
        # descriptions, when another's name in the first keeps the two from making a role
        return _titled_description(tokens, heads[:1])
    return None


def _titled_description(tokens: list[Token], heads: list[int]) -> str | None:
    """The role an appositive segment gives, from its title words at `heads`: up to the
    last, with its "of <name>" completion."""
    related = _related_to(tokens, heads[0])
    if related is not None:
        return related
    cut = heads[-1] + 1
    short = tokens[: heads[-1] + 1]
    if len(short) > APPOSITIVE_ROLE_MAX_TOKENS:
        short = tokens[: heads[0] + 1]
    if cut < len(tokens) and all(t.ent_type_ == "PERSON" for t in tokens[cut:]):
        cut = len(tokens)  # "fiancée of journalist Jo Bloggs"
    owned = _owned_by_the_named(tokens, cut)
    if owned is not None:
        cut = owned  # "co-chairman of President Jo Bloggs's campaign": the title is Bloggs's
    # keep an "of <Name ...>" completion ("chairman of the House committee",
    # "fiancée of journalist Jo Bloggs")
    if cut < len(tokens) and tokens[cut].lower_ in {"of", "for", "to"}:
        k = cut + 1
        while k < len(tokens) and (
            tokens[k].lower_ in {"the", "and", "&"}
            or (tokens[k].text in _POSSESSIVES and k > cut + 1)
            or (
                tokens[k].lower_ in NAME_PARTICLES | {"of"}  # "Ministry of Health"
                and k + 1 < len(tokens)
                and tokens[k + 1].is_title
            )
            or tokens[k].is_title
            or tokens[k].is_upper
            or _inside_hyphenated(tokens[k])  # "chairman of direct-to-consumer"
            or tokens[k].lower_ in TITLE_WORDS
            # "head of a regional civil defence office": a common noun phrase
            or (
                tokens[cut].lower_ != "to"
                and tokens[k].pos_ in {"NOUN", "ADJ", "DET", "PROPN"}  # "armed services committee"
                and tokens[k].lower_ not in {"this", "that"}
            )
        ):
            k += 1
        while k > cut + 1 and tokens[k - 1].lower_ in ROLE_CONNECTORS | {"a", "an"}:
            k -= 1  # "chief executive of the" when no name follows
        if k > cut + 1 and tokens[k - 1].text in _POSSESSIVES:
            # "an adviser to Jo Bloggs's presidential campaign": on to the noun the name owns
            nouns = [n for n, t in enumerate(tokens) if t.i == tokens[k - 2].head.i and n >= k]
            k = nouns[0] + 1 if nouns else k
        if k > cut + 1:
            cut = k
    if cut < len(tokens) and _a_name_word(tokens[cut]) and tokens[cut - 1].lower_ not in {"of", "for", "to"}:
        return _before_a_titled_name(tokens, heads)  # "Gates, French President Jo Bloggs and …"
    tokens = tokens[:cut]
    if len(tokens) > APPOSITIVE_ROLE_MAX_TOKENS:
        if len(short) < len(tokens) and _a_name_word(tokens[len(short)]):
            return _before_a_titled_name(tokens, heads)  # "a former director of X under President Jo …"
        tokens = short
    if len(tokens) > APPOSITIVE_ROLE_MAX_TOKENS or any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    if any(_owner_name(t) for t in tokens[-1:]) or any(
        _a_person_name_word(t) and not _owner_name(t) for t in tokens[: heads[-1] + 1]
    ):
        return None  # another person's name inside the title, other than "X's ..."
    return _text(tokens)


def _before_a_titled_name(tokens: list[Token], heads: list[int]) -> str | None:
    """The role when its last title word is another person's, the name right after it
    ("Gates, French President Jo Bloggs and …"): the description before that title, if
    any ("a former director of X under President Jo Bloggs": "former director of X"); None
    when a clause comes between ("the former senator who backs Mr. Bloggs")."""
    clause = next((n for n, t in enumerate(tokens[: heads[-1]]) if t.pos_ in {"VERB", "AUX"}), None)
    if clause is not None:
        while clause > 0 and tokens[clause - 1].tag_ in {"WP", "WDT"}:
            clause -= 1  # "who has known", "which backs"
        before = [h for h in heads if h < clause]
        # "a director under President Jo Bloggs who has known Mr. Kell": the name before the
        # clause has its title too; else the description is left to the other readers
        titled = bool(before) and before[-1] + 1 < clause and _a_name_word(tokens[before[-1] + 1])
        return _before_a_titled_name(tokens[:clause], before) if titled else None
    first = len(heads) - 1
    while first > 0 and heads[first - 1] == heads[first] - 1:
        first -= 1  # the whole title the name follows ("Prime Minister"), not its last word
    return _titled_description(tokens, heads[:first]) if first > 0 else None


def _related_to(tokens: list[Token], head: int) -> str | None:
    """'brother of social media personality Jo Bloggs' -> "brother of Jo Bloggs":
    a relation to a person named at the end of the segment, without the
    person's own description."""
    of = head + 1
    if of >= len(tokens) or tokens[of].lower_ != "of" or tokens[-1].ent_type_ != "PERSON":
        return None
    k = len(tokens)
    while k > of + 1 and tokens[k - 1].ent_type_ == "PERSON" and not is_title_word(tokens[k - 1]):
        k -= 1  # the name, not a title the NER ran into it ("Principal Jo Bloggs")
    between = tokens[of + 1 : k]
    # "social media personality", and for kin "Acme School Principal": the relative's own
    # description (not "speechwriter to Secretary of [State] Jo Bloggs", a portfolio)
    kin = tokens[head].lemma_.lower() in KIN_WORDS
    described = all(
        (t.is_lower and t.pos_ in {"NOUN", "ADJ", "CCONJ"}) or (kin and t.is_title and t.pos_ == "PROPN")
        for t in between
    )
    if not between or not described:
        return None
    return f"{_text(tokens[: of + 1])} {_text(tokens[k:])}"


def _a_name_word(token: Token) -> bool:
    """A word of a person's name, or a capitalised proper noun that is no title's word
    nor a word of another kind of name ("Duke [University]") unless a given name ("Sean
    Hannity" tagged a body)."""
    if _a_person_name_word(token):
        return True
    unnamed = not token.ent_type_ or is_given_name(token.text)
    return token.pos_ == "PROPN" and token.is_title and not is_title_word(token) and unnamed


def _a_person_name_word(token: Token) -> bool:
    """A word of a person's name; not the possessive mark the NER often takes into the
    name ("[Mitt Romney's] chief strategist")."""
    return token.ent_type_ == "PERSON" and token.text not in _POSSESSIVES


def _owner_name(token: Token) -> bool:
    """True for a person-name token followed by a possessive ("Jo's")."""
    if not _a_person_name_word(token):
        return False
    nxt = token.i + 1
    while nxt < len(token.doc) and _a_person_name_word(token.doc[nxt]):
        nxt += 1
    return nxt < len(token.doc) and token.doc[nxt].text in _POSSESSIVES


def _first_description(tokens: list[Token]) -> list[Token]:
    """'wife and the chair of X': of two descriptions joined by "and" and a
    determiner, the first (the shortest role the article gives)."""
    for n, token in enumerate(tokens[:-1]):
        second = token.lower_ == "and" and tokens[n + 1].lower_ in _DETERMINERS
        if second and any(map(is_title_word, tokens[:n])):
            return tokens[:n]
    return tokens


def _clean_phrase(tokens: list[Token]) -> str | None:
    # "is whether Acme's founder, Jo Bloggs, ...": the conjunction opens the clause, not the role
    while tokens and (
        tokens[0].is_punct
        or tokens[0].lower_ in _DETERMINERS
        or tokens[0].pos_ in _CONJUNCTIONS
        # not the first word of a phrase ("far and away the best")
        or (_sentence_adverb(tokens[0]) and len(tokens) > 1 and tokens[1].pos_ not in _CONJUNCTIONS)
    ):
        tokens = tokens[1:]
    tokens = _without_a_count(tokens)
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    tokens = _first_description(tokens)
    if not tokens or len(tokens) > APPOSITIVE_ROLE_MAX_TOKENS:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in tokens):
        return None
    return _text(tokens)


def _without_a_count(tokens: list[Token]) -> list[Token]:
    """'At least two Republican senators, Jo Bloggs and …': the description without how
    many it counts ("Republican senators"); not a number a hyphen joins to the title
    ("three-time champion")."""
    words = [t.lower_ for t in tokens[:2]]
    if words in (["at", "least"], ["at", "most"], ["more", "than"], ["fewer", "than"]):
        tokens = tokens[2:]
    if len(tokens) > 1 and tokens[0].tag_ == "CD" and tokens[1].text not in {"-", "–"}:
        tokens = tokens[1:]
    return tokens


def _sentence_adverb(token: Token) -> bool:
    """An adverb on the description's noun that says nothing of the role ("Jo Bloggs,
    also a student", "now a senator"); not one that dates it (`_DATING_ADVERBS`)."""
    return (
        token.pos_ == "ADV" and token.head.pos_ in {"NOUN", "PROPN"} and token.lower_ not in _DATING_ADVERBS
    )


#: Words that open an example of what comes before ("donors, among them Jo Bloggs").
_EXAMPLE_WORDS = frozenset({"among", "including", "like", "such"})


def _described_by(doc: Doc, start: int, end: int) -> str | None:
    """A common-noun phrase in apposition with the name, before or after it:
    "Jo's mother, Ann Bloggs," / "Ann Bloggs, a local teacher,"."""
    root = doc[start:end].root
    if root.dep_ == "conj" and root.head.dep_ == "appos" and root.head.i < start:
        root = root.head  # "His parents, Jo Bloggs and Ann Bloggs,": the list shares the description
        start = root.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1  # the first name of the list, from its first word
    head = root.head
    holder = head.head.head  # "author" of "The author of the book, Jo Bloggs,"
    if (
        root.dep_ == "appos"
        and root.ent_type_ == "PERSON"
        and is_given_name(doc[start].text)  # a person's name, not a body's the recogniser took for one
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and not is_title_word(head)
        and holder.pos_ == "NOUN"
        and is_title_word(holder)
    ):
        # the author, not the book (not "the brother of the deputy leader, Jo Bloggs",
        # where the name is the leader's)
        head = holder
    name = set(range(start, end))
    described = (
        (head.pos_ == "NOUN" and not head.ent_type_)
        or head.ent_type_ == "NORP"
        # "A Republican Assemblywoman, Jo Bloggs,": an indefinite description
        or (not head.ent_type_ and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children))
        or (is_title_word(head) and head.ent_type_ != "PERSON")  # "The Senate Minority Leader, Jo Bloggs,"
    )
    # "checks from donors allied with X, among them Jo Bloggs": one of many, not described
    example = any(t.lower_ in _EXAMPLE_WORDS for t in doc[max(start - 2, 0) : start])
    # "Welcome home, Joe!": the name called out, not described ("my old friend, Joe!" is)
    called = (
        end < len(doc)
        and doc[end].text in {"!", "?"}
        and not any(c.dep_ in {"det", "poss"} for c in head.children)
    )
    if root.dep_ == "appos" and head.i < start and described and not example and not called:
        tokens = [t for t in head.subtree if t.i < start and t.i not in name]
        commas = [n for n, t in enumerate(tokens) if t.text == ","]
        own = commas and all(
            t.head.i in name or t.head.i > tokens[commas[-1]].i for t in tokens[commas[-1] + 1 :]
        )
        if own:
            tokens = tokens[: commas[-1]]  # "The attacker, 28-year-old Jo Bloggs": the age is no role
        label = any(t.text == ":" for t in tokens)  # "Image: Jo Bloggs", a caption's credit
        dashed = any(t.text in DASHES and t.whitespace_ for t in tokens)  # "the candidates — Sens. X"
        if (
            tokens
            and not label
            and not dashed
            and (own or doc[tokens[-1].i + 1 : start].text.strip() in {",", ""})
        ):
            return _clean_phrase(tokens)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end and not _right_after(root, child, end):
            continue
        if child.dep_ == "appos" and child.i >= end and _a_noun_in_apposition(child) and not child.ent_type_:
            if _listed_thing(child):
                return None
            tokens = [
                t
                for t in child.subtree
                if t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors if a.i > child.i)
            ]
            if tokens and tokens[0].lower_ in {"whose", "which"}:
                return None  # "Jo Bloggs, whose divorce settlement …": a clause the parser misread
            if tokens and tokens[0].lower_ in {"both", "all"} and child.tag_ == "NNS":
                # "X and Y, both professors at Z,": each a professor at Z
                tokens = tokens[1:]
                phrase = _clean_phrase(tokens)
                return phrase and phrase.replace(child.text, child.lemma_, 1)
            phrase = _clean_phrase(tokens)
            if phrase is None and (is_title_word(child) or child.lower_.endswith(AGENT_NOUN_ENDINGS)):
                # a person's description without its participle clause
                # ("a convicted murderer approaching the end of his sentence")
                phrase = _clean_phrase(_without_clauses(child))
            return phrase
    return None


def _a_noun_in_apposition(token: Token) -> bool:
    """A common noun set beside a name, as the tagger calls it or not: a lowercase word
    it called a proper noun or an adjective is a noun there ("Jo Bloggs, a data
    operative" (NNP), "Jo Bloggs, an IT professional" (JJ))."""
    if token.pos_ == "NOUN":
        return True
    # not a handle or an address ("Jo Bloggs (@jobloggs)"), nor a word of a clause the
    # parser misread ("Jo Bloggs—the then-independent who left …")
    return (
        token.is_lower
        and token.pos_ in {"PROPN", "ADJ"}
        and token.text[:1].isalpha()
        and not any(t.pos_ in {"VERB", "AUX", "PRON"} for t in token.subtree)
    )


def _right_after(root: Token, appos: Token, end: int) -> bool:
    """True for an apposition set off right after the name ending at `end` ("Jo Bloggs, a
    teacher,", "Jo Bloggs, 42, a teacher,", "X and Y, both …"), not one the parser hung on it
    from far after ("Collins has prepared an amendment …, a provision that …")."""
    named = {t.i for t in root.subtree} - {t.i for t in appos.subtree}
    between = root.doc[end : appos.left_edge.i]
    return all(t.is_punct or t.like_num or t.i in named for t in between)


def _listed_thing(noun: Token) -> bool:
    """'Taylor Swift, her former record label and a couple of politicians': a noun
    that no title word heads, joined by "and" to a second phrase with its own
    determiner, lists other actors after the name; it does not describe it."""
    if is_title_word(noun) or noun.lower_ in PLACE_NAME_WORDS:
        return False  # "formerly a church and now a museum": what a building was and is
    return any(c.dep_ == "conj" and any(d.dep_ in {"det", "poss"} for d in c.children) for c in noun.children)


def _title_then_comma(doc: Doc, start: int) -> str | None:
    """'..., the president of the Ruritanian League, Jo Bloggs, said' / 'A member
    of parliament, Jo Bloggs said': a titled description set off by commas (or
    opening the sentence) right before the name, whatever the parse."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    j = start - 2
    while j >= 0 and doc[j].text != "," and not doc[j].is_sent_start:
        j -= 1
    first = j if j >= 0 and doc[j].text != "," else j + 1
    tokens = list(doc[first : start - 1])
    if len(tokens) < 2 or tokens[0].lower_ not in {"the", "a", "an"}:
        return None
    if not any(is_title_word(t) for t in tokens[1:4]) or any(t.ent_type_ == "PERSON" for t in tokens):
        return None
    return _clean_phrase(tokens)


def _who_is(doc: Doc, end: int) -> str | None:
    """'Jo Bloggs who is the secretary of state': a title in a "who is" clause
    right after the name, up to the next punctuation."""
    if end + 2 >= len(doc) or doc[end].lower_ != "who" or doc[end + 1].lemma_ != "be":
        return None
    tokens = _comma_segment(doc, end + 2)
    if not any(is_title_word(t) for t in tokens[:3]) or any(t.ent_type_ == "PERSON" for t in tokens):
        return None
    return _clean_phrase(tokens)


def _without_clauses(head: Token) -> list[Token]:
    """The head's phrase without relative or participle clauses hanging on it."""
    clauses = {"relcl", "acl"}
    return [
        t
        for t in head.subtree
        if t.dep_ not in clauses and not any(a.dep_ in clauses and a.i > head.i for a in t.ancestors)
    ]


def _predicate(doc: Doc, start: int, end: int) -> str | None:
    """'Jo Bloggs was (serving as) the town's mayor' / 'Jo Bloggs became mayor'."""
    root = doc[start:end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in PREDICATE_VERBS:
        return None
    if any(
        c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "may", "should"} for c in verb.children
    ):
        return None  # "If elected, Jo Bloggs would be the first president …": not what she is
    for child in verb.children:
        target = None
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            target = child
        elif child.dep_ in {"xcomp", "advcl"} and child.lemma_ in PREDICATE_VERBS:
            target = next((g for c in child.children if c.lower_ == "as" for g in c.children
                           if g.dep_ == "pobj"), None)  # fmt: skip
        elif child.dep_ == "prep" and child.lower_ == "as":
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is not None and is_title_word(target):
            return _clean_phrase(_without_clauses(target))
    return None


def _led_by(doc: Doc, start: int, end: int) -> str | None:
    """'the Montreal team, led by Jo Bloggs,' -> 'leader of the Montreal team'."""
    root = doc[start:end].root
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    verb = by.head
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in LEADER_VERBS or noun.pos_ != "NOUN":
        return None
    tokens = [t for t in _without_clauses(noun) if t.i < verb.i and not t.is_punct]
    if not tokens or len(tokens) > APPOSITIVE_ROLE_MAX_TOKENS:
        return None
    if tokens[0].lower_ in {"a", "an"}:
        tokens = tokens[1:]
    role = LEADER_VERBS[verb.lemma_]
    if role == "holder":  # "the record of 2:01, held by X" -> "record holder"
        kind = [t for t in tokens if t.i <= noun.i and t.dep_ != "det"]
        return f"{_text(kind)} {role}" if kind else None
    the = "the " if tokens[0].lower_ == "the" else ""  # "The team, led by ..." at a sentence start
    return f"{role} of {the}{_text(tokens[1:] if the else tokens)}"


def _who_leads(doc: Doc, start: int, end: int) -> str | None:
    """'Jo Bloggs, who heads the Acme Foundation,' -> "head of the Acme
    Foundation": a relative clause whose verb makes the name the leader of
    its object."""
    root = doc[start:end].root
    for clause in root.children:
        who = end + 1 if end < len(doc) and doc[end].text == "," else end
        if clause.dep_ != "relcl" or who >= len(doc) or doc[who].lower_ != "who" or clause.i != who + 1:
            continue
        if clause.lemma_ not in LEADER_VERBS or clause.lemma_ == "hold" or clause.tag_ != "VBZ":
            continue  # "who led the raid" tells an act, "who leads the team" a position
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        words = _without_clauses(obj)
        commas = [n for n, t in enumerate(words) if t.text == "," and t.i > obj.i]
        # "who runs L.H. Bloggs, a research firm,": the object's own apposition is no part
        phrase = _clean_phrase(words[: commas[0]] if commas else words)
        if phrase is None:
            return None
        # "the Acme Foundation", "the NRA's lobbying arm": the article of the object's phrase
        the = "the " if obj.left_edge.lower_ == "the" else ""
        return f"{LEADER_VERBS[clause.lemma_]} of {the}{phrase}"
    return None


_IDENTIFYING_VERBS = frozenset({"identify", "name"})


def _identified_as(doc: Doc, start: int, end: int) -> str | None:
    """'The driver, identified as Jo Bloggs,' / 'The gunman was named as Jo
    Bloggs' / 'Police named the victim as Jo Bloggs': the noun the name
    identifies."""
    root = doc[start:end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as":
        return None
    verb = prep.head
    if verb.tag_ not in {"VBN", "VBD"} or verb.lemma_ not in _IDENTIFYING_VERBS:
        return None
    if verb.dep_ == "acl":
        noun = verb.head
    else:
        noun = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}), doc[start])
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.i >= start:
        return None
    return _clean_phrase([t for t in _without_clauses(noun) if t.i < verb.i])


_CREDIT_LABELS = frozenset({"image", "photo", "photograph", "picture", "photos", "images"})


def _credited(doc: Doc, start: int) -> str | None:
    """'Image: Jo Bloggs': the person a picture is credited to took it."""
    if start >= 2 and doc[start - 1].text == ":" and doc[start - 2].lower_ in _CREDIT_LABELS:
        return "photographer"
    return None


def _heads_body(doc: Doc, start: int, end: int) -> str | None:
    """'Jo Bloggs's government' -> 'head of government'."""
    root = doc[start:end].root
    if root.dep_ == "poss" and root.head.lower_ in HEADED_BODIES:
        return f"head of {root.head.lower_}"
    return None


def _serving_as(doc: Doc, start: int, end: int) -> str | None:
    """'Jo Bloggs, who has immunity as a diplomat's wife,' -> "diplomat's wife":
    a title after "as" in a relative clause on the name."""
    root = doc[start:end].root
    for clause in root.children:
        if clause.dep_ != "relcl":
            continue
        for prep in clause.subtree:
            if prep.lower_ != "as" or prep.dep_ != "prep":
                continue
            target = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if target is not None and is_title_word(target):
                return _clean_phrase(_without_clauses(target))
    return None


def _singular(role: str) -> str:
    """'actors' -> 'actor', 'Sens.' -> 'Sen.': a plural title word at the end of a role."""
    words = role.split()
    last = words[-1]
    if last.lower().endswith("s") and last.lower()[:-1] in TITLE_WORDS:
        words[-1] = last[:-1]
    elif _plural_abbreviation(last):
        words[-1] = f"{last[:-2]}."
    return " ".join(words)


def _plural_abbreviation(word: str) -> bool:
    """'Sens.', 'Reps.', 'Govs.': an abbreviated title in the plural (not "Mrs.")."""
    low = word.lower()
    return low.endswith("s.") and f"{low[:-2]}." in TITLE_WORDS and low[:-1] not in HONORIFICS


def _listed_after_title(doc: Doc, start: int, end: int) -> str | None:
    """'actors Jo Bloggs, Sam Smith and Ann Roe': the plural title before the
    first name of a list is the role of every name in it, in the singular."""
    root = doc[start:end].root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    roles = []
    if first.i != root.i:
        given = [
            c.i for c in first.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not is_title_word(c)
        ]
        roles.append(role_before(doc, min([first.i, *given])))  # "Representatives Jo Bloggs"
    # "Sens. Jo Bloggs (D-WV), Sam Smith (D-PA) and …", which the parser seldom reads as one list
    listed = _first_of_a_list(doc, start)
    if listed is not None:
        tagged, name = listed  # "Reps. Jo Bloggs" tagged as one name: its title is inside the tag
        roles.append(role_before(doc, tagged) if tagged == name else doc[tagged:name].text)
    for role in roles:
        if role is not None and (
            role.split()[-1].lower().endswith("s") or _plural_abbreviation(role.split()[-1])
        ):
            return _singular(role)
    return None


def _first_of_a_list(doc: Doc, start: int) -> tuple[int, int] | None:
    """Where the first name of a list of names that the name at `start` ends starts,
    read word by word: names joined by commas and "and", each maybe followed by a tag
    in brackets ("Jo Bloggs (D-WV), Sam Smith (D-PA), and"); as the start of the
    recogniser's name and of the name past the titles it took in; None when no name
    comes before it that way."""
    first: tuple[int, int] | None = None
    i = start
    while True:
        j = i - 1
        if j >= 0 and doc[j].lower_ == "and":
            j -= 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j == i - 1 or j < 0:
            return first
        if doc[j].text == ")":
            opening = tag_opening(doc, j)
            if opening is None:
                return first
            j = opening - 1
        if j < 0 or doc[j].ent_type_ != "PERSON":
            return first
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        i = name = j
        while is_title_word(doc[name]) and name + 1 < len(doc) and doc[name + 1].ent_iob_ == "I":
            name += 1
        first = (j, name)


def person_role(
    doc: Doc, start: int, end: int, inner: str | None = None, trusted: int | None = None
) -> str | None:
    """The role of the person named by doc[start:end], or None.

    `inner` is a title the NER included in the name span (already cut off).
    """
    role = role_before(doc, start, end, trusted) or inner
    if role is not None and any(c.dep_ == "conj" for c in doc[start:end].root.children):
        role = _singular(role)  # "actors Jo Bloggs, Sam Smith and ..."
    after = _affiliation(doc, end, frozenset({"GPE", "ORG", "LOC", "FAC"}))
    if role is not None and role.lower().rstrip(".") in HONORIFICS:
        # "Professor Jo Bloggs, director of the institute": the position says more;
        # an honorific alone ("Dr.") is no role
        role = _appositive(doc, end)
    elif role is not None and all(w.endswith(".") for w in role.split()):
        # "Cmdr. Jo Bloggs, a spokesperson for the coalition": the position says more
        # than an abbreviated rank, which stays when nothing else is said
        role = _appositive(doc, end) or role
    if role is not None:
        head = role.split()[0].lower()
        if after and " of " not in role and head in HEAD_OF_STATE_WORDS:
            return f"{role} {_text(after)}"
        return role
    listed = _listed_after_title(doc, start, end)
    if listed is not None and after and listed.split()[0].lower() in HEAD_OF_STATE_WORDS:
        return f"{listed} {_text(after)}"  # "Presidents Jo Bloggs of Ruritania and ..."
    described = (
        listed
        or _appositive(doc, end)
        or _described_by(doc, start, end)
        or _appositive(doc, end, first=True)
        or _title_then_comma(doc, start)
        or _predicate(doc, start, end)
        or _serving_as(doc, start, end)
        or _who_is(doc, end)
        or _led_by(doc, start, end)
        or _who_leads(doc, start, end)
        or _heads_body(doc, start, end)
        or _credited(doc, start)
        or _identified_as(doc, start, end)
    )
    if described:
        return described
    # "of Ruritania" alone says where someone is from, not what they do
    member = _affiliation(doc, end, frozenset({"ORG", "FAC"})) or _untagged_affiliation(doc, end)
    if member:
        return f"of {_text(member[1:])}"  # contiguous or not ("of [advocacy group] Acme Watch")
    comma = end + 1 if end < len(doc) and doc[end].text == "," else end
    member = _affiliation(doc, comma, frozenset({"ORG"}), word="from")
    if member:
        return f"of {_text(member[1:])}"  # "Jo Bloggs, from the Acme Institute,"
    owner = _owning_organisation(doc, start)
    return f"of {_text(owner)}" if owner else None


def _untagged_affiliation(doc: Doc, end: int) -> list[Token]:
    """'of (the) [lowercase description] Name Name': an affiliation whose name
    the NER left untagged ("of advocacy group Acme Rights Watch" -> "of Acme
    Rights Watch"): two or more capitalised proper nouns, none of them a place
    or a person."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return []
    k = end + 1
    while k < len(doc) and (
        doc[k].lower_ in {"the", "a", "an"} or (doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"})
    ):
        k += 1
    name = k
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        if doc[k].ent_type_ in {"PERSON", "GPE", "LOC", "NORP"}:
            return []
        k += 1
    if k - name < 2:
        return []
    if any(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in doc[end + 1 : name]):
        return [doc[end], *doc[name:k]]  # the description dropped: "of Acme Rights Watch"
    return list(doc[end:k])


def _owning_organisation(doc: Doc, start: int) -> list[Token]:
    """'Acme's Jo Bloggs': the organisation in possessive right before the name."""
    if start < 2 or doc[start - 1].text not in _POSSESSIVES or doc[start - 2].ent_type_ != "ORG":
        return []
    j = start - 2
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    owner = list(doc[j : start - 1])
    return owner[1:] if owner and owner[0].lower_ == "the" else owner
