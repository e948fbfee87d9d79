"""Kinds of names: votes over mentions, place nouns, edited letters (invented text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.extract.actors import merge_actors
from generator.extract.mentions import Mention
from generator.models import ActorKind, Article, Briefing


def _mention(name: str, kind: ActorKind, char: int) -> Mention:
    return Mention(0, char, char + 1, char, name, kind)


def test_an_even_vote_makes_a_place_only_of_a_known_place() -> None:
    mentions = [
        _mention("Quorvex", ActorKind.ORGANIZATION, 0),
        _mention("Quorvex", ActorKind.PLACE, 10),
        _mention("Ghana", ActorKind.ORGANIZATION, 20),
        _mention("Ghana", ActorKind.PLACE, 30),
    ]
    kinds = {a.name: a.kind for a in merge_actors(mentions).actors}
    assert kinds == {"Quorvex": ActorKind.ORGANIZATION, "Ghana": ActorKind.PLACE}


def _briefing(nlp: Language, text: str) -> Briefing:
    return extract(Article(source="t.md", text=text), nlp)


def _kinds(nlp: Language, text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in _briefing(nlp, text).actors}


def test_a_name_before_area_is_a_place(nlp: Language) -> None:
    text = "A hotel in the Moti Bagh area caught fire."
    assert _kinds(nlp, text).get("Moti Bagh") is ActorKind.PLACE


def test_an_editors_bracketed_letter_is_no_name(nlp: Language) -> None:
    text = 'The minister said: "[W]e will rebuild the bridge." Engineers agreed.'
    assert not any("]" in name for name in _kinds(nlp, text))


def _group(name: str, char: int) -> Mention:
    return _mention(name, ActorKind.ORGANIZATION, char)


def test_a_head_word_alone_joins_the_one_body_it_heads() -> None:
    mentions = [_group("Ruritanian Parliament", 0), _group("Parliament", 10)]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.aliases) for a in actors] == [("Ruritanian Parliament", ("Parliament",))]


def test_a_head_word_shared_by_two_bodies_stays_apart() -> None:
    mentions = [_group("Ruritanian Senate", 0), _group("Bordurian Senate", 5), _group("Senate", 10)]
    assert len(merge_actors(mentions).actors) == 3


def test_one_countrys_government_by_its_name_and_its_demonym() -> None:
    mentions = [_group("British government", 0), _group("UK government", 10)]
    assert len(merge_actors(mentions).actors) == 1


def test_a_storms_name_alone_is_no_actor(nlp: Language) -> None:
    text = (
        "Hurricane Marisol reached the Azores on Wednesday. "
        "Marisol then weakened, and Marisol is expected to reach Ireland by Friday."
    )
    assert "Marisol" not in _kinds(nlp, text)


def test_a_places_inhabitants_are_no_actor(nlp: Language) -> None:
    text = "Londoner Sam Ellis said the bridge was closed. Many Hong Kongers voted on Sunday."
    kinds = _kinds(nlp, text)
    assert "Londoner" not in kinds and "Hong Kongers" not in kinds


def test_a_title_with_a_capital_the_inside_a_sentence_is_no_place(nlp: Language) -> None:
    text = "A resident told The Baltic that the port was closed."
    assert _kinds(nlp, text).get("The Baltic") is ActorKind.ORGANIZATION


def test_a_place_word_name_listed_after_a_mistagged_one_stays_a_place(nlp: Language) -> None:
    text = "On Monday, flood warnings covered County Sligo, County Mayo, County Clare and County Wexford."
    assert _kinds(nlp, text).get("County Clare") is ActorKind.PLACE


def test_a_known_place_stays_a_place_when_its_last_word_was_taken_for_a_person() -> None:
    mentions = [
        _mention("Costa Rica", ActorKind.PLACE, 0),
        _mention("Rica", ActorKind.PERSON, 10),
        _mention("Costa Rica", ActorKind.PLACE, 20),
    ]
    kinds = {a.name: a.kind for a in merge_actors(mentions).actors}
    assert kinds.get("Costa Rica") is ActorKind.PLACE


def test_a_place_word_inside_a_bodys_name_makes_no_place(nlp: Language) -> None:
    text = "Abuse cases in each congregation are reported to the Signal Tower Society, the group said."
    assert _kinds(nlp, text).get("Signal Tower Society") is ActorKind.ORGANIZATION


def test_a_place_tagged_name_ending_in_a_bodys_head_word_is_a_body(nlp: Language) -> None:
    text = "The United States Coast Guard said on Monday that it ended the search."
    kinds = _kinds(nlp, text)
    assert kinds.get("United States Coast Guard") is ActorKind.ORGANIZATION


def test_a_bare_title_tagged_as_a_person_is_no_one(nlp: Language) -> None:
    text = "Queen Margarethe opened the bridge. Later the Queen met the crowds, and Queen said nothing."
    assert "Queen" not in _kinds(nlp, text)


def test_a_lone_word_once_tagged_a_body_is_a_body() -> None:
    mentions = [
        _mention("Zentrix", ActorKind.ORGANIZATION, 0),
        _mention("Zentrix", ActorKind.PERSON, 10),
        _mention("Zentrix", ActorKind.PERSON, 20),
    ]
    assert [a.kind for a in merge_actors(mentions).actors] == [ActorKind.ORGANIZATION]


def test_a_lone_word_tagged_a_person_more_often_than_a_body_who_speaks_is_someone() -> None:
    # "Sanders said …", "Sanders added …", then "told Sanders" tagged a body once
    mentions = [
        _mention("Zentrix", ActorKind.ORGANIZATION, 0),
        Mention(0, 10, 11, 10, "Zentrix", ActorKind.PERSON, salience=2, says=True),
        _mention("Zentrix", ActorKind.PERSON, 20),
    ]
    assert [a.kind for a in merge_actors(mentions).actors] == [ActorKind.PERSON]
    # a subject that says nothing ("Brexit will happen"): still a body
    mentions = [
        _mention("Zentrix", ActorKind.ORGANIZATION, 0),
        Mention(0, 10, 11, 10, "Zentrix", ActorKind.PERSON, salience=2),
        _mention("Zentrix", ActorKind.PERSON, 20),
    ]
    assert [a.kind for a in merge_actors(mentions).actors] == [ActorKind.ORGANIZATION]


def test_a_titled_persons_name_tagged_a_town_now_and_then_is_the_person() -> None:
    # "Senator Zentrix backed the bill", "Zentrix wrote", then "Zentrix's campaign" tagged a town
    mentions = [
        Mention(0, 0, 1, 0, "Zentrix", ActorKind.PERSON, role="Senator"),
        _mention("Zentrix", ActorKind.PLACE, 10),
        _mention("Zentrix", ActorKind.PERSON, 20),
        _mention("Zentrix", ActorKind.PLACE, 30),
    ]
    assert [(a.kind, a.mentions) for a in merge_actors(mentions).actors] == [(ActorKind.PERSON, 4)]
    # control: tagged a town more often than a person, the town stays
    mentions = [
        Mention(0, 0, 1, 0, "Zentrix", ActorKind.PERSON, role="Senator"),
        _mention("Zentrix", ActorKind.PLACE, 10),
        _mention("Zentrix", ActorKind.PLACE, 30),
    ]
    assert ActorKind.PLACE in {a.kind for a in merge_actors(mentions).actors}


def test_a_firms_name_after_its_founders_given_name_is_a_body(nlp: Language) -> None:
    text = (
        "According to exit polls conducted for the networks by Edison Research, majorities of voters "
        "feel betrayed. The campaign hired Joel Benenson Strategies and Perry Capital."
    )
    kinds = _kinds(nlp, text)
    assert {kinds.get(n) for n in ("Edison Research", "Joel Benenson Strategies", "Perry Capital")} == {
        ActorKind.ORGANIZATION
    }


def test_a_given_name_with_initials_joined_to_a_full_name_shares_its_surname(nlp: Language) -> None:
    text = "The money comes from a network led by Samuel G. and David H. Marsh. Madonna and Elton John sang."
    names = {a.name for a in _briefing(nlp, text).actors}
    assert {"Samuel G. Marsh", "David H. Marsh"} <= names
    assert {"Madonna", "Elton John"} <= names  # control: a full name ending in a given name shares nothing


def test_a_lone_name_acting_on_his_own_is_someone(nlp: Language) -> None:
    text = "The crowd cheered. Trump launched his campaign in June. Critics attacked Trump."
    assert _kinds(nlp, text).get("Trump") is ActorKind.PERSON
    # controls: a pronoun in what a body reported may be another's; a body the NER never
    # calls a person stays one, whoever "his" is
    assert _kinds(nlp, "The Kremlin said his visit would go ahead.").get("Kremlin") is ActorKind.ORGANIZATION
    text = "The President wants a wall, but Congress has not passed his budget. Congress met on Monday."
    assert _kinds(nlp, text).get("Congress") is ActorKind.ORGANIZATION
    # what a copula says of the subject is no act of its own: "his" is someone else's
    from generator.extract.mentions import _acts_on_his_own

    doc = nlp("He got a job, and Clarkston became his home.")
    assert not _acts_on_his_own(doc[6:7])
    doc = nlp("Bloggs launched his campaign in June.")
    assert _acts_on_his_own(doc[0:1])
    # nor is it the subject's when someone is named before it in the sentence
    doc = nlp("As for Mr. Bloggs, Acme put his net worth at $45 billion.")
    assert not _acts_on_his_own(doc[5:6]) and doc[5].text == "Acme"


def test_an_acronym_written_as_a_kind_of_body_is_no_name(nlp: Language) -> None:
    text = (
        "Donors gave to a super PAC supporting Jo Bloggs. The super PAC replaced the ads. "
        "She joined an NGO in Kenya. A CNN reporter asked the FBI. She values a strong EU. The EU met."
    )
    kinds = _kinds(nlp, text)
    assert "PAC" not in kinds and "NGO" not in kinds
    # controls: a name qualifying a noun, and one also written as a name elsewhere
    assert {kinds.get("CNN"), kinds.get("FBI"), kinds.get("EU")} == {ActorKind.ORGANIZATION}


def test_a_laws_name_is_no_actor_wherever_written(nlp: Language) -> None:
    text = (
        "Republicans vowed to repeal Bloggscare. The Bloggscare mandate requires coverage. "
        "Bloggscare is failing, Senator Jo Kell said. Tennessee law bans it, and the UN mandate expires."
    )
    kinds = _kinds(nlp, text)
    assert "Bloggscare" not in kinds
    # controls: a place's law and a body's mandate leave the place and the body; a firm's
    # name ending in "Law" is no law
    assert kinds.get("Tennessee") is ActorKind.PLACE and kinds.get("UN") is ActorKind.ORGANIZATION
    text = "The deals are informal, said tax attorney Sam Brotman of Brotman Law. Brotman spoke on Thursday."
    forms = {form for a in _briefing(nlp, text).actors for form in (a.name, *a.aliases)}
    assert "Brotman" in forms


def test_a_common_word_opening_a_sentence_is_no_body(nlp: Language) -> None:
    text = "Officials in Apia ordered a curfew. Households were asked to stay indoors on Friday."
    assert "Households" not in _kinds(nlp, text)


def _person(name: str, char: int, role: str | None = None) -> Mention:
    return Mention(0, char, char + 1, char, name, ActorKind.PERSON, role=role)


def test_a_bare_family_word_names_whose_relative() -> None:
    mentions = [
        _person("Vera Holt", 0),
        _person("Holt", 5),
        _person("Holt", 6),
        _person("Holt", 7),
        _person("Ada Lenz", 10, role="wife"),
        _person("Otto", 20, role="son"),
        _person("Max Quill", 30),
        _person("Tom Quill", 40, role="son"),
        _person("Ida Crane", 50, role="daughter"),
    ]
    roles = {a.name: a.role for a in merge_actors(mentions).actors}
    assert roles["Ada Lenz"] == "Vera Holt's wife"
    assert roles["Otto"] == "Vera Holt's son"
    assert roles["Tom Quill"] == "Max Quill's son"
    assert roles["Ida Crane"] == "daughter"  # another family: whose daughter is not said


def test_a_name_ending_in_a_kind_of_body_is_no_person(nlp: Language) -> None:
    # "Paris" and "Austin" are given names too: the last word says it is a body
    for name in ("Paris Fire Brigade", "Austin Stock Exchange"):
        assert _kinds(nlp, f"{name} said two people died.").get(name) is ActorKind.ORGANIZATION


def test_a_body_after_a_title_is_not_cut_into_a_person_without_a_given_name(nlp: Language) -> None:
    text = "Tendai Moyo, director of Youth Forum Zimbabwe, said the vote was unfair."
    kinds = _kinds(nlp, text)
    assert kinds.get("Youth Forum Zimbabwe") is ActorKind.ORGANIZATION
    assert "Forum Zimbabwe" not in kinds


def test_a_person_after_a_bodys_name_is_split_off_with_a_hyphenated_given_name(nlp: Language) -> None:
    text = '"We are worried," said Ruritania director of Amnesty International Man-kei Tam on Monday.'
    kinds = _kinds(nlp, text)
    assert kinds.get("Man-kei Tam") is ActorKind.PERSON


def test_a_title_word_of_a_persons_name_does_not_make_a_body(nlp: Language) -> None:
    text = 'Broadcaster Piers Morgan commented, "The man was very brave."'
    assert _kinds(nlp, text).get("Piers Morgan") is ActorKind.PERSON


def test_a_known_citys_name_tagged_as_a_people_is_a_place(nlp: Language) -> None:
    text = (
        "The Montreal team, led by a physicist, used data from a telescope. "
        "The team from Toronto then checked the Montreal team's data."
    )
    assert _kinds(nlp, text).get("Montreal") is ActorKind.PLACE


def test_a_citys_name_alone_tagged_as_a_person_is_a_place(nlp: Language) -> None:
    text = (
        "The Edinburgh team, led by a physicist, used data from a telescope. "
        "Others then checked the Edinburgh team's data. "
        "Jo Lincoln, a farmer, said the harvest failed. Lincoln added that prices rose."
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("Edinburgh") is ActorKind.PLACE
    assert kinds.get("Jo Lincoln") is ActorKind.PERSON


def test_a_citys_name_tagged_a_person_that_speaks_or_owns_is_no_city(nlp: Language) -> None:
    # a lone surname that is also a town's name (Obama, Fukui): what makes it a person
    # is what it does in the sentence, not the town list
    said = "Critics said the deal was weak. Obama said the deal would hold."
    assert _kinds(nlp, said).get("Obama") is ActorKind.PERSON
    owned = "Critics attacked Obama's decision to leave the talks early."
    assert _kinds(nlp, owned).get("Obama") is not ActorKind.PLACE
    office = "The rules were issued by the Obama administration in its first year."
    kinds = _kinds(nlp, office)
    assert kinds.get("Obama administration") is ActorKind.ORGANIZATION and "Obama" not in kinds
    # control: a town's name before a noun it does not own stays a place
    assert _kinds(nlp, "The Edinburgh team used data from a telescope.").get("Edinburgh") is ActorKind.PLACE


def test_a_surname_tagged_a_town_is_the_person_in_every_mention_once_it_speaks(nlp: Language) -> None:
    text = (
        "The president nominated Judge Merrick Garland in March. Senators refused to hold "
        "hearings or a vote on Garland. Garland has waited 160 days. Republicans said a vote "
        "on Garland would wait until after the election."
    )
    actors = {a.name: (a.kind, a.mentions) for a in _briefing(nlp, text).actors}
    assert actors.get("Merrick Garland") == (ActorKind.PERSON, 4) and "Garland" not in actors


def test_a_days_or_a_clocks_name_is_no_actor(nlp: Language) -> None:
    text = (
        "Voters in 11 states go to the polls on Super Tuesday (all times Eastern Standard Time). "
        "Churches were full on Easter Sunday. He spoke in Paris Tuesday."
    )
    kinds = _kinds(nlp, text)
    assert not {"Super", "Eastern Standard Time", "Easter Sunday"} & set(kinds)
    assert kinds.get("Paris") is ActorKind.PLACE  # control: a known place before a weekday


def test_a_bodys_name_led_by_a_country_in_two_forms_is_one_body() -> None:
    mentions = [_group("United States Navy", 0), _group("U.S. Navy", 10), _group("U.S. Army", 20)]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.aliases) for a in actors] == [
        ("United States Navy", ("U.S. Navy",)),
        ("U.S. Army", ()),
    ]


def test_a_body_owned_by_another_in_one_name_is_two_bodies(nlp: Language) -> None:
    text = "A judge allowed the House of Representatives' Committee on Ways and Means to see the records."
    kinds = _kinds(nlp, text)
    assert kinds.get("House of Representatives") is ActorKind.ORGANIZATION
    assert kinds.get("Committee on Ways and Means") is ActorKind.ORGANIZATION


def test_a_name_with_two_family_names_and_its_shorter_forms_are_one_person() -> None:
    mentions = [
        _person("Tomas Rivera Soto", 0),
        _person("Ana Ruiz", 10),
        _person("Rivera Soto", 20),
        _person("Ana M. Ruiz Vega", 30),
        _person("Ana Vega", 40),
    ]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.aliases) for a in actors] == [
        ("Tomas Rivera Soto", ("Rivera Soto",)),
        ("Ana M. Ruiz Vega", ("Ana Ruiz", "Ana Vega")),
    ]


def test_a_countrys_government_by_its_possessive_and_its_demonym_is_one_body() -> None:
    mentions = [_group("Peruvian government", 0), _group("Peru's government", 10)]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.aliases) for a in actors] == [("Peruvian government", ("Peru's government",))]


def test_an_androgynous_given_name_does_not_make_a_body_a_person(nlp: Language) -> None:
    text = "Aid from the Red Crescent and local officials arrived on Monday."
    assert _kinds(nlp, text).get("Red Crescent") is ActorKind.ORGANIZATION


def test_a_full_name_the_ner_missed_after_a_capitalised_title_is_a_person(nlp: Language) -> None:
    text = (
        "The resignation of Governor Ricardo Rosselló Nevares followed a scandal. "
        "Rosselló said he would leave."
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert actors["Ricardo Rosselló Nevares"].kind is ActorKind.PERSON
    assert actors["Ricardo Rosselló Nevares"].aliases == ("Rosselló",)


def test_a_persons_family_name_in_the_plural_is_no_actor() -> None:
    mentions = [_person("Vera Holt", 0), _group("Holts", 10), _mention("Holts", ActorKind.PLACE, 20)]
    assert [a.name for a in merge_actors(mentions).actors] == ["Vera Holt"]


def test_an_outlet_joined_to_a_persons_surname_is_split(nlp: Language) -> None:
    text = 'Senator Jo Marsh died on Thursday. Sam Cole, the party leader, told CNN Marsh "was a kind woman."'
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert "CNN Marsh" not in actors
    assert actors["CNN"].kind is ActorKind.ORGANIZATION
    assert actors["Jo Marsh"].aliases == ("Marsh",)


def test_two_known_places_joined_by_a_hyphen_are_a_place(nlp: Language) -> None:
    text = "Visitors came from Oshawa-Whitby on Sunday."
    assert _kinds(nlp, text).get("Oshawa-Whitby") is ActorKind.PLACE


def test_two_countries_joined_by_a_hyphen_name_a_relation_not_a_place() -> None:
    from generator.extract.mentions import _joined_places

    assert _joined_places("Oshawa-Whitby")
    assert not _joined_places("Peru-Chile")
    assert not _joined_places("Quorvex-Whitby")


def test_a_place_noun_that_qualifies_a_noun_after_a_name_is_cut_off(nlp: Language) -> None:
    text = "Measles spread to other Pacific island nations and the Americas last year."
    kinds = _kinds(nlp, text)
    assert kinds.get("Pacific") is ActorKind.PLACE
    assert "Pacific island" not in kinds


def test_a_persons_name_the_ner_took_for_a_title_is_a_person(nlp: Language) -> None:
    text = (
        'The minister cited "the ongoing repression of the people and its support for '
        'Nicolás Maduro in Venezuela" as the reason.'
    )
    assert _kinds(nlp, text).get("Nicolás Maduro") is ActorKind.PERSON


def test_a_persons_name_that_qualifies_a_thing_names_the_thing(nlp: Language) -> None:
    text = "Engineers said the Harold Quimby space telescope will launch next year."
    assert "Harold Quimby" not in _kinds(nlp, text)


def test_a_name_tagged_a_person_and_a_place_alike_without_a_title_is_a_place() -> None:
    mentions = [
        _mention("Kafr Duwayn", ActorKind.PERSON, 0),
        _mention("Kafr Duwayn", ActorKind.PLACE, 10),
    ]
    assert [(a.name, a.kind) for a in merge_actors(mentions).actors] == [("Kafr Duwayn", ActorKind.PLACE)]


def test_a_titled_person_tagged_a_place_once_stays_a_person() -> None:
    mentions = [
        Mention(0, 0, 1, 0, "Jo Quimby", ActorKind.PERSON, role="Mayor"),
        _mention("Jo Quimby", ActorKind.PLACE, 10),
    ]
    assert ActorKind.PERSON in [a.kind for a in merge_actors(mentions).actors]


def test_a_name_described_as_a_building_is_a_place(nlp: Language) -> None:
    text = "Pilgrims visited Quimby Abbey, a medieval church on the coast."
    assert _kinds(nlp, text).get("Quimby Abbey") is ActorKind.PLACE


def test_a_bracketed_other_name_of_a_body_is_its_alias() -> None:
    mentions = [
        _group("Supreme Court of Ruritania", 0),
        Mention(0, 5, 7, 30, "Oberstes Gericht", ActorKind.PERSON, parenthetical=True),
    ]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.aliases) for a in actors] == [("Supreme Court of Ruritania", ("Oberstes Gericht",))]


def test_a_bodys_bracketed_other_name_used_again_stays_the_body() -> None:
    mentions = [
        _group("Supreme Court of Ruritania", 0),
        Mention(0, 5, 7, 30, "Oberstes Gericht", ActorKind.PERSON, parenthetical=True),
        _mention("Oberstes Gericht", ActorKind.PERSON, 80),
    ]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.mentions) for a in actors] == [("Supreme Court of Ruritania", 3)]


def test_a_bracket_with_a_space_inside_still_holds_a_bodys_other_name(nlp: Language) -> None:
    text = "The Supreme Court of Ruritania (Oberstes Gericht\u2009) referred the case to judges."
    assert "Oberstes Gericht" not in _kinds(nlp, text)


def test_a_people_by_its_plural_demonym_and_countries_joined_by_a_hyphen_are_no_actors(nlp: Language) -> None:
    text = "Envoys discussed the rights of Upper Vandor Mongolians and the Chile-Peru border."
    kinds = _kinds(nlp, text)
    assert "Upper Vandor Mongolians" not in kinds
    assert "Chile-Peru" not in kinds


def test_an_editors_brackets_inside_a_name_are_dropped_from_it(nlp: Language) -> None:
    text = (
        'Senator Jo Quimby said, "The rebels will now align with [Bashir al] Assad because they have '
        'nobody else." Quimby spoke on Monday.'
    )
    names = _kinds(nlp, text)
    assert "Bashir al Assad" in names
    assert not any("[" in name or "]" in name for name in names)


def test_a_languages_name_is_no_actor(nlp: Language) -> None:
    text = "The Quimby trial, named for the Swahili phrase for hope, began in Kenya."
    assert "Swahili" not in _kinds(nlp, text)


def test_a_companys_own_name_tagged_a_person_joins_the_company() -> None:
    mentions = [
        _group("Quorvex Holdings", 0),
        Mention(0, 5, 6, 40, "Quorvex", ActorKind.PERSON, preposition="into"),
    ]
    actors = merge_actors(mentions).actors
    assert [(a.name, a.kind, a.aliases) for a in actors] == [
        ("Quorvex Holdings", ActorKind.ORGANIZATION, ("Quorvex",))
    ]


def test_an_untitled_name_only_quoted_and_with_no_given_name_is_no_person() -> None:
    mentions = [
        Mention(0, 0, 2, 0, "Jo Quimby", ActorKind.PERSON, role="Mayor"),
        Mention(0, 9, 11, 40, "Qasr Ouvrard", ActorKind.PERSON, in_quote=True),
        Mention(0, 19, 21, 80, "Harold Vance", ActorKind.PERSON, in_quote=True),
    ]
    assert [a.name for a in merge_actors(mentions).actors] == ["Jo Quimby", "Harold Vance"]


def test_a_bodyless_organisation_named_once_in_a_quotation_is_dropped() -> None:
    mentions = [
        _group("Ruritanian Ministry of Health", 0),
        Mention(0, 9, 12, 40, "Economy of Freedonia", ActorKind.ORGANIZATION, in_quote=True),
        Mention(0, 19, 21, 80, "Freedonian government", ActorKind.ORGANIZATION, in_quote=True),
        Mention(0, 29, 30, 120, "FDA", ActorKind.ORGANIZATION, in_quote=True),
    ]
    names = [a.name for a in merge_actors(mentions).actors]
    assert names == ["Ruritanian Ministry of Health", "Freedonian government", "FDA"]


def test_a_person_whose_surname_is_a_place_word_stays_a_person(nlp: Language) -> None:
    # "Park", "Lane", "Bay", "Lake" are surnames too: a given name first and a person's
    # part in the sentence (subject, apposition, title) keep the NER's person.
    for text, name in [
        ('Lena Park, 34, said she had waited four hours. "Nobody told us anything," she said.', "Lena Park"),
        ("Director Michael Bay said the film was finished.", "Michael Bay"),
        ("Nathan Lane won the award on Sunday.", "Nathan Lane"),
        ("Mary Lake, 52, said the water rose overnight.", "Mary Lake"),
        # set off after what the person is, though not the sentence's subject
        ("Officials met the producer of the series, Dana Bay, on Tuesday.", "Dana Bay"),
    ]:
        assert _kinds(nlp, text).get(name) is ActorKind.PERSON, text
    places = _kinds(nlp, "The Albert Bridge was closed. Protesters marched to Gorky Park.")
    assert places.get("Albert Bridge") is places.get("Gorky Park") is ActorKind.PLACE


def test_a_quote_by_a_person_whose_surname_is_a_place_word_is_theirs(nlp: Language) -> None:
    text = 'Lena Park, 34, said she had waited four hours. "Nobody told us anything," she said.'
    quotes = _briefing(nlp, text).quotes
    assert [q.speaker for q in quotes] == ["Lena Park"]


def test_an_untagged_name_joined_by_and_to_an_organisation_is_one(nlp: Language) -> None:
    # The NER found only the second of the two bodies.
    kinds = _kinds(nlp, "Human Rights Watch and Amnesty International criticised the law.")
    assert kinds.get("Human Rights Watch") is kinds.get("Amnesty International") is ActorKind.ORGANIZATION
    # A titled name so joined is a person the NER missed, not a body.
    text = "On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the deal."
    assert ActorKind.ORGANIZATION not in _kinds(nlp, text).values()


def test_two_bodies_the_ner_took_as_one_name_are_two(nlp: Language) -> None:
    kinds = _kinds(nlp, "Amnesty International and Human Rights Watch criticised the law.")
    assert kinds.get("Amnesty International") is kinds.get("Human Rights Watch") is ActorKind.ORGANIZATION
    # One body whose name has "and" in it stays one.
    for text, name in [
        (
            "The U.S. Securities and Exchange Commission fined the firm.",
            "U.S. Securities and Exchange Commission",
        ),
        (
            "The Ministry of Health and Social Care published the figures.",
            "Ministry of Health and Social Care",
        ),
    ]:
        assert _kinds(nlp, text) == {name: ActorKind.ORGANIZATION}, text


def test_a_body_listed_with_a_person_stays_a_body(nlp: Language) -> None:
    # People listed together make a mistagged one a person; a body's type word says otherwise.
    kinds = _kinds(nlp, "Jo Bloggs and Amnesty International criticised the law.")
    assert kinds == {"Jo Bloggs": ActorKind.PERSON, "Amnesty International": ActorKind.ORGANIZATION}
    people = _kinds(nlp, "Sam Smith, Jane Doe and Rita Okafor spoke.")
    assert set(people.values()) == {ActorKind.PERSON}


def test_a_bodys_own_possessive_ending_stays_in_its_name(nlp: Language) -> None:
    assert _kinds(nlp, "Moody's downgraded the country's credit rating.") == {
        "Moody's": ActorKind.ORGANIZATION
    }
    assert _kinds(nlp, "McDonald's said sales rose.") == {"McDonald's": ActorKind.ORGANIZATION}
    # An owner's "'s" is no part of its name.
    assert _kinds(nlp, "Acme's chief executive resigned.") == {"Acme": ActorKind.ORGANIZATION}


def test_a_lone_surname_tagged_a_place_again_and_again_is_the_person_unless_a_known_place() -> None:
    mentions = [
        _mention("Tomas Kerevan", ActorKind.PERSON, 0),
        *(_mention("Kerevan", ActorKind.PLACE, 10 * n) for n in range(1, 5)),
        _mention("Sam Jordan", ActorKind.PERSON, 60),
        *(_mention("Jordan", ActorKind.PLACE, 60 + 10 * n) for n in range(1, 5)),
    ]
    kinds = {a.name: a.kind for a in merge_actors(mentions).actors}
    assert kinds == {
        "Tomas Kerevan": ActorKind.PERSON,
        "Sam Jordan": ActorKind.PERSON,
        "Jordan": ActorKind.PLACE,
    }


def test_a_name_after_a_mayor_of_a_town_is_the_mayor_not_a_second_town(nlp: Language) -> None:
    text = "The mayor of Kediri, Sri Wahyuningsih, comforted relatives and urged them to be strong."
    kinds = _kinds(nlp, text)
    assert kinds.get("Sri Wahyuningsih") is ActorKind.PERSON
    assert kinds.get("Kediri") is ActorKind.PLACE


def test_initials_and_a_surname_tagged_a_body_are_a_person(nlp: Language) -> None:
    text = (
        "The festival opens with P.K. Ranjani's “The Quiet Harbour,” a film about fishermen.\n\n"
        "Ranjani told the audience that the film took six years to make."
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("P.K. Ranjani") is ActorKind.PERSON
    assert "Ranjani" not in kinds  # the surname is the same person


def test_a_relative_named_after_a_kin_word_is_a_person(nlp: Language) -> None:
    text = "Relatives were waiting for news of her brother, Suryanto Halim, at the port."
    assert _kinds(nlp, text).get("Suryanto Halim") is ActorKind.PERSON


def test_a_ships_name_is_no_actor_and_takes_no_ones_role_or_quote(nlp: Language) -> None:
    text = (
        "Speaking aboard the destroyer USS Halvorsen, the Pentagon chief said the Corps had "
        '"gotten too big" and would be trimmed.\n\n'
        "The Malaysian navy ship KD Lekir joined the search."
    )
    briefing = _briefing(nlp, text)
    names = {a.name for a in briefing.actors}
    assert not names & {"USS Halvorsen", "KD Lekir"}
    assert [q.speaker for q in briefing.quotes] != ["USS Halvorsen"]


def test_a_titled_persons_name_alone_is_the_person_though_a_small_town_shares_it(nlp: Language) -> None:
    text = (
        "The deal is raising questions about what President Nakamura calls a warmer relationship.\n\n"
        "Nakamura also recently declared that his counterpart would help."
    )
    actors = [(a.name, a.kind) for a in _briefing(nlp, text).actors]
    assert [a for a in actors if a[0] == "Nakamura"] == [("Nakamura", ActorKind.PERSON)]


def test_a_country_is_no_short_name_of_a_company_named_after_it(nlp: Language) -> None:
    text = (
        "Ten flights between Taiwan and Europe were diverted, China Airlines said.\n\n"
        "China expressed “regret” over the military action."
    )
    briefing = _briefing(nlp, text)
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds.get("China") is ActorKind.PLACE
    assert [q.speaker for q in briefing.quotes] == ["China"]


def test_a_brand_written_with_inner_capitals_is_no_place(nlp: Language) -> None:
    text = "Travellers booked through AirAsia and shared their plans on WhatsApp before flying to Surabaya."
    kinds = _kinds(nlp, text)
    assert kinds.get("AirAsia") is not ActorKind.PLACE
    assert kinds.get("Surabaya") is ActorKind.PLACE


def test_a_wire_datelines_city_is_a_place_named_as_the_town_is(nlp: Language) -> None:
    # written in capitals in the dateline, named as the town is written ("Indianapolis")
    text = "INDIANAPOLIS (AP) — Indiana Gov. Eric Holcomb on Tuesday endorsed the revised state budget."
    assert _kinds(nlp, text).get("Indianapolis") is ActorKind.PLACE


def test_a_dateline_in_capitals_is_the_same_place_as_the_town_named_after(nlp: Language) -> None:
    text = (
        "NEW YORK (Reuters) - The Federal Reserve said on Monday that rates would stay. "
        "Traders in New York were calm."
    )
    places = [a for a in _briefing(nlp, text).actors if a.kind is ActorKind.PLACE]
    assert [(a.name, a.aliases) for a in places] == [("New York", ())]


def test_each_town_of_a_dateline_is_a_place_and_its_agency_no_actor(nlp: Language) -> None:
    # "WASHINGTON/HAVANA (Reuters) -": two towns; the agency the dateline credits is neither
    # another name of either nor an actor of the story (the publisher, not someone in it)
    text = (
        "WASHINGTON/HAVANA (Reuters) - The United States on Wednesday published new rules on travel to Cuba."
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert actors["Washington"].kind is ActorKind.PLACE and actors["Havana"].kind is ActorKind.PLACE
    assert "Reuters" not in actors
    assert all("Reuters" not in a.aliases for a in actors.values())


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Indianapolis (AP) — Several thousand teachers marched on Friday.", "Indianapolis"),
        ("INDIANAPOLIS (AP) — Several thousand teachers marched on Friday.", "Indianapolis"),
        ("Springfield, Ill. (AP) — Several thousand teachers marched on Friday.", "Ill."),
    ],
)
def test_a_datelines_town_written_either_way_is_a_place_and_its_agency_no_other_name(
    nlp: Language, text: str, town: str
) -> None:
    briefing = _briefing(nlp, text)
    actors = {a.name: a for a in briefing.actors}
    assert actors[town].kind is ActorKind.PLACE and "AP" not in actors[town].aliases


def test_a_chant_is_a_quotation(nlp: Language) -> None:
    text = (
        "Indianapolis – Several thousand teachers surrounded the Statehouse on Tuesday.\n\n"
        "Teachers chanted, “Fund our schools,” as hundreds of them lined its entrances."
    )
    briefing = _briefing(nlp, text)
    assert [(q.text, q.speaker) for q in briefing.quotes] == [("Fund our schools,", None)]


def test_a_plural_name_after_its_town_is_a_team_not_a_person(nlp: Language) -> None:
    kinds = _kinds(nlp, "Miami Dolphins quarterback Tua Tagovailoa threw for 300 yards.")
    assert kinds.get("Miami Dolphins") is not ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        ("Are Urban Meyer and Nick Saban grandstanding about agents?", "Urban Meyer", "Are Urban Meyer"),
        ("Follow Jefferson Graham on Twitter for more.", "Jefferson Graham", "Follow Jefferson Graham"),
    ],
)
def test_a_verb_the_ner_took_into_a_name_is_cut_off(nlp: Language, text: str, name: str, absent: str) -> None:
    kinds = _kinds(nlp, text)
    assert name in kinds and absent not in kinds


@pytest.mark.parametrize(
    "text", ["He signed the Clean Water Act in 1972.", "He kept the Heisman Trophy of 2005."]
)
def test_a_law_or_a_trophy_is_no_actor(nlp: Language, text: str) -> None:
    assert not any(w in name for name in _kinds(nlp, text) for w in ("Act", "Trophy"))


def test_a_name_described_as_a_work_is_no_actor(nlp: Language) -> None:
    text = "In 2007, she starred in Chuck, an action comedy series on NBC."
    assert "Chuck" not in _kinds(nlp, text)


def test_a_first_name_given_a_kin_role_stays_a_person_when_tagged_a_body_later(nlp: Language) -> None:
    text = (
        "President Tomas Okonkwo, his wife Grace and two aides are under house arrest in Harare.\n\n"
        "There is little public affection for 52-year-old Grace, a former government typist."
    )
    assert _kinds(nlp, text).get("Grace") is ActorKind.PERSON


def test_a_first_name_used_before_the_full_name_is_the_same_person(nlp: Language) -> None:
    text = (
        "“The drug was in her system,” her mother, Fiona, said in a statement.\n\n"
        "Fiona Parrish issued a plea for people to stay away from the pills."
    )
    briefing = _briefing(nlp, text)
    assert [a.name for a in briefing.actors] == ["Fiona Parrish"]
    assert [q.speaker for q in briefing.quotes] == ["Fiona Parrish"]


def test_an_honorific_and_a_surname_tagged_a_body_are_the_person(nlp: Language) -> None:
    text = (
        "Rebecca Cooke, long-term partner of a Premier League midfielder, shared photos on Instagram.\n\n"
        "Ms Cooke said the family was happy."
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("Rebecca Cooke") is ActorKind.PERSON and "Ms Cooke" not in kinds


def test_a_sports_channel_is_no_person(nlp: Language) -> None:
    text = "“Hopefully I have started everyone off well today,” she told Sky Sports afterwards."
    assert _kinds(nlp, text).get("Sky Sports") is ActorKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "lab"),
    [
        (
            '"The ice is thin," said planetary geologist Rosa Lind of NASA\'s Jet Propulsion Laboratory.',
            "Jet Propulsion Laboratory",
        ),
        (
            '"The ice is thin," said physicist Rosa Lind of the Lincoln Laboratory in Massachusetts.',
            "Lincoln Laboratory",
        ),
        ('"The ice is thin," said chemist Rosa Lind of Bell Labs in New Jersey.', "Bell Labs"),
    ],
)
def test_a_laboratory_is_a_body_whatever_its_first_word(nlp: Language, text: str, lab: str) -> None:
    kinds = _kinds(nlp, text)
    assert kinds.get(lab) is ActorKind.ORGANIZATION and kinds.get("Rosa Lind") is ActorKind.PERSON


@pytest.mark.parametrize("title", ["Gov.", "Mayor"])
def test_a_town_tagged_a_person_before_a_titled_name_is_a_place(nlp: Language, title: str) -> None:
    text = (
        f"According to a report in the Argus Leader of Sioux Falls, {title} Dana Price launched the campaign."
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("Sioux Falls") is ActorKind.PLACE and kinds.get("Dana Price") is ActorKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Joshua Bloggs, a professor of chemistry, explained the problem. “It overflows,” said Josh Bloggs.",
        "“We will appeal,” said Alex Moreau. Alexander Moreau, a lawyer, filed the case in Paris.",
    ],
)
def test_a_short_given_name_and_the_one_it_opens_are_one_person(nlp: Language, text: str) -> None:
    briefing = _briefing(nlp, text)
    people = [a for a in briefing.actors if a.kind is ActorKind.PERSON]
    assert len(people) == 1
    assert [q.speaker for q in briefing.quotes] == [people[0].name]


def test_a_person_of_a_body_tagged_as_one_body_is_the_person_and_the_body(nlp: Language) -> None:
    text = (
        "According to a 2018 survey by Penelope Muse Carver of the University of North Carolina, "
        "the firm has been able to “consolidate copy editing” at a corporate center."
    )
    briefing = _briefing(nlp, text)
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds.get("Penelope Muse Carver") is ActorKind.PERSON
    assert kinds.get("University of North Carolina") is ActorKind.ORGANIZATION


def test_a_first_name_tagged_a_body_after_the_full_name_is_the_person(nlp: Language) -> None:
    text = (
        "Martha Quinn and her brother Dale Benson agreed to an interview. Over the course of that "
        "interview, Dale and Martha disputed the account.\n\n"
        "“His personal life was his own business,” Dale wrote."
    )
    briefing = _briefing(nlp, text)
    assert "Dale" not in {a.name for a in briefing.actors}
    assert [q.speaker for q in briefing.quotes] == ["Dale Benson"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guido Rossi SRL filed the claim on Monday.", "Guido Rossi SRL"),
        ("The deal was advised by Marco Bianchi SpA and Dana Price LLP.", "Dana Price LLP"),
    ],
)
def test_a_company_form_ends_a_bodys_name(nlp: Language, text: str, name: str) -> None:
    assert _kinds(nlp, text).get(name) is ActorKind.ORGANIZATION


def test_a_name_described_as_a_scientist_at_a_body_is_a_person(nlp: Language) -> None:
    text = (
        "The discoveries were momentous, says Jennifer Pluznick, "
        "a physiologist at Johns Hopkins University.\n\n"
        "“Olfactory receptors in the kidney? Come on,” Pluznick recalled."
    )
    briefing = _briefing(nlp, text)
    assert {a.name: a.kind for a in briefing.actors}.get("Jennifer Pluznick") is ActorKind.PERSON
    assert [q.speaker for q in briefing.quotes] == ["Jennifer Pluznick"]


def test_a_name_described_as_a_retailer_is_a_body(nlp: Language) -> None:
    text = "The cards were listed by Proshop, a top Danish electronics retailer, on Monday."
    assert _kinds(nlp, text).get("Proshop") is ActorKind.ORGANIZATION


def test_unknown_one_word_places_listed_with_bodies_are_bodies(nlp: Language) -> None:
    text = (
        "Disney's service is stocked with shows from Netflix, Hulu, CBS All Access, Disney and others, "
        "the company said."
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("Netflix") is ActorKind.ORGANIZATION and kinds.get("Hulu") is ActorKind.ORGANIZATION


def test_known_places_listed_together_stay_places(nlp: Language) -> None:
    kinds = _kinds(nlp, "Flights to Paris, Lyon, Air France and Ryanair were cancelled.")
    assert kinds.get("Paris") is ActorKind.PLACE and kinds.get("Lyon") is ActorKind.PLACE


def test_a_name_ending_in_a_body_word_stays_a_body_beside_a_person_word(nlp: Language) -> None:
    # "operator" in apposition says a person as often as a firm; "Airlines" ends only a firm's name
    text = (
        "Southgate Airlines, the largest operator of the jet, cancelled its flights through August. "
        '"Safety comes first," Southgate Airlines said.'
    )
    briefing = _briefing(nlp, text)
    assert {a.name: a.kind for a in briefing.actors}.get("Southgate Airlines") is ActorKind.ORGANIZATION


def test_a_lone_name_written_as_a_brand_is_a_body_not_a_surname_with_inner_capitals(nlp: Language) -> None:
    # the NER calls "ZipLine" a person each time
    text = (
        "The company was founded by Elon Marsh. ZipLine said it would fly again. After the blast, "
        "ZipLine asked for help from anyone with video. Senator Mitch McConnell and Governor Ron "
        'DeSantis spoke later. "We back the launch," McConnell said.'
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("ZipLine") is ActorKind.ORGANIZATION
    assert kinds.get("Mitch McConnell") is ActorKind.PERSON and kinds.get("Ron DeSantis") is ActorKind.PERSON


def test_a_hashtag_is_no_actor(nlp: Language) -> None:
    text = (
        "Protesters chanted #BlackLivesMatter as they marched. Jo Bloggs said the #MeToo movement "
        "had changed the firm."
    )
    assert set(_kinds(nlp, text)) == {"Jo Bloggs"}  # the NER calls "MeToo" a person


def test_an_inverted_speech_verb_and_a_corporate_title_are_no_part_of_a_name(nlp: Language) -> None:
    # the NER takes "Replied" and "VP" into the names
    text = (
        'Replied Stephen, with some delicacy, "Well, I do not think we would." Verizon executive VP '
        'Marni Walden told Recode: "We are changing."'
    )
    briefing = _briefing(nlp, text)
    assert [(a.name, a.role) for a in briefing.actors if a.kind is ActorKind.PERSON] == [
        ("Stephen", None),
        ("Marni Walden", "Verizon executive VP"),
    ]
    assert [q.speaker for q in briefing.quotes] == ["Stephen", "Marni Walden"]


@pytest.mark.parametrize(
    ("text", "alone", "person"),
    [
        (  # a surname of two words: the NER calls the lone "Black Elk" an organisation
            "“We’re going to hope for the best,” said Linda Black Elk, a member of the Catawba Nation.\n\n"
            "Tear gas grenades have been banned by some agencies as they spray people, Lederman said.\n\n"
            "“I feel like Morton County law enforcement is experimenting on us,” Black Elk said.",
            "Black Elk",
            "Linda Black Elk",
        ),
        (  # a titled person's surname that is a town the gazetteer knows, tagged a place three times
            "Suh skipped his postgame obligations, but coach Jim Caldwell vouched for him after the game.\n\n"
            '"I did not see it, and I do not think it was intentional, either," Caldwell said.\n\n'
            "Caldwell said he is not concerned about the mind-set of his team, despite suspensions.\n\n"
            'Asked about the hit, Caldwell said the league would review it. "I get briefed on it," he said.',
            "Caldwell",
            "Jim Caldwell",
        ),
    ],
    ids=["two-word surname", "surname tagged a town"],
)
def test_a_surname_alone_the_ner_calls_something_else_is_the_person_named_in_full(
    nlp: Language, text: str, alone: str, person: str
) -> None:
    briefing = _briefing(nlp, text)
    assert alone not in {a.name for a in briefing.actors}
    assert [q.speaker for q in briefing.quotes] == [person, person]


def test_a_person_named_after_a_place_or_a_body_inside_one_organisation_is_split_off(nlp: Language) -> None:
    # the NER tags "Tanzania Mr Brown" and "Ministry of Finance Brian Manning" as one organisation each
    text = (
        "Gordon Brown arrived in Tanzania on Monday. Speaking in Tanzania Mr Brown said the UK should "
        "be proud of its past.\n\nBefore the vote, Minister in the Ministry of Finance Brian Manning said, "
        '"The issue is a simple one." He added this is "a situation that will be brought to equilibrium."'
    )
    briefing = _briefing(nlp, text)
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds.get("Gordon Brown") is ActorKind.PERSON and "Tanzania Mr Brown" not in kinds
    assert kinds.get("Brian Manning") is ActorKind.PERSON
    assert kinds.get("Ministry of Finance") is ActorKind.ORGANIZATION
    assert [q.speaker for q in briefing.quotes] == ["Brian Manning", "Brian Manning"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a plural is no surname, though "General" is also a given name
        ("Fiat said on Tuesday that General Motors must buy its car unit.", "General Motors"),
        # a name described as a business, a brokerage or a giant is a firm's
        ("Fosters got A$846m from selling property business Lensworth.", "Lensworth"),
        ("Merrill Lynch, the brokerage, said the deal was sensible.", "Merrill Lynch"),
    ],
)
def test_a_firm_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert _kinds(nlp, text).get(name) is ActorKind.ORGANIZATION


def test_a_dateline_town_with_an_abbreviation_is_one_place(nlp: Language) -> None:
    text = "ST. LOUIS (AP) — The city council voted on Monday. Residents of St. Louis were calm."
    places = [a.name for a in _briefing(nlp, text).actors if a.kind is ActorKind.PLACE]
    assert places == ["St. Louis"]


def test_an_agency_opening_a_paragraph_is_no_other_name_of_what_came_before(nlp: Language) -> None:
    # "(Reuters) -" with no town: not a bracketed short name of the headline's last place
    text = (
        "Senate candidate in Alabama\n\n"
        "(Reuters) - The national campaign wing cut ties on Friday with Roy Moore."
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert actors["Reuters"].kind is ActorKind.ORGANIZATION
    assert all("Reuters" not in a.aliases for a in actors.values())


def test_surnames_listed_as_one_name_are_the_people_named_in_full(nlp: Language) -> None:
    # the recogniser reads "Franks, Conyers" as one body
    text = (
        "Representatives Trent Franks and John Conyers resigned. "
        "The departures of Franks, Conyers and others came quickly."
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert "Franks, Conyers" not in actors
    assert actors["Trent Franks"].aliases == ("Franks",) and actors["John Conyers"].aliases == ("Conyers",)


def test_dean_before_a_single_surname_is_a_given_name(nlp: Language) -> None:
    text = (
        '"The president would want to avoid that," said Dean Pinkert, a trade lawyer. '
        '"We will review it," said Dean Martha Minow of Harvard Law School.'
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert actors["Dean Pinkert"].role == "trade lawyer"
    assert actors["Martha Minow"].role == "Dean"


def test_a_town_after_a_state_and_a_slash_is_a_dateline_place_too(nlp: Language) -> None:
    text = (
        "AUSTIN, Texas/WASHINGTON (Reuters) - U.S. Representative Blake Farenthold said he would not seek "
        "re-election. Lawmakers in Washington and Austin reacted."
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    assert {n for n, a in actors.items() if a.kind is ActorKind.PLACE} >= {"Austin", "Texas", "Washington"}
    assert all("Reuters" not in a.aliases for a in actors.values())


def test_a_body_named_for_an_event_is_a_body(nlp: Language) -> None:
    names = {a.name: a.kind for a in _briefing(nlp, "The Ohio Board of Elections met on Monday.").actors}
    assert names == {"Ohio Board of Elections": ActorKind.ORGANIZATION}


def test_an_event_is_no_actor(nlp: Language) -> None:
    assert _briefing(nlp, "Runners gathered for the Columbus Marathon on Monday.").actors == ()


def test_a_bodys_possessive_before_a_quote_is_not_part_of_its_name(nlp: Language) -> None:
    text = "Tom Vance spoke. Acme Group\u2019s \u201cWe will not pay,\u201d was the answer."
    assert "Acme Group" in {a.name for a in _briefing(nlp, text).actors}


def test_an_honorific_does_not_split_the_only_person_of_a_surname(nlp: Language) -> None:
    # gender-guesser calls "Laurence" mostly a woman's name; "Mr. Vale" is still Laurence H. Vale
    text = (
        "Another critic, Laurence H. Vale, likened the rules to a fire. Mr. Vale was a mentor to the mayor."
    )
    people = [a.name for a in _briefing(nlp, text).actors if a.kind is ActorKind.PERSON]
    assert people == ["Laurence H. Vale"]


def test_a_person_described_by_a_coordinated_compound_is_no_work(nlp: Language) -> None:
    # "book and film critic": the compound's head is its last word, so the person is a
    # critic, not a book; and a verb the tagger took for a noun ("The book and film
    # blame Jo") must not turn the person into a work either.
    text = "Jo Bloggs, a book and film critic, said the ending was weak."
    assert _kinds(nlp, text).get("Jo Bloggs") is ActorKind.PERSON
    text = (
        "The book and film blame Kwame for the delay. Kwame said he had no choice. "
        '"We waited for orders," Kwame said.'
    )
    assert _kinds(nlp, text).get("Kwame") is ActorKind.PERSON
    # a work described as one still is no actor
    assert "Chuck" not in _kinds(nlp, "Chuck, an action comedy series, ran for five seasons on NBC.")


def test_a_name_set_off_after_a_persons_position_is_a_person(nlp: Language) -> None:
    # The NER tagged the name a place; the parser hung it on the title's object.
    text = "China’s ambassador to the United States, Bai Tiankai, told reporters on Monday it will take time."
    kinds = _kinds(nlp, text)
    assert kinds.get("Bai Tiankai") is ActorKind.PERSON, kinds
    # a place set off after a place noun stays one
    kinds = _kinds(nlp, "They flew to the capital, Xanadu City, on Monday.")
    assert kinds.get("Xanadu City") is ActorKind.PLACE


def test_a_titled_name_after_a_place_noun_is_a_person(nlp: Language) -> None:
    # "the district of X" makes X a place, not when X carries a person's title
    text = "Conroe lies in the congressional district of Representative Kevin Brady, a Republican."
    assert _kinds(nlp, text).get("Kevin Brady") is ActorKind.PERSON
    assert _kinds(nlp, "They live in the town of Mount Pleasant.").get("Mount Pleasant") is ActorKind.PLACE


def test_a_persons_name_tagged_a_building_is_a_person(nlp: Language) -> None:
    text = "Mick Mulvaney said on Monday he has no intention of firing Leandra English, who had sued."
    assert _kinds(nlp, text).get("Leandra English") is ActorKind.PERSON
    kinds = _kinds(nlp, "Fans gathered at the Rose Garden and at Wrigley Field.")
    assert kinds.get("Rose Garden") is kinds.get("Wrigley Field") is ActorKind.PLACE


def test_a_party_member_described_is_no_one_named(nlp: Language) -> None:
    text = (
        "The top Democrat on the Senate environment committee on Monday asked the agency's "
        'watchdog to audit the trip. "This is a waste," the top Democrat said.'
    )
    assert "Democrat" not in _kinds(nlp, text)
    # a surname of someone named in full still speaks alone
    assert _kinds(nlp, "Senator Dan Stamp spoke first. Stamp said the bill was dead.") == {
        "Dan Stamp": ActorKind.PERSON
    }


def test_a_firm_opening_with_general_tagged_a_body_stays_one(nlp: Language) -> None:
    text = "The bank lent money to giant manufacturers such as Boeing Co and General Electric."
    assert _kinds(nlp, text).get("General Electric") is ActorKind.ORGANIZATION
    assert _kinds(nlp, "General Mark Milley said the troops would stay.") == {"Mark Milley": ActorKind.PERSON}


def test_a_titled_person_whose_surname_is_a_bodys_word_is_a_person(nlp: Language) -> None:
    text = '"It could be challenged," said Harvard Law School professor Laurence Tribe.'
    assert _kinds(nlp, text).get("Laurence Tribe") is ActorKind.PERSON
    assert _kinds(nlp, "Maria Press said the plan would fail.").get("Maria Press") is ActorKind.ORGANIZATION


def test_a_person_described_as_part_of_a_body_is_a_person(nlp: Language) -> None:
    text = '"It would move," said Elaine Kamarck, a two-decade veteran of the DNC Rules Committee.'
    assert _kinds(nlp, text).get("Elaine Kamarck") is ActorKind.PERSON
    text = "Morgan Stanley, a unit of Ruritania Group, said profits rose."
    assert _kinds(nlp, text).get("Morgan Stanley") is ActorKind.ORGANIZATION


def test_a_surname_alone_the_ner_calls_a_place_is_the_full_names_person(nlp: Language) -> None:
    # the full name tagged a body, the surname a person twice and a place more often
    text = (
        "Kirstjen Nielsen told a Senate committee on Wednesday that no full wall was needed. Kelly, "
        "Nielsen’s former boss, left the department this year. Nielsen, 45, served as Kelly’s deputy "
        "in the White House. Asked about the border, Nielsen said she would work with “state and local "
        "actors on the ground” to find solutions. Nielsen responded that any decision needed to be "
        "“risk based.”"
    )
    kinds = _kinds(nlp, text)
    assert kinds.get("Kirstjen Nielsen") is ActorKind.PERSON and "Nielsen" not in kinds, kinds


def test_a_lone_name_a_relative_who_describes_is_someone(nlp: Language) -> None:
    # the NER tags the surname a body; "who" says it is someone's
    text = (
        "Senators criticised the Treasury, including Brandt, who says the plan is flawed. "
        "Brandt declined to comment."
    )
    assert _kinds(nlp, text).get("Brandt") is ActorKind.PERSON


def test_a_body_after_an_article_stays_a_body_whatever_relative_follows(nlp: Language) -> None:
    text = "The law was the work of a Congress who has worked on it for years."
    assert _kinds(nlp, text).get("Congress") is ActorKind.ORGANIZATION


def test_a_site_and_the_city_the_ner_joined_to_it_are_two_names(nlp: Language) -> None:
    kinds = _kinds(nlp, "The attack took place at Tanners' Hall in London on Friday.")
    assert "Tanners' Hall" in kinds
    assert kinds.get("London") is ActorKind.PLACE


def test_a_body_named_for_a_region_keeps_the_region_in_its_name(nlp: Language) -> None:
    kinds = _kinds(nlp, "The Centre for Democracy in Europe issued a report.")
    assert kinds == {"Centre for Democracy in Europe": ActorKind.ORGANIZATION}


def test_a_name_ends_where_a_clause_begins(nlp: Language) -> None:
    # the NER ran the newspaper's name into the reported clause ("the Denver Post that Moore")
    kinds = _kinds(nlp, "Mary Smith told the Denver Post that Moore had asked her out.")
    assert kinds.get("Denver Post") is ActorKind.ORGANIZATION
    assert not any("that" in name.split() for name in kinds)


def test_a_people_written_after_the_is_no_one_whatever_relative_follows(nlp: Language) -> None:
    text = (
        "The Rohingya are largely stateless. "
        "An agreement covered the earlier repatriation of Rohingya, who had fled to Bangladesh."
    )
    assert _kinds(nlp, text).get("Rohingya") is not ActorKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "It raised taxes on wealthier Americans to fund healthcare benefits, Jo Bloggs said.",
        "A visit remains a contentious issue among Britons, with lawmakers calling for it to be cancelled.",
    ],
)
def test_a_nations_people_is_no_actor(nlp: Language, text: str) -> None:
    assert not {"Americans", "Britons"} & set(_kinds(nlp, text))


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("The Cook County Sheriff's Office said the man was arrested.", "Cook County Sheriff's Office"),
        (
            "A spokesman for the Manhattan district attorney's office said the case was closed.",
            "Manhattan district attorney's office",
        ),
    ],
)
def test_an_officers_office_named_by_its_place_is_a_body(nlp: Language, text: str, office: str) -> None:
    assert _kinds(nlp, text).get(office) is ActorKind.ORGANIZATION


def test_a_place_opening_a_bodys_name_is_no_person_after_a_title_of(nlp: Language) -> None:
    # "head of the New York Fed": "York" is a given name to gender-guesser, but ends a place here
    kinds = _kinds(nlp, "Jo Bloggs is head of the New York Fed now.")
    assert kinds.get("New York Fed") is ActorKind.ORGANIZATION
    assert "York Fed" not in kinds


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The shooting happened in Culpepper, Virginia, police said.", {"Culpepper", "Virginia"}),
        ("Culpepper, Virginia, is a small town with one school.", {"Culpepper", "Virginia"}),
    ],
)
def test_a_town_and_its_state_tagged_as_one_place_are_two(nlp: Language, text: str, places: set[str]) -> None:
    kinds = _kinds(nlp, text)
    assert {name for name, kind in kinds.items() if kind is ActorKind.PLACE} == places


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Accountant Natalya Sypron said she had not been paid.", "Accountant"),
        ("Chief Accountant Natalya Sypron said the collective is strapped for cash.", "Chief Accountant"),
    ],
)
def test_an_occupation_as_a_title_is_no_part_of_a_body(nlp: Language, text: str, role: str) -> None:
    # the small model tags "Accountant Natalya Sypron" as one organisation
    people = {a.name: a.role for a in _briefing(nlp, text).actors}
    assert people == {"Natalya Sypron": role}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Analysts at Robert W. Baird & Co. expect growth.", "Robert W. Baird & Co."),  # tagged a person
        ("Cofinec S.A., the first foreign listing, will report losses.", "Cofinec S.A."),
        ("Niugini Mining said output fell in the quarter.", "Niugini Mining"),
        ("America Online said it had 6 million members.", "America Online"),
    ],
)
def test_a_firms_legal_or_trade_word_makes_it_a_body(nlp: Language, text: str, firm: str) -> None:
    assert _kinds(nlp, text).get(firm) is ActorKind.ORGANIZATION


def test_a_state_is_no_short_name_of_a_firm_named_after_it(nlp: Language) -> None:
    text = "Alaska Airlines said it would add flights. The storm hit Alaska on Monday."
    actors = {a.name: (a.kind, a.aliases) for a in _briefing(nlp, text).actors}
    assert actors == {"Alaska Airlines": (ActorKind.ORGANIZATION, ()), "Alaska": (ActorKind.PLACE, ())}


@pytest.mark.parametrize(
    "text",
    [
        "The Polish daily Gazeta Wyborcza reported that the minister would resign.",
        "Gazeta Wyborcza, a Polish daily, reported the talks.",
    ],
)
def test_a_name_described_as_a_newspaper_is_a_body(nlp: Language, text: str) -> None:
    assert _kinds(nlp, text).get("Gazeta Wyborcza") is ActorKind.ORGANIZATION


def test_a_wire_contact_line_gives_the_newsroom_without_its_number(nlp: Language) -> None:
    kinds = _kinds(nlp, "Rates were steady at 6 percent. -- Moscow Newsroom, +7095 941 8520")
    assert kinds == {"Moscow Newsroom": ActorKind.ORGANIZATION}
    kinds = _kinds(nlp, "Prices held. For details call the New York Energy Desk +1 212 859 1620.")
    assert kinds == {"New York Energy Desk": ActorKind.ORGANIZATION}


def test_a_family_name_with_a_joined_article_is_part_of_the_name(nlp: Language) -> None:
    # the small model tags only "Abdul-Karim"
    text = "Interior Minister Abdul-Karim al-Zubaidi says police were ready."
    assert set(_kinds(nlp, text)) == {"Abdul-Karim al-Zubaidi"}


def test_a_family_name_alone_without_its_article_is_the_person(nlp: Language) -> None:
    text = "Foreign Minister Hamid al-Rashed said the war was over. Rashed met the envoy on Monday."
    actors = {a.name: (a.kind, a.aliases) for a in _briefing(nlp, text).actors}
    assert actors == {"Hamid al-Rashed": (ActorKind.PERSON, ("Rashed",))}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The attack was claimed by al-Qaeda, officials said.", "al-Qaeda"),
        ("Militants of al-Shabaab attacked the base in the south.", "al-Shabaab"),
    ],
)
def test_a_name_opening_with_a_lowercase_article_is_a_name(nlp: Language, text: str, body: str) -> None:
    assert _kinds(nlp, text).get(body) is ActorKind.ORGANIZATION


def test_a_countrys_name_read_as_a_product_is_the_country(nlp: Language) -> None:
    text = "He was told to send the copies back to Cyprus at his own expense."
    assert _kinds(nlp, text) == {"Cyprus": ActorKind.PLACE}


def test_a_titles_remit_is_no_part_of_the_blocs_name(nlp: Language) -> None:
    # the small model tags "EU Farm" as one organisation before "Commissioner"
    kinds = _kinds(nlp, "EU Farm Commissioner Franz Fischler proposed the ban.")
    assert kinds == {"EU": ActorKind.ORGANIZATION, "Franz Fischler": ActorKind.PERSON}


def test_a_presidents_name_before_a_remit_is_no_town(nlp: Language) -> None:
    # "Obama" is also a town in Japan: only a country, a state or a bloc's initials lose the remit
    kinds = _kinds(nlp, "Obama Education Secretary John King said the rules would change.")
    assert kinds.get("Obama") is not ActorKind.PLACE


def test_a_name_a_publications_noun_follows_is_the_publication(nlp: Language) -> None:
    # read alone as a people's ("New Yorker", dropped) or a place's ("Atlantic")
    text = "“The race is over,” wrote The New Yorker magazine. “It is over,” said the Atlantic magazine."
    briefing = extract(Article(source="t.md", text=text, title="T"), nlp)
    assert {a.name: a.kind for a in briefing.actors} == {
        "The New Yorker": ActorKind.ORGANIZATION,
        "Atlantic": ActorKind.ORGANIZATION,
    }
    assert [q.speaker for q in briefing.quotes] == ["The New Yorker", "Atlantic"]
    # control: a known place before the noun is where the paper is from
    text = "“It is over,” wrote the Baton Rouge newspaper."
    briefing = extract(Article(source="t.md", text=text, title="T"), nlp)
    assert {a.name: a.kind for a in briefing.actors} == {"Baton Rouge": ActorKind.PLACE}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Belgian Anne Marchal and Spaniard Jo Bloggs were freed on Monday, police said.",
            {"Anne Marchal", "Jo Bloggs"},
        ),
        (
            "American Kimberly Bloggs beat Romanian Ana Smith 6-2 6-3 on Tuesday.",
            {"Kimberly Bloggs", "Ana Smith"},
        ),
        ("Frenchman Jean-Pierre Dupont lost in the final.", {"Jean-Pierre Dupont"}),
    ],
)
def test_a_nationality_the_ner_took_into_a_name_is_cut_off(
    nlp: Language, text: str, people: set[str]
) -> None:
    """Wire and sports copy writes someone's nation before their name; the NER often takes
    it in ("American Kimberly Bloggs", and the demonym made her a body)."""
    kinds = _kinds(nlp, text)
    assert {name for name, kind in kinds.items() if kind is ActorKind.PERSON} == people
    assert all(kind is ActorKind.PERSON for kind in kinds.values())


def test_a_nations_word_before_a_bodys_name_stays(nlp: Language) -> None:
    kinds = _kinds(
        nlp, "American Airlines and British Airways cut flights, German Chancellor Jo Bloggs said."
    )
    assert kinds["American Airlines"] is ActorKind.ORGANIZATION
    assert kinds["British Airways"] is ActorKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The American Grace Fund paid for the ads.", "American Grace Fund"),
        ("The American Israel Friendship Committee met on Monday.", "American Israel Friendship Committee"),
    ],
)
def test_a_bodys_name_opening_with_a_nation_and_a_given_name_stays_whole(
    nlp: Language, text: str, name: str
) -> None:
    assert _kinds(nlp, text).get(name) is ActorKind.ORGANIZATION


def test_a_middle_initial_keeps_a_described_name_a_persons(nlp: Language) -> None:
    """'the face of the party, Mary K. Bloggs': the description ends in a body's word, which
    makes a body of a name only when nothing says it is a person's; a given name does, with
    or without a middle initial (it was a body with one)."""
    text = (
        "The family has clashed with the new and irreverent face of the party, Mary K. Bloggs,"
        " in one of the most powerful confrontations so far."
    )
    assert _kinds(nlp, text) == {"Mary K. Bloggs": ActorKind.PERSON}


def test_a_capital_tagged_a_person_is_the_place_that_acts_for_its_state(nlp: Language) -> None:
    """'if Khartoum does not hand over …': the NER tagged the capital a person, and a subject
    is kept a person against a town's name ("Obama said"); a capital stands for its state."""
    text = (
        "It sponsored a resolution threatening a ban on flights abroad if Khartoum does not"
        " hand over three men accused in the incident."
    )
    assert _kinds(nlp, text) == {"Khartoum": ActorKind.PLACE}
    assert _kinds(nlp, "Obama said he would act.") == {"Obama": ActorKind.PERSON}


