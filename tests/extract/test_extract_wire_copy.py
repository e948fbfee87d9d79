"""Who speaks in wire copy's own forms, on invented sentences.

Agency stories open with a dateline that credits the agency, call officials
first "a ministry official" and then "the official", coordinate two clauses
with two subjects in one sentence, name a relative by whose relative she is,
and quote a book's title after the word "book". Every sentence here is
written for the tests in that style; each case states what the real
extraction must return.
"""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract
from generator.models import ActorKind, Article

from .readouts import roles as _roles
from .readouts import speakers as _speakers


def _quotes(nlp: Language, text: str) -> list[str]:
    return [q.text for q in extract(Article(source="test.md", text=text), nlp).quotes]


def test_the_agency_a_dateline_credits_is_no_actor_nor_anyones_it(nlp: Language) -> None:
    text = (
        "GENEVA (Reuters) - Bolivia called on Friday for a halt to what it called \u201cbrutal "
        "sanctions\u201d, saying the measures constituted genocide."
    )
    briefing = extract(Article(source="test.md", text=text), nlp)
    assert "Reuters" not in {a.name for a in briefing.actors}
    assert [q.speaker for q in briefing.quotes] == ["Bolivia"]


def test_a_sentence_after_a_question_is_no_attribution(nlp: Language) -> None:
    # the clause after '?"' runs on past the words an attribution has: a sentence of its own,
    # so the question stays with the speaker quoted just before it
    text = (
        "\u201cYou don\u2019t know what profit is included,\u201d Jo Bloggs said. \u201cIs it just "
        "for that product line?\u201d The Ways and Means Committee was scheduled to begin "
        "considering amendments to the Republican tax bill on Monday."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs", "Jo Bloggs"]


def test_the_body_a_mission_is_sent_to_does_not_speak_for_it(nlp: Language) -> None:
    text = (
        "The Ruritanian Assembly met in Geneva. \u201cThe sanctions constitute a violation of human "
        "rights,\u201d the Ruritanian mission to the United Nations in Geneva said in a statement."
    )
    assert _speakers(nlp, text) == [None]


def test_a_quote_in_a_coordinated_clause_is_its_own_subjects(nlp: Language) -> None:
    text = (
        "Moscow denies any effort to influence the election, and Jo Bloggs has dismissed the "
        "investigation as a \u201cwitch hunt.\u201d"
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_what_a_speaker_said_goes_on_past_and(nlp: Language) -> None:
    # "and it was" and "and the letter was" continue what was said: not clauses of their own
    text = (
        "Jo Bloggs said there was \u201ca lot of confidence in the plan\u201d and it was \u201calmost "
        "an island of stability.\u201d Ann Smith added that she and her brother had corresponded, "
        "and the letter he wrote was \u201ckind and loving.\u201d"
    )
    assert _speakers(nlp, text) == ["Jo Bloggs", "Jo Bloggs", "Ann Smith"]


def test_a_book_title_after_the_word_book_is_no_quote(nlp: Language) -> None:
    text = (
        "Jo Bloggs defended her account on Sunday. Her book, \u201cHacks: The Inside Story of the "
        "Break-ins and Breakdowns that Put Sam Smith in the White House,\u201d is to be released on "
        "Tuesday. \u201cI wanted her to win, but we were under pressure,\u201d Bloggs said."
    )
    assert _quotes(nlp, text) == ["I wanted her to win, but we were under pressure,"]


def test_she_after_a_named_persons_mother_is_the_mother(nlp: Language) -> None:
    text = (
        "Ann Smith was abducted in 1977. The families can do little, said Ann\u2019s mother, now 81 and "
        "visibly frail. \u201cThis is an issue of politics, of diplomacy,\u201d she said."
    )
    assert _speakers(nlp, text) == [None]


def test_she_after_an_opening_phrase_and_a_chain_of_she_is_the_sister(nlp: Language) -> None:
    text = (
        "Sam Smith was charged on Wednesday. Smith\u2019s sister believes he may have been "
        "brainwashed, and she appealed to the president on Friday. Speaking by phone from the "
        "capital, she told Reuters she hoped her brother would be given \u201ca fair trial.\u201d "
        "In a separate interview, she said she spoke with her brother the day before. \u201cIt was "
        "a usual, good conversation,\u201d she said."
    )
    assert _speakers(nlp, text) == [None, None]


def test_the_official_is_the_one_brought_in_before(nlp: Language) -> None:
    # "the official" stands for the unnamed official of the sentence before: no one named, not
    # whoever was last named; an official of a body named in the phrase speaks for that body
    text = (
        "Jo Bloggs praised the minister in a phone call in April. The government has felt less "
        "heat, according to a foreign ministry official. \u201cIt is a very different White House,\u201d "
        "the official told Reuters.\n\n"
        "The plan was agreed with Governor Ann Smith, a senior White House official told Reuters. "
        "\u201cWe are doing it in a way that grants flexibility,\u201d the official said."
    )
    assert _speakers(nlp, text) == [None, "White House"]


def test_a_name_written_once_with_a_title_is_the_person_the_ner_calls_a_body() -> None:
    from generator.extract.actors import _vote_kinds
    from generator.extract.mentions import Mention

    def mention(kind: ActorKind, role: str | None = None, salience: int = 0) -> Mention:
        return Mention(0, 0, 1, 0, "Bloggs", kind, role=role, salience=salience)

    mentions = [
        mention(ActorKind.PERSON, role="President"),
        *[mention(ActorKind.ORGANIZATION, salience=1) for _ in range(6)],
        mention(ActorKind.PLACE),  # tagged a town once, as names nobody knows are
    ]
    assert set(_vote_kinds(mentions)) == {ActorKind.PERSON}
    # a body an apposition once called something is still a body
    mentions[0] = mention(ActorKind.PERSON, role="giant industrial producer")
    assert ActorKind.ORGANIZATION in set(_vote_kinds(mentions))


def test_a_reply_from_someone_new_is_theirs_not_the_last_speakers(nlp: Language) -> None:
    text = (
        "Prices rose fourfold. \u201cWe are all concerned,\u201d Acme said in a statement. A firestorm of "
        "criticism erupted \u2013 \u201cAcme stop being greedy,\u201d one Twitter response began \u2013 and "
        "Acme soon found itself offering free rides."
    )
    assert _speakers(nlp, text) == ["Acme", None]


def test_a_question_from_the_audience_is_no_answer_of_the_speaker(nlp: Language) -> None:
    text = (
        "Jo Bloggs gave a talk in Tokyo. After his talk, a question came from a member of the audience: "
        "\u201cDid you change the initial condition just slightly?\u201d \u201cAs a matter of fact, we "
        "tried that once,\u201d Bloggs said."
    )
    assert _speakers(nlp, text) == [None, "Jo Bloggs"]


def test_an_epithet_beside_a_name_is_no_quote_a_label_given_is(nlp: Language) -> None:
    text = (
        "Jo Bloggs, \u201cthe father of chaos,\u201d started a revolution. In June, the Treasury "
        "Department declared the Bank of Dandong a \u201cprimary money laundering concern\u201d for "
        "serving as a gateway for Ruritania."
    )
    assert _quotes(nlp, text) == ["primary money laundering concern"]


def test_they_reported_by_an_unnamed_poster_is_that_poster(nlp: Language) -> None:
    text = (
        "ABC News spoke to Ann Smith about the photo. On one Facebook page an unidentified poster put "
        "up her picture and wrote they found it was \u201cdisrespectful, rude and tacky.\u201d"
    )
    assert _speakers(nlp, text) == [None]


def test_a_name_made_an_adjective_by_a_hyphen_is_the_name() -> None:
    # "Kroger-owned" is Kroger; "Jong-un" is a syllable of a name, kept
    import spacy

    from generator.extract.mentions import _strip_edges

    nlp = spacy.blank("en")
    for text, name in [("Kroger-owned", "Kroger"), ("Obama-era", "Obama"), ("Kim Jong-un", "Kim Jong-un")]:
        doc = nlp(text)
        for token in doc:
            token.tag_ = "VBN" if token.text == "owned" else "NN"
        assert _strip_edges(doc[:]).text == name


def test_an_attribution_after_because_is_the_speakers(nlp: Language) -> None:
    # the parser coordinates "told" with the quote's clause; no "and" joins them: an attribution
    text = (
        "Acme will fight the ruling. The Justice Department\u2019s move to block the deal was "
        "\u201cfoolish\u201d because the deal posed no threat to consumers, the carrier\u2019s trial "
        "lawyer, Jo Bloggs, told CNBC on Tuesday."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_long_title_cased_bill_name_is_no_quote(nlp: Language) -> None:
    text = (
        "Senators agreed on new sanctions. Among other measures, the \u201cJo Bloggs Banking Restrictions "
        "Involving Ruritania Act of 2017,\u201d named after a student, would strengthen the rules, "
        "Senator Ann Smith said."
    )
    assert _quotes(nlp, text) == []


def test_a_persons_office_speaks_for_that_person(nlp: Language) -> None:
    text = (
        "Republican Senator Ann Smith will vote for the tax bill, her office said on Friday. Smith, "
        "who had been considered a possible \u201cno\u201d vote, said she would support the legislation "
        "\u201cafter securing significant changes,\u201d her office said in a statement. In a statement "
        "on Saturday, the Justice Department inspector general\u2019s office said it was \u201creviewing "
        "allegations involving communications between certain individuals.\u201d"
    )
    assert _speakers(nlp, text)[1:] == ["Ann Smith", "Justice Department"]


def test_a_title_after_entitled_is_no_quote_whatever_its_length(nlp: Language) -> None:
    text = (
        "Jo Bloggs wrote about the singer. Bloggs himself penned a piece entitled, \u201cWhy Are People "
        "Finally Paying Attention to Sam Smith\u2019s Many Crimes?\u201d"
    )
    assert _quotes(nlp, text) == []


def test_an_epigraph_is_signed_after_a_dash(nlp: Language) -> None:
    text = (
        "Your clients will be reclaimed.\n\n\u201cI am as light as a feather, I am as happy as an "
        "angel.\u201d \u2013 Charles Dickens, A Christmas Carol"
    )
    assert _speakers(nlp, text) == ["Charles Dickens"]


def test_as_someone_put_it_names_the_speaker(nlp: Language) -> None:
    text = (
        "Jo Bloggs complained on Tuesday. Lobbyists are fighting a law that \u201chas achieved remarkable "
        "success,\u201d as the New York Times put it on Tuesday."
    )
    assert _speakers(nlp, text) == ["New York Times"]


def test_the_noun_before_an_infinitive_speech_verb_is_its_speaker(nlp: Language) -> None:
    text = (
        "The Village Voice covered the story. It was the same with the comedian: all it took was one "
        "person to say, \u201cWait, look at this.\u201d"
    )
    assert _speakers(nlp, text) == [None]


def test_a_name_ending_in_a_title_word_and_a_generation_is_whole(nlp: Language) -> None:
    text = (
        "Martin Luther King Jr. led the march in 1965. Martin Luther King III and his sister found she "
        "\u201cdepicted their mother beautifully.\u201d"
    )
    briefing = extract(Article(source="test.md", text=text), nlp)
    names = {a.name for a in briefing.actors}
    assert {"Martin Luther King Jr.", "Martin Luther King III"} <= names
    assert [q.speaker for q in briefing.quotes] == ["Martin Luther King III"]


def test_a_temperature_scale_is_no_actor(nlp: Language) -> None:
    text = (
        "Policy assumes the world must limit warming to 3.6 degrees Fahrenheit (2 degrees Celsius), "
        "Jo Bloggs said. Emissions put the world on a path toward 7.2 degrees Fahrenheit."
    )
    names = {a.name for a in extract(Article(source="test.md", text=text), nlp).actors}
    assert not names & {"Fahrenheit", "Celsius"}


def test_a_heading_that_quotes_someone_keeps_its_quotes_and_the_name_its_verb(nlp: Language) -> None:
    # the heading is title-cased throughout, so its quoted words are, too: still speech; the
    # NER takes the heading's verb into the name ("Clinton Said")
    text = (
        "Hillary Clinton gave paid speeches in 2013.\n\n"
        "Clinton Said That The Blame Placed On The Banks For The Crisis \u201cCould Have Been Avoided "
        "In Terms Of Both Misunderstanding And Really Politicizing What Happened.\u201d"
    )
    briefing = extract(Article(source="test.md", text=text), nlp)
    assert [q.speaker for q in briefing.quotes] == ["Hillary Clinton"]
    assert "Clinton Said" not in {a.name for a in briefing.actors}


def test_a_title_word_before_a_full_name_is_its_title_not_a_surname(nlp: Language) -> None:
    # "Charlotte" is a given name, but "Mayor" here opens the title of the name after it
    text = "\u201cThe video is inconclusive,\u201d said Charlotte Mayor Jennifer Roberts on Saturday."
    assert _speakers(nlp, text) == ["Jennifer Roberts"]


def test_a_party_and_state_tag_stands_between_a_senator_and_her_verb(nlp: Language) -> None:
    text = (
        "Saturday at the Massachusetts Democratic state\u2019s party convention Sen. Ann Smith (D-MA) said "
        "presumptive Republican presidential nominee Jo Bloggs was a \u201cproven failure\u201d in business."
    )
    assert _speakers(nlp, text) == ["Ann Smith"]


def test_a_long_attribution_sentence_after_the_quote_names_its_speaker(nlp: Language) -> None:
    # the name set off by a long apposition, then its speech verb: a sentence of its own
    text = (
        "Jo Bloggs runs a super PAC. Senator Ann Smith praised a rival donor's skywriting.\n\n"
        "\u201cNot us but can\u2019t argue with it!\u201d Bloggs, the head of the Right to Rise committee, "
        "wrote on Friday with an image of the skywriting.\n\n"
        "\u201cIt is a shame because his actions were lawful.\u201d Sam Smith, who on Friday pleaded guilty "
        "to lying to the FBI, is a former director who was an adviser."
    )
    assert _speakers(nlp, text)[0] == "Jo Bloggs"
    assert _speakers(nlp, text)[1] != "Sam Smith"


def test_a_clause_of_its_own_opened_by_as_holds_its_quote(nlp: Language) -> None:
    # "even as X claimed that "…"" is no aside like "as X noted": the quote is what X claimed,
    # and the one a lawyer works for, named in the lawyer's phrase, did not speak
    text = (
        "But even as Jo Bloggs claimed on Tuesday that \u201cthe general got in trouble for far less,"
        "\u201d one of the former prosecutors for Sam Smith said the two cases were quite different."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_someone_of_a_named_person_speaks_for_no_one_named(nlp: Language) -> None:
    text = (
        "Sam Smith was charged in 2015. \u201cThe two cases are quite different,\u201d one of the "
        "former prosecutors for Sam Smith said on Tuesday."
    )
    assert _speakers(nlp, text) == [None]


def test_a_name_after_an_office_of_a_place_still_speaks(nlp: Language) -> None:
    text = (
        "\u201cBeijing is a master of selling the same agreement ten times,\u201d former Ruritanian "
        "ambassador to China Jo Bloggs posted on Twitter."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_the_attribution_after_a_question_mark_may_be_a_long_sentence(nlp: Language) -> None:
    # the splitter ends a sentence at '?"'; the writer did not
    text = (
        "Ann Smith criticised Jo Bloggs in parliament over his plans.\n\n"
        "\u201cIt looks like we\u2019re not going to have a very good relationship, who knows?\u201d "
        "Jo Bloggs told Ruritania\u2019s national television station in an interview aired on Monday "
        "when asked how ties would fare if he won the election."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_description_set_off_before_the_name_after_an_exclamation(nlp: Language) -> None:
    text = (
        "Sam Smith met his security council on Tuesday.\n\n"
        "\u201cIs Sam Smith going to finally mention the words? If he doesn\u2019t he should resign!\u201d "
        "the presumptive Republican presidential nominee, Jo Bloggs, tweeted Sunday after an attack "
        "on a nightclub in the city."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_statement_after_a_question_mark_is_no_attribution(nlp: Language) -> None:
    # a speech verb with a thing said of its own, or one that points at evidence, starts anew
    text = (
        "\u201cThe companies are desperately reliant on human judgement,\u201d Ann Smith, a professor "
        "who studies such contractors, said in a tweet. \u201cAin\u2019t that a bind?\u201d The company on "
        "Friday separately announced minor updates to its rules.\n\n"
        "Judge Sam Smith asked why nationality mattered. \u201cAren\u2019t we protecting this country if "
        "we just keep out the men?\u201d Jo Bloggs pointed to previous bans on the entry of people from "
        "several countries that the courts had upheld."
    )
    assert _speakers(nlp, text) == ["Ann Smith", None, "Sam Smith"]


def test_a_line_ending_in_a_colon_introduces_the_next_paragraphs_quote(nlp: Language) -> None:
    text = (
        "Jo Bloggs is running against Sam Smith in the primary.\n\n"
        "Dr. Ann Smith stated:\n\n"
        "\u201cThe department is not about equal justice under law anymore. It is about a vision of "
        "transforming the nation.\u201d"
    )
    assert _speakers(nlp, text) == ["Ann Smith"]


def test_opined_attributes_an_editorial(nlp: Language) -> None:
    text = (
        "Editorial pages across the country warned about guns. \u201cGun owners should leave their "
        "weapons at home,\u201d opined the Ruritania Daily Planet."
    )
    assert _speakers(nlp, text) == ["Ruritania Daily Planet"]


def test_a_lowercase_word_after_a_question_mark_goes_on_with_its_attribution(nlp: Language) -> None:
    # someone new asks: not the subject of the line before, though that line ends in a colon
    text = (
        "Jo Bloggs did support the idea on Thursday, and the network has proof:\n\n"
        "\u201cShould there be a database system that tracks them here in this country?\u201d a reporter "
        "can be heard asking Jo Bloggs after an event in Iowa."
    )
    assert _speakers(nlp, text) == [None]


def test_the_main_clause_of_a_line_ending_in_a_colon_names_the_speaker(nlp: Language) -> None:
    text = (
        "Only the Smiths had any connection to him. When Sam Smith died in 1998, President Jo Bloggs "
        "released the following statement:\n\n"
        "\u201cAnn and I offer our condolences to the family and friends of Sam Smith.\u201d"
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_person_given_as_an_example_of_a_group_speaks(nlp: Language) -> None:
    text = (
        "His fact-check was retweeted 3,200 times, leading economic advisers like Jo Bloggs to "
        "counter that \u201cevery cent that went to the bailout, Sam Smith voted against.\u201d"
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_speech_verb_the_parser_hangs_on_a_things_clause_is_the_speakers(nlp: Language) -> None:
    # "called" hung on "would give", "explaining" on "is coming": a plan and a shakeup do not speak
    text = (
        "Sen. Jo Bloggs (R-Ky.) said Sam Smith's tax plan would give money to undocumented "
        "immigrants, and called him \u201cthe leading proponent for allowing people in the country "
        "illegally to be citizens.\u201d\n\n"
        "Reached by the Planet, Ann Smith denied the notion that a campaign shakeup is coming, "
        "explaining that she was unaware of the interview because she was \u201ctaking a day off.\u201d"
    )
    assert _speakers(nlp, text) == ["Jo Bloggs", "Ann Smith"]


def test_a_quote_set_off_by_dashes_is_the_words_of_the_clause_before(nlp: Language) -> None:
    text = (
        "Ann Smith did not revisit her remarks on Sunday. And although former Ruritania governor "
        "Jo Bloggs lamented her tendency to commit gaffes - \u201cdoes she have to keep giving them so "
        "much ammunition?\u201d - Democrats in Iowa who watched the debate said they were unfazed."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_line_opening_with_its_speech_verb_introduces_the_next_quote(nlp: Language) -> None:
    text = (
        "Jo Bloggs spoke to the Planet on Monday about the election.\n\n"
        "Stated Bloggs:\n\n"
        "\u201cI think that the stakes are so high that they would do anything necessary to remain in "
        "power.\u201d"
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_things_clause_hands_its_speech_verb_to_no_relative_clause_nor_past_a_person(nlp: Language) -> None:
    # the vote's clause is a relative one on the senator; an agent is a person who may ask
    text = (
        "The television spot, paid for by the group Stop It, urges the state\u2019s Republican senator, "
        "Ann Smith, who is undecided on the plan and whose vote could help decide its fate in the "
        "Senate, \u201cnot to lose her way.\u201d\n\n"
        "Jo Bloggs said an agent showed up at his house on Sunday night, and the agent chided him, "
        "asking, \u201cAre you ashamed of your behavior?\u201d"
    )
    assert _speakers(nlp, text) == [None, None]


def test_a_surname_the_recogniser_left_untagged_before_its_verb_speaks(nlp: Language) -> None:
    text = (
        "KellyAnne Conway is a pollster. Jo Bloggs said Trump has begun to dial down the rhetoric, "
        "especially when he reads from prepared texts. \u201cLook at the statement Mr. Trump put out "
        "after the Dallas shootings,\u201d Conway notes."
    )
    assert _speakers(nlp, text) == ["KellyAnne Conway"]


def test_the_author_of_a_book_set_off_beside_his_name_is_a_person_who_speaks(nlp: Language) -> None:
    # the small model hangs this name on "book" (not every name: the parse decides): the role is
    # the author's, and he is no work, nor are his words lost
    text = (
        "The book and film blame the chief for blocking the departure of security operators until it "
        "was too late. The author of the book, Mitchell Zuckoff, said in a telephone interview that he "
        "stands by the depiction and that it is based on first-hand accounts.\n\n"
        "\u201cI think the evidence is extremely strong that their account is far more credible\u201d than "
        "that of the chief, Zuckoff said."
    )
    briefing = extract(Article(source="test.md", text=text), nlp)
    author = next(a for a in briefing.actors if a.name == "Mitchell Zuckoff")
    assert (author.kind, author.role) == (ActorKind.PERSON, "author of the book")
    assert [q.speaker for q in briefing.quotes] == ["Mitchell Zuckoff"]


def test_that_quote_from_someone_after_a_quote_names_its_speaker(nlp: Language) -> None:
    text = (
        "The bureau's reputation has suffered.\n\n"
        "\u201cI'd rather have a sister in a whorehouse than a brother in the bureau.\u201d That quote from "
        "Ruritania Securities Commissioner Jo Bloggs appeared on the front page of the Planet in 1980."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


def test_a_name_the_tagger_read_as_a_verb_still_speaks_before_its_verb(nlp: Language) -> None:
    # "Trump" tagged a verb: the clause after the quote is "Trump shot back", not a verb "trump"
    text = (
        "Jeb Bush hit Donald Trump for using eminent domain.\n\n"
        "\u201cJeb wants to be a tough guy tonight,\u201d Trump shot back."
    )
    assert _speakers(nlp, text) == ["Donald Trump"]


def test_a_thing_a_name_qualifies_is_no_speaker_of_the_next_quote(nlp: Language) -> None:
    text = (
        "Ann Smith stars in the show.\n\n"
        "But the oversized Jo Bloggs face beaming from billboards has not hurt interest in the "
        "production. \u201cIt has had a marvelous result.\u201d"
    )
    assert _speakers(nlp, text) == [None]


def test_a_sentence_that_only_attributes_gives_the_next_quote_its_speaker(nlp: Language) -> None:
    # closer than the last quote's speaker, whom the quote would otherwise continue
    text = (
        "\u201cMainstream Republicans are running out of time to find an alternative,\u201d "
        "Ann Smith said.\n\n"
        "Or maybe Jo Bloggs, digital consultant Sam Smith says. \u201cSeveral surveys and direct feedback "
        "suggest a second look is occurring in New Hampshire.\u201d"
    )
    assert _speakers(nlp, text) == ["Ann Smith", "Sam Smith"]


def test_a_title_as_subject_stands_for_someone_named_before_it_not_after(nlp: Language) -> None:
    # the other front-runner is named after "said": no one the subject can refer back to
    text = (
        "As usual, it was Jo Bloggs, the Republican front-runner, who commanded most of the attention. "
        "Appearing on television, the front-runner said Democratic front-runner Ann Smith \u201ccaused "
        "tremendous death\u201d as secretary of state."
    )
    assert _speakers(nlp, text) == ["Jo Bloggs"]


_ABOUT_ANOTHER_COUNTRY = (
    "A Senate panel backed new sanctions on North Korea on Tuesday, before President Jo Bloggs "
    "visits Seoul. North Korea has tested missiles. North Korea denied the report. "
    "Pyongyang said it would respond."
)


def test_a_bare_title_filed_from_another_country_is_not_the_storys_office(nlp: Language) -> None:
    # a story filed from Washington about North Korea: "President Jo Bloggs" may well be the
    # dateline country's president, so the title stays bare rather than North Korea's
    assert _roles(nlp, f"WASHINGTON (Reuters) - {_ABOUT_ANOTHER_COUNTRY}")["Jo Bloggs"] == "President"


def test_a_bare_title_with_no_dateline_is_the_storys_countrys_office(nlp: Language) -> None:
    assert _roles(nlp, _ABOUT_ANOTHER_COUNTRY)["Jo Bloggs"] == "President of North Korea"


def test_a_dateline_filed_aboard_a_plane_names_no_place(nlp: Language) -> None:
    text = (
        "ABOARD AIR FORCE ONE (Reuters) - President Jo Bloggs said on Friday that talks "
        "with Ruritania would resume."
    )
    names = {a.name.lower() for a in extract(Article(source="test.md", text=text), nlp).actors}
    assert not any("air force one" in name for name in names)
    assert "ruritania" in names


def test_a_bare_title_is_not_a_country_named_once_beside_anothers_office(nlp: Language) -> None:
    # one mention of Russia is no story about Russia: "President Sam Smith" is the earlier U.S. one
    text = (
        "U.S. President Jo Bloggs wrote that his rating was the same as President Sam Smith's "
        "in 2009, despite the Russia hoax."
    )
    assert _roles(nlp, text)["Sam Smith"] == "President"


def test_a_byline_run_into_the_dateline_names_no_actor(nlp: Language) -> None:
    text = "By Ann Kell and Sam Smith WASHINGTON (Reuters) - The Senate passed the bill on Tuesday."
    names = {a.name for a in extract(Article(source="test.md", text=text), nlp).actors}
    assert not names & {"Ann Kell", "Sam Smith", "Reuters"}
    assert "Senate" in names
