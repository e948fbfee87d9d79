"""Merging mentions into the actors of one article.

A person's later surname or first name joins the most recently mentioned
person whose full name has it; two full names that differ in the first name
stay apart (Jo Bloggs and Sam Bloggs). An acronym joins the organisation or
place whose initials it spells. People are never merged with organisations
or places; the kind of a name is decided by a vote over its mentions, with a
single word that is a known person's surname counting as that person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Actor, ActorKind
from ..text import acronym as _acronym
from ..text import capital_initials
from ..text import initials as _initials
from ..text import name_key as _name_key
from .gazetteer import country_code, is_capital, is_known_place, is_region
from .mentions import MAIN_CLAUSE_SUBJECT, Mention
from .patterns import (
    CORPORATE_WORDS,
    DEMONYM_STEM,
    GENERIC_ORG_WORDS,
    HEAD_OF_STATE_TITLES,
    KIN_WORDS,
    LOCATIVE_PREPOSITIONS,
    MAIN_PLACE_LEAD,
    MEDIUM_PREPOSITIONS,
    ORG_HEAD_WORDS,
    ORG_TYPE_WORDS,
    PLACE_NAME_WORDS,
    SPOUSE_WORDS,
    SURNAME_OVERRIDE_MAX,
    UNGENDERED_KIN,
    WORK_NOUNS,
)
from .personnames import given_name_gender, is_given_name, surname_forms
from .roletitles import PlaceNamed, conventional_role, country_of_word, gendered_kin, holds_office, named_body

#: Name keys are asked for again and again while merging; computed once each.
name_key = lru_cache(maxsize=8192)(_name_key)


def _better_role(new: str, old: str | None) -> bool:
    """A title with its place ("President of X") beats a bare title, and any
    title beats a bare affiliation ("of the X Institute")."""
    if old is None:
        return True
    if old.startswith("of ") and not new.startswith("of "):
        return True
    return " of " in new and " of " not in old and not new.startswith("of ")


@dataclass
class _Entry:
    """An actor being assembled (internal, mutable while merging)."""

    kind: ActorKind
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quoted_roles: list[str] = field(default_factory=list)  # read inside quote marks: a last resort
    role: str | None = None
    mentions: int = 0
    last_char: int = -1
    in_lead: bool = False
    subject_mentions: int = 0
    dateline: bool = False

    @property
    def name(self) -> str:
        if self.kind is ActorKind.PERSON:
            return max(self.forms, key=lambda f: (len(f.split()), len(f)))
        full = [f for f in self.forms if _acronym(f) is None] or self.forms
        return max(full, key=len)

    @property
    def readable_roles(self) -> list[str]:
        """The roles to read the person's from: those written outside quote marks,
        else (a last resort) those read inside them."""
        return self.roles or self.quoted_roles

    def name_keys(self) -> set[str]:
        return {name_key(f) for f in self.forms}

    def add(self, mention: Mention) -> None:
        if mention.name not in self.forms:
            self.forms.append(mention.name)
        if mention.role and mention.in_quote:
            self.quoted_roles.append(mention.role)
        elif mention.role:
            self.roles.append(mention.role)
        self.mentions += 1
        self.last_char = max(self.last_char, mention.char)
        self.in_lead = self.in_lead or mention.para == 0
        self.dateline = self.dateline or mention.dateline
        if mention.salience == MAIN_CLAUSE_SUBJECT and not mention.in_quote:
            self.subject_mentions += 1

    def actor(self) -> Actor:
        name = self.name
        aliases = tuple(f for f in self.forms if f != name)
        role = self.role if self.kind is ActorKind.PERSON else None
        return Actor(name, self.kind, role, aliases, self.mentions, self.in_lead, self.subject_mentions)


@dataclass(frozen=True)
class ActorIndex:
    """The merged actors and, for each mention, the index of its actor."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    mention_actor: tuple[int | None, ...]

    def actor_at(self, para: int, token: int) -> Actor | None:
        """The actor whose mention covers token `token` of paragraph `para`."""
        best: tuple[int, int] | None = None
        for n, m in enumerate(self.mentions):
            actor = self.mention_actor[n]
            if actor is not None and m.para == para and m.start <= token < m.end:
                size = m.end - m.start
                if best is None or size > best[0]:
                    best = (size, actor)
        return self.actors[best[1]] if best else None

    def most_recent(
        self,
        kinds: frozenset[ActorKind],
        before: int,
        min_salience: int = 0,
        exclude: frozenset[str] = frozenset(),
    ) -> Actor | None:
        """The actor of these kinds last mentioned (outside quotes) before offset
        `before` in a mention at least `min_salience` salient (see Mention),
        other than the actors named in `exclude`."""
        for n in range(len(self.mentions) - 1, -1, -1):
            m, actor = self.mentions[n], self.mention_actor[n]
            if actor is None or m.char >= before or m.in_quote:
                continue
            if m.salience < min_salience or self.actors[actor].name in exclude:
                continue
            if self.actors[actor].kind in kinds:
                return self.actors[actor]
        return None

    def named(self, text: str) -> Actor | None:
        """The actor with this exact name or alias (accents and case aside)."""
        key = name_key(text)
        for actor in self.actors:
            if key in {name_key(n) for n in (actor.name, *actor.aliases)}:
                return actor
        return None

    def person_named(self, word: str, before: int) -> Actor | None:
        """The person last mentioned before `before` whose name has this word."""
        key = name_key(word)
        for n in range(len(self.mentions) - 1, -1, -1):
            m, actor = self.mentions[n], self.mention_actor[n]
            if actor is None or m.char >= before:
                continue
            found = self.actors[actor]
            if found.kind is ActorKind.PERSON and key in {
                name_key(part) for form in (found.name, *found.aliases) for part in form.split()
            }:
                return found
        return None


