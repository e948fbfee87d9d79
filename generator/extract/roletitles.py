"""A person's role written to the news convention for heads of state and government.

A head of state or government is named with the place they lead, after the
title: "Ruritanian President", "Ruritania's president", "US President" and a
bare "President" in a story about Ruritania all become "President of
Ruritania"; a state's governor becomes "Governor of <state>". The place comes
from the role's own qualifier (a place name, its possessive or its demonym),
else from the place the article names most (a country for a head of state, a
first-level subdivision for a governor). Time words other than "former"
("current", "now-former") are dropped; "former" stays first. Titles abbreviated
before a name are written out ("Ohio Gov." -> "Governor of Ohio", "Sen." ->
"Senator"); a bare abbreviated governor gets no state (US wire copy names many).

Any other role is returned unchanged, and so is a head title whose qualifier
is not a place ("Senate President", "Vice President", "regional governor").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..text import acronym
from .gazetteer import (
    country_code,
    country_name,
    country_of,
    is_known_place,
    is_subdivision,
    place_key,
    subdivision_countries,
)
from .patterns import (
    ABBREVIATED_TITLES,
    AGENT_NOUN_ENDINGS,
    COUNTRY_ALIASES,
    DEMONYM_ENDINGS,
    DEMONYM_STEM,
    HEAD_OF_STATE_TITLES,
    HONORIFICS,
    IRREGULAR_DEMONYMS,
    MAIN_PLACE_LEAD,
    REGIONAL_HEAD_TITLES,
    TITLE_WORDS,
    UNGENDERED_KIN,
)
from .personnames import is_given_name

_NATIONAL = tuple(sorted((t.lower() for t in HEAD_OF_STATE_TITLES), key=len, reverse=True))
#: Monarchies (ISO 3166 alpha-2) with no office of president: a bare "President" in a story
#: about one of them is another country's ("President of Britain" was read for Musharraf).
_NO_PRESIDENT = frozenset(
    {
        "GB", "CA", "AU", "NZ", "JP", "ES", "NL", "BE", "SE", "NO", "DK", "LU", "LI", "MC",
        "TH", "MY", "KH", "BT", "JO", "MA", "SA", "KW", "QA", "BH", "OM", "BN", "SZ", "LS",
        "TO", "JM", "BS", "BZ", "PG",
    }
)  # fmt: skip
_REGIONAL = tuple(t.lower() for t in REGIONAL_HEAD_TITLES)
#: Names of a continent that a gazetteer may also give a country ("President of America").
_CONTINENT_NAMES = frozenset({"America", "Americas"})

_TITLE = re.compile(
    r"^(?:(?P<time>former|current|now-former|incumbent|sitting)\s+)?"
    r"(?:(?P<place>.+?)\s+)?"
    r"(?P<title>" + "|".join(_NATIONAL + _REGIONAL) + r")$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?$")
_DEFINITE_STARTS = ("United ", "Republic ", "Democratic ", "Federated ", "Kingdom ")


@dataclass(frozen=True)
class PlaceNamed:
    """A place an article names: its fullest form and how often it is mentioned."""

    name: str
    mentions: int
    #: Named by the article's wire dateline ("WASHINGTON (Reuters) -").
    dateline: bool = False


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _by_demonym(word: str, places: Sequence[PlaceNamed]) -> str | None:
    """The place of the article whose name a demonym starts like ("Ruritanian")."""
    key = place_key(word)
    if " " in key or len(key) <= DEMONYM_STEM or not key.endswith(DEMONYM_ENDINGS):
        return None
    scored = [(_shared_start(key, place_key(p.name)), p.name) for p in places if " " not in place_key(p.name)]
    scored = [s for s in scored if s[0] >= DEMONYM_STEM]
    if not scored:
        return None
    # the longest shared start, then the shortest name ("Turkey", not "Turkmenistan")
    best = max(s[0] for s in scored)
    names = sorted({name for n, name in scored if n == best}, key=len)
    if len(names) > 1 and len(names[0]) == len(names[1]):
        return None
    return names[0]


@lru_cache(maxsize=1)
def _world() -> tuple[PlaceNamed, ...]:
    """Every country under its common short name, for demonyms of countries
    the article does not name on their own."""
    import pycountry

    names = [common_country_name(c.alpha_2) for c in pycountry.countries]
    names += [a for a in COUNTRY_ALIASES if acronym(a) is None and a not in names]  # "Britain"
    return tuple(PlaceNamed(name, 0) for name in names)


def common_country_name(code: str) -> str:
    """The name news style writes a country by: the ISO short name, or the short
    form of COUNTRY_ALIASES when the ISO name is not English ("Türkiye") or is
    a formal style ("Russian Federation")."""
    name = country_name(code)
    if name.isascii() and "Federation" not in name:
        return name
    short = [a for a, c in COUNTRY_ALIASES.items() if c == code and acronym(a) is None]
    return min(short, key=len) if short else name


def country_of_word(word: str) -> str | None:
    """The ISO code of the country a word names, as a name ("UK") or a
    demonym ("British", "Samoan")."""
    code = country_code(word)
    if code is not None:
        return code
    named = _by_demonym(word, _world())
    return country_code(named) if named else None


#: Nouns for one of a nation's people that no country's name starts like ("Britons").
_PEOPLE_NOUNS = frozenset({"Briton", "Brit", "Scot", "Kiwi", "Aussie", "Yank"})
#: Demonyms of Britain's nations, which no country's name starts like ("Welshman").
_NATION_DEMONYMS = frozenset({"English", "Welsh", "Scots", "Scottish", "Cornish", "Manx", "British"})


def names_a_national(word: str) -> bool:
    """'Dutchman', 'Irishwoman', 'Frenchmen': a demonym made a noun for
    someone of that country, a description of a person and no name."""
    for ending in ("woman", "women", "man", "men"):
        if word.endswith(ending) and word[:1].isupper():
            stem = word[: -len(ending)]
            return stem in IRREGULAR_DEMONYMS or stem in _NATION_DEMONYMS or country_of_word(stem) is not None
    return False


#: Nouns for one of a nation's people that are no demonym adjective ("Spaniard Jo Bloggs").
_NATIONAL_NOUNS = _PEOPLE_NOUNS | {"Spaniard", "Dane", "Swede", "Pole", "Serb", "Croat", "Filipina"}


def names_a_nationality(word: str) -> bool:
    """'American', 'Belgian', 'Spaniard', 'Frenchman': a word for someone's nation,
    written before a name in wire and sports copy ("Belgian Anne Marchal"); not a
    country's own name ("Georgia")."""
    if word in _NATIONAL_NOUNS or word in IRREGULAR_DEMONYMS or word in _NATION_DEMONYMS:
        return True
    if names_a_national(word):
        return True
    return word[:1].isupper() and country_code(word) is None and country_of_word(word) is not None


