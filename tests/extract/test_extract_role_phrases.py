"""Roles from the phrases around a name, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.models import ActorKind, Article

from .readouts import roles as _roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The fire was put out by Nadia Perez, 37, a retired firefighter living nearby.",
            "Nadia Perez",
            "retired firefighter",
        ),
        (
            "Tomas Berg, head of a regional flood agency, said the dams held.",
            "Tomas Berg",
            "head of a regional flood agency",
        ),
        (
            "Marta Lind, chief executive of the museum, said the paintings were safe.",
            "Marta Lind",
            "chief executive of the museum",
        ),
        (
            'Later, the president of the Ruritanian Farmers Union, Anton Weiss, said "no".',
            "Anton Weiss",
            "president of the Ruritanian Farmers Union",
        ),
        (
            "Senate Majority Whip Kevin Doyle opposed the bill on Monday.",
            "Kevin Doyle",
            "Senate Majority Whip",
        ),
        (
            "Dr. Ian Moss of the World Fisheries Organization (WFO) told reporters the stocks were falling.",
            "Ian Moss",
            "of the World Fisheries Organization",
        ),
        (
            "The envoy often argued with Lena Hoff who is the secretary of state.",
            "Lena Hoff",
            "secretary of state",
        ),
        ('Voter Lin Chow told reporters, "We want a change."', "Lin Chow", "Voter"),
        # coordinated modifiers of the title
        (
            "Trade and industry commissioner Omar Diallo announced the deal.",
            "Omar Diallo",
            "Trade and industry commissioner",
        ),
        # a list's earlier member keeps its own title
        (
            "Payments went to singer Ana Ruiz and former model Eva Stone last year.",
            "Eva Stone",
            "former model",
        ),
        # after "of" and lowercase words, the name completes someone else's title
        (
            "Karl Moss, brother of football coach Lars Moss, was sentenced on Friday.",
            "Lars Moss",
            "football coach",
        ),
        (
            "Karl Moss, brother of football coach Lars Moss, was sentenced on Friday.",
            "Karl Moss",
            "brother of Lars Moss",
        ),
        ("Head of state Omar Diallo said the talks failed.", "Omar Diallo", "Head of state"),
        # two descriptions: the first; a title held before: former
        (
            "In a statement, Rita Vance, his aide and the chair of the Ruritanian Farmers Union, said no.",
            "Rita Vance",
            "aide",
        ),
        (
            "Omar Diallo, who was the mayor of Springfield, said the money had been spent.",
            "Omar Diallo",
            "former mayor of Springfield",
        ),
        (
            "Omar Diallo, who chairs the committee, said the money had been spent.",
            "Omar Diallo",
            "chair of the committee",
        ),
        # an opening adverb is no part of the role; a body's name runs on over "of"
        ("Omar Diallo, also a teacher, said the talks failed.", "Omar Diallo", "teacher"),
        (
            "Omar Diallo, a spokesman for the Ruritanian Ministry of Health, said the talks failed.",
            "Omar Diallo",
            "spokesman for the Ruritanian Ministry of Health",
        ),
        # the noun a name identifies
        ("The driver, identified as Omar Diallo, 45, was arrested.", "Omar Diallo", "driver"),
        ("The gunman was identified as Omar Diallo by police.", "Omar Diallo", "gunman"),
        (
            "Omar Diallo, from the Ruritanian Academy of Sciences, said it was new.",
            "Omar Diallo",
            "of the Ruritanian Academy of Sciences",
        ),
        # an age is no role; "one of" a group is a member of it
        ("The attacker, 28-year-old Omar Diallo, was shot by police.", "Omar Diallo", "attacker"),
        ("Omar Diallo, one of the organisers, said the talks failed.", "Omar Diallo", "organiser"),
        ("Omar Diallo, one of the victims, was killed.", "Omar Diallo", "victim"),
        # an affiliation's name without the words describing the body
        ("Omar Diallo of advocacy group Open Doors Network said no.", "Omar Diallo", "of Open Doors Network"),
        # a plural title the parser made part of the first name still heads the list
        (
            "The bill was signed by Senators Omar Diallo, Rita Vance, and Karl Moss on Monday.",
            "Rita Vance",
            "Senator",
        ),
        # a picture's credit
        ("Fans queued for hours.\n\nImage: Omar Diallo.", "Omar Diallo", "photographer"),
        # the conjunction opening the clause is no part of the role
        (
            "Among the issues the regulator is examining is whether Acme’s founder and former CEO, "
            "Omar Diallo, indulged in self-dealing to enrich himself.",
            "Omar Diallo",
            "Acme’s founder and former CEO",
        ),
        # a hyphenated word inside the remit is read whole
        (
            "“We had problems,” Omar Diallo, Acme’s head of direct-to-consumer and international, said.",
            "Omar Diallo",
            "Acme’s head of direct-to-consumer and international",
        ),
        # the clause before the title is not the title ("re-elected" parsed as the verb of its subject)
        (
            "Ohio Republicans re-elected Governor Omar Diallo by ten points.",
            "Omar Diallo",
            "Governor of Ohio",
        ),
        # "both" and a plural: what each of the two is
        (
            "American Kevin Moss and Australian Tim Hollis, both professors at the American University "
            "of Kabul, were handed over to US forces.",
            "Kevin Moss",
            "professor at the American University of Kabul",
        ),
        # a person's description that ends in a body's name
        (
            "The results were striking, says Miriam Kowalczyk, a physiologist at Leeds University.\n\n"
            "“It came as a surprise,” Kowalczyk recalled.",
            "Miriam Kowalczyk",
            "physiologist at Leeds University",
        ),
        # a dash with spaces around it separates words, it joins no title
        (
            "The agency hired the industry’s upstarts - Acme founder Omar Diallo’s rocket firm among them.",
            "Omar Diallo",
            "Acme founder",
        ),
    ],
)
def test_role_read_off_the_phrase(nlp: Language, text: str, name: str, role: str) -> None:
    assert _roles(nlp, text).get(name) == role


def test_a_given_name_opening_the_sentence_is_no_role(nlp: Language) -> None:
    assert _roles(nlp, "Homer Hickam said the launch went well.").get("Homer Hickam") is None


def test_a_list_shares_its_description_and_parents_are_father_and_mother(nlp: Language) -> None:
    text = (
        "Karl Diallo died on Monday in Springfield. Karl Diallo was 68. "
        "His parents, Omar Diallo and Rita Diallo, were farmers."
    )
    roles = _roles(nlp, text)
    assert roles["Omar Diallo"] == "Karl Diallo's father"
    assert roles["Rita Diallo"] == "Karl Diallo's mother"


def test_a_bare_adjective_before_a_name_is_no_role(nlp: Language) -> None:
    assert _roles(nlp, "The reclusive Harold Quimby said the plan would fail.").get("Harold Quimby") is None


def test_a_people_named_after_an_adjective_is_no_actor(nlp: Language) -> None:
    text = "Thousands of ethnic Quimbari were displaced, the report said."
    assert "Quimbari" not in _roles(nlp, text)


@pytest.mark.parametrize(
    "body",
    [
        "the Civil Aviation Authority",
        "the Eastland Civil Liberties Union",
        "the Civil Defence Corps",
        "the Financial Conduct Authority",
        "the International Criminal Court",
        "the Foreign Office",
    ],
)
def test_a_title_word_inside_a_body_name_does_not_cut_the_role(nlp: Language, body: str) -> None:
    # nameparser lists "civil", "financial", "criminal", "foreign" as titles; inside a body's name
    # they are part of the name.
    text = f'"We will fight this in court," said Ana Ruiz, a spokeswoman for {body}.'
    assert _roles(nlp, text) == {"Ana Ruiz": f"spokeswoman for {body}"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Prime Minister Ana Sorel arrived in Brussels on Thursday.\n\n"Europe must act together,"'
            " she told reporters.",
            "Prime Minister",  # a visit to a city of a country the article never names
        ),
        (
            "President Ana Sorel addressed crowds in Lagos and Abuja on Friday.\n\n"
            "Nigeria's economy has grown for three years.",
            "President of Nigeria",  # the named country, its cities counting towards it
        ),
    ],
)
def test_an_office_belongs_to_a_country_the_article_names(nlp: Language, text: str, role: str) -> None:
    assert _roles(nlp, text) == {"Ana Sorel": role}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # The NER took the noun into the person; capitalised only by the sentence start.
        (
            "Goalkeeper Alisson Becker saved a penalty in the final minute. Becker was named man of the "
            "match.",
            "Alisson Becker",
            "Goalkeeper",
        ),
        # The tagger calls "Rapper" a proper noun: an agent noun that is no given name.
        (
            "Rapper Kendrick Lamar headlined the show. Lamar performed for two hours.",
            "Kendrick Lamar",
            "Rapper",
        ),
        # A given name ending like an agent noun stays the name.
        ("Peter Paul Marks said the vote was close.", "Peter Paul Marks", None),
    ],
)
def test_a_common_noun_opening_the_sentence_is_cut_off_the_persons_name_as_a_role(
    nlp: Language, text: str, name: str, role: str | None
) -> None:
    actors = {a.name: a.role for a in extract(Article(source="t.md", text=text), nlp).actors}
    assert actors == {name: role}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The rapper Kendrick Lamar headlined the show. Lamar performed.", "Kendrick Lamar", "rapper"),
        ("The midfielder Declan Rice signed a new contract.", "Declan Rice", "midfielder"),
    ],
)
def test_a_noun_before_a_name_parsed_as_a_second_subject_is_its_role(
    nlp: Language, text: str, name: str, role: str
) -> None:
    # The small model parses "The midfielder Declan Rice signed" as two subjects of one verb.
    assert _roles(nlp, text) == {name: role}


def test_an_ampersand_inside_a_body_name_does_not_cut_the_role_or_own_the_body(nlp: Language) -> None:
    text = (
        '"The new hall will open in May," Okechi Danfulani, chairman of the Arts & Crafts '
        "Guild's board of trustees, said in a statement."
    )
    briefing = extract(Article(source="t.md", text=text), nlp)
    roles = {a.name: a.role for a in briefing.actors}
    assert roles["Okechi Danfulani"] == "chairman of the Arts & Crafts Guild's board of trustees"
    assert "Arts & Crafts Guild" in roles  # the body owns the board: its "'s" is not its name's


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Lindsey Moreau brokered a peace between Halvorsen and Georgia Gov. Brian Kettering, "
            "whose feud threatened the effort.",
            "Brian Kettering",
            "Governor of Georgia",
        ),
        (
            "Republican pollster Paul Schuster, an adviser to North Carolina Sen. Thom Tilden, "
            "said the race was close.",
            "Thom Tilden",
            "North Carolina Senator",
        ),
    ],
)
def test_a_title_before_a_name_stops_at_another_persons_name_or_role(
    nlp: Language, text: str, name: str, role: str
) -> None:
    assert _roles(nlp, text)[name] == role


def test_a_role_read_inside_quote_marks_only_when_the_text_gives_none(nlp: Language) -> None:
    text = (
        "“Nobody beats Lena Ostrova, the queen of the courts,” her coach said.\n\n"
        "Tennis player Lena Ostrova won again on Sunday."
    )
    assert _roles(nlp, text)["Lena Ostrova"] == "Tennis player"


def test_a_relations_complement_of_a_body_and_an_agent_noun_is_the_named_persons_role(nlp: Language) -> None:
    text = "Rebecca Hale, long-term partner of Riverside Rovers midfielder Tom Calder, shared photos online."
    assert _roles(nlp, text)["Tom Calder"] == "Riverside Rovers midfielder"


def test_a_new_clause_after_a_name_and_its_comma_is_no_role(nlp: Language) -> None:
    text = (
        "The first thing they learned is that the heroine adores Patsy Cline, "
        "and so the two writers knew the song had to be country."
    )
    assert _roles(nlp, text)["Patsy Cline"] is None


def test_things_listed_after_a_name_are_not_its_description(nlp: Language) -> None:
    text = (
        "A row involving Dana Price, her former record label and a couple of big name politicians is ending."
    )
    assert _roles(nlp, text)["Dana Price"] is None


def test_what_a_building_was_and_is_still_describes_it(nlp: Language) -> None:
    text = "He pledged to convert Ayia Marina, formerly a church and now a museum, into a mosque."
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert {a.name: a.kind for a in briefing.actors}.get("Ayia Marina") is ActorKind.PLACE


def test_a_group_before_a_dash_is_no_description_of_the_names_after_it(nlp: Language) -> None:
    text = (
        "It is also a place where the two other leading candidates in the race — Dana Price "
        "and Omar Diallo — have struggled to gain momentum."
    )
    roles = _roles(nlp, text)
    assert roles["Dana Price"] is None and roles["Omar Diallo"] is None
    # the plural title right before the names is theirs ("Sens." was no title word)
    roles = _roles(nlp, text.replace("— Dana Price", "— Sens. Dana Price"))
    assert roles["Dana Price"] == "Senator" and roles["Omar Diallo"] == "Senator"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“We heard shots,” Sgt. Omar Diallo said. Police closed the road.", "Sergeant"),  # written out
        (
            "Cmdr. Omar Diallo, a spokesperson for the coalition, said the camp was safe.",
            "spokesperson for the coalition",
        ),
        ("“We will appeal,” Senator the Hon. Omar Diallo told reporters.", "Senator"),
    ],
)
def test_an_abbreviated_rank_is_a_role_when_nothing_says_more(nlp: Language, text: str, role: str) -> None:
    assert _roles(nlp, text)["Omar Diallo"] == role


def test_abbreviated_ranks_alone_are_no_actor(nlp: Language) -> None:
    briefing = extract(Article(source="t.md", text="Lt. Col. Omar Diallo testified on Tuesday."), nlp)
    assert [a.name for a in briefing.actors] == ["Omar Diallo"]


def test_a_bare_president_in_a_story_about_a_monarchy_is_not_its_president(nlp: Language) -> None:
    text = (
        "Security papers about a visit to Britain by President Jo Bloggs were found in a London street. "
        "Britain's police said the papers had been handed in. Britain and the United Kingdom's "
        "government said the visit would go ahead, and Britain will host the talks."
    )
    briefing = extract(Article(source="t.md", text=text), nlp)
    roles = {a.name: a.role for a in briefing.actors}
    assert roles.get("Jo Bloggs") == "President"  # not "President of Britain": it has no president


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Mansoor Mohi-Uddin, chief currency strategist at UBS, said the dollar would fall.",
            "chief currency strategist",
        ),
        ("Jo Bloggs, the head gardener, said the roses were late.", "head gardener"),
    ],
)
def test_an_appositive_ends_on_its_own_head_noun_not_on_a_title_word_before_it(
    nlp: Language, text: str, role: str
) -> None:
    assert list(_roles(nlp, text).values()) == [role]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the surname joined to the name by "and" is another person's, not the title's
        (
            "Representative Elijah Cummings criticised the pick.\n\nCummings and Senator Bernie Sanders, "
            "a 2016 presidential candidate, called for a federal probe into drug prices.",
            "Bernie Sanders",
            "Senator",
        ),
        # but two titles joined by "and" are both the person's
        (
            "The talks were chaired by former New York Fed President and Bretton Woods Committee Chair "
            "Bill Dudley on Monday.",
            "Bill Dudley",
            "former New York Fed President and Bretton Woods Committee Chair",
        ),
        # so is a place that qualifies the person named before "and"
        (
            "Accusations have ensnared other politicians, including Republican Senate candidate Roy Moore "
            "of Alabama and Democratic Senator Al Franken of Minnesota.",
            "Al Franken",
            "Democratic Senator",
        ),
    ],
)
def test_a_title_after_another_persons_name_and_and_is_only_the_title(
    nlp: Language, text: str, name: str, role: str
) -> None:
    assert _roles(nlp, text)[name] == role


def test_a_bare_president_gets_no_country_when_a_country_named_only_by_its_towns_counts_as_much(
    nlp: Language,
) -> None:
    # Washington and Tennessee count for a country the story never names; the Philippines,
    # named once, is not the story's country
    text = (
        "WASHINGTON (Reuters) - President Donald Trump on Monday said he is nominating Alex Azar. "
        "Trump, who is in the Philippines on a trip, announced it on Twitter. Senator Lamar Alexander "
        "of Tennessee welcomed the pick."
    )
    assert _roles(nlp, text)["Donald Trump"] == "President"


def test_who_was_not_something_is_no_former_title(nlp: Language) -> None:
    text = (
        "At least three senators seemed undecided, including Arizona's Jeff Flake, who was not specific "
        "about his hesitation in brief hallway remarks to reporters."
    )
    assert _roles(nlp, text)["Jeff Flake"] is None


def test_a_lowercase_word_like_an_honorific_ends_the_role_as_written(nlp: Language) -> None:
    # "Lady" before a name is an honorific; "first lady" is the role itself
    text = "Clinton, a former U.S. senator and first lady, beat Senator Bernie Sanders for the nomination."
    assert _roles(nlp, text)["Clinton"] == "former U.S. senator and first lady"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a group before "and" is someone else
        ("Senior lawmakers and President Jo Bloggs met on Monday.", "Jo Bloggs", "President"),
        # a title before a name that owns the next noun is that name's; the role before it
        # goes on to the noun
        (
            "Sam Clovis, a former co-chairman of President Jo Bloggs\u2019s campaign, testified on Monday.",
            "Sam Clovis",
            "former co-chairman of President Jo Bloggs\u2019s campaign",
        ),
    ],
)
def test_a_title_belongs_to_the_name_it_stands_before(nlp: Language, text: str, name: str, role: str) -> None:
    assert _roles(nlp, text)[name] == role


def test_a_head_of_state_is_never_of_a_continent(nlp: Language) -> None:
    text = (
        "U.S. President Jo Bloggs spoke in Alabama. Voters across America watched, and America is tired, "
        "voters in Alabama said. Bloggs said America would win."
    )
    assert _roles(nlp, text)["Jo Bloggs"] in {"President of the United States", "President"}


def test_a_title_before_a_name_that_owns_the_next_noun_is_that_names_alone(nlp: Language) -> None:
    text = "Sam Clovis, a former co-chairman of President Jo Bloggs\u2019s campaign, testified on Monday."
    assert _roles(nlp, text)["Jo Bloggs"] == "President"


def test_an_office_another_holds_by_his_own_title_is_not_a_bare_titles_country(nlp: Language) -> None:
    # Xi is "China's President" in the text; "President Jo Bloggs" visiting China is not China's
    text = (
        "BEIJING (Reuters) - President Jo Bloggs signed deals in China on Thursday. Watched by Bloggs and "
        "China's President Xi Jinping at a ceremony in Beijing, firms from China and Ruritania signed "
        "contracts. China said trade with China's partners would grow. Bloggs praised China."
    )
    roles = _roles(nlp, text)
    assert roles["Xi Jinping"] == "President of China" and roles["Jo Bloggs"] == "President"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an adverb on the description is not part of the role
        ("Peter Hahn, also a student at Leeds, tested the samples on Monday.", "student at Leeds"),
        ("Elena Marsh, now a senior judge in Leeds, spoke on Monday.", "senior judge"),
        # one that dates it is
        ("The post was about Eva Lind, the then chair of the Greens.", "then chair of the Greens"),
    ],
)
def test_an_adverb_on_the_description_is_left_out_unless_it_dates_it(
    nlp: Language, text: str, role: str
) -> None:
    assert next(iter(_roles(nlp, text).values())) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # those who work for someone, opening the sentence, are not the one named's title
        ("Representatives for Representative Jo Bloggs declined to comment.", "Jo Bloggs", "Representative"),
        ("Aides to Governor Jo Bloggs said the plan was dead.", "Jo Bloggs", "Governor"),
        ("Lawyers for Senator Jo Bloggs said the plan was dead.", "Jo Bloggs", "Senator"),
        # a title with its remit stays whole
        ("Minister for Europe Jo Bloggs said the plan was dead.", "Jo Bloggs", "Minister for Europe"),
    ],
)
def test_the_title_after_those_working_for_someone_is_theirs(
    nlp: Language, text: str, name: str, role: str
) -> None:
    assert _roles(nlp, text)[name] == role


def test_a_role_to_someones_campaign_goes_on_to_what_they_own(nlp: Language) -> None:
    text = "Jo Bloggs, an adviser to Ann Kell's presidential campaign, said it was over."
    assert _roles(nlp, text)["Jo Bloggs"] == "adviser to Ann Kell's presidential campaign"


def test_a_relative_clause_the_parser_took_for_an_apposition_is_no_role(nlp: Language) -> None:
    text = (
        "Mary Vance, whose nearly $1 billion divorce settlement from oil tycoon Sam Smith made "
        "headlines early last year. Last month, she hosted a dinner."
    )
    assert _roles(nlp, text)["Mary Vance"] is None


def test_a_description_shared_by_several_is_without_their_count(nlp: Language) -> None:
    text = "At least two Republican senators, Jo Bloggs of Ohio and Sam Smith of Iowa, said he should go."
    assert _roles(nlp, text)["Jo Bloggs"] == "Republican senator"


def test_a_role_of_a_bodys_committee_written_in_lower_case_is_whole(nlp: Language) -> None:
    text = "Jo Bloggs, chairman of the Senate's armed services committee, said he was troubled."
    assert _roles(nlp, text)["Jo Bloggs"] == "chairman of the Senate's armed services committee"


def test_an_apposition_the_parser_hung_on_a_name_from_far_after_is_no_role(nlp: Language) -> None:
    text = (
        "The fee is meant to encourage young people to get insurance. Ann Kell has also prepared an "
        "amendment to the tax bill to make state and local property tax deductible up to $10,000, "
        "a provision that is part of the House of Representatives\u2019 tax bill."
    )
    assert _roles(nlp, text)["Ann Kell"] is None


def test_what_someone_would_be_is_no_role(nlp: Language) -> None:
    text = "If elected, Ann Kell would be the first U.S. president to have a foundation."
    assert _roles(nlp, text)["Ann Kell"] is None


def test_an_ordinal_stays_in_the_role(nlp: Language) -> None:
    text = "Jo Bloggs said so. Bloggs was the first member of Kell’s cabinet to plead guilty to a crime."
    assert _roles(nlp, text)["Jo Bloggs"] == "first member of Kell’s cabinet"


def test_a_county_clerks_title_is_no_part_of_her_name(nlp: Language) -> None:
    assert _roles(nlp, "Rowan County Clerk Kim Davis refused to issue the licences.") == {
        "Kim Davis": "Rowan County Clerk"
    }


def test_one_named_among_many_is_not_described_by_the_many(nlp: Language) -> None:
    text = (
        "In January, the group also raised $100,000 checks from other major donors allied with "
        "Mr. Kell's rivals, among them Jo Bloggs, a longtime Acme Growth donor who backs Mr. Cruz."
    )
    assert _roles(nlp, text)["Jo Bloggs"] == "longtime Acme Growth donor"
    # control: a description set off before the name still is its role
    assert _roles(nlp, "The attacker, 28-year-old Jo Bloggs, fled.")["Jo Bloggs"] == "attacker"


def test_a_role_of_a_body_whose_name_the_ner_cut_at_and_takes_the_whole_name(nlp: Language) -> None:
    # the NER's name stopped at "and", the body's own name (and its actor) goes on
    text = (
        "The study was a collaborative project between Neil Varga of the Halvorsen School of Marine "
        "and Coastal Science at the University of Maine."
    )
    assert _roles(nlp, text)["Neil Varga"] == "of the Halvorsen School of Marine and Coastal Science"


def test_an_affiliation_with_a_name_ending_like_a_plural_stays_as_written(nlp: Language) -> None:
    # "of Reuters" was made singular, as "visual artists" is: "of Reuter"
    assert _roles(nlp, "Tom Hale of Reuters and the Associated Press left early.")["Tom Hale"] == "of Reuters"
    # control: a plural title is one person's in the singular
    text = "The visual artists Jo Bloggs and Ann Lee showed their work."
    assert _roles(nlp, text)["Jo Bloggs"] == "visual artist"


def test_a_possessive_the_ner_took_into_a_name_does_not_hide_the_owner(nlp: Language) -> None:
    # the NER often tags "Ann Kell's" whole, the "'s" included, as the person: the mark is
    # no second person's name inside the role
    text = "Jo Bloggs, a Labour organiser and Ann Kell's chief strategist in 2012, said it was over."
    assert _roles(nlp, text)["Jo Bloggs"] == "Labour organiser and Ann Kell's chief strategist"


def test_an_appositive_noun_the_tagger_called_otherwise_is_the_role(nlp: Language) -> None:
    # the tagger calls "operative" a proper noun and "professional" an adjective here: set
    # beside the name, lowercase, each is the noun of the person's description
    text = "Ann Kell, a longtime RNC data operative, said the count was slow."
    assert _roles(nlp, text)["Ann Kell"] == "longtime RNC data operative"
    text = "Jo Bloggs, an IT professional from Tulsa, said the valves had failed twice."
    assert _roles(nlp, text)["Jo Bloggs"] == "IT professional from Tulsa"
    # controls: a time, or the noun of a clause set after the name, is no description
    assert _roles(nlp, "Jo Bloggs, a week later, said the valves had failed.")["Jo Bloggs"] is None
    text = "Ann Kell waved to Jo Bloggs, a gesture leaving the crowd puzzled."
    assert _roles(nlp, text)["Jo Bloggs"] is None


def test_of_two_descriptions_the_first_when_the_two_do_not_make_a_role(nlp: Language) -> None:
    # the second description names another person ("to Ms. Kell"), so the two together
    # are no role; the first alone is
    text = "Jo Bloggs, a senior adviser to Ms. Kell and past chair of the Acme Workers Union, said no."
    assert _roles(nlp, text)["Jo Bloggs"] == "senior adviser to Ms. Kell"
    # controls: two descriptions with no other name in them stay one role, and a list of
    # honorifics and names gives no one the next one's honorific
    text = "“It will pass,” said Jo Bloggs, a friend and adviser who worked for Ms. Kell at the bank."
    assert _roles(nlp, text)["Jo Bloggs"] == "friend and adviser"
    text = "The three scholars -- Mr. Bloggs, Ms. Kell and Mr. Amar -- agreed."
    assert set(_roles(nlp, text).values()) == {None}


def test_a_relation_before_of_is_someone_elses_description(nlp: Language) -> None:
    # "daughter of" describes the one set beside it, not the name after "of"; the NER ran
    # the principal's title into her name
    text = (
        "Ann Kell, the 30-year-old daughter of Oak Hill Elementary Principal Jo Bloggs, "
        "said the school had been warned."
    )
    roles = _roles(nlp, text)
    assert roles["Jo Bloggs"] == "Oak Hill Elementary Principal"
    assert roles["Ann Kell"] == "30-year-old daughter of Jo Bloggs"
    text = "The vote matters most to Ann Kell, a close friend of Ruritanian Prime Minister Jo Bloggs."
    assert _roles(nlp, text)["Jo Bloggs"] == "Ruritanian Prime Minister"
    # control: a portfolio's "of" is the title's own
    assert _roles(nlp, "Secretary of State Jo Bloggs said it.")["Jo Bloggs"] == "Secretary of State"


def test_a_name_that_qualifies_a_noun_takes_no_role_from_the_words_before(nlp: Language) -> None:
    # "longtime" and the rest qualify the critic; Kell is no consultant
    text = "Jo Bloggs, a Republican political consultant and longtime Kell critic, said it."
    roles = _roles(nlp, text)
    assert roles["Jo Bloggs"] == "Republican political consultant and longtime Kell critic"
    assert roles.get("Kell") is None
    # control: a title before a name that heads its phrase is the name's
    assert _roles(nlp, "Acme co-founder Jo Bloggs said it.")["Jo Bloggs"] == "Acme co-founder"


def test_a_handle_in_brackets_is_no_role(nlp: Language) -> None:
    assert _roles(nlp, "Jo Bloggs (@jobloggs) wrote that the vote was close.")["Jo Bloggs"] is None
    # control: "major" before a name that qualifies a noun is an adjective, no rank
    assert _roles(nlp, "He went to a major Tea Party rally in Ohio in 2010.") == {}


def test_a_title_before_the_next_name_of_a_segment_is_that_names(nlp: Language) -> None:
    # "Ann Kell, Ruritanian President Sam Lee and …": a list, no title of Kell's
    text = "The minister met Ann Kell, Ruritanian President Sam Lee and Bordurian Premier Tom Hale."
    assert _roles(nlp, text)["Ann Kell"] is None
    # the description before the title is the role, past a clause after the other name
    text = (
        "“It is ambitious,” said Jo Bloggs, a former director of the Acme Policy Institute under "
        "President Sam Lee who has known Mr. Hale for two decades."
    )
    assert _roles(nlp, text)["Jo Bloggs"] == "former director of the Acme Policy Institute"
    # control: a title word opening a body's name ("Duke", a peer's; "General") heads no
    # title of its own, and the body's next word is no person's name
    text = "“It is complex,” said Jo Bloggs, a health policy researcher at Duke University."
    assert _roles(nlp, text)["Jo Bloggs"] == "health policy researcher"
    text = "The administrator is Ann Kell, head of the General Services Administration, which helps."
    assert _roles(nlp, text)["Ann Kell"] == "head of the General Services Administration"


def test_who_runs_a_thing_heads_it(nlp: Language) -> None:
    text = "Jo Bloggs, who runs the union's lobbying arm, said the bill would pass."
    assert _roles(nlp, text)["Jo Bloggs"] == "head of the union's lobbying arm"
    # control: a past act is no position
    assert _roles(nlp, "Jo Bloggs, who ran the company until 2010, said it.")["Jo Bloggs"] is None


def test_a_name_called_out_is_not_described_by_the_words_before_it(nlp: Language) -> None:
    text = 'The hall filled with chants, with signs of "Welcome home, Joe Biden!" shooting into view.'
    assert _roles(nlp, text).get("Joe Biden") is None
    # controls: a description set off before the name, called out or not
    text = "The hall filled when the club's president, Jo Bloggs, walked in."
    assert _roles(nlp, text)["Jo Bloggs"] == "club's president"
    text = (
        "Let me thank that great champion of working men and women, the senator from Vermont, my "
        "onetime rival and new best friend, Bernie Sanders!"
    )
    assert _roles(nlp, text)["Bernie Sanders"] == "my onetime rival and new best friend"


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviated plural title: "Sens." was no title word, and no list shared it
        "The bill was backed by Sens. Jo Bloggs, Sam Smith and Ann Roe.",
        # party tags in brackets break the parser's list: each name hung on the one before
        "The bill was backed by Sens. Jo Bloggs (D-WV), Sam Smith (D-PA), and Ann Roe (D-ND).",
        "The bill was backed by Senators Jo Bloggs (D-WV), Sam Smith (D-PA) and Ann Roe (D-IN).",
    ],
)
def test_a_plural_title_before_a_list_is_the_role_of_each_name(nlp: Language, text: str) -> None:
    roles = _roles(nlp, text)
    assert [roles.get(name) for name in ("Jo Bloggs", "Sam Smith", "Ann Roe")] == ["Senator"] * 3


def test_a_plural_title_the_recogniser_took_into_the_first_name_is_the_lists(nlp: Language) -> None:
    text = "The plan was praised by Reps. Ann Kell (R-Ohio) and Tom Hale (R-Ky.)."
    assert _roles(nlp, text) == {"Ann Kell": "Representative", "Tom Hale": "Representative"}
    # control: names listed with no title before them share none
    assert set(_roles(nlp, "Jo Bloggs (D-WV), Sam Smith (D-PA) and Ann Roe backed it.").values()) == {None}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # local and party offices and the trades of politics were no title words
        (
            "Palm Beach County Supervisor of Elections Susan Bucher said the count was over.",
            "Susan Bucher",
            "Palm Beach County Supervisor of Elections",
        ),
        (
            "Morton Blackwell, the Republican National Committeeman from Virginia, said no.",
            "Morton Blackwell",
            "Republican National Committeeman",
        ),
        ("Democratic strategist Jo Bloggs said the race was close.", "Jo Bloggs", "Democratic strategist"),
        ("Republican pollster Ann Kell said the race was close.", "Ann Kell", "Republican pollster"),
    ],
)
def test_offices_and_trades_of_politics_are_titles(nlp: Language, text: str, name: str, role: str) -> None:
    assert _roles(nlp, text)[name] == role


def test_mrs_before_two_names_is_no_plural_title(nlp: Language) -> None:
    # "Mrs." read as the plural of "Mr." made "Mr." the role of the name after "and"
    text = "Among Democrats alone, Mrs. Kell leads Mr. Hale, and Mrs. Kell and Mr. Hale agreed."
    assert _roles(nlp, text) == {"Kell": None, "Hale": None}


def test_when_a_title_was_taken_is_no_part_of_it(nlp: Language) -> None:
    assert _roles(nlp, "Newly elected Assemblywoman Ann Kell said yes.")["Ann Kell"] == "Assemblywoman"
    assert _roles(nlp, "The newly elected mayor Jo Bloggs said no.")["Jo Bloggs"] == "mayor"
    # control: "former" says what the title is now
    assert _roles(nlp, "Former Assemblywoman Ann Kell said no.")["Ann Kell"] == "former Assemblywoman"


def test_a_past_title_with_another_persons_name_in_its_complement_stays_whole(nlp: Language) -> None:
    # "former" went after the complement's "'s", and the role became "former campaigns"
    text = '"It is hard," said Jo Bloggs, who was the chief strategist on President Ann Kell\'s campaigns.'
    assert _roles(nlp, text)["Jo Bloggs"] == "former chief strategist on President Ann Kell's campaigns"
    # control: an owner opening the role keeps "former" after it, and is left out as before
    text = '"It is hard," said Jo Bloggs, who was the mayor\'s chief of staff.'
    assert _roles(nlp, text)["Jo Bloggs"] == "former chief of staff"
