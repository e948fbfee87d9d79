"""Roles written to the convention for heads of state and government, on invented text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.roletitles import PlaceNamed, conventional_role

from .readouts import roles as _roles

PLACES = (PlaceNamed("Peru", 6), PlaceNamed("United States", 2), PlaceNamed("Ohio", 1))


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Samoan Prime Minister", "Prime Minister of Samoa"),
        ("Turkish President", "President of Turkey"),
        ("Austrian Chancellor", "Chancellor of Austria"),
        ("US President", "President of the United States"),
        ("UK Prime Minister", "Prime Minister of the United Kingdom"),
        ("Niger's president", "President of Niger"),
        ("Ohio's governor", "Governor of Ohio"),
        ("Prime minister", "Prime Minister of Peru"),
        ("former president", "former President of Peru"),
        ("current president", "President of Peru"),
        ("now-former governor", "former Governor of Ohio"),
    ],
)
def test_head_of_state_gets_its_country(role: str, expected: str) -> None:
    assert conventional_role(role, PLACES) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Ohio Gov.", "Governor of Ohio"),
        ("former Ohio Gov.", "former Governor of Ohio"),
        ("Gov.", "Governor"),  # bare: no guess at the state, unlike "governor" above
        ("Sen.", "Senator"),
        ("Texas Sen.", "Texas Senator"),
        ("state Rep.", "state Representative"),
        ("Lt. Gov.", "Lieutenant Governor"),
        ("Army Lt. Col.", "Army Lieutenant Colonel"),
        ("sales rep.", "sales rep."),  # lowercase: no title
        ("Former Rep.", "former Representative"),  # "former" as the corpus writes it, capitalised or not
    ],
)
def test_abbreviated_titles_are_written_out(role: str, expected: str) -> None:
    assert conventional_role(role, PLACES) == expected


@pytest.mark.parametrize(
    "role", ["Vice President", "Senate President", "regional governor", "Deputy Governor", "spokesman"]
)
def test_other_titles_stay_as_written(role: str) -> None:
    assert conventional_role(role, PLACES) == role


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Another eyewitness", "eyewitness"),
        ("his wife", "wife"),
        ("visual artists", "visual artist"),
        ("members of the city council", "member of the city council"),
        ("actress", "actress"),
        ("of the UK's Food Standards Agency", "of the Food Standards Agency"),
        ("of the Acme's Board", "of the Acme's Board"),
        ("Green challenger former Finance Minister", "former Finance Minister"),
        ("leader of the party and former mayor", "leader of the party and former mayor"),
    ],
)
def test_one_persons_role_without_its_article_in_the_singular(role: str, expected: str) -> None:
    assert conventional_role(role, PLACES) == expected


def test_bare_title_unresolved_when_no_country_leads() -> None:
    places = (PlaceNamed("Peru", 3), PlaceNamed("Chile", 2))
    assert conventional_role("President", places) == "President"


def test_country_name_takes_its_article() -> None:
    assert conventional_role("Prime Minister", (PlaceNamed("Bahamas", 3),)) == "Prime Minister of the Bahamas"


def test_plural_title_with_each_country(nlp: Language) -> None:
    text = (
        "At the summit on Friday, Presidents Anatole Mbeki of Ghana and Joseph Kabila of Kenya "
        "signed the treaty."
    )
    assert _roles(nlp, text)["Joseph Kabila"] == "President of Kenya"


def test_bare_title_in_a_story_about_one_country(nlp: Language) -> None:
    text = (
        "Floods hit Peru on Monday. President Martin Vizcarra toured the flooded towns of Peru. "
        "Peru asked for help, and aid reached Peru from Chile."
    )
    assert _roles(nlp, text)["Martin Vizcarra"] == "President of Peru"


def test_bare_title_never_takes_an_office_someone_else_holds() -> None:
    taken = frozenset({"President of Peru"})
    assert conventional_role("President", PLACES, taken) == "President"
    assert conventional_role("former president", PLACES, taken) == "former President of Peru"


def test_a_second_president_is_not_given_the_first_ones_country(nlp: Language) -> None:
    text = (
        "Peruvian President Martin Vizcarra met President Ivan Duque in Lima on Monday. "
        "Peru and Peru's neighbours watched, and Peru welcomed the talks."
    )
    assert _roles(nlp, text)["Ivan Duque"] == "President"


def test_a_countrys_cities_count_for_it() -> None:
    places = (PlaceNamed("Chile", 2), PlaceNamed("Lima", 2), PlaceNamed("Cusco", 1), PlaceNamed("Peru", 1))
    assert conventional_role("Prime Minister", places) == "Prime Minister of Peru"


def test_bare_title_goes_to_the_main_country_whose_office_is_free() -> None:
    places = (PlaceNamed("Peru", 5), PlaceNamed("Chile", 4), PlaceNamed("Lima", 1))
    assert conventional_role("President", places, frozenset()) == "President"  # no clear lead
    taken = frozenset({"President of Chile"})
    assert conventional_role("President", places, taken) == "President of Peru"
    assert conventional_role("Prime Minister", places, taken) == "Prime Minister"  # another office


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("French President", "President of France"),
        ("South Korean President", "President of South Korea"),
        ("Dutch Prime Minister", "Prime Minister of the Netherlands"),
    ],
)
def test_irregular_demonyms_name_their_country(role: str, expected: str) -> None:
    assert conventional_role(role, PLACES) == expected


def test_a_definite_body_in_a_role_is_the_one_named_so() -> None:
    from generator.extract.roletitles import named_body

    bodies = ["Acme Museum", "Springfield", "University of Springfield"]
    assert named_body("director of the museum", bodies) == "director of Acme Museum"
    assert named_body("professor at the university", bodies) == "professor at the University of Springfield"
    assert named_body("director of the museum", [*bodies, "Ruritania Museum"]) == "director of the museum"
    assert named_body("chief of staff", bodies) == "chief of staff"


def test_ex_is_former() -> None:
    assert conventional_role("Ex-President", PLACES) == "former President of Peru"
    assert conventional_role("ex-minister", PLACES) == "former minister"


def test_a_city_before_mayor_follows_the_title() -> None:
    assert conventional_role("Lima Mayor", PLACES) == "Mayor of Lima"
    assert conventional_role("former Lima mayor", PLACES) == "former Mayor of Lima"
    assert conventional_role("Acme Town Mayor", PLACES) == "Acme Town Mayor"  # no known place


def test_an_office_of_a_place_is_capitalised() -> None:
    assert conventional_role("president of Peru", PLACES) == "President of Peru"
    assert conventional_role("former prime minister of Peru", PLACES) == "former Prime Minister of Peru"
    assert conventional_role("president of the club", PLACES) == "president of the club"


def test_a_country_named_among_a_countrys_states_is_that_state_and_gives_no_president_a_country(
    nlp: Language,
) -> None:
    text = (
        "Other likely losers are Illinois, Iowa, Louisiana and Ohio. The winners are Arizona, "
        "Georgia, Nevada and Texas. President Obama won Nevada.\n\n"
        "The shift hurts President Obama, analysts said."
    )
    roles = _roles(nlp, text)
    assert roles["Obama"] == "President"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("State Health Commissioner Dr.", "State Health Commissioner"),
        ("Instagram cleaning influencer Mrs", "Instagram cleaning influencer"),
        ("criminology professor", "criminology professor"),
        ("Dr.", "Dr."),
    ],
)
def test_the_names_own_honorific_is_cut_off_the_end_of_a_title(role: str, expected: str) -> None:
    assert conventional_role(role, [], taken=None) == expected


def test_one_countrys_office_goes_to_one_bare_title_the_one_named_most(nlp: Language) -> None:
    text = (
        "President Dana Whitfield has lashed out after Paraguay's Supreme Court ruled against her.\n\n"
        "“I would like to congratulate President Wen and his great country,” she wrote.\n\n"
        "Paraguay's courts have blocked the order. Paraguay will appeal, Whitfield said."
    )
    roles = _roles(nlp, text)
    assert roles["Dana Whitfield"] == "President of Paraguay"
    assert roles["Wen"] == "President"


def test_one_countrys_office_goes_to_no_bare_title_when_two_are_named_as_often(nlp: Language) -> None:
    # a story about Paraguay that quotes another country's prime minister once
    text = (
        "Paraguay and Bolivia traded accusations on Monday. Paraguay closed the border.\n\n"
        "Prime Minister Dana Whitfield says her country is engaging urgently with both.\n\n"
        "Officials said Prime Minister Jorge Benitez monitored the operation."
    )
    roles = _roles(nlp, text)
    assert roles["Dana Whitfield"] == "Prime Minister"
    assert roles["Jorge Benitez"] == "Prime Minister"


def test_a_demonym_counterpart_holds_that_countrys_office_so_no_bare_title_takes_it(nlp: Language) -> None:
    text = (
        "When President Dana Price's advisers suggested that Brasilia buy more soy, Ms. Price was not "
        "satisfied. Brazil has bought little.\n\n"
        "The two sides could not reschedule a meeting between Ms. Price and her Brazilian counterpart, "
        "Joao Moreira, in Chile. Brazil said talks continue, and Brazil waits."
    )
    roles = _roles(nlp, text)
    assert roles["Dana Price"] == "President"
    assert roles["Joao Moreira"] == "Brazilian counterpart"