def names_a_nations_people(word: str) -> bool:
    """'Americans', 'Kenyans', 'Britons': a demonym made a plural noun for a nation's
    people, no actor's name ("Philippines" and "Bahamas" are the countries' own)."""
    if not word.endswith("s") or " " in word or not word[:1].isupper() or is_known_place(word):
        return False
    stem = word[:-1]
    if stem in _PEOPLE_NOUNS:
        return True
    # a demonym's ending ("Kenyan", "Iraqi"), not a word that only starts like a country
    # ("Ethics"), nor a name ("Francis")
    named = is_given_name(word) or is_given_name(stem)
    return stem.endswith(("an", "i")) and not named and country_of_word(stem) is not None


def _display(name: str) -> str:
    """A country's name as a title's complement: its full form, "the" where
    the name takes it ("the United States", "the Bahamas")."""
    code = country_code(name)
    if code is not None and acronym(name) is not None:
        name = common_country_name(code)  # "UK" -> "United Kingdom"
    if code is not None and _takes_article(name, code):
        return f"the {name}"
    return name


def _takes_article(name: str, code: str) -> bool:
    import pycountry

    if name.startswith(_DEFINITE_STARTS):
        return True
    country = pycountry.countries.get(alpha_2=code)
    official = str(getattr(country, "official_name", "") or "")
    return name.endswith("s") and f"the {name}" in official