def _family_names(words: list[str]) -> list[str]:
    """The words of a full name a later mention may use alone: the last one (also without
    a joined Arabic article: "Assad" of "Bashar al-Assad"), and in a name of three words
    or more the ones after the first that are not initials ("Rosselló" of "Ricardo
    Rosselló Nevares")."""
    if len(words) < 2:
        return []
    return [*surname_forms(words[-1]), *(w for w in words[1:-1] if len(w.rstrip(".")) > 1)]


def _city_for_a_person(mention: Mention, key: str, name_words: set[str]) -> bool:
    """A known place's name tagged as a person ("the Lyon team"), untitled, with
    no honorific ("Mrs. Obama"), no given name and no word of a full name in the
    article ("Jo Lincoln")."""
    return (
        mention.kind is ActorKind.PERSON
        and mention.role is None
        and mention.honorific is None
        and key not in name_words
        and is_known_place(mention.name)
        and not is_given_name(mention.name.split()[0])
    )


def _vote_kinds(mentions: list[Mention]) -> list[ActorKind]:
    surnames = {
        name_key(word)
        for m in mentions
        if m.kind is ActorKind.PERSON
        for word in _family_names(m.name.split())
    }
    firsts = {
        name_key(m.name.split()[0])
        for m in mentions
        if m.kind is ActorKind.PERSON and len(m.name.split()) >= 2
    }
    # the names of people named in full with a title or as a subject: their first
    # names and surnames
    full_names = [
        m.name.split()
        for m in mentions
        if m.kind is ActorKind.PERSON and len(m.name.split()) >= 2 and (m.role or m.salience)
    ]
    surnames_of_people = {name_key(words[-1]) for words in full_names}
    firsts_of_people = {name_key(words[0]) for words in full_names}
    lone_people = {
        name_key(m.name) for m in mentions if m.kind is ActorKind.PERSON and len(m.name.split()) == 1
    }
    # "Kirstjen Nielsen" tagged a body, then "Nielsen" a person twice and a place six times:
    # the last word of a full name that is a person alone is a surname, whatever the full
    # name was tagged; not a team's or a place's ("Washington Redskins", "South Paterson")
    surnames |= {
        name_key(words[-1])
        for m in mentions
        if 2 <= len(words := m.name.split()) <= 3
        and m.name.istitle()
        and name_key(words[-1]) in lone_people
        and not any(is_known_place(w) for w in words)
    }
    # "Black Elk" after "Linda Black Elk": a surname of two words or more
    long_surnames = {
        " ".join(words[k:])
        for m in mentions
        if m.kind is ActorKind.PERSON and len(words := name_key(m.name).split()) >= 3
        for k in range(1, len(words) - 1)
    }
    votes: dict[str, Counter[ActorKind]] = {}
    for m in mentions:
        votes.setdefault(name_key(m.name), Counter())[m.kind] += 1
    # "Acme" after "Acme Holdings": the company's own name, whatever the NER said
    company_names = {
        words[0]
        for m in mentions
        if m.kind is ActorKind.ORGANIZATION
        and len(words := name_key(m.name).split()) >= 2
        and all(w in CORPORATE_WORDS for w in words[1:])
    }
    # a titled person's name elsewhere is no city's ("President Bloggs ... Bloggs said")
    titled_people = {name_key(m.name) for m in mentions if m.kind is ActorKind.PERSON and m.role}
    # a name written once with a one-word title before it ("President Bloggs")
    prefixed_people = {
        name_key(m.name)
        for m in mentions
        if m.kind is ActorKind.PERSON and m.role and " " not in m.role and m.role[:1].isupper()
    }
    # a name that is a person's only by the NER's word: no title, never a subject
    people_by_sign = {
        name_key(m.name) for m in mentions if m.kind is ActorKind.PERSON and (m.role or m.salience)
    }
    # a name the NER calls a person that is a subject or owns something ("Obama said",
    # "Obama's decision", "the Obama administration"): no city's ("the Edinburgh team said")
    subjects = {
        name_key(m.name) for m in mentions if m.kind is ActorKind.PERSON and m.salience and not m.modifier
    }
    acting = subjects | {name_key(m.name) for m in mentions if m.kind is ActorKind.PERSON and m.owner}
    speaking = {
        name_key(m.name) for m in mentions if m.kind is ActorKind.PERSON and m.says and not m.in_quote
    }
    # "coach Jim Caldwell …", then "Caldwell said", "Caldwell" tagged a town each time:
    # a town does not speak, a country or a capital may (for its government); the
    # surname's other mentions are his too
    speaking_surnames = {
        key
        for m in mentions
        if (key := name_key(m.name)) in surnames_of_people
        and m.salience >= MAIN_CLAUSE_SUBJECT
        and m.kind is ActorKind.PLACE
        and country_code(m.name) is None
    }
    # a lone word a relative "who" describes somewhere ("Trump, who must decide")
    someone = {name_key(m.name) for m in mentions if m.someone and len(m.name.split()) == 1}
    gendered = {name_key(m.name) for m in mentions if m.gendered and len(m.name.split()) == 1}
    kinds = []
    for m in mentions:
        key = name_key(m.name)
        counter = votes[key]
        words = key.split()
        known_place = m.kind is ActorKind.PLACE and is_known_place(m.name)
        if (
            _city_for_a_person(m, key, surnames | firsts)
            and key not in titled_people
            and (key not in acting or is_capital(m.name))
        ):
            kinds.append(ActorKind.PLACE)  # "if Khartoum does not hand over …": a capital acts for its state
        elif key in someone and not known_place and not m.name.isupper():
            kinds.append(ActorKind.PERSON)  # "Trump, who …", then "Trump" tagged a body elsewhere
        elif key in gendered and counter[ActorKind.PERSON] and not known_place:
            # "Trump launched his campaign", tagged a person now and then: someone ("Congress has
            # not passed his budget", never a person, stays a body: "his" is the president's)
            kinds.append(ActorKind.PERSON)
        elif len(words) == 1 and (key in surnames or key in firsts):
            # a known person's surname or first name ("Jamal" tagged as a place)
            # ... unless the word is a known place's, tagged as one again and again, never as a person
            strong = m.weak or (
                key in surnames
                and (
                    counter[ActorKind.PERSON] > 0
                    or counter[ActorKind.PLACE] < SURNAME_OVERRIDE_MAX
                    or not is_known_place(m.name)
                )
            )
            strong = strong or key in speaking_surnames
            # "her brother Dale Ford …" then "Dale wrote" tagged a body: the brother
            strong = strong or (
                key in firsts_of_people
                and m.kind is ActorKind.ORGANIZATION
                and not m.name.isupper()
                and is_given_name(m.name)
                and not is_known_place(m.name)
            )
            kinds.append(ActorKind.PERSON if strong else counter.most_common(1)[0][0])
        elif 2 <= len(words) <= 3 and words[-1] in lone_people and m.name.istitle() and not known_place:
            kinds.append(ActorKind.PERSON)  # "Jo Bloggs" (called an org) and later "Bloggs"
        elif key in long_surnames and not known_place and not set(words) & (ORG_HEAD_WORDS | ORG_TYPE_WORDS):
            kinds.append(ActorKind.PERSON)  # "Black Elk said" (called an org) after "Linda Black Elk"
        elif (
            len(words) == 1
            and m.kind is ActorKind.PLACE
            and (key in titled_people or key in speaking)
            and counter[ActorKind.PERSON] >= counter[ActorKind.PLACE]
            and country_code(m.name) is None
        ):
            kinds.append(ActorKind.PERSON)  # "Senator Rubio", "Rubio said", then "Rubio" tagged a town
        elif (
            m.kind is not ActorKind.PERSON
            and 2 * counter[ActorKind.PLACE] >= max(1, counter[ActorKind.ORGANIZATION])
            and (counter[ActorKind.PLACE] > counter[ActorKind.ORGANIZATION] or is_known_place(m.name))
        ):
            kinds.append(ActorKind.PLACE)  # countries are often tagged as organisations
        elif len(words) == 1 and key in company_names and not m.role:
            kinds.append(ActorKind.ORGANIZATION)
        elif 0 < counter[ActorKind.PERSON] <= counter[ActorKind.PLACE] and key not in people_by_sign:
            kinds.append(ActorKind.PLACE)  # "entered Xtown", then "a camp at Xtown": tagged either way
        elif (
            len(words) == 1
            and key in titled_people
            and not known_place
            and counter[ActorKind.ORGANIZATION]
            and (2 * counter[ActorKind.PERSON] >= counter[ActorKind.ORGANIZATION] or key in prefixed_people)
        ):
            # "President Bloggs", "Bloggs came to office", then "Bloggs" tagged a body about
            # as often ("the Bloggs administration" nearby), or once written with a title
            # before it ("President Bloggs"): the titled person, as "his wife Grace" is; not
            # a body one apposition once made a person ("Acme, a producer,")
            kinds.append(ActorKind.PERSON)
        elif (
            len(words) == 1
            and counter[ActorKind.ORGANIZATION]
            and counter[ActorKind.PERSON]
            and key not in titled_people  # "his wife Grace", then "Grace" tagged a body: his wife
            # a person more often than a body, and one who speaks: someone ("Sanders said")
            and not (counter[ActorKind.PERSON] > counter[ActorKind.ORGANIZATION] and key in speaking)
        ):
            # a lone word no full name explains, tagged a body at least once: a body
            # ("Acme' Jo Bloggs", then "told Acme")
            kinds.append(ActorKind.ORGANIZATION)
        else:
            kinds.append(counter.most_common(1)[0][0])
    return kinds


