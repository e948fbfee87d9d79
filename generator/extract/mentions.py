"""Named mentions of actors in one parsed article, with boundaries repaired.

spaCy's entities are the starting point; this module strips determiners and
possessives, cuts titles off person names (keeping them as roles), splits a
person off the end of an organisation entity ("the Council of X Jane Doe"),
and adds offices and governments named after their owner ("X's office",
"the government of X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..models import ActorKind
from ..text import acronym, initials, name_key
from .acronyms import name_end_spelled_out, phrase_acronyms, untagged_name_spelled, written_acronyms
from .gazetteer import country_code, is_known_place, is_region
from .namekinds import is_medium, names_a_thing, placed_by_context
from .orgnames import name_end_after_joiner
from .parsed import ParsedArticle
from .patterns import (
    BODY_ONLY_HEAD_WORDS,
    CORPORATE_WORDS,
    DASHES,
    DATELINE_PARAGRAPHS,
    FACILITY_WORDS,
    FIRM_OPENING_TITLES,
    GENERIC_ORG_WORDS,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    KIN_WORDS,
    KIND_BY_LABEL,
    LOCATIVE_PREPOSITIONS,
    NAME_ARTICLES,
    NAME_EDGE_WORDS,
    NAME_JOINERS,
    OFFICE_NOUNS,
    ORG_DESCRIPTION_WORDS,
    ORG_HEAD_WORDS,
    ORG_NAME_JOINERS,
    ORG_TYPE_WORDS,
    PLACE_CLASS_NOUNS,
    PLACE_NAME_WORDS,
    PORTFOLIO_TITLES,
    PUBLICATION_NOUNS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    STORM_WORDS,
    TITLE_WORDS,
)
from .personnames import (
    given_name_gender,
    is_agent_noun,
    is_given_name,
    is_title,
    looks_like_person,
    surname_forms,
    trim_person,
)
from .roles import is_title_word, person_role, role_before
from .roletitles import country_of_word, names_a_national, names_a_nationality, names_a_nations_people
from .sentences import opens_with_dateline
from .tokenpick import has_word, in_capitals, title_cased, with_dep, with_pos

_APOSTROPHES = ["'s", "’s", "'", "’"]


@dataclass(frozen=True)
class Mention:
    """One named mention: where it is, the name it uses and its kind.

    `weak` mentions (the owner inside "X's office" when spaCy did not call X a
    person) only count when they link to an actor named elsewhere.
    `parenthetical` marks "(ABC)" right after another mention.
    """

    para: int
    start: int
    end: int
    char: int
    name: str
    kind: ActorKind
    role: str | None = None
    in_quote: bool = False
    weak: bool = False
    parenthetical: bool = False
    salience: int = 0
    preposition: str | None = None
    #: "male" or "female" when an honorific says so ("Mrs. Clinton"), else None.
    honorific: str | None = None
    #: A relative "who" refers to the name ("Corker, who is retiring"): someone, not something.
    someone: bool = False
    #: The place of a wire dateline ("WASHINGTON (Reuters) -"), where the story was filed.
    dateline: bool = False
    #: The name owns what follows it ("Obama's decision", "the Obama administration").
    owner: bool = False
    #: The name only qualifies the noun after it ("the Edinburgh team").
    modifier: bool = False
    #: The name's own clause calls it "his" or "her" ("Trump launched his campaign").
    gendered: bool = False
    #: The name is the subject of a verb of saying ("Sanders said", "Sanders says his").
    says: bool = False


#: Honorifics that say a gender, before a surname ("Mrs. Clinton", "Mr Bloggs").
_GENDERED_HONORIFICS = {
    "mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female",
    "ms": "female", "ms.": "female", "miss": "female",
}  # fmt: skip
#: The `Mention.salience` of the subject of a main clause or a cited source.
MAIN_CLAUSE_SUBJECT = 2

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Verbs a title-cased heading writes after a name, which the NER takes into it
#: ("Clinton Said That …", "State of Hawaii Tweeted").
_HEADING_VERBS = frozenset(
    {"said", "says", "told", "tells", "tweeted", "tweets", "joked", "added", "wrote", "asked"}
)
#: Generational suffixes that end a name ("Jr.", "III").
_GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
#: Nouns after a hyphen that make a name an adjective ("Obama-era", "Soviet-style").
_ADJECTIVE_SUFFIX_WORDS = frozenset({"era", "style", "class", "type", "age"})
_MAIN_VERB_DEPS = frozenset({"ROOT", "conj", "ccomp"})
#: Last words of a building's or a site's name, which a city after "in" does not belong to.
_SITE_WORDS = (
    FACILITY_WORDS
    | (PLACE_NAME_WORDS - {"republic", "kingdom", "world", "region", "province", "county", "district"})
    | {"embassy", "consulate"}
)
#: Words that open a dateline filed from a ship or a plane ("ABOARD AIR FORCE ONE").
_ON_BOARD = frozenset({"aboard", "onboard"})
#: Officers whose office a place names ("the Cook County Sheriff's Office").
_OFFICE_HOLDERS = frozenset(
    {"sheriff", "attorney", "prosecutor", "coroner", "marshal", "examiner", "clerk", "comptroller", "auditor"}
)
#: Small words that open a clause, never a word of a name (written in lower case).
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "whether", "because"})


def _bracketed(span: Span) -> bool:
    """True for a name alone in round brackets, spaces inside them allowed ("(X )")."""
    doc = span.doc
    before, after = span.start - 1, span.end
    while before >= 0 and doc[before].is_space:
        before -= 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    return before >= 0 and after < len(doc) and doc[before].text == "(" and doc[after].text == ")"


def _given_name_of(span: Span) -> Token | None:
    """For a name given to a noun ("a student named Jo", "a man called Jo"),
    that noun."""
    root = span.root
    if root.dep_ == "oprd" and root.head.dep_ == "acl" and root.head.lemma_ in {"name", "call"}:
        return root.head.head
    return None


def _named_as(span: Span) -> str | None:
    """'a university student named Jo': the role is the noun the name is given to."""
    noun = _given_name_of(span)
    if noun is None or noun.pos_ != "NOUN":
        return None
    start = noun.left_edge.i
    while start < noun.i and noun.doc[start].dep_ in {"det", "poss", "punct"}:
        start += 1
    return noun.doc[start : noun.i + 1].text


def verb_of_a_root_name(verb: Token) -> bool:
    """A sentence's verb the parser hung on its subject, a proper name made the
    root ("[Mr. Bloggs], the Ohio Democrat, [called] the bill …")."""
    return verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.dep_ == "ROOT"


def read_as_an_adverb(token: Token) -> bool:
    """A capitalised word the tagger or the parser took for an adverb, as it does names
    ending like "-ly" ("Skelly", "Kelly"): tagged one, or a proper noun hung as one."""
    return token.pos_ in {"ADV", "PROPN"} and token.is_title


def _surname_as_adverb(root: Token) -> bool:
    """A name's last word the parser hung on the verb after it as an adverb, a verb with
    no subject of its own ("Bill [Skelly], an operative, vouched for …"): the subject
    the parser missed."""
    verb = root.head
    return (
        root.dep_ == "advmod"
        and read_as_an_adverb(root)
        and root.i < verb.i
        and verb.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _salience(span: Span) -> int:
    """2: subject of a main clause or a cited source ("according to X");
    1: subject of any clause; 0: any other mention."""
    root = span.root
    if root.dep_ in {"appos", "compound", "conj"}:
        root = root.head
    elif _given_name_of(span) is not None:
        root = root.head.head  # "a student named Jo said": the subject named
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "to"
        and root.head.i > 0
        and (root.doc[root.head.i - 1].lower_ == "according")
    ):
        return MAIN_CLAUSE_SUBJECT
    if any(verb_of_a_root_name(c) for c in root.children):
        return MAIN_CLAUSE_SUBJECT  # "[Jo Bloggs], the Ohio Democrat, called …"
    if root.dep_ not in _SUBJECT_DEPS and not _surname_as_adverb(root):
        return 0
    verb = root.head.head if root.head.dep_ in {"aux", "auxpass"} else root.head
    return MAIN_CLAUSE_SUBJECT if verb.dep_ in _MAIN_VERB_DEPS else 1


@lru_cache(maxsize=4)
def _office_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    owner = {"ENT_TYPE": {"IN": ["PERSON", "ORG", "GPE", "NORP"]}, "OP": "+"}
    office = {"LOWER": {"IN": sorted(OFFICE_NOUNS)}}
    possessive = {"ORTH": {"IN": _APOSTROPHES}}
    matcher.add("OWNED_OFFICE", [[owner, possessive, office]], greedy="LONGEST")
    matcher.add("NAMED_GOVERNMENT", [[owner, office]], greedy="LONGEST")
    # "the Cook County Sheriff's Office", "the Manhattan district attorney's office": an
    # officer's office named by its place, which the NER rarely tags
    place = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["a", "an", "the"]}, "OP": "+"}
    level = {"LOWER": {"IN": ["district", "county", "state", "city", "u.s.", "federal"]}, "OP": "?"}
    holder = {"LOWER": {"IN": sorted(_OFFICE_HOLDERS)}}
    general = {"LOWER": "general", "OP": "?"}
    bureau = {"LOWER": {"IN": ["office", "department", "bureau"]}}
    matcher.add("PLACED_OFFICE", [[place, level, holder, general, possessive, bureau]], greedy="LONGEST")
    matcher.add(
        "GOVERNMENT_OF",
        [[{"LOWER": "government"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"},
          {"ENT_TYPE": {"IN": ["GPE", "ORG"]}, "OP": "+"}]], greedy="LONGEST",
    )  # fmt: skip
    return matcher


#: The words one of which every pattern of `_office_matcher` needs: without one, a paragraph
#: names no office, and the matcher need not run.
_OFFICE_WORDS = OFFICE_NOUNS | {"office", "department", "bureau"}


def _name_made_adjective(token: Token) -> bool:
    """The word after a hyphen that makes a name an adjective ("-owned", "-based",
    "-led", "-era"), not a syllable of a name ("Kim Jong-un", "Tsai Ing-wen")."""
    return token.is_lower and (token.tag_ == "VBN" or token.lower_ in _ADJECTIVE_SUFFIX_WORDS)


_PHONE_PREFIX = re.compile(r"\+\d+")


def _strip_edges(span: Span) -> Span:
    start, end = span.start, span.end
    for token in span:
        if token.text in {"(", "["} or (token.i > start and token.text in _CLAUSE_OPENERS):
            end = token.i  # "told the Washington Post [that Moore …]": a clause begins, the name ended
            break
        if token.i > start and _PHONE_PREFIX.fullmatch(token.text):
            end = token.i  # "Dublin Newsroom +353 1 …": a wire's contact line, the number no name's
            break
    before = span.doc[start - 1] if start > 0 else None
    inside = before is not None and before.i > 0 and not span.doc[before.i - 1].is_punct
    if before is not None and before.text == "The" and not before.is_sent_start and inside:
        start -= 1  # "at The Daily Planet": the NER left the capitalised article out
    while start + 1 < end and _verb_before_a_name(span.doc[start]) and span.doc[start + 1].pos_ == "PROPN":
        start += 1  # "Are Urban Meyer and Nick Saban …?", "Follow Jo Bloggs on X"
    if start + 1 < end and span.doc[start].is_sent_start and _a_speech_verb_form(span.doc[start].lower_):
        start += 1  # "Replied Stephen, with some delicacy, …": an inverted verb the tagger called a name
    if start + 1 < end and span.doc[start].is_quote and span.doc[start].whitespace_:
        start += 1  # 'them," Kurdistan Workers Party': the NER took in the quote's closing mark
    while start < end and span.doc[start].text in NAME_EDGE_WORDS:
        the = span.doc[start]
        if the.text == "The" and not the.is_sent_start and not span.doc[the.i - 1].is_punct:
            break  # "The Guardian": a capitalised article inside a sentence is part of the name
        start += 1
    doc = span.doc
    if (
        end - start >= 3
        and doc[end - 2].text == "-"
        and not doc[end - 2].whitespace_
        and _name_made_adjective(doc[end - 1])
    ):
        end -= 2  # "Kroger-owned (QFC stores)", "Obama-era": the name, not the adjective made of it
    if end - start >= 2 and doc[end - 1].is_title and doc[end - 1].lower_ in _HEADING_VERBS:
        end -= 1  # "Clinton Said That The Blame …" in a title-cased heading: the name, not its verb
    while end > start and (
        span.doc[end - 1].text in NAME_EDGE_WORDS
        or span.doc[end - 1].is_punct
        or _dangling(span.doc[end - 1])
    ):
        if _owns_nothing(span.doc[end - 1]):
            break  # "Moody's downgraded …": the "'s" is the body's name's own
        end -= 1
    return span.doc[start:end]


def _nationality_before_a_name(span: Span) -> bool:
    """'Belgian Anne Marchal', 'Spaniard Conchita Martinez': a word for the person's
    nation the NER took into their name, followed by a given name and a surname; not
    a body's name ("American Israel Public Affairs Committee", "American Unity Fund")."""
    if len(span) < 3 or not names_a_nationality(span[0].text):
        return False
    rest = span[1:]
    if is_known_place(rest[0].text) or {t.lower_ for t in rest} & (ORG_HEAD_WORDS | ORG_TYPE_WORDS):
        return False
    given = rest[0].text.split("-")[0]
    return rest[0].is_title and is_given_name(given) and any(t.text[:1].isupper() for t in rest[1:])