def _names_the_country(name: str, code: str) -> bool:
    """A place of the article that names country `code` as a title's place may:
    not by an acronym ("US") or a continent's name ("America")."""
    return country_code(name) == code and acronym(name) is None and name not in _CONTINENT_NAMES


def _place_of(qualifier: str, places: Sequence[PlaceNamed]) -> str | None:
    """The place a title's qualifier names ("US", "Ruritania's", "Ruritanian")."""
    text = _POSSESSIVE.sub("", qualifier.strip())
    if text.lower().startswith("the "):
        text = text[4:]
    key = place_key(text)
    for place in places:
        if place_key(place.name) == key:
            return place.name
    code = country_code(text)
    if code is not None:
        for place in places:  # "US" when the article also writes "United States"
            if _names_the_country(place.name, code):
                return place.name
        return text
    if is_subdivision(text):
        return text
    named = _by_demonym(text, places)
    if named is not None:
        return named
    irregular = IRREGULAR_DEMONYMS.get(text)
    if irregular is not None:
        fitting = [p.name for p in places if _names_the_country(p.name, irregular)]
        return fitting[0] if fitting else common_country_name(irregular)
    named = _by_demonym(text, _world())
    code = country_code(named) if named else None
    return common_country_name(code) if code else None  # "British" -> "United Kingdom"


def _main_place(
    places: Sequence[PlaceNamed], regional: bool, title: str = "", taken: frozenset[str] = frozenset()
) -> str | None:
    """The country (or, for a governor, the state) the article names most.

    A country's mentions count those of its cities and regions ("New Delhi"
    counts for India) when the article names the country itself. A country
    whose `title` another person holds (an office in `taken`) is left out:
    "Ruritanian President Jo Bloggs" makes a bare "President Sam Smith" the
    president of another country."""
    if not regional:
        return _main_country(places, title, taken)
    fitting = [
        (p.mentions, -n, p.name)
        for n, p in enumerate(places)
        if (is_subdivision(p.name) if regional else country_code(p.name) is not None)
    ]
    if not fitting:
        return None
    fitting.sort(reverse=True)
    if len(fitting) > 1 and fitting[0][0] < MAIN_PLACE_LEAD * fitting[1][0]:
        return None  # no one place the story is about
    return fitting[0][2]


def _main_country(places: Sequence[PlaceNamed], title: str, taken: frozenset[str]) -> str | None:
    totals: dict[str, int] = {}
    first: dict[str, int] = {}
    held = {
        country_code(o.partition(" of ")[2].removeprefix("the "))
        for o in taken
        if o.startswith(f"{title} of ")
    }
    named_countries: set[str] = set()
    for n, place in enumerate(places):
        code = _state_of(place, places) or country_of(place.name)
        if code is not None:
            totals[code] = totals.get(code, 0) + place.mentions
            first.setdefault(code, n)
            if country_code(place.name) == code:
                named_countries.add(code)
    # A country the article never names is no story's country: a leader arriving in
    # Brussels is not Belgium's (its cities count only towards a country it names).
    ranked = sorted(
        (c for c in totals if c not in held and c in named_countries), key=lambda c: (-totals[c], first[c])
    )
    if not ranked or any(
        totals[ranked[0]] < MAIN_PLACE_LEAD * totals[c] for c in totals if c != ranked[0] and c not in held
    ):
        # no one country the story is about: another, named or only through its towns
        # (Washington and Tennessee against the Philippines once), counts as much
        return None
    if any(totals[ranked[0]] * MAIN_PLACE_LEAD <= totals[c] for c in held if c in totals):
        return None  # the story is about a country whose office is held by someone else
    code = ranked[0]
    if held and totals[code] < 2:
        return None  # another country's office is named, and this one only once ("the Russia hoax")
    # "WASHINGTON (Reuters) - … President Bloggs" in a story about another country: a bare
    # title is the dateline country's office as often as the story's, unless that country
    # has no such office free (another person holds it, or a monarchy has no president)
    filed = {country_of(p.name) for p in places if p.dateline} - {None} - held
    if title == "President":
        filed -= _NO_PRESIDENT
    if filed and code not in filed:
        return None
    if title == "President" and code in _NO_PRESIDENT:
        return None  # "President Musharraf" in a story about Britain: Pakistan's, not Britain's
    named = [p.name for p in places if _names_the_country(p.name, code)]
    return named[0] if named else common_country_name(code)