def _other_gender(entry: _Entry, honorific: str | None) -> bool:
    """True when an honorific's gender ("Mrs.") is not that of the person's given name
    (only a name gender-guesser is sure of: "Laurence" is mostly a woman's in its lists)."""
    if honorific is None:
        return False
    other = "female" if honorific == "male" else "male"
    full = max(entry.forms, key=lambda form: len(form.split()), default="")
    return len(full.split()) >= 2 and given_name_gender(full.split()[0]) == other


def _sharing_surname(entries: list[_Entry], surname: str) -> list[int]:
    """The people, in order of first mention, whose full name ends with `surname`."""
    return [
        i
        for i, e in enumerate(entries)
        if e.kind is ActorKind.PERSON
        and any(len(w := f.split()) >= 2 and surname in surname_forms(w[-1]) for f in e.name_keys())
    ]


def _match_person(entries: list[_Entry], name: str, honorific: str | None = None) -> int | None:
    words = name_key(name).split()
    persons = [(e.last_char, i) for i, e in enumerate(entries) if e.kind is ActorKind.PERSON]
    persons.sort(reverse=True)
    # a surname two people share stands for the one named first (news calls the other by
    # a first name or in full): "Rep. Mark Meadows … his wife, Debbie Meadows, … Meadows'
    # retirement"; with an honorific, the first of its gender ("Mrs. Trump", though "Trump"
    # alone has stood for her husband)
    if len(words) == 1 and honorific is not None:
        sharing = _sharing_surname(entries, words[0])
        matching = [i for i in sharing if not _other_gender(entries[i], honorific)]
        if len(sharing) > 1 and matching:
            return matching[0]
    for _, i in persons:
        if name_key(name) in entries[i].name_keys():
            return i
    if len(words) == 1:
        sharing = _sharing_surname(entries, words[0])
        if len(sharing) > 1:
            return sharing[0]
    for _, i in persons:
        forms = [f.split() for f in entries[i].name_keys()]
        full = max(forms, key=len)
        if len(words) == 1:
            lasts = {last for f in forms for last in surname_forms(f[-1])}
            if words[0] in lasts or words[0] == full[0]:
                return i
        elif (len(full) == 1 and full[0] == words[-1]) or (full[0] == words[0] and full[-1] == words[-1]):
            return i
        elif len(full) == 1 and full[0] == words[0] and is_given_name(full[0]):
            return i  # "her mother, Fiona, said …", then "Fiona Bloggs": named in full after
        elif len(full) == len(words) == 2 and full[-1] == words[-1] and _short_given_name(full[0], words[0]):
            return i  # "Joshua Bloggs", later "Josh Bloggs"
    if len(words) == 1:  # a middle family name, once no one's last or first name matched
        for _, i in persons:
            if any(words[0] in _family_names(f.split()) for f in entries[i].name_keys()):
                return i
    for _, i in persons:
        if any(_longer_form(words, f.split()) for f in entries[i].name_keys()):
            return i
    return None


