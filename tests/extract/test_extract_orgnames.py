"""Organisation names cut at a joining word, repaired (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.models import ActorKind, Article


def _organisations(nlp: Language, text: str) -> set[str]:
    briefing = extract(Article(source="t.md", text=text), nlp)
    return {a.name for a in briefing.actors if a.kind is ActorKind.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Ana Ruiz of the Kessler School of Marine and Atmospheric Science"
            " at the University of Leeds said so.",
            "Kessler School of Marine and Atmospheric Science",
        ),
        (
            "The militant group, the Islamic Emirate of Syria and the Levant, claimed the attack.",
            "Islamic Emirate of Syria and the Levant",
        ),
        (
            "He was also a member of the United States House Select Committee on Libya until 2016.",
            "United States House Select Committee on Libya",
        ),
    ],
)
def test_name_goes_on_past_the_joining_word(nlp: Language, text: str, name: str) -> None:
    assert name in _organisations(nlp, text)


def test_two_universities_joined_by_and_stay_two(nlp: Language) -> None:
    text = "Researchers from the University of Washington and Stanford University took part."
    assert not any(" and " in name for name in _organisations(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rules were approved by Secretary of Transportation Elaine Cho on Friday.", "Transportation"),
        ("Wanda Ortiz, the Secretary of Justice for Puerto Rico, will replace him.", "Justice"),
        ("Bolton had served as National Security Advisor since April.", "National Security Advisor"),
    ],
)
def test_a_titles_words_are_no_organisation(nlp: Language, text: str, words: str) -> None:
    assert words not in _organisations(nlp, text)


def test_a_minister_of_a_place_named_before_the_person_stays_a_person(nlp: Language) -> None:
    text = 'First Minister of Scotland Nicola Sturgeon said via Twitter, "Today is a good day."'
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert any(a.kind is ActorKind.PERSON and a.name == "Nicola Sturgeon" for a in briefing.actors)


def test_a_plural_title_after_a_bodys_of_names_its_members(nlp: Language) -> None:
    text = "On Friday, the United States House of Representatives issued a subpoena to the minister."
    assert "United States House of Representatives" in _organisations(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Office of the United Nations High Commissioner for Human Rights said on Monday"
            " that it had received reports of arrests.",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
        (
            "Officials from the Office of the Ruritanian Special Commissioner for Refugees arrived.",
            "Office of the Ruritanian Special Commissioner for Refugees",
        ),
        ("The Supreme Court of India struck down the law on Thursday.", "Supreme Court of India"),
    ],
)
def test_an_office_named_for_a_title_and_a_court_of_a_country_keep_their_whole_name(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _organisations(nlp, text)


def test_a_title_after_a_body_without_a_remit_is_still_a_persons(nlp: Language) -> None:
    text = "House of Commons Speaker Jo Bloggs said the vote would go ahead."
    assert _organisations(nlp, text) == {"House of Commons"}


def test_a_department_of_two_portfolios_named_for_its_country_is_one_body(nlp: Language) -> None:
    text = "Public Services and Procurement Canada said its plan to offload space was being adjusted."
    names = {a.name for a in extract(Article(source="t.md", text=text), nlp).actors}
    assert "Public Services and Procurement Canada" in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name ended by a body's head word is whole: what follows the comma is a list's next name
        (
            "Swift has a new deal with Universal Music Group, and The Carlyle Group will be left to wonder.",
            {"Universal Music Group", "The Carlyle Group"},
        ),
        # one name across its commas
        (
            "The contract went to Boeing Defense, Space & Security on Friday.",
            {"Boeing Defense, Space & Security"},
        ),
        (
            "The United Nations Educational, Scientific and Cultural Organization (UNESCO) criticised it.",
            {"United Nations Educational, Scientific and Cultural Organization"},
        ),
    ],
)
def test_an_organisation_name_across_a_comma(nlp: Language, text: str, names: set[str]) -> None:
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert {a.name for a in briefing.actors if a.kind is ActorKind.ORGANIZATION} == names


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The Organisation for Trade and Cooperation in Asia, which runs the talks, met on Monday."
            " Delegates wrote to the OTCA complaining.",
            "Organisation for Trade and Cooperation in Asia",
            "OTCA",
        ),
        (
            "The Council for Peace and Development in Africa met on Monday. The CPDA said so.",
            "Council for Peace and Development in Africa",
            "CPDA",
        ),
    ],
)
def test_a_name_the_articles_acronym_spells_goes_on_past_the_model_cut(
    nlp: Language, text: str, name: str, short: str
) -> None:
    """The model ends the name before "in Asia" and tags the continent; the acronym the
    article uses spells the whole name, so the place is part of it and the acronym its alias."""
    briefing = extract(Article(source="t.md", text=text), nlp)
    bodies = {a.name: a.aliases for a in briefing.actors if a.kind is ActorKind.ORGANIZATION}
    assert name in bodies
    assert short in bodies[name]
    assert not any(a.kind is ActorKind.PLACE for a in briefing.actors)


def test_without_an_acronym_that_spells_it_the_name_keeps_the_models_end(nlp: Language) -> None:
    text = "The Council for Peace and Development in Africa met on Monday. The CPD said so."
    assert "Council for Peace and Development in Africa" not in _organisations(nlp, text)


def test_a_country_abbreviated_is_no_acronym_of_its_government(nlp: Language) -> None:
    text = "The United States government said the U.S. would act, and the US agreed."
    briefing = extract(Article(source="t.md", text=text), nlp)
    kinds = {a.name: (a.kind, a.aliases) for a in briefing.actors}
    assert kinds["United States"][0] is ActorKind.PLACE
    assert "US" not in kinds.get("United States government", (None, ()))[1]


def test_a_bracketed_acronym_joins_no_name_of_an_earlier_paragraph(nlp: Language) -> None:
    """The NER takes the quote's closing mark into the party's name ('," Mountain Workers
    Party'): the name is kept without it, and its acronym is its alias, never the
    alias of the place the paragraph before named."""
    text = (
        "Rebels said on Friday they would free seven soldiers they hold in northern Syria.\n\n"
        '"We are asking the families to come and pick them up," Mountain Workers Party (MWP)'
        " central committee member Jo Bloggs told journalists.\n\n"
        "The MWP often uses bases in Syria."
    )
    briefing = extract(Article(source="t.md", text=text), nlp)
    actors = {a.name: (a.kind, a.aliases) for a in briefing.actors}
    assert actors["Syria"] == (ActorKind.PLACE, ())
    assert actors["Mountain Workers Party"] == (ActorKind.ORGANIZATION, ("MWP",))


def test_an_untagged_name_its_tagged_acronym_spells_is_the_organisation(nlp: Language) -> None:
    text = (
        "The group was formed in 1994 by guerrillas who split from the anti-Borduria"
        " Syldavian National Union (SNU) and allied themselves with the army."
    )
    briefing = extract(Article(source="t.md", text=text), nlp)
    bodies = {a.name: a.aliases for a in briefing.actors if a.kind is ActorKind.ORGANIZATION}
    assert bodies == {"Syldavian National Union": ("SNU",)}


@pytest.mark.parametrize(
    "text",
    [
        "Staff lacked personal protective equipment (PPE), and the PPE shortage grew.",
        "Ebola virus disease (EVD) is a fever. Past EVD outbreaks killed half of the sick.",
    ],
)
def test_an_acronym_for_a_common_phrase_is_no_organisation(nlp: Language, text: str) -> None:
    assert _organisations(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The President of the Republic Stavros Kalogeropoulos signed the decree for the dissolution"
            " of parliament.",
            "Stavros Kalogeropoulos",
            "President of the Republic",
        ),
        (
            "The Speaker of the House Temuulen Batbayar signed the decree for the dissolution of parliament.",
            "Temuulen Batbayar",
            "Speaker of the House",
        ),
    ],
)
def test_a_titles_body_the_ner_ran_into_the_holders_name_is_the_role(
    nlp: Language, text: str, name: str, role: str
) -> None:
    """The NER tags "the Republic Stavros Kalogeropoulos" as one place or body: the body is
    the title's, the rest the person holding it."""
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert [(a.name, a.kind, a.role) for a in briefing.actors] == [(name, ActorKind.PERSON, role)]