def _state_of(place: PlaceNamed, places: Sequence[PlaceNamed]) -> str | None:
    """The country a country's name stands in as a state ("Georgia" among
    Ohio and Texas: a US state), when the article names two or more other
    places of that country; else None."""
    own = country_code(place.name)
    states = subdivision_countries(place.name) - {own} if own is not None else frozenset()
    for code in sorted(states):
        if sum(1 for p in places if p is not place and country_of(p.name) == code) >= 2:
            return code
    return None


#: An honorific the name's own, left at the end of the title before it
#: ("State Health Commissioner Dr. [Jo Bloggs]").
_TRAILING_HONORIFIC = re.compile(
    r"(?:\s+(?:the\s+(?:Rt\.?\s+)?Hon\.?|(?:"
    + "|".join(sorted(HONORIFICS - {"professor"}, key=len, reverse=True))
    + r")\.?))+$",
    re.IGNORECASE,
)  # "Health Commissioner Dr.", "Senator the Hon." (Jo Bloggs)
#: Words that open a description but are no part of the title ("another
#: eyewitness", "his wife", "the spokesman").
_LEADING_WORDS = re.compile(r"^(?:(?:another|the|a|an|his|her|their|its)\s+)+", re.IGNORECASE)
#: "of the Ruritania's National Agency": the place owning a named body, which
#: the body's own name does not need.
_PLACE_OWNER = re.compile(r"(\bof the )((?:[A-Z][\w.]*\s)*[A-Z][\w.]*)['’]s (?=[A-Z])")
_OFFICE_OF = re.compile(
    r"^(?P<former>former\s+)?(?P<title>" + "|".join(_NATIONAL + _REGIONAL) + r") of (?P<place>.+)$",
    re.IGNORECASE,
)


def _capitalised_office(role: str) -> str:
    """'president of Russia' -> "President of Russia": a head of state's or
    governor's office written as the convention writes it."""
    match = _OFFICE_OF.match(role.strip())
    if match is None:
        return role
    place = match["place"].removeprefix("the ")
    if not (is_known_place(place) or is_subdivision(place)):
        return role
    return f"{'former ' if match['former'] else ''}{match['title'].title()} of {match['place']}"


#: "London Mayor", "former Paris mayor": a city's head written before the title.
_CITY_HEAD = re.compile(
    r"^(?P<former>former\s+)?(?P<place>(?:[A-Z][\w.'’-]*\s)+)(?P<title>mayor)$", re.IGNORECASE
)


def _city_head(role: str) -> str:
    """'London Mayor' -> "Mayor of London", as a head of state's country follows
    the title; only for a place the gazetteer knows."""
    match = _CITY_HEAD.match(role.strip())
    if match is None:
        return role
    place = _POSSESSIVE.sub("", match["place"].strip())
    if not is_known_place(place):
        return role
    return f"{'former ' if match['former'] else ''}Mayor of {place}"


_EX = re.compile(r"^(?:ex-(?=[a-z])|former )", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^)]*(?:\)|$)")


def _singular_head(role: str) -> str:
    """One person's role in the singular: "visual artists" -> "visual artist",
    "members of parliament" -> "member of parliament" (a title word or an
    agent noun with a plural "s")."""
    words = role.split()
    if words[0].lower() == "of":
        return role  # "of Reuters": where the person is from, no noun for them
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    head = words[at]
    stem = head[:-1].lower()
    # an agent noun's ending on a capitalised word is a name's ("Reuters", "Sanders")
    agent = stem.endswith(AGENT_NOUN_ENDINGS) and not head[:1].isupper()
    if head.endswith("s") and not head.endswith("ss") and (stem in TITLE_WORDS or agent):
        words[at] = head[:-1]
    return " ".join(words)


def holds_office(role: str) -> bool:
    """True for a head of state's or government's office with its place, held now
    ("President of Ruritania", not "former President of Ruritania" or "President")."""
    match = _OFFICE_OF.match(role)
    return match is not None and not match["former"]