def _short_given_name(a: str, b: str) -> bool:
    """'josh'/'joshua', 'alex'/'alexander': a given name and the short form that
    opens it (three letters at least), not of the other sex."""
    short, full = sorted((a, b), key=len)
    if len(short) < 3 or short == full or not full.startswith(short):
        return False
    sexes = {given_name_gender(short.title()), given_name_gender(full.title())}
    return not {"male", "female"} <= {s.removeprefix("mostly_") for s in sexes}


def _longer_form(a: list[str], b: list[str]) -> bool:
    """Two forms of one name with two family names ("Tomas Rivera Soto",
    later "Rivera Soto"; "Ana Rivera" and "Ana M. Rivera Soto"): the shorter
    of two words or more ends the longer, or has its given name and one of
    its family names."""
    short, full = sorted((a, b), key=len)
    if len(short) < 2 or len(full) <= len(short):
        return False
    return full[-len(short) :] == short or (len(short) == 2 and short[0] == full[0] and short[1] in full[2:])


def _same_stem(a: str, b: str) -> bool:
    """'syrian'/'syria', 'turkish'/'turkey': one place word and its demonym."""
    if a == b:
        return True
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return common >= max(DEMONYM_STEM, min(len(a), len(b)) - 2)


def _inverted(words: list[str]) -> tuple[str, str] | None:
    """(owner, head) of 'X Department' or '... Department of (the) X'."""
    heads = ORG_HEAD_WORDS | {"government"}
    if "of" in words:
        at = words.index("of")
        tail = [w for w in words[at + 1 :] if w != "the"]
        if at >= 1 and words[at - 1] in heads and tail:
            return " ".join(tail), words[at - 1]
        return None
    if len(words) >= 2 and words[-1] in heads:
        return words[-2].removesuffix("'s").removesuffix("'"), words[-1]  # "Ruritania's government"
    return None