def _without_a_score(span: Span) -> Span:
    """A person's name without the figures the NER ran on into ("[Kimberly Po] 6-2 6-3")."""
    for token in span[2:]:
        if any(c.isdigit() for c in token.text):
            return span.doc[span.start : token.i]
    return span


def _honoured_name(span: Span) -> bool:
    """An honorific and a name ("Ms Cooke", "Dr. Jo Bloggs"), no body's word in it."""
    if len(span) < 2 or not _an_honorific(span[0]):
        return False
    return all(_name_word(t) for t in span[1:]) and not any(t.lower_ in ORG_HEAD_WORDS for t in span)


def _a_speech_verb_form(word: str) -> bool:
    """'replied', 'added', 'asked', 'said', 'wrote': a past form of a verb of saying."""
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("ed") else set()
    return bool(stems & SPEECH_VERBS) or word in {"said", "told", "wrote", "spoke"}


def _verb_before_a_name(token: Token) -> bool:
    """A capitalised verb the NER took into the name after it ("Are", "Follow",
    "Watch"), not a given name the tagger called a verb ("Will")."""
    if token.i + 1 >= len(token.doc):
        return False
    if token.pos_ == "AUX":
        return token.lemma_ in {"be", "do", "have"}  # "Are", "Did", "Has"; not "Will"
    return token.pos_ == "VERB" and not is_given_name(token.text)


def _owns_nothing(token: Token) -> bool:
    """An organisation's "'s" that possesses nothing: its name is the subject or
    object, not an owner ("Moody's downgraded", "McDonald's said"; not "Acme's chief")."""
    if token.text not in {"'s", "’s"} or token.dep_ != "case" or token.head.ent_type_ != "ORG":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.is_quote:
        return False  # 'Acme's "zero tolerance" policy': it owns the quoted words
    name = token.head
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head  # "Jazz & Heritage Foundation's board": the name's first word owns
    return name.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}


def _dangling(token: Token) -> bool:
    """A lowercase function word the NER left at the end of a name ("Jo Bloggs
    of", "Jo Bloggs as"): no name ends with one."""
    return token.text.islower() and token.pos_ in {"ADP", "CCONJ", "SCONJ", "DET", "PART"}


_EDITED_LETTER = re.compile(r"\[?\w\]")


def _is_name(span: Span) -> bool:
    # letters somewhere, not only whole-word tokens: "Example.com" is a name;
    # an editor's bracketed letter ("[W]e", "[I]t") is not
    return (
        len(span) > 0
        and (span[0].text[:1].isupper() or _opens_with_an_article(span))
        and any(ch.isalpha() for ch in span.text)
        and _EDITED_LETTER.match(span.text) is None
    )


def _opens_with_an_article(span: Span) -> bool:
    """'al-Qaeda', 'al-Shabaab', 'el-Sisi': a name opening with a lowercase Arabic article
    joined by a hyphen to a capitalised word."""
    article, _, rest = span.text.partition("-")
    return article in NAME_ARTICLES and rest[:1].isupper()


def _possessive_owner(span: Span) -> Span | None:
    """The owner in an organisation name "X's Committee on Y": a name of two
    words or more before a possessive, then a body's name of two words or more
    that opens with a body's head word. None for a possessive inside a name
    ("Lloyd's Banking Group", "St Mary's Hospital")."""
    doc = span.doc
    for token in span[2:-2]:
        if token.text not in _APOSTROPHES or token.tag_ != "POS":
            continue
        owner, rest = doc[span.start : token.i], doc[token.i + 1 : span.end]
        if _is_name(owner) and rest[0].lower_ in ORG_HEAD_WORDS and rest[0].is_title:
            return owner
    return None


def _generation_only(words: Span) -> bool:
    """True when the words are only generational suffixes ("Jr.", "III"), or none."""
    return all(t.lower_.rstrip(".") in _GENERATION_SUFFIXES for t in words)


def _a_surname(token: Token, span: Span) -> bool:
    """A capitalised title word of a person's span right after a given name, that
    ends the span or is followed only by a generational suffix: a surname
    ("Martin Luther King Jr."); not "Charlotte Mayor Jennifer Roberts"."""
    doc = token.doc
    last = _generation_only(doc[token.i + 1 : span.end])
    return last and token.i > span.start and token.is_title and is_given_name(doc[token.i - 1].text)


def _split_person(span: Span) -> tuple[Span, str | None]:
    """Cut a title the NER included off a person name: (name, title). A title
    word right after a given name that ends the name is a surname (`_a_surname`),
    and a generational suffix alone is no name."""
    doc = span.doc
    titles = [t.i for t in span if t.lower_ in TITLE_WORDS and not _a_surname(t, span)]
    if not titles or titles[-1] + 1 >= span.end:
        return span, None
    if titles == [span.start] and span.end - span.start == 2 and span[0].lower_ in GIVEN_NAME_TITLES:
        return span, None  # "said Dean Pinkert, a trade lawyer": a given name before one surname
    cut = titles[-1] + 1
    if _generation_only(doc[cut : span.end]):
        return span, None  # "… King III": the whole name
    role_end = cut
    if doc[cut].lower_ in {"of", "for"}:
        # "Secretary of Xxx First Last": the name is the last two words
        cut = max(cut + 2, span.end - 2)
        role_end = cut
    title = doc[span.start : role_end].text
    return doc[cut : span.end], title


def _split_org_person(span: Span) -> tuple[Span, Span] | None:
    """'the Council of X Jane Doe' after 'President of': (organisation, person)."""
    doc = span.doc
    before_start = span.start - 1
    if before_start >= 0 and doc[before_start].lower_ == "the":
        before_start -= 1
    if len(span) < 3 or before_start < 1:
        return None
    if doc[before_start].lower_ not in {"of", "to", "for", "at"}:
        return None
    if doc[before_start - 1].lower_ not in TITLE_WORDS:
        return None
    at = _person_start(span)
    if at is None or at - span.start < 1:
        return None
    first, last = doc[at], doc[span.end - 1]
    before = doc[at - 1]
    if first.lower_ in ORG_HEAD_WORDS or last.lower_ in ORG_HEAD_WORDS | ORG_TYPE_WORDS:
        return None
    # the person's name opens with a given name and is no place ("Youth Forum Zimbabwe")
    hyphenated = doc[first.i + 1].text in {"-", "–"}
    if not (hyphenated or is_given_name(first.text)) or is_known_place(last.text):
        return None
    if is_known_place(f"{before.text} {first.text}"):
        return None  # "the head of the New York Fed": "York" ends a place's name, opens no person's
    if not (
        before.lower_ in ORG_HEAD_WORDS
        or before.lower_ in CORPORATE_WORDS
        or (before.ent_type_ in {"GPE", "ORG"} and before.pos_ == "PROPN")
    ):
        return None
    return doc[span.start : at], doc[at : span.end]


def _leading_person(span: Span) -> tuple[Span, Span] | None:
    """(person, body) of 'Penelope Muse Abernathy of the University of North Carolina'
    tagged as one body: two to four capitalised words that a given name opens and no
    body's head word ends ("Jordan University of Science" is one body), then "of" and
    a body's name."""
    doc = span.doc
    of = next((t.i for t in span if t.lower_ == "of"), None)
    if of is None or not 2 <= of - span.start <= 4:
        return None
    name = doc[span.start : of]
    if not is_given_name(name[0].text) or not all(t.is_title and t.pos_ == "PROPN" for t in name):
        return None
    if {t.lower_ for t in name} & (ORG_HEAD_WORDS | ORG_TYPE_WORDS | PLACE_NAME_WORDS):
        return None
    body = doc[of + 1 : span.end]
    if len(body) > 0 and body[0].lower_ == "the":
        body = body[1:]
    if len(body) == 0 or not {t.lower_ for t in body} & (ORG_HEAD_WORDS | ORG_TYPE_WORDS):
        return None
    return name, body


def _person_start(span: Span) -> int | None:
    """Where the last two name words of the span start, a hyphenated given
    name ("Man-kei") counting as one word; None when they are not name words."""
    doc = span.doc
    end = span.end
    if end - span.start < 2 or not _name_word(doc[end - 1]):
        return None
    k = end - 2
    if (
        k - 2 >= span.start
        and doc[k - 1].text in {"-", "–"}
        and doc[k].is_lower
        and doc[k].is_alpha
        and _name_word(doc[k - 2])
    ):
        return k - 2  # "Man - kei Tam"
    return k if _name_word(doc[k]) else None


def _name_word(token: Token) -> bool:
    """A capitalised proper noun ("Man-kei" and "O'Brien" too, which `is_title` refuses)."""
    text = token.text
    elided = text[1:2] in {"'", "’"} and text[2:3].isupper() and text[3:4].islower()
    return token.pos_ == "PROPN" and text[:1].isupper() and (text[1:2].islower() or elided)


def _names_a_position(token: Token) -> bool:
    """A title or position word: the project's list, nameparser's titles, or an
    "-man"/"-woman" compound ("Assemblywoman", "Councilman")."""
    low = token.lower_
    return (
        is_title_word(token)
        or is_title(low)
        or (len(low) >= 7 and low.endswith(("woman", "man")) and token.ent_type_ != "NORP")
    )


def _trailing_person(span: Span) -> tuple[Span | None, Span, Span] | None:
    """'Assemblywoman Jo Bloggs', 'Ruritania Representative Jo Bloggs' tagged as
    one organisation or place: a position word, then two name words opening
    with a known given name. Returns (the name before the title if any, the
    title, the person)."""
    if len(span) < 3:
        return None
    doc = span.doc
    first, last, before = doc[span.end - 2], doc[span.end - 1], doc[span.end - 3]
    # or an occupation capitalised as a title, opening the sentence or after a rank ("Accountant
    # Jo Bloggs said", "Chief Accountant Jo Bloggs said")
    ranked = before.i > 0 and (
        doc[before.i - 1].lower_ in ROLE_MODIFIERS or _names_a_position(doc[before.i - 1])
    )
    occupation = (
        (before.is_sent_start or ranked) and is_agent_noun(before) and not is_known_place(before.text)
    )
    if not (_name_word(first) and _name_word(last)) or not (_names_a_position(before) or occupation):
        return None
    if {first.lower_, last.lower_} & ORG_HEAD_WORDS or not is_given_name(first.text):
        return None
    start = before.i
    while start > span.start and _names_a_position(doc[start - 1]):
        start -= 1
    while start > span.start and doc[start - 1].lower_ in ROLE_MODIFIERS:
        start -= 1
    owner = doc[span.start : start] if start > span.start else None
    return owner, doc[start : span.end - 2], doc[span.end - 2 : span.end]


def _titled_person(span: Span) -> bool:
    """A two- or three-word name the NER called an organisation or place, right
    after a title ("Ambassador Jane Doe") or listed with people ("Jo Bloggs,
    Sam Smith and Jane Doe")."""
    if not 2 <= len(span) <= 3:
        return False
    if any(
        t.lower_ in ORG_HEAD_WORDS or t.lower_ in PLACE_NAME_WORDS or t.pos_ != "PROPN" or not t.is_title
        for t in span
    ):
        return False  # "County Clare" listed after a mistagged "County Mayo" is no person
    if span[-1].lower_ in ORG_TYPE_WORDS:
        return False  # "Jo Bloggs and Amnesty International": a body listed with a person
    root = span.root
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    return _after_a_title(span)