def _capitalised_honorific(match: re.Match[str]) -> str:
    """Nothing for trailing honorifics written as such ("Dr.", "the Hon."); the
    words themselves for a lowercase one ("first lady")."""
    words = match[0].split()
    return "" if words[-1][:1].isupper() else match[0]


def conventional_role(
    role: str, places: Sequence[PlaceNamed], taken: frozenset[str] | None = frozenset()
) -> str:
    """The role with a head of state's or governor's place after the title, and
    without a bracketed short name ("of the Ruritanian Academy (RA)").

    A bare title gets the article's main place unless another person holds
    that office by their own qualified title (`taken`: "Ruritanian President
    Jo Bloggs" makes "President Sam Smith" no president of Ruritania); with
    `taken=None`, bare titles stay bare."""
    role, abbreviated = _written_out(_BRACKETED.sub("", role).strip() or role)
    # "Health Commissioner Dr." (Jo Bloggs); a lowercase word is the role's own ("first lady")
    role = _TRAILING_HONORIFIC.sub(_capitalised_honorific, role).strip() or role
    role = _EX.sub("former ", role)  # "Ex-President", "Former Rep." -> "former President", "former Rep."
    role = _singular_head(_LEADING_WORDS.sub("", role) or role)
    before, former, after = role.partition(" former ")
    if former and " of " not in f" {before} " and " and " not in f" {before} ":
        role = f"former {after}"  # "Democratic challenger former Vice President": the title
    role = _PLACE_OWNER.sub(lambda m: m[1] if is_known_place(m[2]) else m[0], role)
    match = _TITLE.match(role.strip())
    if match is None:
        return _city_head(_capitalised_office(role))
    title = match["title"].lower()
    regional = title in _REGIONAL
    qualifier = match["place"]
    if qualifier:
        place = _place_of(qualifier, places)
    elif taken is None or abbreviated:
        # a bare abbreviated title ("Gov. Jo Bloggs") is US wire copy, which names many
        # states: no guess at which one
        place = None
    else:
        held = frozenset() if match["time"] and "former" in match["time"].lower() else taken
        place = _main_place(places, regional, title.title(), held)  # a former holder shares the title
    if place is None:
        return role
    office = f"{title.title()} of {_display(place)}"
    former = "former " if match["time"] and "former" in match["time"].lower() else ""
    if not qualifier and not former and taken and office in taken:
        return role  # a former holder shares the title, a current one does not
    return f"{former}{office}"


_ABBREVIATION = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a.title()) for a in sorted(ABBREVIATED_TITLES, key=len, reverse=True))
    + r")(?=\s|$)"
)  # capitalised only: "a sales rep." is no Representative


def _written_out(role: str) -> tuple[str, bool]:
    """The role with its abbreviated titles written out ("Ohio Gov." -> "Ohio Governor"),
    and whether there was one."""
    written = _ABBREVIATION.sub(lambda m: ABBREVIATED_TITLES[m[1].lower()], role)
    return written, written != role


_DEFINITE_BODY = re.compile(r"\b(of|at|for) the ([a-z]+)$")


def _head_word(name: str) -> str:
    """'Palace' of "Blenheim Palace", 'University' of "University of Essex"."""
    words = name.split()
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]


def named_body(role: str, names: Sequence[str]) -> str:
    """'chief executive of the palace' -> "chief executive of Blenheim Palace":
    a definite body at the end of a role, when exactly one organisation or place
    of the article has that word as its head."""
    match = _DEFINITE_BODY.search(role)
    if match is None:
        return role
    noun = match[2]
    fitting = {n for n in names if len(n.split()) > 1 and _head_word(n) == noun.title()}
    if len(fitting) != 1:
        return role
    (name,) = fitting
    the = "the " if " of " in name else ""  # "the University of X", "Blenheim Palace"
    return f"{role[: match.start()]}{match[1]} {the}{name}"


def gendered_kin(word: str, name: str) -> str:
    """'parent' -> "father" or "mother" by the person's given name
    (gender-guesser); the word itself when the name tells nothing."""
    from .personnames import given_name_gender

    man, woman = UNGENDERED_KIN[word]
    gender = given_name_gender(name.split()[0])
    if gender in {"male", "mostly_male"}:
        return man
    if gender in {"female", "mostly_female"}:
        return woman
    return word