def _same_body(short: str, full: str) -> bool:
    """Two wordings of one body in the same article: a part of the full name
    with its head word ("Court of Justice" in "European Court of Justice"),
    the order turned round ("State Department" / "Department of State",
    "Ruritanian government" / "Government of Ruritania"), a remit reworded
    before the same head word ("Emergencies Ministry" / "Emergency Situations
    Ministry"), or a company's own name before its legal words ("Acme" / "Acme
    Motor Company")."""
    a, b = name_key(short).split(), name_key(full).split()
    if len(a) == 1 and len(b) >= 2 and a[0] == b[0] and all(w in CORPORATE_WORDS for w in b[1:]):
        # "China" is no short name of "China Airlines", nor "Alaska" of "Alaska Airlines"
        return not is_region(short)
    if 2 <= len(a) < len(b) and set(a) & ORG_HEAD_WORDS and a[0] != "of" and a[-1] != "of":
        # the part must end where the full name ends or before its "of ..."
        # ("House of Commons" is not "House of Commons Library")
        for i in range(len(b) - len(a) + 1):
            rest = b[i + len(a) :]
            if b[i : i + len(a)] == a and (not rest or rest[0] in {"of", "for", "in"}):
                return True
    # "Emergencies Ministry" / "Emergency Situations Ministry": the remit reworded, not a
    # remit narrowed ("State Council" / "State Security Council" are two bodies)
    reworded = len(a) == 2 and len(b) == 3 and a[0] != b[0] and _same_stem(a[0], b[0])
    if reworded and a[-1] == b[-1] and a[-1] in ORG_HEAD_WORDS:
        return True
    x, y = _inverted(a), _inverted(b)
    if x is None or y is None or x[1] != y[1]:
        return False
    country = country_of_word(x[0])  # "UK government" / "British government"
    if country is not None and country == country_of_word(y[0]):
        return True
    if ("of" in a) == ("of" in b):
        return False
    return x[0] == y[0] or (" " not in x[0] + y[0] and _same_stem(x[0], y[0]))


@lru_cache(maxsize=8192)
def _country_led(name: str) -> tuple[str, str] | None:
    """(country code, rest) of a body's name that opens with a country's name
    in any of its forms ("U.S. Navy", "United States Navy": ("US", "navy"))."""
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        code = country_code(" ".join(words[:n]))
        if code is not None:
            return code, name_key(" ".join(words[n:]))
    return None