def test_an_honorific_makes_a_person_of_a_surname_that_is_also_a_town(nlp: Language) -> None:
    # "Lincoln" and "Austin" are towns to the gazetteer: with "Mr."/"Mrs." before them, and
    # though never a subject, they are people, neither places nor dropped as doubtful
    text = "The plan was backed by Mr. Lincoln and Mrs. Austin."
    kinds = {a.name: a.kind for a in _briefing(nlp, text).actors}
    assert kinds == {"Lincoln": ActorKind.PERSON, "Austin": ActorKind.PERSON}
    # control: without the honorifics, the towns
    kinds = {a.name: a.kind for a in _briefing(nlp, "The plan was opposed in Lincoln and Austin.").actors}
    assert kinds == {"Lincoln": ActorKind.PLACE, "Austin": ActorKind.PLACE}


def test_a_body_word_as_the_surname_of_someone_set_beside_a_position(nlp: Language) -> None:
    # "Tribe" heads bodies' names ("the Seminole Tribe"); a given name, a middle initial and
    # a professor's position set off after it make a person
    text = "Mabel K. Tribe, professor of maritime law at Acme Law School, said it was rare."
    kinds = {a.name: a.kind for a in _briefing(nlp, text).actors}
    assert kinds["Mabel K. Tribe"] is ActorKind.PERSON
