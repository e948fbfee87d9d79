"""Actors, roles, merging and derived titles on sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract import extract
from generator.extract.mentions import _strip_edges
from generator.extract.paragraphs import split_paragraphs
from generator.models import ActorKind, Article, Briefing


def _briefing(nlp: Language, text: str, source: str = "test.md") -> Briefing:
    return extract(Article(source=source, text=text), nlp)


def _people(briefing: Briefing) -> dict[str, str | None]:
    return {a.name: a.role for a in briefing.actors if a.kind is ActorKind.PERSON}


def _forms(briefing: Briefing, kind: ActorKind) -> dict[str, tuple[str, ...]]:
    """Each actor of this kind with its aliases."""
    return {a.name: a.aliases for a in briefing.actors if a.kind is kind}


def test_role_before_name(nlp: Language) -> None:
    text = "Prime Minister Jacinda Morrow visited the flooded towns on Sunday."
    assert _people(_briefing(nlp, text)) == {"Jacinda Morrow": "Prime Minister"}


def test_multi_word_role_with_organisation(nlp: Language) -> None:
    text = "Treasury Department Spokeswoman Alicia Grant declined to comment on the report."
    assert _people(_briefing(nlp, text))["Alicia Grant"] == "Treasury Department Spokeswoman"


def test_head_of_state_of_country_after_name(nlp: Language) -> None:
    text = "The envoy later met President Luiz Moreira of Brazil in the capital."
    assert _people(_briefing(nlp, text))["Luiz Moreira"] == "President of Brazil"


def test_title_typo_never_leaks_into_name(nlp: Language) -> None:
    text = "He spoke by phone with Secretary of Sate Daniel Whitford about the talks."
    people = _people(_briefing(nlp, text))
    assert "Daniel Whitford" in people
    assert people["Daniel Whitford"] in {"Secretary of Sate", "Secretary of State"}


def test_surname_and_acronym_merge_into_first_full_name(nlp: Language) -> None:
    text = (
        "Finance Minister Henrik Solberg presented the budget to the "
        "International Monetary Fund (IMF) on Monday.\n\n"
        "Solberg said the IMF had approved the plan."
    )
    briefing = _briefing(nlp, text)
    solberg = briefing.actor("Henrik Solberg")
    assert solberg is not None and "Solberg" in solberg.aliases and solberg.mentions == 2
    imf = briefing.actor("International Monetary Fund")
    assert imf is not None and imf.kind is ActorKind.ORGANIZATION and "IMF" in imf.aliases
    assert briefing.actor("Solberg") is None and briefing.actor("IMF") is None


def test_people_sharing_a_surname_stay_apart(nlp: Language) -> None:
    text = (
        "Joe Biden spoke at the rally in Ohio. His son Hunter Biden did not attend.\n\n"
        '"I am proud of my family," Biden said.'
    )
    briefing = _briefing(nlp, text)
    people = _people(briefing)
    assert "Joe Biden" in people and "Hunter Biden" in people
    # the Biden named first: news calls the second one of a family by a first name or in full
    assert [q.speaker for q in briefing.quotes] == ["Joe Biden"]


def test_places_and_organisations_never_merge_with_people(nlp: Language) -> None:
    text = (
        "Paris Hilton arrived in Paris on Monday. Officials in Paris welcomed the visit "
        "of the Jordan delegation, and Michael Jordan met them."
    )
    briefing = _briefing(nlp, text)
    person_names = set(_people(briefing))
    assert "Paris" not in person_names
    paris = briefing.actor("Paris")
    assert paris is not None and paris.kind is ActorKind.PLACE


def test_office_of_a_person_is_an_organisation(nlp: Language) -> None:
    text = "Chancellor Olaf Brenner's office confirmed the meeting on Thursday."
    briefing = _briefing(nlp, text)
    office = briefing.actor("Olaf Brenner's office")
    assert office is not None and office.kind is ActorKind.ORGANIZATION


def test_derived_title_keeps_main_clause(nlp: Language) -> None:
    text = (
        "Foreign Minister Anna Kovacs signed a trade agreement with Chile in Geneva "
        "and promised further talks, officials said on Monday.\nShe returns home today."
    )
    title = _briefing(nlp, text, source="wire.txt").title
    assert title.startswith("Anna Kovacs signed a trade agreement")
    assert "promised" not in title and len(title.split()) <= 12


def test_given_title_is_kept(nlp: Language) -> None:
    article = Article(source="a.md", text="Body text here.", title="Given")
    assert extract(article, nlp).title == "Given"


def test_txt_lines_are_paragraphs_and_legends_skipped_in_summary(nlp: Language) -> None:
    text = (
        "██ Contested area\n"
        "Rescue teams searched the collapsed building through the night in the city.\n"
        "Officials said eleven people were pulled alive from the rubble by dawn.\n"
        "The cause of the collapse is still under investigation by the police.\n"
        "A fourth sentence that should not be in the summary at all today."
    )
    article = Article(source="story.txt", text=text)
    assert len(split_paragraphs(article)) == 5
    summary = extract(article, nlp).summary
    assert summary.startswith("Rescue teams") and "██" not in summary
    assert "fourth" not in summary


def test_country_title_becomes_title_of_country(nlp: Language) -> None:
    text = "Ruritanian President Ivo Markovic arrived in Ruritania on Monday. Ruritania is a small country."
    assert _people(_briefing(nlp, text))["Ivo Markovic"] == "President of Ruritania"


def test_role_from_predicate(nlp: Language) -> None:
    text = "Daniel Okoro met the press. Okoro was serving as the club's chief executive."
    assert _people(_briefing(nlp, text))["Daniel Okoro"] == "club's chief executive"


def test_events_laws_and_missions_are_not_actors(nlp: Language) -> None:
    texts = [
        "Thousands of soldiers died in the Borovian Civil War, historians say.",
        "Mayor Ann Lee will run in the Westport City Marathon next year.",
        "The Helios mission was launched by the European Space Agency in May.",
    ]
    names = {a.name for text in texts for a in _briefing(nlp, text).actors}
    assert names == {"Ann Lee", "European Space Agency"}


def test_web_domain_is_an_organisation(nlp: Language) -> None:
    briefing = _briefing(nlp, "One news site, Kurier-daily.com, said the mayor had resigned.")
    site = briefing.actor("Kurier-daily.com")
    assert site is not None and site.kind is ActorKind.ORGANIZATION


def _groups(briefing: Briefing) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in briefing.actors if a.kind is ActorKind.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Borduvian government rejected the plan on Monday. On Tuesday the "
            "Government of Borduvia said it would resume talks.",
            "Government of Borduvia",
            "Borduvian government",
        ),
        (
            "The Justice Department opened an inquiry. A spokesman for the Department "
            "of Justice declined to comment.",
            "Department of Justice",
            "Justice Department",
        ),
        (
            "Toyota Motor Corporation recalled 1,000 cars on Monday. Toyota said no one was hurt.",
            "Toyota Motor Corporation",
            "Toyota",
        ),
        (
            "The Federal Court of Appeal rejected the claim on Monday. The Court of Appeal "
            "said the law was clear.",
            "Federal Court of Appeal",
            "Court of Appeal",
        ),
    ],
)
def test_wordings_of_one_body_merge(nlp: Language, text: str, name: str, alias: str) -> None:
    assert _groups(_briefing(nlp, text)) == {name: (alias,)}


def test_a_body_inside_a_longer_name_stays_apart(nlp: Language) -> None:
    text = "The House of Commons voted on Monday. The House of Commons Library published a briefing."
    assert set(_groups(_briefing(nlp, text))) == {"House of Commons", "House of Commons Library"}


def test_country_after_a_court_is_part_of_its_name(nlp: Language) -> None:
    briefing = _briefing(nlp, "The case went to the Supreme Court of Canada, which ruled for the city.")
    assert [a.name for a in briefing.actors] == ["Supreme Court of Canada"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The rescue team, led by Marta Kowalczyk, reached the village on Sunday.",
         "Marta Kowalczyk", "leader of the rescue team"),
        ("Tomas Berg, who worked for years as a city councillor, died on Monday.",
         "Tomas Berg", "city councillor"),
        ("The national record of 9.58 seconds, held by Jane Wilson, still stands.",
         "Jane Wilson", "national record holder"),
        ("Rebels fought against Viktor Halloran's government for a decade.",
         "Viktor Halloran", "head of government"),
        ("Lena Ortiz was the defending champion.", "Lena Ortiz", "defending champion"),
    ],
)  # fmt: skip
def test_roles_given_away_from_the_name(nlp: Language, text: str, name: str, role: str) -> None:
    assert _people(_briefing(nlp, text))[name] == role


def test_platforms_named_as_the_medium_are_organisations(nlp: Language) -> None:
    briefing = _briefing(nlp, 'Mayor Ann Lee said via Chirper, "We will rebuild the bridge."')
    assert {a.name: a.kind for a in briefing.actors} == {
        "Ann Lee": ActorKind.PERSON,
        "Chirper": ActorKind.ORGANIZATION,
    }
    assert [q.speaker for q in briefing.quotes] == ["Ann Lee"]
    text = (
        "The court told social media site Flitter to remove the post. "
        'Flitter released a statement which read, "We will appeal."'
    )
    briefing = _briefing(nlp, text)
    assert [(a.name, a.kind, a.mentions) for a in briefing.actors] == [("Flitter", ActorKind.ORGANIZATION, 2)]
    assert [q.speaker for q in briefing.quotes] == ["Flitter"]


def test_said_on_a_weekday_is_no_platform(nlp: Language) -> None:
    assert [a.name for a in _briefing(nlp, "Ann Lee spoke on Monday about the flood.").actors] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The probe found ice on a planet circling a star in the constellation Draco.", "Draco"),
        ("Aid reached the towns of Beni, Kasindi and Oicha on Tuesday.", "Oicha"),
        ("The bus was bound for Tula, according to the mayor of Yelnya.", "Yelnya"),
        ("Its star, a red dwarf, is cooler than the Sun.", "Sun"),
    ],
)
def test_place_nouns_and_celestial_bodies_make_places(nlp: Language, text: str, place: str) -> None:
    actor = _briefing(nlp, text).actor(place)
    assert actor is not None and actor.kind is ActorKind.PLACE


def test_a_title_before_a_name_is_no_place_noun(nlp: Language) -> None:
    people = _people(_briefing(nlp, "Regional governor Anton Sokolov said the road was closed."))
    assert people == {"Anton Sokolov": "Regional governor"}


def test_gazetteer_names_countries_and_cities() -> None:
    from generator.extract.gazetteer import country_code, is_known_place

    assert country_code("U.S.") == country_code("United States") == country_code("America") == "US"
    assert country_code("Britain") == country_code("United Kingdom") == "GB"
    assert country_code("UN") is None and not is_known_place("UN")  # ISO codes are not names
    assert is_known_place("Niamey") and is_known_place("Montréal") and is_known_place("Texas")
    assert not is_known_place("Reuters")


def test_one_country_written_three_ways_is_one_place(nlp: Language) -> None:
    text = (
        "The United States imposed new tariffs on Monday. Officials in the U.S. said the "
        "measures would last a year. Critics said America would pay the price."
    )
    places = [a for a in _briefing(nlp, text).actors if a.kind is ActorKind.PLACE]
    assert [(a.name, set(a.aliases)) for a in places] == [("United States", {"U.S.", "America"})]


def _names_doc(words: list[str]) -> object:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=["PROPN"] * len(words))


def test_person_names_lose_titles_places_and_post_nominals() -> None:
    from generator.extract.personnames import trim_person

    doc = _names_doc(["Broadcaster", "Jo", "Bloggs", "QC"])
    name, title = trim_person(doc[0:4])  # type: ignore[index]
    assert (name.text, title) == ("Jo Bloggs", "Broadcaster")
    doc = _names_doc(["Cheltenham", "Jo", "Bloggs"])
    assert trim_person(doc[0:3])[0].text == "Jo Bloggs"  # type: ignore[index]
    doc = _names_doc(["Jo", "Bloggs"])
    assert trim_person(doc[0:2])[0].text == "Jo Bloggs"  # type: ignore[index]


def test_a_given_name_makes_an_organisation_tag_a_person() -> None:
    from generator.extract.personnames import looks_like_person

    assert looks_like_person(_names_doc(["Lydia", "Bloggs"])[0:2])  # type: ignore[index]
    assert not looks_like_person(_names_doc(["Acme", "Holdings"])[0:2])  # type: ignore[index]
    assert not looks_like_person(_names_doc(["New", "York"])[0:2])  # type: ignore[index]


def test_a_plural_title_before_a_list_is_each_name_s_role(nlp: Language) -> None:
    text = "The festival featured actors Jo Bloggs, Sam Smith and Ann Roe on Sunday."
    people = _people(_briefing(nlp, text))
    assert people.get("Jo Bloggs") == "actor"
    assert people.get("Ann Roe") == "actor"


def test_hyphenated_title_is_whole_and_honorific_alone_is_no_role(nlp: Language) -> None:
    people = _people(_briefing(nlp, "The study's co-author Jo Bloggs spoke to reporters on Monday."))
    assert people.get("Jo Bloggs") == "co-author"
    assert _people(_briefing(nlp, "Dr. Ann Roe spoke to reporters on Monday.")).get("Ann Roe") is None


def test_salience_facts_lead_and_main_clause_subjects(nlp: Language) -> None:
    text = (
        "Mayor Helen Varga opened the new bridge in Dorval on Tuesday.\n\n"
        "Varga thanked the builders. Engineers cheered when Varga cut the ribbon.\n\n"
        "Local historian Peter Jones wrote a book about the ferry. Jones also founded a museum in Dorval."
    )
    actors = {a.name: a for a in _briefing(nlp, text).actors}
    varga, jones = actors["Helen Varga"], actors["Peter Jones"]
    assert varga.in_lead and not jones.in_lead
    # "Helen Varga opened", "Varga thanked": main clauses; "when Varga cut" is a subordinate one.
    assert varga.subject_mentions == 2
    assert jones.subject_mentions == 2  # "Peter Jones wrote", "Jones also founded"


def test_titled_person_inside_an_organisation_entity(nlp: Language) -> None:
    # the small model tags "Assemblywoman X Y" and "<Country> Representative X Y" as organisations
    text = (
        'Newly elected Assemblywoman Selena Marsh said, "It is really exciting to be here."\n\n'
        "Early yesterday morning, United States Representative Elijah Brooks died in hospice care."
    )
    briefing = _briefing(nlp, text)
    assert _people(briefing) == {
        "Selena Marsh": "Assemblywoman",
        "Elijah Brooks": "United States Representative",
    }
    assert _forms(briefing, ActorKind.ORGANIZATION) == {}
    assert briefing.quotes[0].speaker == "Selena Marsh"


def test_organisation_name_stops_before_a_persons_title(nlp: Language) -> None:
    text = "Senate Minority Whip Dick Durbin questioned the President's power on Monday."
    briefing = _briefing(nlp, text)
    assert "Dick Durbin" in _people(briefing)
    assert briefing.actor("Senate") is not None
    assert briefing.actor("Senate Minority Whip") is None


def test_affiliation_with_an_owner_in_possessive(nlp: Language) -> None:
    text = "Nikki Holland of the UK's National Crime Agency said the site had been closed."
    # the body's own name is the complement; its place owner is dropped (corpus convention)
    assert _people(_briefing(nlp, text))["Nikki Holland"] == "of the National Crime Agency"


def test_a_middle_family_name_alone_is_the_same_person(nlp: Language) -> None:
    text = (
        "Ricardo Ferrer Nevares, the island's governor, announced his resignation on Wednesday.\n\n"
        'In his speech, Ferrer said, "I resign with my head held high."'
    )
    briefing = _briefing(nlp, text)
    assert _forms(briefing, ActorKind.PERSON) == {"Ricardo Ferrer Nevares": ("Ferrer",)}
    assert [q.speaker for q in briefing.quotes] == ["Ricardo Ferrer Nevares"]


def test_a_subject_with_a_position_in_apposition_is_a_person(nlp: Language) -> None:
    # the small model tags this surname alone, as an organisation
    text = 'Tomasz Kubiak, a fire service spokesman, told reporters the man has "severe burns".'
    briefing = _briefing(nlp, text)
    assert _people(briefing) == {"Tomasz Kubiak": "fire service spokesman"}
    assert [q.speaker for q in briefing.quotes] == ["Tomasz Kubiak"]


def test_an_acronym_the_article_introduces_in_brackets_merges(nlp: Language) -> None:
    # the short form need not spell the initials: the brackets right after the name introduce it
    # (the example of the issue brief; the small model leaves the bracketed "FSB" untagged and
    # reads it as a "service" name, invented names did not reproduce that)
    text = (
        "Officers of the Federal Security Service (FSB) searched the building.\n\n"
        "The FSB said the blast was caused by gas."
    )
    briefing = _briefing(nlp, text)
    assert _forms(briefing, ActorKind.ORGANIZATION) == {"Federal Security Service": ("FSB",)}
    assert len(briefing.actors) == 1 and briefing.actors[0].mentions == 3


def test_a_bracketed_short_form_of_a_longer_phrase_is_no_alias(nlp: Language) -> None:
    text = "She was elected a Member of Parliament (MP) in 2017. Parliament met on Monday."
    parliament = _briefing(nlp, text).actor("Parliament")
    assert parliament is None or "MP" not in parliament.aliases


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("CNN's Maria Okafor said questions remain.", "Maria Okafor", "of CNN"),
        (
            "Ana Lopes of campaign group Clean Rivers Trust said the vote was not enough.",
            "Ana Lopes",
            "of Clean Rivers Trust",
        ),
        (
            "Ana Lopes of Tenants Together Network said the vote was not enough.",
            "Ana Lopes",
            "of Tenants Together Network",
        ),
        (
            "A Democratic Assemblyman, Tom Reyes, also commented on party disparity.",
            "Tom Reyes",
            "Democratic Assemblyman",
        ),
    ],
)
def test_affiliations_and_descriptions_without_a_title_word(
    nlp: Language, text: str, name: str, role: str
) -> None:
    assert _people(_briefing(nlp, text))[name] == role


def test_words_of_a_formal_title_are_not_an_organisation(nlp: Language) -> None:
    text = (
        "The Senate Minority Leader, Chuck Schumer, said on Sunday the plan would fail.\n\n"
        "Interior Minister Joachim Brudzinski was at the scene."
    )
    briefing = _briefing(nlp, text)
    groups = {a.name for a in briefing.actors if a.kind is not ActorKind.PERSON}
    assert groups == {"Senate"}
    assert _people(briefing) == {
        "Chuck Schumer": "Senate Minority Leader",
        "Joachim Brudzinski": "Interior Minister",
    }


@pytest.mark.parametrize("word", ["of", "as", "and"])
def test_a_name_never_ends_with_a_function_word(word: str) -> None:
    # the small model sometimes takes the next word into the entity ("X Y of Benin", "X Y as Catwoman")
    pos = {"of": "ADP", "as": "ADP", "and": "CCONJ"}[word]
    doc = Doc(Vocab(), words=["Jo", "Bloggs", word, "Ruritania"], pos=["PROPN", "PROPN", pos, "PROPN"])
    assert _strip_edges(doc[0:3]).text == "Jo Bloggs"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            'The so-called "Brexit bonus" never arrived, according to economist Lena Fischer.',
            ["Lena Fischer"],  # a one-word "person" only inside a quoted term is a thing
        ),
        (
            'Coach Tom Reyes thanked his players. "We owe it all to Maria Lopez," he said.',
            ["Tom Reyes", "Maria Lopez"],  # a known given name inside a quotation is a person
        ),
    ],
)
def test_a_name_only_inside_quotation_marks(nlp: Language, text: str, people: list[str]) -> None:
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert [a.name for a in briefing.actors if a.kind is ActorKind.PERSON] == people


def test_a_bodys_first_word_alone_is_another_body_not_its_short_name(nlp: Language) -> None:
    text = (
        "The House Science Committee met on Tuesday to hear the agency's plans.\n\n"
        "The House will vote on the budget next week."
    )
    briefing = _briefing(nlp, text)
    committee = briefing.actor("House Science Committee")
    assert committee is not None and "House" not in committee.aliases


def test_the_word_that_heads_a_bodys_name_still_names_it_alone(nlp: Language) -> None:
    text = (
        "The Supreme Court of Ruritania removed the governor on Wednesday.\n\n"
        "The Court said the oath of office was void."
    )
    briefing = _briefing(nlp, text)
    court = briefing.actor("Supreme Court of Ruritania")
    assert court is not None and court.mentions == 2


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the possessor of a name is no part of it
        ("“We are very excited to be going back,” said Iron Casket's Bruce Dickson.", "Bruce Dickson", None),
        # an occupation written as a title, and another name the person goes by
        (
            "DJ Norman Cole - aka Fatboy Thin - has said that dance music is not dead. "
            "“The tabloid thing has been difficult,” Cole said.",
            "Norman Cole",
            "DJ",
        ),
        # a body written before the name with the noun that describes it
        (
            "But the head of the public services union Unison Dave Prentas criticised the plans. "
            "“If you want good public services you don't get that by hitting people,” he said.",
            "Dave Prentas",
            "head of the public services union Unison",
        ),
    ],
)
def test_a_persons_name_without_its_owner_title_or_other_name(
    nlp: Language, text: str, name: str, role: str | None
) -> None:
    briefing = _briefing(nlp, text)
    assert _people(briefing) == {name: role}
    assert [q.speaker for q in briefing.quotes] == [name]


def test_a_remit_reworded_before_the_same_head_word_is_the_same_body(nlp: Language) -> None:
    text = (
        "The bus overturned near the village on Sunday, the Emergencies Ministry said.\n\n"
        "The Emergency Situations Ministry stated all occupants were from the regional capital."
    )
    groups = _groups(_briefing(nlp, text))
    assert list(groups) == ["Emergency Situations Ministry"]
    assert "Emergencies Ministry" in groups["Emergency Situations Ministry"]


def test_a_remit_narrowed_before_the_same_head_word_is_another_body(nlp: Language) -> None:
    text = (
        "The Donetsk National University moved to Vinnytsia in 2014.\n\n"
        "The Donetsk National Technology University moved to Lutsk."
    )
    assert set(_groups(_briefing(nlp, text))) == {
        "Donetsk National University",
        "Donetsk National Technology University",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill passed the House of Representatives and Senate on Friday. "
            "The Senate vote was 51-49. The House voted first.",
            {"House of Representatives": ActorKind.ORGANIZATION, "Senate": ActorKind.ORGANIZATION},
        ),
        (
            "Regulators fined Alphabet and Facebook on Monday. Facebook said it would appeal. "
            "Alphabet declined to comment.",
            {"Alphabet": ActorKind.ORGANIZATION, "Facebook": ActorKind.ORGANIZATION},
        ),
    ],
)
def test_names_written_alone_elsewhere_are_split_out_of_a_listed_entity(
    nlp: Language, text: str, expected: dict[str, ActorKind]
) -> None:
    # the NER tags "the House of Representatives and Senate" as one body; the article
    # writes each name on its own too, so they are two actors, not one with both as aliases
    actors = {a.name: a.kind for a in _briefing(nlp, text).actors}
    assert actors == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Securities and Exchange Commission fined the firm. The Exchange said nothing.",
            "Securities and Exchange Commission",
        ),
        ("Johnson & Johnson said sales rose. Johnson was not available.", "Johnson & Johnson"),
        (
            "Dana Whitlow, a former head of the National Aeronautics and Space Administration, spoke.",
            "National Aeronautics and Space Administration",
        ),
        ("The Office of Management and Budget said the budget was late.", "Office of Management and Budget"),
    ],
)
def test_one_name_with_and_in_it_stays_whole(nlp: Language, text: str, name: str) -> None:
    assert name in {a.name for a in _briefing(nlp, text).actors}