def _after_a_title(span: Span) -> bool:
    """Right after a capitalised title ("Ambassador [Jane Doe]")."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].is_title and role_before(doc, span.start) is not None


def _appositions(span: Span) -> list[Token]:
    """The words in apposition after the name ("X, a fire service spokesman,")."""
    return [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end]


def _titled_in_apposition(span: Span) -> bool:
    """Described in apposition by a person's position ("X, president of the
    board,"), not by a body's ("X, the agency,") or a membership."""
    return any(_a_position(c) for c in _appositions(span))  # "X, a physiologist at Y,"


def _a_position(noun: Token) -> bool:
    """A noun for a person's position ("spokesman", "physiologist", "president"), not
    for a body ("agency") or a membership."""
    return (
        noun.pos_ == "NOUN"
        and (is_title_word(noun) or is_agent_noun(noun))
        and noun.lower_ not in ORG_DESCRIPTION_WORDS
        and noun.lemma_ != "member"
    )


def _set_off_after_a_position(span: Span) -> bool:
    """A name set off after a person's position: "the director of the film, Michael
    Bay,", "China's ambassador to the United States, Cui Tiankai," (the parser hangs
    it on the position's prepositional object as often as on the position)."""
    if span.root.dep_ != "appos":
        return False
    described = span.root.head
    if described.dep_ == "pobj" and described.head.dep_ == "prep":
        described = described.head.head
    return _a_position(described)


def _person_in_apposition(span: Span) -> bool:
    """A subject of proper nouns described by a person's position in
    apposition ("X, a fire service spokesman, said"), not by a body ("X, the
    agency,"); subjects only, where a list is not read as an apposition."""
    if any(t.lower_ in ORG_HEAD_WORDS or t.pos_ != "PROPN" for t in span):
        return False
    if len(span) > 1 and span[-1].lower_ in ORG_TYPE_WORDS and not is_given_name(span[0].text):
        return False  # "Southwest Airlines, the largest operator of the jet,": a body's name
    # "X, a member of the alliance": a country as often as a person; anywhere
    # when a given name opens two words or more ("says Jo Bloggs, a physiologist at Y")
    named = len(span) >= 2 and is_given_name(span[0].text)
    if (named or span.root.dep_ in _SUBJECT_DEPS) and _titled_in_apposition(span):
        return True
    # "China's ambassador to the United States, Cui Tiankai," tagged a place: no place the
    # gazetteer knows is set off after a person's position (a body may be: "Jo Bloggs,
    # chief economist, Acme Economics")
    placed = span.root.ent_type_ in {"GPE", "LOC"}
    unknown = not any(is_known_place(t.text) for t in span)  # not "his tax preparer, Mazars USA,"
    return placed and unknown and _set_off_after_a_position(span) and not is_known_place(span.text)


def _a_titled_person(span: Span) -> bool:
    """A given name and a surname that is also a body's word ("Laurence Tribe"), with a
    person's title before it ("law professor Laurence Tribe") or set off after one."""
    if not looks_like_person(span):
        return False
    return role_before(span.doc, span.start) is not None or _set_off_after_a_position(span)


def _person_set_beside_a_position(span: Span) -> bool:
    """A given name, and a surname that may be a body's word, with a person's position
    set off after it ("Laurence H. Tribe, professor of law,", tagged a body)."""
    return looks_like_person(span) and _titled_in_apposition(span)


def _surname_like_a_place(span: Span) -> bool:
    """A person the NER found whose surname is a place word ("Lena Park", "Nathan
    Lane", "Mary Lake, 52,"): a given name first, and acting as a person in the
    sentence (the subject of a verb, described in apposition or after a title),
    not "the Albert Bridge" or "marched to Victoria Park"."""
    doc = span.doc
    if span[0].lower_ in PLACE_NAME_WORDS or not looks_like_person(span):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    if _set_off_after_a_position(span):
        return True  # "the director of the film, Michael Bay,"
    return span.root.dep_ in _SUBJECT_DEPS or bool(_appositions(span)) or _after_a_title(span)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initialled(span: Span) -> bool:
    """A name of initials and one or two capitalised words ("J.C. Bloggs",
    "W.E.B. Du Bois") the NER called an organisation: a person's way of
    writing a name, unless the initials are a place's ("U.S. Steel")."""
    if not 2 <= len(span) <= 3 or not _INITIALS.fullmatch(span[0].text):
        return False
    return not is_known_place(span[0].text) and all(_name_word(t) and t.is_alpha for t in span[1:])


def _an_honorific(token: Token) -> bool:
    """'Mr', 'Ms.', 'Dr', 'Sir': an honorific, with or without its period."""
    return token.lower_.rstrip(".") in HONORIFICS


def _a_title_word(token: Token) -> bool:
    """A title's word or an honorific ("Gov.", "Mayor", "Dr", "Ms.")."""
    return is_title_word(token) or _an_honorific(token)


def _with_first_names(span: Span) -> Span:
    """Extend a person name left over given names the NER left out
    ("cosmonaut Alexei [Leonov]")."""
    doc = span.doc
    start = span.start
    if len(span) > 1:
        return span  # the NER already has a given name ("Senate Minority Whip [Jo Bloggs]")
    while start > 0:
        token = doc[start - 1]
        attached = token.dep_ == "compound" and span.start <= token.head.i < span.end
        if not (attached and token.pos_ == "PROPN" and token.is_title and not token.ent_type_):
            break
        if _a_title_word(token):
            break
        if token.lower_ in ROLE_MODIFIERS or (token.is_sent_start and not is_given_name(token.text)):
            break
        start -= 1
    return doc[start : span.end]


def _with_particle_surname(span: Span) -> Span:
    """Extend a person name right over a family name the NER left out that opens with a
    lowercase article and a hyphen ("Prime Minister [Abdul-Karim] al-Kabariti says")."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc):
        return span
    article, hyphen, name = doc[end], doc[end + 1], doc[end + 2]
    joined = not article.whitespace_ and not hyphen.whitespace_ and hyphen.text == "-"
    if joined and article.text in NAME_ARTICLES and _name_word(name) and not name.ent_type_:
        return doc[span.start : end + 3]
    return span


def _titles_a_person(token: Token) -> bool:
    """True when the token is part of the title of a person named right after
    it, through compounds ("Minority" and "Whip" in "Senate Minority Whip Jo
    Bloggs"); not the owner of a title ("Observer" in "Daily Observer editor Jo
    Bloggs")."""
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        if is_title_word(head.head):
            return False
        head = head.head
        if head.ent_type_ == "PERSON":
            return all(t.pos_ == "PROPN" and not is_title_word(t) for t in token.doc[token.i : head.i])
    return False


#: Nouns for a part of a body, which a description of another body opens with ("a unit
#: of Acme Group").
_PART_WORDS = frozenset({"unit", "arm", "division", "branch", "affiliate", "wing", "part"})
_COMMON_POS = frozenset({"NOUN", "VERB", "ADV", "ADP", "ADJ", "PRON", "DET", "AUX"})


def _names_inhabitants(name: str) -> bool:
    """'Londoner', 'Hong Kongers', 'New Yorkers': a known place's name with
    the ending that makes it its inhabitants."""
    for ending in ("ers", "er"):
        if name.endswith(ending) and len(name) > len(ending) + 2:
            stem = name[: -len(ending)]
            if is_known_place(stem):
                return True
    return False


def _only_title_words(span: Span) -> bool:
    """'Detective Inspector', 'National Security Advisor': a title, no body
    (not "Metropolitan Police", "Metropolitan" being a bishop's title too)."""
    if span[-1].lower_ in ORG_HEAD_WORDS:
        return False
    return any(is_title_word(t) for t in span) and all(
        is_title_word(t) or t.lower_ in ROLE_MODIFIERS for t in span
    )


def _holder_after_a_titles_body(span: Span) -> Span | None:
    """'Speaker of the [House Jo Bloggs]', 'President of the [Republic Jo Bloggs]': the NER
    ran the body of a title into the name of the one who holds it; that name, when the
    rest of the span is capitalised words with no body's or place's name among them."""
    doc = span.doc
    i = span.start - 1
    if len(span) < 3 or i < 2 or doc[i].lower_ != "the" or doc[i - 1].lower_ != "of":
        return None
    if not is_title_word(doc[i - 2]) or span[0].lower_ not in ORG_HEAD_WORDS | _STATE_WORDS:
        return None
    holder = span[1:]
    words = {t.lower_ for t in holder}
    if not all(_name_word(t) for t in holder) or words & (ORG_HEAD_WORDS | ORG_TYPE_WORDS | _STATE_WORDS):
        return None
    return None if is_known_place(holder.text) else holder


#: A state's words that head a title's remit ("President of the Republic").
_STATE_WORDS = frozenset({"republic", "nation", "state", "federation", "kingdom"})


def _names_a_portfolio(span: Span) -> bool:
    """'Transportation' in "Secretary of Transportation": the portfolio of a
    minister's or secretary's title, not a body of its own (an acronym, a
    place or a name with a body's head word still is one)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in PORTFOLIO_TITLES:
        return False
    words = {t.lower_ for t in span}
    return not (words & ORG_HEAD_WORDS or acronym(span.text) or is_known_place(span.text))


def _modifies_a_title(token: Token) -> bool:
    """'Minority' in "the Senate Minority Leader": a word of a formal title
    (a capitalised title word heads it), not of the body's name."""
    head = token.head
    return token.dep_ == "compound" and head.i > token.i and is_title_word(head) and head.is_title


def _continues_name(token: Token, names_an_office: bool = False) -> bool:
    """True when the token goes on with the organisation name before it;
    `names_an_office` for a name with "of" ("Office of the [X High]
    Commissioner"), where a title inside is the office's own."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ in {"", "ORG"}
        and not token.is_sent_start
        and (not is_title_word(token) or (names_an_office and _title_with_its_remit(token)))
        and not _titles_a_person(token)
        and (names_an_office or not _modifies_a_title(token))
    )


def _title_with_its_remit(token: Token) -> bool:
    """A title followed by what it is for ("High Commissioner [for Human Rights]",
    "Commissioner [of Police]"): inside an office's name, the office's own title, not
    a person's ("House of Commons Speaker Jo Bloggs": no remit)."""
    doc = token.doc
    k = token.i + 1
    return k + 1 < len(doc) and doc[k].lower_ in {"for", "of", "on"} and doc[k + 1].is_title


def _names_members(token: Token) -> bool:
    """A capitalised plural title after a body's "of" names its members, part of
    the name ("House of Representatives", "Council of Ministers"); a title in the
    singular there is a person's ("Office of the [High Commissioner]")."""
    return (
        token.is_title and token.tag_ in {"NNPS", "NNS"} and is_title_word(token) and not token.is_sent_start
    )


def _extend_organisation(span: Span) -> Span:
    """Extend an organisation name the NER cut short: "Harvard[–Smithsonian
    Center for Astrophysics]", "Office of the UN [High Commissioner for ...]"."""
    doc = span.doc
    end = span.end
    if end - span.start > 2 and doc[end - 1].lower_ == "of" and end < len(doc):
        end -= 1  # "[the Supreme Court of] Ruritania": the model's name ends on the "of"
    of_place = end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end - 1].lower_ in ORG_HEAD_WORDS
    if of_place:  # "the Supreme Court [of Ruritania]": the country is part of the name
        k = end + 1
        if doc[k].lower_ == "the" and doc[k].ent_iob_ != "B" and k + 1 < len(doc):
            k += 1
        if doc[k].ent_type_ == "GPE" and doc[k].ent_iob_ == "B":
            end = k + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
    while end < len(doc):
        if _continues_name(doc[end], any(t.lower_ == "of" for t in doc[span.start : end])):
            end += 1
        elif doc[end].text in NAME_JOINERS or doc[end].lower_ in ORG_NAME_JOINERS:
            # "School of Marine [and Atmospheric Science]", "League [for the Defence of ...]"
            k = end + 1
            if k < len(doc) and doc[k].lower_ == "the" and doc[end].lower_ != "and":
                k += 1
            members = doc[end].lower_ == "of" and k < len(doc) and _names_members(doc[k])
            if k < len(doc) and (_continues_name(doc[k]) or members) and doc[k].ent_iob_ != "B":
                end = k + 1
            else:
                further = name_end_after_joiner(doc, span.start, end)
                if further is None:
                    break
                end = further
        elif (
            doc[end].text == ","
            # a name already ended by a body's head word is whole: "[Universal Music Group], and
            # The Carlyle Group" is a list, "Educational, Scientific and Cultural Organization" not
            and doc[end - 1].lower_ not in ORG_HEAD_WORDS | ORG_TYPE_WORDS
            and (further := name_end_after_joiner(doc, span.start, end)) is not None
        ):
            end = further
        else:
            break
    return doc[span.start : end]