def _match_group(entries: list[_Entry], name: str, generic: bool = False) -> int | None:
    key = name_key(name)
    groups = [i for i, e in enumerate(entries) if e.kind is not ActorKind.PERSON]
    for i in groups:
        if key in entries[i].name_keys():
            return i
    country = country_code(name)
    if country is not None:  # "US", "U.S.", "United States", "America"
        for i in groups:
            if any(country_code(form) == country for form in entries[i].forms):
                return i
    owned = _country_led(name)
    if owned is not None:  # "U.S. Navy" / "United States Navy"
        for i in groups:
            if any(_country_led(form) == owned for form in entries[i].forms):
                return i
    bodies = [
        (entries[i].last_char, i)
        for i in groups
        if not generic and any(_same_body(name, form) or _same_body(form, name) for form in entries[i].forms)
    ]
    if bodies:
        return max(bodies)[1]
    if generic:  # "the Court" after "the Supreme Court": the latest one that word heads
        latest = [
            (entries[i].last_char, i) for i in groups if _headed_by(name_key(entries[i].name).split(), key)
        ]
        return max(latest)[1] if latest else None
    acronym = _acronym(name)
    for i in groups:
        for form in entries[i].forms:
            if acronym and acronym in _spellings(form) and _acronym(form) is None:
                return i
            form_acronym = _acronym(form)
            if form_acronym and acronym is None and form_acronym in _spellings(name):
                return i
    return _named_by_head_word(entries, groups, key)


def _spellings(name: str) -> tuple[str, str]:
    """The acronyms that spell `name`: its initials, and those of its capitalised words."""
    return _initials(name), capital_initials(name)


def _headed_by(words: list[str], key: str) -> bool:
    """'court' heads "supreme court", "court of appeal" and "supreme court of x" (the
    word before "of"); "house" does not head "house intelligence committee" (the
    House is another body, the committee's parent)."""
    if not words:
        return False
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    return words[head] == key or words[-1] == key


def _named_by_head_word(entries: list[_Entry], groups: list[int], key: str) -> int | None:
    """'Parliament' after 'the Ruritanian Parliament': a body's head word used
    alone as its proper name joins the one body of the article it heads."""
    if " " in key or key not in ORG_HEAD_WORDS:
        return None
    heading = [
        i
        for i in groups
        if entries[i].kind is ActorKind.ORGANIZATION
        and any(
            (words := name_key(form).split())[-1] == key
            or (len(words) > 2 and words[0] == key and words[1] == "of")
            for form in entries[i].forms
        )
    ]
    return heading[0] if len(heading) == 1 else None


def _family_plurals(mentions: list[Mention]) -> frozenset[str]:
    """Names that are a person's family name in the plural ("the Bloggses",
    "the Smiths"): the family, which no actor stands for."""
    surnames = {
        m.name.split()[-1] for m in mentions if m.kind is ActorKind.PERSON and len(m.name.split()) >= 2
    }
    plurals = {f"{name}s" for name in surnames} | {f"{name}es" for name in surnames if name.endswith("s")}
    return frozenset(m.name for m in mentions if m.name in plurals)


