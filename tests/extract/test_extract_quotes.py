"""Quote detection and speaker attribution on sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.extract.paragraphs import split_paragraphs
from generator.extract.quotemarks import find_quote_spans
from generator.models import Article, Briefing, Quote


def _briefing(nlp: Language, text: str) -> Briefing:
    return extract(Article(source="test.md", text=text), nlp)


def _quotes(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    briefing = _briefing(nlp, text)
    for quote in briefing.quotes:
        assert text[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker) for q in briefing.quotes]


def test_said_after_quote(nlp: Language) -> None:
    text = '"We will rebuild the bridge by spring," said Mayor Laura Finnegan.'
    assert _quotes(nlp, text) == [("We will rebuild the bridge by spring,", "Laura Finnegan")]


def test_speaker_before_quote(nlp: Language) -> None:
    text = 'Governor Samuel Okafor said "the roads will reopen on Monday."'
    assert _quotes(nlp, text) == [("the roads will reopen on Monday.", "Samuel Okafor")]


def test_added_surname_resolves_to_full_name(nlp: Language) -> None:
    text = (
        "Energy Minister Petra Lindqvist said the plant would close. "
        '"It has served the town for forty years," added Lindqvist.'
    )
    assert _quotes(nlp, text) == [("It has served the town for forty years,", "Petra Lindqvist")]


def test_statement_issued_by_office(nlp: Language) -> None:
    text = (
        "President Arturo Mendes met the delegation on Friday.\n\n"
        '"Both sides agreed to continue the talks next month," said the statement '
        "issued by Mendes's office."
    )
    briefing = _briefing(nlp, text)
    assert [q.speaker for q in briefing.quotes] == ["Mendes's office"]
    office = briefing.actor("Mendes's office")
    assert office is not None and office.kind.value == "organization"


def test_pronoun_resolves_to_most_recent_person(nlp: Language) -> None:
    text = (
        "Coach Daniel Herrera praised the team. Later the striker Tomas Varga spoke "
        'to reporters. "We deserved the win tonight," he said.'
    )
    assert _quotes(nlp, text)[0][1] == "Tomas Varga"


def test_ministry_said_in_a_statement(nlp: Language) -> None:
    text = (
        "The Ministry of Health confirmed twelve new cases on Tuesday. "
        '"All patients are in stable condition," the ministry said in a statement.'
    )
    assert _quotes(nlp, text) == [("All patients are in stable condition,", "Ministry of Health")]


def test_according_to(nlp: Language) -> None:
    text = 'According to Professor Helen Achterberg, "the samples show no contamination."'
    assert _quotes(nlp, text) == [("the samples show no contamination.", "Helen Achterberg")]


def test_said_with_colon(nlp: Language) -> None:
    text = (
        "Spokesman Ravi Menon held a briefing. "
        'Menon said: "The airport will stay open throughout the strike."'
    )
    assert _quotes(nlp, text) == [("The airport will stay open throughout the strike.", "Ravi Menon")]


def test_quote_split_by_attribution(nlp: Language) -> None:
    text = (
        "Senator Maria Delgado spoke after the vote. "
        '"This is a good day," she said, "but the work is not finished."'
    )
    assert _quotes(nlp, text) == [
        ("This is a good day,", "Maria Delgado"),
        ("but the work is not finished.", "Maria Delgado"),
    ]


def test_multi_paragraph_quote(nlp: Language) -> None:
    text = (
        'Chief Executive Olga Brandt wrote to staff: "The merger will protect every job.\n\n'
        '"We expect the deal to close in the autumn," she added.'
    )
    quotes = _quotes(nlp, text)
    assert [q for q, _ in quotes] == [
        "The merger will protect every job.",
        "We expect the deal to close in the autumn,",
    ]
    assert {s for _, s in quotes} == {"Olga Brandt"}


def test_multi_paragraph_spans_share_a_group() -> None:
    text = '"First part of it.\n\n"Second part of it.\n\n"Third," she said.'
    spans = find_quote_spans(split_paragraphs(Article(source="t.md", text=text)))
    assert len({s.group for s in spans}) == 1
    assert [text[s.start : s.end] for s in spans] == [
        "First part of it.", "Second part of it.", "Third,",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        'The talks covered a so-called "peace treaty" between the two states.',
        'Engineers worried about the "road load" figures in the tests.',
        'The palace, known as the "Green House", was sold in 1990.',
        'She received the "Order of the Golden Star" for her work.',
        'He walked in space, or "spacewalked", for twelve minutes.',
    ],
)
def test_terms_and_scare_quotes_are_not_quotes(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Senator Ilse Varga described the new levy as "daylight robbery" on Monday.',
            ("daylight robbery", "Ilse Varga"),
        ),
        ("Mayor Tobias Renn dismissed the whole affair as “absurd.”", ("absurd.", "Tobias Renn")),
        (
            'Coach Dana Wilde referred to her rivals as "a bunch of amateurs" after it.',
            ("a bunch of amateurs", "Dana Wilde"),
        ),
    ],
)
def test_words_someone_judged_a_thing_as_are_a_quote(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    # "as" before the marks usually introduces a term ('known as "…"'); with a subject
    # who judged and an object judged, the words are that subject's
    assert _quotes(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The robots" + "'" + ' cameras could be used as "eyes" in the dark.',
        'The engineers used the old screens as "eyes" for the robot.',
        'Police identified the suspect only as "Mr. K" in their report.',
        'The costumes are based on original characters, known as "fursonas".',
    ],
)
def test_a_use_or_a_name_after_as_stays_a_term(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_a_short_exclamation_or_question_is_a_quote_without_a_speech_verb(nlp: Language) -> None:
    # "!" or "?" inside the marks: words exclaimed or asked, however short; a title
    # ('the musical "Oklahoma!"') stays a title
    text = (
        'Lena Fox was stunned by a call from a childhood friend. "I\'m honored!" She laughed. '
        'Her nephew asked, "Why now?" He loved the musical "Oklahoma!" as a child.'
    )
    assert _quotes(nlp, text) == [("I'm honored!", "Lena Fox"), ("Why now?", None)]


def test_short_quote_with_speech_verb_counts(nlp: Language) -> None:
    text = 'Opposition leader Karl Weiss called the budget a "reckless gamble".'
    assert _quotes(nlp, text) == [("reckless gamble", "Karl Weiss")]


def test_curly_quotes_and_nested_single_quotes(nlp: Language) -> None:
    text = "“I told him ‘never again’ and meant it,” said Judge Ines Carvalho."
    assert _quotes(nlp, text) == [("I told him ‘never again’ and meant it,", "Ines Carvalho")]


def test_nested_straight_double_quotes_stay_inside(nlp: Language) -> None:
    text = 'Analyst Rob Tanaka wrote, "The so-called "reform" changes nothing at all."'
    assert _quotes(nlp, text) == [('The so-called "reform" changes nothing at all.', "Rob Tanaka")]


def test_quote_offsets_point_into_the_article(nlp: Language) -> None:
    text = 'Intro line.\n\n"Hold the line," said Captain Mia Roth.'
    quote = _briefing(nlp, text).quotes[0]
    assert quote == Quote("Hold the line,", "Mia Roth", text.index("Hold"), text.index(',"') + 1)


def test_anonymous_source_is_no_speaker(nlp: Language) -> None:
    text = 'Meridian.com reported that its source said "two guards" had fled the prison.'
    [quote] = extract(Article(source="t.md", text=text), nlp).quotes
    assert quote.speaker is None


def test_short_terms_are_not_quotes_but_a_broken_quotation_is(nlp: Language) -> None:
    text = (
        'Fans of the "furry fandom." met on Sunday. "Overall," Jo Bloggs said, "the event went well." '
        'She was dubbed the "Pride of Ruritania," by fans.'
    )
    quotes = [q.text for q in extract(Article(source="t.md", text=text), nlp).quotes]
    assert quotes == ["Overall,", "the event went well."]


def test_the_one_spoken_to_is_never_the_speaker(nlp: Language) -> None:
    text = (
        'Speaking to Acme News, the head of the Ruritanian League, Jo Bloggs, said, "We will rebuild." '
        'Ann Roe told the Daily Planet: "We will not."'
    )
    quotes = extract(Article(source="t.md", text=text), nlp).quotes
    assert [q.speaker for q in quotes] == ["Jo Bloggs", "Ann Roe"]


def test_he_and_she_skip_people_whose_given_name_is_of_the_other_gender(nlp: Language) -> None:
    text = 'Mary Jones was praised by John Smith on Monday. "We will rebuild," he said.'
    quotes = extract(Article(source="t.md", text=text), nlp).quotes
    assert [q.speaker for q in quotes] == ["John Smith"]


@pytest.mark.parametrize("inside", [" . ", "\u200b", "—", "…", " ! ? "])
def test_marks_around_no_word_are_no_quote(nlp: Language, inside: str) -> None:
    text = f'Jane Roe, the mayor, said "{inside}" and left. "We will rebuild," Roe said.'
    assert [q.text for q in extract(Article("a.txt", text), nlp).quotes] == ["We will rebuild,"]


def test_a_title_tagged_as_a_person_is_no_actor_and_no_crash(nlp: Language) -> None:
    # The small model sometimes tags an office alone ("Secretary of State") as a
    # PERSON; cutting the title off left an empty name, and spaCy raised
    # "[E1002] Span index out of range", losing the article (seen on US political news).
    from spacy.tokens import Span

    from generator.extract.stage import _briefing as briefing_of_docs

    text = '"We are done," said the Secretary of State. "We will rebuild," Jane Roe said.'
    article = Article("a.txt", text)
    paragraphs = split_paragraphs(article)
    (doc,) = nlp.pipe(p.text for p in paragraphs)
    start = next(t.i for t in doc if t.text == "Secretary")
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    briefing = briefing_of_docs(article, paragraphs, [doc])
    assert "Secretary of State" not in {a.name for a in briefing.actors}
    assert [q.text for q in briefing.quotes] == ["We are done,", "We will rebuild,"]


def test_speaker_the_ner_missed_as_subject_of_the_speech_verb(nlp: Language) -> None:
    # the small model tags neither name; the subject of "said"/"told" with a known given name is a person
    text = (
        'Regina Lo from the opposition camp said in a press conference: "The behaviour of my colleagues '
        'is anti-democratic."\n\n'
        '"Bringing the herd back is going to heal us," Crystal Bearing of the tribal office '
        "told those gathered."
    )
    speakers = [speaker for _, speaker in _quotes(nlp, text)]
    assert speakers == ["Regina Lo", "Crystal Bearing"]


def test_a_title_subject_is_not_a_missed_name(nlp: Language) -> None:
    text = 'Vice President said the border was "in the midst of a crisis".'
    briefing = _briefing(nlp, text)
    assert not briefing.actors


@pytest.mark.parametrize(
    "text",
    [
        "It is as if someone invented a holiday called “Kinfolk,” which he based on a novel.",
        "Finland's government also issued fresh advice online today called "
        "‘Preparing for incidents and crises.’",
    ],
)
def test_a_name_given_after_called_is_no_quote(nlp: Language, text: str) -> None:
    assert extract(Article(source="t.md", text=text), nlp).quotes == ()


def test_words_after_called_as_a_clauses_verb_stay_a_quote(nlp: Language) -> None:
    text = "President Tomas Halloran said he hopes the fighting “ends very quickly” and called it “a shame.”"
    quotes = extract(Article(source="t.md", text=text), nlp).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("ends very quickly", "Tomas Halloran"),
        ("a shame.", "Tomas Halloran"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The service is stocked with shows from Pixar Animation, “Star Wars,” Marvel Studios and classic "
            "fare, including “Mary Poppins” and “Bambi.”",
            {"Star Wars,"},
        ),
        (
            "Other peoples named the planet for its colour: the Egyptians named it “Her Desher,” meaning "
            "“the red one,” while Chinese astronomers knew it by another name.",
            {"Her Desher,", "the red one,"},
        ),
    ],
)
def test_names_listed_with_commas_inside_the_marks_are_no_broken_quotation(
    nlp: Language, text: str, names: set[str]
) -> None:
    quotes = {q.text for q in extract(Article(source="t.md", text=text), nlp).quotes}
    assert not quotes & names


def test_a_name_given_to_it_is_no_quotation_but_what_it_is_called_is(nlp: Language) -> None:
    named = "Ancient Chinese astronomers dubbed it “the fire star.”"
    called = "The mayor called it “a disgrace to the whole city.”"
    assert extract(Article(source="t.md", text=named), nlp).quotes == ()
    assert [q.text for q in extract(Article(source="t.md", text=called), nlp).quotes] == [
        "a disgrace to the whole city."
    ]


def test_a_title_after_the_author_of_is_a_work_not_the_first_part_of_a_quote(nlp: Language) -> None:
    # a title-cased span ending in the sentence's comma looked like the first part of a
    # quotation broken by its attribution ('"A," she said, "B."')
    text = "Ann Lee, author of “The Long Road Home,” said: “We never expected this.”"
    assert _quotes(nlp, text) == [("We never expected this.", "Ann Lee")]
    text = "Tom Hale, host of “The Late Hour,” told reporters, “We never expected this.”"
    assert _quotes(nlp, text) == [("We never expected this.", "Tom Hale")]
    # control: words broken by their attribution stay one quotation
    text = "Ann Lee spoke first. “The film,” she said, “was a mess from start to finish.”"
    assert [q for q, _ in _quotes(nlp, text)] == ["The film,", "was a mess from start to finish."]


def test_quote_marks_glued_to_the_words_around_them_leave_the_speaker_named(nlp: Language) -> None:
    # the tokenizer kept 'year,”Quint' whole: the attribution named no one, and the NER
    # made an actor of the glued word
    text = "Mara Quint spoke.\n\n“It has been a surprising year,”Quint said. “Nobody saw it coming.”"
    briefing = _briefing(nlp, text)
    assert [q.speaker for q in briefing.quotes] == ["Mara Quint", "Mara Quint"]
    assert all("”" not in a.name and "," not in a.name for a in briefing.actors)
    text = 'Mara Quint spoke on Monday.\n\nQuint said,"Look, nobody saw it coming this year."'
    assert _quotes(nlp, text) == [("Look, nobody saw it coming this year.", "Mara Quint")]