def _joined_places(name: str) -> bool:
    """'Minneapolis-Saint Paul': two known places joined by a hyphen, the
    name of the area or the twin cities they make; not two countries
    ("Ruritania-Freedonia talks" names a relation)."""
    parts = [p.strip() for p in name.split("-")]
    if len(parts) < 2 or not all(p and is_known_place(p) for p in parts):
        return False
    return not all(country_code(p) for p in parts)


def _class_noun_before_of(span: Span) -> bool:
    """True for a place name that ends in a lowercase place noun that
    introduces another place or qualifies a noun after the name ("[Pacific
    island] of X", "[Pacific island] nations"): the noun is no part of the
    name. A place noun that heads the name stays ("the Ural region")."""
    doc, last = span.doc, span[-1]
    if len(span) < 2 or not last.is_lower or last.lower_ not in PLACE_CLASS_NOUNS:
        return False
    of = span.end < len(doc) and doc[span.end].lower_ == "of"
    return of or (last.dep_ == "compound" and last.head.i >= span.end)


def _repair_kind(span: Span, kind: ActorKind) -> tuple[ActorKind, bool]:
    """The kind after checking the words of the name; and whether the name is
    a generic word ("the Court") that only counts as a short name."""
    if placed_by_context(span):
        return ActorKind.PLACE, False
    last = span[-1].lower_.replace(".", "")  # "Acme & Co.", "Acme Corp.", "Acme S.A."
    if kind is ActorKind.PLACE and len(span) > 1 and (last in BODY_ONLY_HEAD_WORDS or last in ORG_TYPE_WORDS):
        return ActorKind.ORGANIZATION, False  # "the United States Coast Guard" tagged as a place
    titled = len(span) > 1 and span[0].text == "The" and not span[0].is_sent_start
    if kind is ActorKind.PLACE and titled and not is_known_place(span[1:].text):
        return ActorKind.ORGANIZATION, False  # "told The Atlantic": a publication's title
    words = {t.lower_ for t in span}
    # a country, region or city by the gazetteer; a "person" only when a country
    # (city names are also surnames: "Jo Lincoln")
    known = kind is ActorKind.ORGANIZATION and not words & ORG_HEAD_WORDS and is_known_place(span.text)
    known = known or (kind is not ActorKind.PLACE and _joined_places(span.text))
    if known or (kind is ActorKind.PERSON and country_code(span.text) is not None):
        return ActorKind.PLACE, False
    if kind is ActorKind.PERSON and _town_not_a_name(span):
        return ActorKind.PLACE, False
    if kind is not ActorKind.PERSON and (_titled_person(span) or _person_in_apposition(span)):
        return ActorKind.PERSON, False
    if kind is not ActorKind.PERSON and _honoured_name(span):
        return ActorKind.PERSON, False  # "Ms Cooke said" tagged a body: a person, by her honorific
    # a place word heads the name or opens it ("Tower Bridge", "County Clare"),
    # not one inside another body's name ("the Watch Tower Society")
    edges = {span[0].lower_, span[-1].lower_}
    place_word = edges & PLACE_NAME_WORDS and not words & ORG_HEAD_WORDS - PLACE_NAME_WORDS
    if place_word and not (kind is ActorKind.PERSON and _surname_like_a_place(span)):
        return ActorKind.PLACE, False
    if _a_person_tagged_a_building(span, kind):
        return ActorKind.PERSON, False  # "firing Leandra English"
    body_words = words & (ORG_HEAD_WORDS | ORG_TYPE_WORDS)
    # "General Motors", "General Dynamics": a firm, no general (though "General" is a given name too)
    titled_plural = len(span) > 1 and span[-1].tag_ == "NNPS" and span[0].lower_ in FIRM_OPENING_TITLES
    # "General Electric" tagged a body: "General" is a given name to gender-guesser and a
    # title to nameparser, but a firm's first word far more often than either
    firm_title = (
        len(span) == 2
        and span[0].lower_ in FIRM_OPENING_TITLES
        and kind is ActorKind.ORGANIZATION
        and not is_given_name(span[1].text)  # "General Grant" is the general
    )
    named = looks_like_person(span) and not titled_plural and not firm_title
    if kind is ActorKind.ORGANIZATION and not body_words and (named or _initialled(span)):
        return ActorKind.PERSON, False
    body_name = words & ORG_HEAD_WORDS or (len(span) > 1 and last in ORG_TYPE_WORDS)
    # "law professor Laurence Tribe", "Laurence H. Tribe, professor of law,": a body's word
    # as a titled person's surname
    positioned = bool(body_words) and body_words <= {last} and _person_set_beside_a_position(span)
    surname = positioned or (len(span) == 2 and last in ORG_TYPE_WORDS and _a_titled_person(span))
    if kind is ActorKind.ORGANIZATION and positioned:
        return ActorKind.PERSON, False
    if kind is ActorKind.PERSON and body_name and not surname:
        return ActorKind.ORGANIZATION, False
    if kind is ActorKind.PERSON and _names_a_team(span):
        return ActorKind.ORGANIZATION, False  # "Miami Dolphins", "the Rams": a team, no one person
    if kind is ActorKind.PERSON and titled_plural:
        return ActorKind.ORGANIZATION, False
    if kind is not ActorKind.PERSON and len(span) == 1 and span[0].lower_ in GENERIC_ORG_WORDS:
        return ActorKind.ORGANIZATION, True
    if kind is ActorKind.PLACE and len(span) == 1 and _listed_with_bodies(span[0]):
        return ActorKind.ORGANIZATION, False  # "shows from Netflix, Hulu and Disney": brands in a list
    if kind is ActorKind.PLACE and len(span) == 1 and _unknown_place_word(span[0]):
        return ActorKind.ORGANIZATION, False  # "Spotify", "Etlaq": the gazetteer knows no such place
    if kind is ActorKind.PERSON and len(span) == 1 and _a_brand(span[0]):
        return ActorKind.ORGANIZATION, False  # "SpaceX said", "YouTube removed it": a firm's name
    return kind, False


def _a_person_tagged_a_building(span: Span, kind: ActorKind) -> bool:
    """A person's name the NER tagged a building ("firing Leandra English", "at Barack
    Obama's inauguration"): a given name and a surname, no building's word last."""
    if kind is not ActorKind.PLACE or span.root.ent_type_ != "FAC" or len(span) != 2:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False  # "the Roosevelt Room", "the Royal Free": a building's name takes "the"
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS:
        return False  # "a camp at Ain Issa": somewhere
    return looks_like_person(span) and span[-1].lower_ not in FACILITY_WORDS


def _a_brand(token: Token) -> bool:
    """One word written as brands are, a capital after a small letter ("SpaceX",
    "PayPal"), that is no surname's way of writing ("McConnell", "DeSantis", "LeBron")."""
    text = token.text
    if not token.is_alpha or token.is_upper or not _inner_capitals(text):
        return False
    return not _SURNAME_PREFIX.match(text) and not is_given_name(text)


def _town_not_a_name(span: Span) -> bool:
    """A town of two words or more that no given name opens ("the Argus Leader of
    Sioux Falls" tagged as a person; not "Jo Lincoln"), and no title before it."""
    if len(span) < 2 or is_given_name(span[0].text) or not is_known_place(span.text):
        return False
    return span.start == 0 or not _a_title_word(span.doc[span.start - 1])


def _names_a_team(span: Span) -> bool:
    """A plural name after its town ("Miami Dolphins") or after "the" ("the
    Rams"): a team or a band, not a person (not "Leslie Meyers", a surname
    the tagger took for a plural)."""
    last = span[-1]
    if last.tag_ != "NNPS" or not last.lower_.endswith("s"):
        return False
    if len(span) == 1:
        return span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    return is_known_place(span[:-1].text) and not is_given_name(span[0].text)


def _unknown_place_word(token: Token) -> bool:
    """A one-word "place" written as a brand is, capitals inside ("WhatsApp",
    "AirAsia"), that no gazetteer knows."""
    text = token.text
    if not text[:1].isupper() or not token.is_alpha or token.is_upper:
        return False
    return _inner_capitals(text) and _no_place_known(text)


def _listed_with_bodies(token: Token) -> bool:
    """A one-word "place" no gazetteer knows, listed with two names or more tagged as
    organisations and with no known place ("from Netflix, Hulu, Disney and Amazon")."""
    text = token.text
    if not text[:1].isupper() or not _no_place_known(text):
        return False
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    members = [head, *(t for t in head.subtree if t.dep_ == "conj")]
    others = [t for t in members if t.i != token.i and t.pos_ == "PROPN"]
    bodies = {t.ent_type_ == "ORG" and t.i for t in others} - {False}
    return len(bodies) >= 2 and not any(
        t.ent_type_ in {"GPE", "LOC"} and is_known_place(t.text) for t in others
    )


def _no_place_known(word: str) -> bool:
    """No gazetteer knows the word as a place, nor as a country's own word ("French")."""
    return not is_known_place(word) and country_of_word(word) is None


#: How surnames and given names put a capital inside: "McCain", "MacArthur", "DeSantis",
#: "DiCaprio", "LaGuardia", "LeBron", "VanderMeer", "FitzGerald".
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Vander|Fitz|St)[A-Z]")


def _inner_capitals(text: str) -> bool:
    """Written as brands are, a capital after a small letter ("WhatsApp", "AirAsia")."""
    return any(a.islower() and b.isupper() for a, b in pairwise(text))


def _mention(
    parsed: ParsedArticle,
    para: int,
    span: Span,
    kind: ActorKind,
    *,
    name: str | None = None,
    role: str | None = None,
    weak: bool = False,
    parenthetical: bool = False,
    dateline: bool = False,
) -> Mention:
    char = parsed.offset(para, span[0])
    name = (name or span.text).replace("’", "'")
    if "]" in name or "[" in name:  # "[Jo Bl]oggs", "[Jo al] Bloggs": the editor's words are the name's
        name = " ".join(name.replace("[", "").replace("]", "").split())
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return Mention(
        para, span.start, span.end, char, name, kind, role=role,
        in_quote=parsed.quote_at(char) is not None,
        salience=_salience(span), weak=weak, parenthetical=parenthetical,
        preposition=span.root.head.lower_ if span.root.dep_ == "pobj" else None,
        honorific=_GENDERED_HONORIFICS.get(before), dateline=dateline, someone=_described_by_who(span),
        gendered=_acts_on_his_own(span),
        owner=_owns_what_follows(span),
        modifier=span.root.dep_ == "compound" and span.root.head.i >= span.end,
        says=_says(span),
    )  # fmt: skip


def _says(span: Span) -> bool:
    """The name is the subject of a verb of saying, its words not about an "it" ("Sanders
    says his …"; not "Acme said it would …", which makes it a thing)."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    return not any(
        t.lower_ in {"it", "its"} and t.dep_ in {"nsubj", "nsubjpass", "poss"}
        for t in verb.subtree
        if t.i >= span.end
    )


def _owns_what_follows(span: Span) -> bool:
    """The name owns the noun after it: a possessive ("Obama's decision") or the office
    it qualifies ("the Obama administration")."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.tag_ == "POS" or (after.lower_ in OFFICE_NOUNS and span.root.head.i == after.i)


def _described_by_who(span: Span) -> bool:
    """A name a relative "who" or "whom" describes ("Trump, who must decide",
    "Kilimnik, who is close to Manafort"): someone's, whatever the NER said. Not
    an acronym, a name after an article ("a Congress who has worked") or a team
    named as a plural ("Arsenal, who are top")."""
    if span.text.isupper() or (span.start > 0 and span.doc[span.start - 1].lower_ in {"a", "an", "the"}):
        return False
    for clause in span.root.children:
        if clause.dep_ != "relcl" or clause.i < span.end:
            continue
        relative = [c for c in clause.children if c.lower_ in {"who", "whom"} and c.i < clause.i]
        verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
        if relative and not any(v.tag_ == "VBP" for v in verbs):
            return True
    return False


#: Possessive and reflexive pronouns that say a man or a woman.
_GENDERED_OWN = frozenset({"his", "her", "himself", "herself"})
#: How what a subject acts on hangs on its verb: an object, or a preposition's (not a
#: copula's complement: "Clarkston became his home" is someone else's).
_ACTED_ON = frozenset({"dobj", "prep", "dative"})
#: Clauses below a verb that may speak of someone else ("the Kremlin said his visit …").
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "csubj", "parataxis"})