def merge_actors(mentions: list[Mention]) -> ActorIndex:
    """Merge the article's mentions into actors, in order of first mention."""
    kinds = _vote_kinds(mentions)
    families = _family_plurals(mentions)
    entries: list[_Entry] = []
    assigned: list[int | None] = []
    for n, (mention, kind) in enumerate(zip(mentions, kinds, strict=True)):
        if mention.name in families:
            assigned.append(None)  # "the Bloggses": a family, no one actor
            continue
        if kind is ActorKind.PERSON:
            index = _match_person(entries, mention.name, mention.honorific)
            if index is None and _renames_the_body_before(mentions, n, assigned, entries):
                index = assigned[-1]
            elif index is None:  # a body's bracketed other name, used again later
                key = name_key(mention.name)
                index = next(
                    (
                        i
                        for i, e in enumerate(entries)
                        if e.kind is not ActorKind.PERSON and key in e.name_keys()
                    ),
                    None,
                )
        else:
            index = _match_group(entries, mention.name, generic=mention.weak)
            if index is None and _brackets_the_name_before(mentions, n) and assigned[-1] is not None:
                previous = assigned[-1]
                if entries[previous].kind is not ActorKind.PERSON:
                    index = previous
        if index is None:
            if mention.weak:
                assigned.append(None)
                continue
            entries.append(_Entry(kind))
            index = len(entries) - 1
        entries[index].add(mention)
        assigned.append(index)
    for number, entry in enumerate(entries):
        if entry.kind is ActorKind.PERSON:
            continue
        own = [(m, k) for m, k, a in zip(mentions, kinds, assigned, strict=True) if a == number]
        # the kind of the full name decides; acronyms and short forms are tagged less reliably
        full = Counter(k for m, k in own if m.name == entry.name)
        entry.kind = (full or Counter(k for _, k in own)).most_common(1)[0][0]
    places = [
        PlaceNamed(e.name, e.mentions, e.dateline)
        for e in entries
        if e.kind is ActorKind.PLACE or (e.kind is not ActorKind.PERSON and country_code(e.name))
    ]
    people = [e for e in entries if e.kind is ActorKind.PERSON]
    # offices a person holds by a title with its own place ("Ruritanian President")
    held = [
        {office for r in e.readable_roles if holds_office(office := conventional_role(r, places, taken=None))}
        for e in people
    ]
    counterparts = [_counterpart_offices(e.readable_roles, places) for e in people]
    for n, entry in enumerate(people):
        taken = frozenset(o for m, offices in enumerate(held) if m != n for o in offices)
        entry.role = _chosen_role(entry.readable_roles, places, taken)
        if any(entry.role in offices for m, offices in enumerate(counterparts) if m != n):
            entry.role = _chosen_role(entry.readable_roles, places, None)
    _one_holder(people, held, places)
    works = set()
    for number, entry in enumerate(entries):
        if entry.kind is ActorKind.PERSON and entry.role and _role_head(entry.role) in PLACE_NAME_WORDS:
            entry.kind, entry.role = ActorKind.PLACE, None  # "X, a medieval church": a building
        elif any(_role_head(r) in WORK_NOUNS for r in entry.readable_roles):
            works.add(number)  # "Chuck, an action comedy series": a work, no actor
    bodies = [e.name for e in entries if e.kind is not ActorKind.PERSON]
    for entry in people:
        entry.role = entry.role and named_body(entry.role, bodies)
    _name_kin_owners(people)
    kept = [n for n in _settle_doubtful(entries, mentions, assigned) if n not in works]
    renumber = {old: new for new, old in enumerate(kept)}
    return ActorIndex(
        tuple(entries[i].actor() for i in kept),
        tuple(mentions),
        tuple(renumber.get(a) if a is not None else None for a in assigned),
    )


def _counterpart_offices(roles: list[str], places: list[PlaceNamed]) -> set[str]:
    """'his Chinese counterpart, Xi Jinping': whatever office the other person holds, Xi
    holds it for China, so a bare title read as China's office stays bare."""
    offices: set[str] = set()
    for role in roles:
        words = role.split()
        if len(words) < 2 or words[-1].lower() != "counterpart":
            continue
        for title in HEAD_OF_STATE_TITLES:
            office = conventional_role(f"{words[-2]} {title}", places, taken=None)
            if office != f"{words[-2]} {title}":
                offices.add(office)
    return offices


def _one_holder(people: list[_Entry], held: list[set[str]], places: list[PlaceNamed]) -> None:
    """One office, one holder: when bare titles of several people were all read as the
    article's main country's office ("President Bloggs", then "President Wen"), the
    one named most often keeps it and the others keep the bare title; on a tie, none
    does (a story about India that quotes "Prime Minister Keir Starmer" once)."""
    expanded: dict[str, list[int]] = {}
    for n, entry in enumerate(people):
        role = entry.role
        if role and " of " in role and not role.lower().startswith("former ") and role not in held[n]:
            expanded.setdefault(role, []).append(n)
    for holders in expanded.values():
        if len(holders) < 2:
            continue
        ranked = sorted(holders, key=lambda n: -people[n].mentions)
        top = people[ranked[0]].mentions > people[ranked[1]].mentions
        for n in ranked[1:] if top else ranked:
            people[n].role = _chosen_role(people[n].readable_roles, places, None)


def _only_quoted_unknown(entry: _Entry, own: list[Mention]) -> bool:
    """A "person" named only inside quotation marks (a quotation's or a quoted term's, as
    in "the so-called 'Brexit bonus'"), untitled, whose name opens with no known given
    name: more likely a place or a thing the speaker or the writer named."""
    words = entry.name.split()
    return (
        bool(words)
        and entry.role is None
        and all(m.in_quote for m in own)
        and given_name_gender(words[0]) == "unknown"
    )


def _only_quoted_nameless_body(entry: _Entry, own: list[Mention]) -> bool:
    """An "organisation" named once, inside a quotation, with no word that
    makes a body ("Ministry", "Party", "Inc", "government") and no acronym: a speaker's
    capitalised phrase ("the Economy of X", "Christendom"), not an actor."""
    words = name_key(entry.name).split()
    return (
        len(own) == 1
        and own[0].in_quote
        and _acronym(entry.name) is None
        and not set(words) & (ORG_HEAD_WORDS | ORG_TYPE_WORDS | CORPORATE_WORDS | GENERIC_ORG_WORDS)
    )


def _brackets_the_name_before(mentions: list[Mention], n: int) -> bool:
    """Mention `n` is in brackets after a name of its own paragraph, the mention before
    it ("the Kurdistan Workers Party (PKK)"); after a name the mentions left out, the one
    before may be a place paragraphs away ("Iraq" for the PKK)."""
    return n > 0 and mentions[n].parenthetical and mentions[n - 1].para == mentions[n].para


def _renames_the_body_before(
    mentions: list[Mention], n: int, assigned: list[int | None], entries: list[_Entry]
) -> bool:
    """A "person" in brackets right after a body or place, untitled and with no
    known given name, is that body's other name ("the Supreme Court (Oberstes
    Gericht)")."""
    mention = mentions[n]
    if not _brackets_the_name_before(mentions, n) or mention.role or assigned[-1] is None:
        return False
    if entries[assigned[-1]].kind is ActorKind.PERSON:
        return False
    return not any(is_given_name(word) for word in mention.name.split())


def _role_head(role: str) -> str:
    """The head noun of a role's first phrase: "medieval church on the coast" -> church,
    "book and film critic" -> critic (a compound's head is its last word, so the
    words joined by "and" before it modify it)."""
    first = re.split(r",| of | in | on | at | for | from | with ", role, maxsplit=1)[0].split()
    return first[-1].lower() if first else ""


def _name_kin_owners(people: list[_Entry]) -> None:
    """'his son' -> "Jo Bloggs's son": a bare family word is a relation to the
    person of the same family name, else (for a first name alone or a spouse)
    to the person the article is about (mentioned most, by a clear lead)."""
    ranked = sorted(people, key=lambda e: -e.mentions)
    if not ranked:
        return
    lead = len(ranked) == 1 or ranked[0].mentions >= MAIN_PLACE_LEAD * ranked[1].mentions
    main = ranked[0] if lead else None
    for entry in people:
        if entry.role and entry.role.lower() in UNGENDERED_KIN:
            entry.role = gendered_kin(entry.role.lower(), entry.name)
        if not entry.role or entry.role.lower() not in KIN_WORDS:
            continue
        words = _family_words(entry.name)
        family = [
            p for p in ranked if p is not entry and len(words) > 1 and _family_words(p.name)[-1] == words[-1]
        ]
        married = entry.role.lower() in SPOUSE_WORDS
        owner = family[0] if family else (main if len(words) == 1 or married else None)
        if owner is not None and owner is not entry:
            entry.role = f"{owner.name}'s {entry.role.lower()}"


def _family_words(name: str) -> list[str]:
    """The words of a name without a generational suffix ("Jo Bloggs Sr." -> Jo, Bloggs)."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in {"sr", "jr", "ii", "iii", "iv"}:
        words = words[:-1]
    return words


def _chosen_role(roles: list[str], places: list[PlaceNamed], taken: frozenset[str] | None) -> str | None:
    """The role of a person's mentions to show: each written to the convention
    (`roletitles`), then the first, unless a later one adds a place or body."""
    chosen: str | None = None
    for role in roles:
        role = conventional_role(role, places, taken)
        if _better_role(role, chosen):
            chosen = role
    return chosen


def _settle_doubtful(entries: list[_Entry], mentions: list[Mention], assigned: list[int | None]) -> list[int]:
    """Indices of the entries to keep; one-word people never named in full,
    titled, given an honorific ("Mr. Bloggs") or made a subject become places or
    media, or are dropped."""
    kept = []
    for number, entry in enumerate(entries):
        own = [m for m, a in zip(mentions, assigned, strict=True) if a == number]
        doubtful = (
            entry.kind is ActorKind.PERSON
            and len(entry.name.split()) == 1
            and entry.role is None
            and all(m.salience == 0 and m.honorific is None for m in own)
        )
        if entry.kind is ActorKind.PERSON and _only_quoted_unknown(entry, own):
            continue
        if entry.kind is ActorKind.ORGANIZATION and _only_quoted_nameless_body(entry, own):
            continue
        if doubtful:
            prepositions = {m.preposition for m in own}
            if prepositions & LOCATIVE_PREPOSITIONS:
                entry.kind = ActorKind.PLACE
            elif prepositions & MEDIUM_PREPOSITIONS:
                entry.kind = ActorKind.ORGANIZATION
            else:
                continue
        kept.append(number)
    return kept