def _acts_on_his_own(span: Span) -> bool:
    """A name, the subject of a verb whose own object is its "his" or "her" ("Trump
    launched his campaign", "Bloggs did her best", not "Clarkston became his home"), with
    no other person named earlier in the sentence: someone's, whatever the NER said. Not
    a pronoun in a clause below the verb, which may be another's ("the Kremlin said his
    visit …")."""
    root = span.root
    if root.dep_ != "nsubj" or span.text.isupper():
        return False
    verb = root.head
    for token in verb.subtree:
        if token.i < span.end or token.lower_ not in _GENDERED_OWN:
            continue
        if token.lower_ == "her" and token.dep_ != "poss":
            continue  # "Acme hired her": whom, not whose
        path, node = [], token
        while node.i != verb.i and node.head.i != node.i:
            path.append(node.dep_)
            node = node.head
        # "As for Mr. Bloomberg, Forbes put his net worth at …": "his" may be anyone's named before
        earlier = span.doc[span[0].sent.start : token.i]
        if (
            node.i == verb.i
            and path[-1] in _ACTED_ON  # "launched his campaign", "lied about his past"; not "became his home"
            and not set(path) & _OTHER_CLAUSES
            and not any(t.ent_type_ == "PERSON" and not span.start <= t.i < span.end for t in earlier)
        ):
            return True
    return False


def _dateline_places(doc: Doc) -> list[Span]:
    """The places of a wire dateline opening the paragraph ("INDIANAPOLIS (AP) —",
    "LA CROSSE, Wis. (AP) —", "WASHINGTON/HAVANA (Reuters) -"): its capitalised
    words before the first comma or bracket, one name for each town a slash sets
    apart."""
    if not opens_with_dateline(doc.text) or _filed_aboard(doc):
        return []
    places: list[Span] = []
    start = end = 0
    while end < len(doc) and _in_capitals(doc[end]):
        end += 1
        if end < len(doc) - 1 and doc[end].text == "." and doc[end + 1].is_upper and doc[end + 1].is_alpha:
            end += 1  # "ST. LOUIS": an abbreviation's stop inside the name
        if end < len(doc) - 1 and doc[end].text == "/" and not doc[end - 1].whitespace_:
            places.append(doc[start:end])  # "WASHINGTON/HAVANA": two towns
            start = end = end + 1
    if end == 0:  # written as the town's name is ("Indianapolis –", "Winston-Salem –")
        while end < len(doc) and (
            (doc[end].is_alpha and doc[end].is_title)
            or (
                doc[end].text == "-" and end > 0 and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            )
        ):
            end += 1
    if end > start:
        places.append(doc[start:end])
    dash = _dateline_end(doc)
    for slash in (t.i for t in doc[end:dash] if t.text == "/" and places):
        town = slash + 1  # "AUSTIN, Texas/WASHINGTON (Reuters) -": a town after the state
        while town < dash and _in_capitals(doc[town]):
            town += 1
        if town > slash + 1:
            places.append(doc[slash + 1 : town])
    return places


def _inline_bylines(doc: Doc) -> list[Span]:
    """The names of a byline run into the dateline after it ("(Refiles …) By Jo Bloggs and
    Sam Smith WASHINGTON (Reuters) -"): "By" opening the paragraph or after a bracket,
    capitalised names and "and", then a town in capitals; and the agency in brackets after
    the town. Neither is an actor of the story (the town is)."""
    found: list[Span] = []
    for by in doc:
        if by.text != "By" or (by.i > 0 and doc[by.i - 1].text != ")"):
            continue
        end = by.i + 1
        while end < len(doc) and (doc[end].lower_ == "and" or (doc[end].is_title and not doc[end].is_upper)):
            end += 1
        town = end
        while town < len(doc) and doc[town].is_upper and doc[town].is_alpha:
            town += 1
        if end > by.i + 1 and town > end and town < len(doc) and doc[town].text == "(":
            closing = next((t.i for t in doc[town:] if t.text == ")"), town)
            found.extend((doc[by.i + 1 : end], doc[town : closing + 1]))  # the names, the agency
    return found


def _filed_aboard(doc: Doc) -> int:
    """The end of a dateline filed from a ship or a plane ("ABOARD AIR FORCE ONE (Reuters)
    -"), which names no place and no actor; 0 for any other paragraph."""
    if not len(doc) or doc[0].lower_ not in _ON_BOARD or not opens_with_dateline(doc.text):
        return 0
    return _dateline_end(doc)


def _in_capitals(token: Token) -> bool:
    """A word of a dateline town written in capitals ("WASHINGTON")."""
    return token.is_alpha and token.is_upper and len(token) > 1


def _as_a_name(text: str) -> str:
    """'NEW YORK' -> "New York", 'WINSTON-SALEM' -> "Winston-Salem": a dateline
    town (or a person's name) in capitals written as names are written elsewhere."""
    return re.sub(r"[^\W\d_]+", lambda word: word[0].capitalize(), text) if text.isupper() else text


def _dateline_end(doc: Doc) -> int:
    """The dash that ends the dateline opening the paragraph."""
    return next((t.i for t in doc if t.text in DASHES and t.i > 0 and doc[t.i - 1].whitespace_), 0)


#: Labels of no actor under which the small model now and then reads a country's name.
_MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})


def _paragraph_mentions(
    parsed: ParsedArticle, para: int, doc: Doc, acronyms: frozenset[str] = frozenset()
) -> list[Mention]:
    """The mentions the NER tagged in paragraph `para` (and those of its fixed patterns),
    their names mended; `acronyms`, the article's (`written_acronyms`)."""
    found: list[Mention] = []
    towns = _dateline_places(doc) if para < DATELINE_PARAGRAPHS else []
    for town in towns:  # a place, whatever the NER made of its capitals, named as a town is
        found.append(_mention(parsed, para, town, ActorKind.PLACE, name=_as_a_name(town.text), dateline=True))
    dash = _dateline_end(doc) if towns else 0
    bylines = _inline_bylines(doc) if para < DATELINE_PARAGRAPHS else []
    aboard = _filed_aboard(doc) if para < DATELINE_PARAGRAPHS else 0
    offices: list[Span] = []
    media = [doc[t.i : t.i + 1] for t in doc if is_medium(t)]
    for span in media:
        found.append(_mention(parsed, para, span, ActorKind.ORGANIZATION))
    matches = _office_matcher(doc.vocab)(doc, as_spans=True) if has_word(doc, _OFFICE_WORDS) else []
    for match in filter_spans(matches):
        span = _strip_edges(match)
        if match.label_ == "GOVERNMENT_OF":
            name = span.text[:1].upper() + span.text[1:]
            found.append(_mention(parsed, para, span, ActorKind.ORGANIZATION, name=name))
        else:
            found.append(_mention(parsed, para, span, ActorKind.ORGANIZATION))
        offices.append(span)
    covered = 0  # end of the last organisation name extended past its entity
    for ent in _joined_people(doc):
        kind = KIND_BY_LABEL.get(ent.label_)
        if kind is None and ent.label_ == "NORP" and is_known_place(ent.text.removeprefix("the ")):
            kind = ActorKind.PLACE  # "the Montreal team": a city's name, not a people's
        if kind is None and ent.label_ in {"WORK_OF_ART", "PRODUCT"} and looks_like_person(_strip_edges(ent)):
            kind = ActorKind.PERSON  # "support for Jo Bloggs" read as a title: a person's name
        if kind is None and ent.label_ in _MISREAD_LABELS and country_code(ent.text) is not None:
            kind = ActorKind.PLACE  # "back to Cyprus" read as a product: a country's name
        if any(ent.start < town.end and town.start < ent.end for town in towns):
            continue  # the dateline's place, taken above
        if towns and ent.end <= dash and _bracketed(ent):
            continue  # "LONDON (Reuters) -": the agency the dateline credits, no actor of the story
        if ent.start < aboard:
            continue  # "ABOARD AIR FORCE ONE (Reuters) -": where it was filed from, no actor
        if any(b.start <= ent.start < b.end for b in bylines):
            continue  # "By Jo Bloggs and Sam Smith WASHINGTON (Reuters) -": who wrote it, no actor
        if (
            kind is None
            or ent.start < covered
            or any(m.start >= ent.start and m.end <= ent.end for m in media)
        ):
            continue
        extend = kind is ActorKind.ORGANIZATION and ent.kb_id_ != _LISTED
        if extend:
            ent = _extend_organisation(ent)
            ent = doc[ent.start : name_end_spelled_out(doc, ent.start, ent.end, acronyms)]
        span = _strip_edges(ent)
        if _nationality_before_a_name(span):  # "Belgian [Anne Marchal]": the person alone
            span, kind = _without_a_score(span[1:]), ActorKind.PERSON
        covered = max(covered, span.end)
        placed = _placed_site(span) if kind is not ActorKind.PERSON else None
        if placed is not None:  # "Fishmongers' Hall in London": the building, then its city
            span, town = placed
            found.append(_mention(parsed, para, town, ActorKind.PLACE))
        owner = _possessive_owner(span) if kind is ActorKind.ORGANIZATION else None
        if owner is not None:  # "the House of Representatives' Committee on X": two bodies
            found.append(_mention(parsed, para, owner, _repair_kind(owner, kind)[0]))
            span = span.doc[owner.end + 1 : span.end]
        if kind is not ActorKind.PERSON and _portfolio_at_the_end(span):
            span = span[:-1]  # "EU Farm [Commissioner]": the body; "Farm" is the title's remit
        held = _holder_after_a_titles_body(span) if kind is not ActorKind.PERSON else None
        if held is not None:  # "Speaker of the [House Jo Bloggs]": the title's holder
            found.append(
                _mention(parsed, para, held, ActorKind.PERSON, role=person_role(doc, held.start, held.end))
            )
            continue
        if not _is_name(span) or names_a_thing(span, kind):
            continue
        if span.start > 0 and doc[span.start - 1].lemma_.lower() == "degree":
            continue  # "3.6 degrees Fahrenheit": a scale, no actor
        if all(t.lower_ in ROLE_MODIFIERS for t in span) and _modifies_a_title(span.root):
            continue  # "Interior" of "Interior Minister Jo Bloggs": a portfolio, not a body
        # the owner of "X's office" tagged as an organisation is usually a mis-tagged person
        weak = any(o.start <= span.start and span.end <= o.end for o in offices) and (
            kind is ActorKind.ORGANIZATION
        )
        led = _leading_person(span) if kind is ActorKind.ORGANIZATION else None
        if led is not None:  # "Jo Bloggs of the University of X" tagged as one body
            person, body = led
            role = person_role(doc, person.start, person.end)
            found.append(_mention(parsed, para, person, ActorKind.PERSON, role=role))
            found.append(_mention(parsed, para, body, ActorKind.ORGANIZATION))
            continue
        if kind is ActorKind.ORGANIZATION or kind is ActorKind.PLACE:
            titled = _trailing_person(span)
            if titled is not None:
                owner, title, person = titled
                title_role = role_before(doc, person.start, person.end, trusted=span.start) or title.text
                if owner is not None and _is_name(owner):
                    found.append(_mention(parsed, para, owner, _repair_kind(owner, kind)[0]))
                found.append(_mention(parsed, para, person, ActorKind.PERSON, role=title_role))
                continue
            split = _split_org_person(span)
            if split is not None:
                org, person = split
                role = role_before(doc, person.start)
                found.append(_mention(parsed, para, org, kind))
                found.append(_mention(parsed, para, person, ActorKind.PERSON, role=role))
                continue
        lone = len(span) == 1 and kind is not ActorKind.PERSON
        if lone and span[0].is_sent_start and span[0].pos_ in _COMMON_POS:
            continue  # "Households were told ...": a common word capitalised at the sentence start
        honoured = span.start > 0 and _an_honorific(doc[span.start - 1])  # "Lord Falconer", "Mr Baker"
        press = _a_publications_name(span)
        if not (honoured or press) and (
            _names_inhabitants(span.text) or names_a_national(span.text) or names_a_nations_people(span.text)
        ):
            continue  # "Londoners", "Hong Konger", "the Dutchman": people of a place, no actor
        if kind is not ActorKind.PERSON and (_only_title_words(span) or _names_a_portfolio(span)):
            continue  # "Detective Inspector", "Secretary of [Transportation]": a title's words
        kind, generic = (ActorKind.ORGANIZATION, False) if press else _repair_kind(span, kind)
        if kind is ActorKind.PLACE and _class_noun_before_of(span):
            span = span[:-1]  # "the Pacific island of X": the region, then the place it introduces
        if weak and kind is ActorKind.PLACE and is_known_place(span.text):
            weak = False  # "the government of Ruritania" names the country too
        weak = weak or generic
        role = None
        if kind is ActorKind.PERSON:
            span = _with_particle_surname(_with_first_names(span))
            whole = span
            span, inner = _split_person(span)
            span, cut = trim_person(span)
            if not _is_name(span) or (len(span) == 1 and is_title_word(span[0]) and not honoured):
                continue  # only a title was tagged ("Secretary of State", "the Queen"): no one named
            inner = inner or cut
            role = person_role(doc, span.start, span.end, inner, trusted=whole.start) or _named_as(span)
            titled_name = inner is not None and role is not None and role.lower() == inner.lower()
            if (
                role is not None
                and not titled_name
                and _describes_organisation(role, looks_like_person(span))
            ) or _described_as_press(span):
                kind, role = ActorKind.ORGANIZATION, None  # "X, the state space agency,"
        elif len(span) <= 2:
            # kept in case the name turns out to be a person's (votes in actors)
            role = person_role(doc, span.start, span.end)
            if role is not None and _kin_named(span, role):
                kind = ActorKind.PERSON  # "her brother, Jo Bloggs," tagged as a body
        # "GAZA CITY (AP) —": the agency of a dateline is no other name of its town; nor is
        # "(Reuters) -" opening a paragraph another name of whatever was named before it
        parenthetical = _bracketed(span) and span.start > 1 and span.start >= dash
        # "PETER CARDILLO, CHIEF MARKET ECONOMIST …:" in a wire reaction list: a person's name
        # in capitals is named as names are written
        shouted = kind is ActorKind.PERSON and " " in span.text and span.text.isupper()  # not "SAG-AFTRA"
        shared = _with_shared_surname(span) if kind is ActorKind.PERSON else None
        spelled = untagged_name_spelled(span) if parenthetical and kind is ActorKind.ORGANIZATION else None
        if spelled is not None:  # "the Karen National Union (KNU)": the NER tagged only the acronym
            found.append(_mention(parsed, para, spelled, kind))
        found.append(_mention(parsed, para, span, kind, role=role, weak=weak, parenthetical=parenthetical,
                              name=_as_a_name(span.text) if shouted else shared))  # fmt: skip
        introduced = _introduced_acronym(span) if kind is not ActorKind.PERSON else None
        if introduced is not None:
            found.append(_mention(parsed, para, introduced, kind, parenthetical=True))
    return found


def _portfolio_at_the_end(span: Span) -> bool:
    """A place's or a bloc's name that took in the remit of a title after it ("EU Farm
    Commissioner", the NER's "EU Farm"): a capitalised remit word ends it, a position word
    follows, and what is left is a country, a state or a short name in capitals ("EU"), not
    a firm's ("Duke Energy Chief Executive"), a body's ("Ministry of") or a president's
    ("Obama Education Secretary", though Obama is also a town)."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or not _names_a_position(doc[span.end]):
        return False
    last, rest = span[-1], span[:-1]
    if not last.is_title or last.lower_ not in _REMITS:
        return False
    return is_region(rest.text) or (len(rest) == 1 and rest[0].is_upper and len(rest[0].text) <= 4)


#: A minister's, a commissioner's or a secretary's remit, written before the title.
_REMITS = frozenset(
    {
        "farm", "agriculture", "fisheries", "trade", "industry", "finance", "economy", "energy",
        "environment", "transport", "health", "education", "justice", "defence", "defense",
        "interior", "foreign", "labour", "labor", "culture", "tourism", "housing",
    }
)  # fmt: skip


def _with_shared_surname(span: Span) -> str | None:
    """'Charles G. and David H. Koch': a given name and its initials joined by "and" to a
    full name share its surname ("Charles G. Koch")."""
    doc = span.doc
    words = span.text.split()
    # "Jo B.", not a full name already, nor a lone word a surname may be ("Johnson and Rob Portman")
    initialled = len(words) >= 2 and all(len(w) == 2 and w.endswith(".") for w in words[1:])
    if not initialled or not is_given_name(words[0]) or span.text.isupper():
        return None
    k = span.end
    if k + 2 >= len(doc) or doc[k].lower_ != "and":
        return None
    other = next((e for e in doc.ents if e.start == k + 1 and e.label_ == "PERSON"), None)
    names = other.text.split() if other is not None else []
    if not 2 <= len(names) <= 4 or not is_given_name(names[0]) or is_given_name(names[-1]):
        return None
    return f"{span.text} {names[-1]}"


def _placed_site(span: Span) -> tuple[Span, Span] | None:
    """A building's or a site's name and the known place the NER joined to it
    ("Fishmongers' Hall in London", "the Hihiaua Cultural Centre in Whangārei"):
    the name before "in", and the place after it. A body named for a region
    ("Organization for Security and Cooperation in Europe") stays whole."""
    doc = span.doc
    for token in span[1:-1]:
        if token.text == "in" and doc[token.i - 1].lower_ in _SITE_WORDS:
            place = doc[token.i + 1 : span.end]
            if place[0].lower_ == "the":
                place = place[1:]
            if len(place) and is_known_place(place.text):
                return doc[span.start : token.i], place
            return None
    return None


def _joined_people(doc: Doc) -> list[Span]:
    """The entities, two person names that touch joined into one: the NER
    cuts long names in two ("[Jo Ann] [Bin Bloggs]")."""
    joined: list[Span] = []
    for ent in doc.ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start:
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.extend(_listed_bodies(ent))
    return joined


_LISTED = "listed body"


def _listed_bodies(ent: Span) -> list[Span]:
    """An organisation entity that is two names joined by "and" ("[Amnesty
    International and Human Rights Watch]"), as two; any other entity as it is.
    Only when each side is two or more capitalised proper nouns, and the head
    word of a body ends the first side too if it ends the second ("Ministry of
    Health and Social Care", "Food and Drug Administration", "Securities and
    Exchange Commission" stay whole)."""
    if ent.label_ != "ORG":
        return [ent]
    doc = ent.doc
    joins = [t.i for t in ent if t.lower_ == "and"]
    if len(joins) != 1:
        return [ent]
    left, right = doc[ent.start : joins[0]], doc[joins[0] + 1 : ent.end]
    if left and left[0].lower_ == "the":
        left = left[1:]
    sides_named = all(
        len(side) >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in side) for side in (left, right)
    )
    if not sides_named:
        return [ent]
    if right[-1].lower_ in ORG_HEAD_WORDS and left[-1].lower_ not in ORG_HEAD_WORDS:
        return [ent]  # "Securities and Exchange Commission": one head for both words
    if country_code(right[-1].text) is not None and country_code(left[-1].text) is None:
        return [ent]  # "Public Services and Procurement Canada": one country's department of both
    # marked: the two are whole names, not to be extended over the "and" again
    return [Span(doc, side.start, side.end, label="ORG", kb_id=_LISTED) for side in (left, right)]


def _introduced_acronym(span: Span) -> Span | None:
    """'the Federal Security Service (FSB)': the acronym the article gives a
    name in brackets right after it, when the NER left it untagged (a tagged
    one is a mention of its own). Initials or not (the article says it is
    the name's short form), but opening with the name's first initial."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    short = doc[end + 1]
    letters = acronym(short.text)
    if short.ent_type_ or letters is None:
        return None
    if letters[0] != initials(span.text)[:1]:
        return None  # "a Member of Parliament (MP)": the short form of a longer phrase
    return doc[end + 1 : end + 2]


def find_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Every named mention of a person, organisation or place, in text order."""
    mentions: list[Mention] = []
    acronyms = written_acronyms(parsed.docs)
    for para, doc in enumerate(parsed.docs):
        mentions.extend(_paragraph_mentions(parsed, para, doc, acronyms))
    people = [m.name for m in mentions if m.kind is ActorKind.PERSON]
    surnames = {w for name in people for w in surname_forms(name.split()[-1])}
    full = {w for name in people if " " in name for w in surname_forms(name.split()[-1])}
    mentions = [part for m in mentions for part in _split_outlet_person(parsed, m, surnames)]
    mentions = [part for m in mentions for part in _split_body_person(parsed, m)]
    mentions = [part for m in mentions for part in _split_town_and_region(parsed, m)]
    groups = {
        m.name
        for m in mentions
        if m.kind is ActorKind.ORGANIZATION and " " not in m.name and not m.weak
        and m.name.lower() not in GENERIC_ORG_WORDS
    }  # fmt: skip
    covered = {(m.para, i) for m in mentions for i in range(m.start, m.end)}
    for para, doc in enumerate(parsed.docs):
        mentions.extend(_untagged_people(parsed, para, doc, surnames))
        mentions.extend(
            m
            for m in _untagged_titled_people(parsed, para, doc)
            if not any((para, i) in covered for i in range(m.start, m.end))
        )
        mentions.extend(
            m
            for m in [
                *_untagged_speakers(parsed, para, doc, surnames),
                *_untagged_inverted_speakers(parsed, para, doc),
            ]
            if not any((para, i) in covered for i in range(m.start, m.end))
        )
        mentions.extend(
            m for m in _untagged_subjects(parsed, para, doc, full) if (para, m.start) not in covered
        )
        mentions.extend(
            m
            for m in _untagged_bodies(parsed, para, doc)
            if not any((para, i) in covered for i in range(m.start, m.end))
        )
        mentions.extend(
            m for m in _untagged_groups(parsed, para, doc, groups) if (para, m.start) not in covered
        )
        mentions.extend(
            m
            for m in _untagged_coordinated_groups(parsed, para, doc)
            if not any((para, i) in covered for i in range(m.start, m.end))
        )
    alone = _names_alone(parsed, mentions)
    mentions = [part for m in mentions for part in _split_listed_names(parsed, m, alone)]
    named_in_full = {
        w
        for m in mentions
        if m.kind is ActorKind.PERSON and " " in m.name
        for w in surname_forms(m.name.split()[-1])
    }
    mentions = [part for m in mentions for part in _split_people(parsed, m, named_in_full)]
    mentions.sort(key=lambda m: (m.char, -(m.end - m.start)))
    dropped = (
        _storm_names(parsed.docs)
        | _class_acronyms(parsed.docs)
        | _law_names(parsed.docs)
        | phrase_acronyms(parsed.docs)
    )
    groups_named = _written_as_groups(parsed.docs)
    return [
        replace(m, someone=False) if m.someone and m.name in groups_named else m
        for m in mentions
        if m.name not in dropped
    ]


def _class_acronyms(docs: tuple[Doc, ...]) -> frozenset[str]:
    """Acronyms the article writes after "a" or "an" as the head of their phrase ("a super
    PAC supporting X", "an NGO in Kenya"), and elsewhere only after a lowercase word ("the
    super PAC"): a kind of body, no body's name. Not one the article also writes as a name
    ("a strong EU" beside "the EU", "a CNN poll")."""
    indefinite: set[str] = set()
    named: set[str] = set()
    for doc in docs:
        for t in in_capitals(doc):
            if len(t.text) < 2:
                continue
            if t.dep_ != "compound" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
                indefinite.add(t.text)
            elif t.dep_ == "compound" or t.i == 0 or not doc[t.i - 1].is_lower:
                named.add(t.text)
    return frozenset(indefinite - named)


def _written_as_groups(docs: tuple[Doc, ...]) -> frozenset[str]:
    """Names written after "the" as the head of their phrase ("the Rohingya", not "the
    Bloggs administration"): a people's or a body's, which "who" does not make someone's
    ("repatriation of Rohingya, who had fled")."""
    return frozenset(
        t.text
        for doc in docs
        for t in with_pos(doc, "PROPN")
        if t.dep_ != "compound" and any(c.lower_ == "the" for c in t.children)
    )


def _split_outlet_person(parsed: ParsedArticle, mention: Mention, surnames: set[str]) -> list[Mention]:
    """'told CNN Bloggs' tagged as one organisation "CNN Bloggs": an acronym
    then a person's surname the article uses, as the outlet and the person."""
    doc = parsed.docs[mention.para]
    span = doc[mention.start : mention.end]
    if mention.kind is not ActorKind.ORGANIZATION or len(span) != 2:
        return [mention]
    outlet, person = span[0], span[1]
    if not (outlet.is_alpha and outlet.is_upper and len(outlet) > 1):
        return [mention]  # "CNN", not "U.S.S." (a ship's prefix)
    if person.text not in surnames or not _name_word(person):
        return [mention]
    return [
        _mention(parsed, mention.para, span[0:1], ActorKind.ORGANIZATION),
        _mention(parsed, mention.para, span[1:2], ActorKind.PERSON),
    ]


def _split_people(parsed: ParsedArticle, mention: Mention, surnames: set[str]) -> list[Mention]:
    """'Manafort and Gates', 'Franks, Conyers' tagged as one name: surnames of
    people the article names in full, listed, as those people (a body with such a
    name, "Marks and Spencer", is named so only when no one is called Marks and
    Spencer in full)."""
    if mention.kind is ActorKind.PERSON:
        return [mention]
    span = parsed.docs[mention.para][mention.start : mention.end]
    names = [t for t in span if t.text not in {",", "and", "&"}]
    joints = [t for t in span if t.text in {",", "and", "&"}]
    if len(names) < 2 or len(names) != len(joints) + 1 or any(t.text not in surnames for t in names):
        return [mention]
    if len({t.text for t in names}) < len(names):
        return [mention]  # "Scott & Scott": a firm's name, not a list of people
    if any(a.i + 1 == b.i for a, b in pairwise(names)):
        return [mention]  # two names in a row: not a list of surnames
    return [_mention(parsed, mention.para, span.doc[t.i : t.i + 1], ActorKind.PERSON) for t in names]


def _split_body_person(parsed: ParsedArticle, mention: Mention) -> list[Mention]:
    """'in Tanzania Mr Brown said', 'Ministry of Finance Brian Manning said' tagged as one
    organisation: a place or a body's name, then a person named with an honorific, or
    after a body's name with a known given name (two or three name words ending it),
    as the two of them."""
    doc = parsed.docs[mention.para]
    span = doc[mention.start : mention.end]
    if mention.kind is not ActorKind.ORGANIZATION or len(span) < 3:
        return [mention]
    for cut in (len(span) - 3, len(span) - 2):
        head, person = span[:cut], span[cut:]
        if not len(head) or not head[-1].is_title or not all(_name_word(t) and t.is_alpha for t in person):
            continue  # "Department of Housing and [Urban Development]": no name after "and"
        first = person[0]
        honoured = _an_honorific(first)
        # a plain given name only after a body's name ("Ministry of Finance Brian Manning";
        # not "Aberdeen Royal Infirmary")
        body = any(t.lower_ in ORG_HEAD_WORDS | ORG_TYPE_WORDS for t in head)
        named = honoured or (body and given_name_gender(first.text) in {"male", "female"})
        if not named or is_known_place(person.text) or is_given_name(head[-1].text):
            continue
        if any(t.lower_ in ORG_HEAD_WORDS | ORG_TYPE_WORDS for t in person):
            continue  # "Acme Jo Bloggs Foundation" is a body's name
        kind = ActorKind.PLACE if is_known_place(head.text) else ActorKind.ORGANIZATION
        if honoured:
            person = person[1:]  # "Mr Brown": Brown, as the honorific is no part of a name
        role = None if honoured else person_role(doc, person.start, person.end)  # not "Tanzania"
        return [
            _mention(parsed, mention.para, head, kind),
            _mention(parsed, mention.para, person, ActorKind.PERSON, role=role),
        ]
    return [mention]


def _split_town_and_region(parsed: ParsedArticle, mention: Mention) -> list[Mention]:
    """'Culpepper, Virginia', 'Lyon, France' tagged as one place: a town and,
    after a comma, the state, province or country it is in, as the places they are."""
    doc = parsed.docs[mention.para]
    span = doc[mention.start : mention.end]
    if mention.kind is not ActorKind.PLACE or not any(t.text == "," for t in span):
        return [mention]
    parts = _pieces(span, [t.i for t in span if t.text == ","])
    if any(not len(part) or not part[0].is_title for part in parts):
        return [mention]
    if not all(is_region(part.text) for part in parts[1:]):
        return [mention]
    return [_mention(parsed, mention.para, part, ActorKind.PLACE) for part in parts]


def _pieces(span: Span, cuts: list[int]) -> list[Span]:
    """The pieces of `span` between the tokens at `cuts` (document positions, in order),
    those tokens left out."""
    bounds = [span.start - 1, *cuts, span.end]
    return [span.doc[a + 1 : b] for a, b in pairwise(bounds)]


_LIST_JOINS = frozenset({"and", "&", ","})


def _bare_name(text: str) -> str:
    """A name compared with another: its `name_key` less a leading "the" and a
    company's legal ending ("Inc", "Corp")."""
    words = name_key(text).removeprefix("the ").split()
    while len(words) > 1 and words[-1] in CORPORATE_WORDS:
        words = words[:-1]
    return " ".join(words)


@dataclass(frozen=True)
class _NameAlone:
    """A name the article writes on its own somewhere, as `_split_listed_names` sees it."""

    kind: ActorKind
    places: frozenset[tuple[int, int]]
    """(paragraph, token) where the name or the full name ending in it begins."""


def _listed_at(doc: Doc, start: int, end: int) -> bool:
    """A name with "and", "&" or a comma right before it or "and" or "&" right after it:
    one of a list, or a piece of a longer name the NER cut ("[Customs] and [Border
    Protection]"), not a name written on its own."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in _LIST_JOINS or after in {"and", "&"}


def _names_alone(parsed: ParsedArticle, mentions: list[Mention]) -> dict[str, _NameAlone]:
    """The names the article writes on their own (no "and", "&" or comma in them or around
    them) and the surnames of people it names in full, each with the kind it is taken for
    when a listed entity is split: a person when some person is named so in full (or by a
    full name ending in it), a place when first tagged one, else an organisation (the
    NER's "Facebook said" as a person does not make the "Facebook" of "Alphabet and
    Facebook" one)."""
    kinds: dict[str, ActorKind] = {}
    places: dict[str, set[tuple[int, int]]] = {}
    people: set[str] = set()
    for m in mentions:
        if _LIST_JOINS & set(m.name.replace(",", " , ").split()):
            continue
        if _listed_at(parsed.docs[m.para], m.start, m.end):
            continue
        names = [_bare_name(m.name)]
        if m.kind is ActorKind.PERSON and " " in m.name:
            names.append(_bare_name(m.name.split()[-1]))
            people.update(names)
        for name in names:
            places.setdefault(name, set()).add((m.para, m.start))
            kinds.setdefault(name, ActorKind.PLACE if m.kind is ActorKind.PLACE else ActorKind.ORGANIZATION)
    return {
        name: _NameAlone(ActorKind.PERSON if name in people else kinds[name], frozenset(at))
        for name, at in places.items()
    }


def _split_listed_names(
    parsed: ParsedArticle, mention: Mention, alone: dict[str, _NameAlone]
) -> list[Mention]:
    """'the House of Representatives and Senate', 'Trump and Deutsche Bank', 'Uber, Airbnb
    and Stripe' tagged as one organisation: names the article also writes on their own,
    listed, as those names. Every name after the first must stand alone elsewhere in the
    article, the first too unless it is a proper name of two words or more; so "Securities
    and Exchange Commission", "Office of Management and Budget" or "Johnson & Johnson" stay
    whole."""
    if mention.kind is not ActorKind.ORGANIZATION:
        return [mention]
    doc = parsed.docs[mention.para]
    span = doc[mention.start : mention.end]
    joins = [t.i for t in span if t.lower_ in _LIST_JOINS]
    if not joins or not any(doc[i].lower_ in {"and", "&"} for i in joins):
        return [mention]
    parts = _pieces(span, joins)
    if any(not len(part) or (not part[0].is_title and not part[0].is_upper) for part in parts[1:]):
        return [mention]
    bare = [_bare_name(part.text) for part in parts]

    def elsewhere(name: str) -> bool:
        found = alone.get(name)
        inside = range(mention.start, mention.end)
        return found is not None and any(p != mention.para or i not in inside for p, i in found.places)

    if len(set(bare)) < len(bare) or not all(elsewhere(name) for name in bare[1:]):
        return [mention]
    first = parts[0]
    if not elsewhere(bare[0]) and (len(first) < 2 or first[0].pos_ != "PROPN" or not first[-1].is_title):
        return [mention]  # not "Shares of Uber, Airbnb and Stripe"
    return [
        _mention(parsed, mention.para, part, alone[name].kind if name in alone else ActorKind.ORGANIZATION)
        for part, name in zip(parts, bare, strict=True)
    ]


def _storm_names(docs: tuple[Doc, ...]) -> frozenset[str]:
    """Names the article gives storms ("Hurricane Lorenzo"): the storm's name
    used alone later ("Lorenzo weakened") is no actor either."""
    names = set()
    for doc in docs:
        for token in title_cased(doc):
            if token.i + 1 == len(doc):
                continue
            following = doc[token.i + 1]
            named = following.is_title and following.pos_ == "PROPN"
            if token.lower_ in STORM_WORDS and named:
                names.add(following.text)
    return frozenset(names)


#: Nouns a law's name qualifies ("the Dodd-Frank law", "the Obamacare mandate").
_LAW_NOUNS = frozenset({"law", "mandate", "repeal", "rollback"})


def _law_names(docs: tuple[Doc, ...]) -> frozenset[str]:
    """One-word names the article gives a law ("the Dodd-Frank law", "the Obamacare
    mandate", "repeal Obamacare"): no actor where else it is written either. Not a place's or a
    body's law ("Tennessee law", "the UN mandate"), nor someone's ("repeal Obama's …")."""
    names = set()
    for doc in docs:
        for token in with_pos(doc, "PROPN"):
            if token.text.isupper() or not token.text[:1].isupper():
                continue
            if token.ent_type_ in {"GPE", "NORP", "LOC", "FAC"} or is_known_place(token.text):
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.tag_ == "POS":
                continue
            # a common noun, not a firm's name ("Sam Brotman of Brotman Law")
            qualifies = token.dep_ in {"compound", "nmod"} and token.head.text in _LAW_NOUNS
            repealed = token.dep_ == "dobj" and token.head.lemma_.lower() == "repeal"
            if qualifies or repealed:
                names.add(token.text)
    return frozenset(names)


#: Nouns for a publication that, right before a name or in apposition to it, make the
#: name a publication's ("the Polish daily Gazeta Wyborcza", "Gente, an Italian weekly,").
_PRESS_DESCRIPTIONS = PUBLICATION_NOUNS | {"daily", "weekly", "broadsheet"}


def _a_publications_name(span: Span) -> bool:
    """A name a publication's noun follows ("The New Yorker magazine", "the Sun
    newspaper"): the publication, though the name alone reads as a people's. Not a known
    place's name ("the Baton Rouge newspaper" is the town's paper; "New York magazine"
    is one, but the article's city of the same name would become it too)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in PUBLICATION_NOUNS and not is_known_place(span.text)


def _described_as_press(span: Span) -> bool:
    """A name a publication's description introduces or follows in apposition: a
    newspaper's or a magazine's, though it reads as a person's."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _PRESS_DESCRIPTIONS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in _PRESS_DESCRIPTIONS for c in span.root.children)


def _kin_named(span: Span, role: str) -> bool:
    """A relative's name ("her brother, X,", "his wife X"): a kin word is the
    role's head, and the name is capitalised proper nouns, no known place."""
    head = role.split(",")[0].split()[-1].lower()
    if head not in KIN_WORDS or is_known_place(span.text):
        return False
    return all(_name_word(t) and t.is_alpha for t in span)


def _describes_organisation(role: str, named: bool = False) -> bool:
    """True for a description of an organisation ("the national space agency"); when
    the name is `named` as people are (a given name first), only for one whose head
    says so ("a unit of Acme Group", not "a veteran of the Rules Committee")."""
    words = role.lower().split()
    if words[0] == "of" or any(w in TITLE_WORDS for w in words):
        return False
    # "a physiologist at Acme University": a person's description that ends in a body
    # (not "-er" or "-or": "the state broadcaster", "the national carrier" are bodies;
    # nor a capitalised "Russian")
    written = role.split()
    head = next(
        (n for n, w in enumerate(words) if w in {"at", "of", "in", "for", "with", "from"}), len(words)
    )
    if any(w.islower() and w.endswith(("ist", "ian")) for w in written[:head]):
        return False
    if named and 0 < head < len(words) and words[head - 1] not in ORG_DESCRIPTION_WORDS | _PART_WORDS:
        return False
    return words[-1] in ORG_DESCRIPTION_WORDS


def _untagged_people(parsed: ParsedArticle, para: int, doc: Doc, surnames: set[str]) -> list[Mention]:
    """Full names the NER missed whose surname it tagged as a person elsewhere
    ("the death of cosmonaut Alexei Leonov. Leonov was ...")."""
    found = []
    for token in with_pos(doc, "PROPN"):
        if token.ent_type_ or token.text not in surnames:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title:
            continue  # not the last word of the name
        span = _with_first_names(doc[token.i : token.i + 1])
        if len(span) < 2:
            continue
        role = person_role(doc, span.start, span.end)
        found.append(_mention(parsed, para, span, ActorKind.PERSON, role=role))
    return found


def _untagged_subjects(parsed: ParsedArticle, para: int, doc: Doc, surnames: set[str]) -> list[Mention]:
    """The surname of someone named in full, alone as the subject of an active
    verb though the tagger read it as a common noun or the NER missed it
    ("Pedro Mendes' shot … Mendes could not believe …")."""
    found = []
    for token in with_dep(doc, "nsubj"):
        # acting, not acted on ("Bloggs was sacked" is told as it happened to them); not "He"
        # for Liu He
        if token.pos_ != "PRON" and _lone_surname(token, surnames):
            found.append(_mention(parsed, para, doc[token.i : token.i + 1], ActorKind.PERSON))
    return found


def _untagged_name_run(doc: Doc, start: int, longest: int) -> Span | None:
    """The capitalised words no entity holds from `start` on, at most `longest` of
    them; None when the name goes on past them (into a tagged entity, or beyond
    `longest`): no clean span."""
    end = start
    while end < len(doc) and end - start < longest and _name_word(doc[end]) and not doc[end].ent_type_:
        end += 1
    if end < len(doc) and _name_word(doc[end]):
        return None
    return doc[start:end]


def _untagged_titled_people(parsed: ParsedArticle, para: int, doc: Doc) -> list[Mention]:
    """Full names the NER missed right after a capitalised title: "Governor
    Jo Ann Bloggs", two to four capitalised proper nouns opening with a known
    given name, none of them tagged."""
    found = []
    for token in title_cased(doc):
        if token.i >= len(doc) - 2 or not is_title_word(token) or token.ent_type_:
            continue
        span = _untagged_name_run(doc, token.i + 1, 4)
        if span is None or len(span) < 2 or not is_given_name(span[0].text) or any(map(is_title_word, span)):
            continue
        role = person_role(doc, span.start, span.end, token.text)
        found.append(_mention(parsed, para, span, ActorKind.PERSON, role=role))
    return found


def _untagged_speakers(parsed: ParsedArticle, para: int, doc: Doc, surnames: set[str]) -> list[Mention]:
    """People the NER missed (or called a work or a product) who speak: the
    subject of a speech verb outside quote marks made of two or three
    capitalised proper nouns, the first a known given name (gender-guesser) or
    the name described by a position in apposition: "Jo Bloggs from the X camp
    said", "Xo Bloggs, president of the X board, said"; or the surname of a
    person named in full, whatever the tagger made of the word ("Stamp
    simpered", "Trump" read as a verb)."""
    found = []
    for verb in with_pos(doc, "VERB"):
        if verb.lemma_.lower() not in SPEECH_VERBS or parsed.token_in_quote(para, verb):
            continue
        for subject in verb.children:
            if subject.dep_ not in _SUBJECT_DEPS:
                continue
            if subject.pos_ != "PROPN":
                if _surname_as_a_word(subject, surnames):  # "Trump" read as a verb
                    found.append(_mention(parsed, para, doc[subject.i : subject.i + 1], ActorKind.PERSON))
                continue
            words = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
            while words and (
                _names_a_position(words[0]) or (words[0].ent_type_ == "NORP" and len(words) > 1)
            ):
                words = words[1:]  # "Cardinal Jo Bloggs said", "ranking Democrat Jo Bloggs said"
            start = words[0].i if words else subject.i
            span = doc[start : subject.i + 1]
            if any(t.ent_type_ in KIND_BY_LABEL for t in span):
                continue  # the NER's own actor (or a name it ruled out), not a missed one
            if " " not in span.text and span.text in surnames:  # "Zitt-James said", tagged a work
                found.append(_mention(parsed, para, span, ActorKind.PERSON))
                continue
            if _untagged_body(span):  # "the Metropolitan Police said"
                found.append(_mention(parsed, para, span, ActorKind.ORGANIZATION))
                continue
            if _lone_speaker(span):  # "Bloggs continued:"
                found.append(_mention(parsed, para, span, ActorKind.PERSON))
                continue
            if not 2 <= len(span) <= 3 or not all(_name_word(t) and not is_title_word(t) for t in span):
                continue  # "Vice President said" is a title, not a name
            if not (is_given_name(span[0].text) or _titled_in_apposition(span)) or is_known_place(span.text):
                continue
            role = person_role(doc, span.start, span.end)
            found.append(_mention(parsed, para, span, ActorKind.PERSON, role=role))
    return found


#: How many words after an inverted speech verb a missed name may start ("said Oversight
#: ranking Democrat Jo Bloggs").
_INVERTED_NAME_REACH = 6


def _right_after_a_quote(doc: Doc, i: int) -> bool:
    """True when the word before token `i` is a quote mark, or punctuation right after one."""
    before = [doc[k] for k in range(max(0, i - 2), i)]
    return bool(before) and (
        before[-1].is_quote or (len(before) == 2 and before[-1].is_punct and before[0].is_quote)
    )


def _untagged_inverted_speakers(parsed: ParsedArticle, para: int, doc: Doc) -> list[Mention]:
    """People the NER missed who speak after the quote, with the verb before their name
    ('"…," said Oversight ranking Democrat Jo Bloggs (D-Md.).'): within a few words of
    a speech verb right after a closing quote mark, two or three capitalised proper
    nouns, the first a known given name, none tagged, and no title word among them."""
    found = []
    for verb in with_pos(doc, "VERB"):
        if verb.lemma_.lower() not in SPEECH_VERBS or parsed.token_in_quote(para, verb):
            continue
        if not _right_after_a_quote(doc, verb.i):
            continue
        for start in range(verb.i + 1, min(verb.i + 1 + _INVERTED_NAME_REACH, len(doc))):
            first = doc[start]
            if first.is_punct or first.ent_type_ in KIND_BY_LABEL:
                break  # the phrase after the verb ends, or the NER's own actor stands there
            if not (_name_word(first) and is_given_name(first.text)) or first.ent_type_:
                continue
            span = _untagged_name_run(doc, start, 3)
            if (
                span is None
                or len(span) < 2
                or any(is_title_word(t) for t in span)
                or is_known_place(span.text)
            ):
                break
            role = person_role(doc, span.start, span.end)
            found.append(_mention(parsed, para, span, ActorKind.PERSON, role=role))
            break
    return found


def _surname_as_a_word(token: Token, surnames: set[str]) -> bool:
    """A capitalised word inside a sentence that is a surname of the article's
    people, untagged and alone ("Stamp" after "Senator Dan Stamp")."""
    inside = not token.is_sent_start and token.text[:1].isupper()
    return inside and _lone_surname(token, surnames)


def _lone_surname(token: Token, surnames: set[str]) -> bool:
    """One of `surnames` as a word of its own, untagged or tagged alone (as a
    body or a word: "Corker told reporters"; callers skip words a mention
    already covers), with nothing naming or describing it ("Stamp said", not
    "the stamp" or "Acme's Stamp")."""
    alone = not any(c.dep_ in {"compound", "det", "amod", "poss"} for c in token.children)
    doc = token.doc
    tagged_alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    untagged = not token.ent_type_ or tagged_alone
    return alone and token.is_alpha and untagged and token.text in surnames


def _lone_speaker(span: Span) -> bool:
    """A single capitalised proper noun that speaks, untagged ("Bloggs
    continued: …"): a surname, unless it is a place's, a body's or a title's
    word, or a brand's (capitals inside)."""
    if len(span) != 1 or not _name_word(span[0]) or not span[0].is_alpha or span[0].tag_ == "NNPS":
        return False  # "the Conservatives have said": a party, a people
    if names_a_thing(span, ActorKind.PERSON) or names_a_national(span.text):
        return False  # "French", a language; "the Dutchman", someone described
    word = span[0]
    if word.ent_type_ == "NORP":
        return False  # "the top Democrat asked", "a Republican said": someone described
    low = word.lower_
    if (
        is_title_word(word)
        or low in ORG_HEAD_WORDS | ORG_TYPE_WORDS | GENERIC_ORG_WORDS | ORG_DESCRIPTION_WORDS
    ):
        return False
    text = word.text
    return not _inner_capitals(text) and _no_place_known(text)


def _untagged_body(span: Span) -> bool:
    """A body's name the NER missed: two to four capitalised proper nouns
    ending in a body's head word ("the Metropolitan Police", "Pendle Council")."""
    if not 2 <= len(span) <= 4 or not all(_name_word(t) for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text[:1].isupper() and not before.is_sent_start:
        return False  # part of a longer name ("[Emergency] Situations Ministry")
    return span[-1].lower_ in ORG_HEAD_WORDS - PLACE_NAME_WORDS and not is_known_place(span.text)


def _untagged_bodies(parsed: ParsedArticle, para: int, doc: Doc) -> list[Mention]:
    """Bodies' names the NER missed wherever they stand ("a spokesperson for
    West Midlands Police said"): `_untagged_body` runs of untagged capitalised
    proper nouns."""
    found = []
    untagged = bytearray(len(doc))  # 1 for an untagged name word
    for token in with_pos(doc, "PROPN"):
        untagged[token.i] = _name_word(token) and not token.ent_type_
    start = 0
    while start < len(doc):
        if not untagged[start]:
            start += 1
            continue
        end = start
        while end < len(doc) and untagged[end]:
            end += 1
        span = doc[start:end]
        # `_untagged_body` first: it wants two words or more
        if _untagged_body(span) and span[-1].lower_ not in _GENERIC_HEADS and _whole_name(span):
            found.append(_mention(parsed, para, span, ActorKind.ORGANIZATION))
        start = end
    return found


#: Heads that also end capitalised common phrases ("Virtual Private Network", "Tax
#: Preparation Service") or other names ("Blossom Music Center"): no body's name on their own.
_GENERIC_HEADS = frozenset(
    {"network", "service", "company", "corporation", "group", "center", "centre", "house", "post", "nations"}
)


def _whole_name(span: Span) -> bool:
    """Not the end of a longer name ("British Beer and [Pub Association]")."""
    doc = span.doc
    joined = span.start > 1 and doc[span.start - 1].lower_ in {"and", "of", "&", "for"}
    return not (joined and _name_word(doc[span.start - 2]) and not doc[span.start - 2].is_sent_start)


def _untagged_groups(parsed: ParsedArticle, para: int, doc: Doc, names: set[str]) -> list[Mention]:
    """Other mentions of a one-word organisation name that the NER left
    untagged ("Ruritter has to remove ..." after "social media site Ruritter")."""
    return [
        _mention(parsed, para, doc[t.i : t.i + 1], ActorKind.ORGANIZATION)
        for t in with_pos(doc, "PROPN")
        if t.text in names and not t.ent_type_ and not is_medium(t)
    ]


def _untagged_coordinated_groups(parsed: ParsedArticle, para: int, doc: Doc) -> list[Mention]:
    """A name of two or more capitalised words that the NER left untagged, joined by
    "and" to an organisation it found ("Human Rights Watch and [Amnesty International]
    criticised ..."): an organisation too. The parser hangs the tagged name on the
    untagged one's last word as its conjunct."""
    found: list[Mention] = []
    for ent in doc.ents:
        root = ent.root
        head = root.head
        if ent.label_ != "ORG" or root.dep_ != "conj" or head.i >= ent.start or head.ent_type_:
            continue
        if head.pos_ != "PROPN" or not any(
            t.dep_ == "cc" and head.i < t.i < ent.start for t in head.children
        ):
            continue
        start = head.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i in range(start, head.i + 1)
        ):
            start -= 1
        words = doc[start : head.i + 1]
        if len(words) < 2 or not all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in words):
            continue
        if looks_like_person(words) or (start > 0 and role_before(doc, start) is not None):
            continue  # "Presidents [Jo Bloggs] of X and [Sam Smith of Y]": people the NER missed
        found.append(_mention(parsed, para, words, ActorKind.ORGANIZATION))
    return found
