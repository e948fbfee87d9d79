"""Quotation conventions of news outside Wikinews, on invented sentences.

British outlets quote with single marks (curly or straight) and nest double
marks inside; German and other European outlets use „…“, «…» and »…«. Every
sentence here is written for the tests in the style of those outlets; each
case states the quote text and speaker the real extraction must return.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.extract.paragraphs import split_paragraphs
from generator.extract.parsetext import parser_texts
from generator.extract.quotemarks import find_quote_spans
from generator.models import ActorKind, Article

Expected = list[tuple[str, str | None]]


def _quotes(nlp: Language, text: str) -> Expected:
    briefing = extract(Article(source="outlet.md", text=text), nlp)
    for quote in briefing.quotes:
        assert text[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker) for q in briefing.quotes]


BRITISH_SINGLE: list[tuple[str, Expected]] = [
    # curly single marks, the attribution after the quotation
    (
        "‘We will not back down,’ said Margaret Ellery, the union’s general secretary.",
        [("We will not back down,", "Margaret Ellery")],
    ),
    (
        "Union leader Margaret Ellery addressed the rally in Leeds. ‘We will not back down,’ she said.",
        [("We will not back down,", "Margaret Ellery")],
    ),
    (
        "‘The strike will go ahead on Monday,’ Margaret Ellery told reporters outside the depot.",
        [("The strike will go ahead on Monday,", "Margaret Ellery")],
    ),
    (
        "‘Nobody will lose their job,’ the company’s chief executive, Martin Oakes, said.",
        [("Nobody will lose their job,", "Martin Oakes")],
    ),
    (
        "‘Where was the government when we needed it?’ asked Joan Tilley, whose house was flooded.",
        [("Where was the government when we needed it?", "Joan Tilley")],
    ),
    # straight single marks (typed, or a feed that flattened the curly ones)
    (
        "Union leader Margaret Ellery addressed the rally in Leeds. 'We will not back down,' she said.",
        [("We will not back down,", "Margaret Ellery")],
    ),
    (
        "'Nobody will lose their job,' said Martin Oakes, the chief executive of Farrow Foods.",
        [("Nobody will lose their job,", "Martin Oakes")],
    ),
    (
        "'Where was the council when we needed it?' asked Joan Tilley, whose house was flooded.",
        [("Where was the council when we needed it?", "Joan Tilley")],
    ),
    # the speaker before the quotation, with a colon
    (
        "Health Secretary Daniel Harcourt said: ‘The waiting lists will fall by the summer.’",
        [("The waiting lists will fall by the summer.", "Daniel Harcourt")],
    ),
    (
        "Health Secretary Daniel Harcourt told MPs: 'The waiting lists will fall by the summer.'",
        [("The waiting lists will fall by the summer.", "Daniel Harcourt")],
    ),
    (
        "Home Secretary Anjali Patel visited the port on Friday. Ms Patel told reporters: "
        "‘I am proud of what the border staff have achieved this year.’",
        [("I am proud of what the border staff have achieved this year.", "Anjali Patel")],
    ),
    # British punctuation outside the marks
    (
        "‘This is a dark day for the town’, said Councillor Ruth Ashdown.",
        [("This is a dark day for the town", "Ruth Ashdown")],
    ),
    (
        "Councillor Ruth Ashdown said the closure was ‘a dark day for the town’.",
        [("a dark day for the town", "Ruth Ashdown")],
    ),
    # apostrophes and possessives inside single-quoted speech
    (
        "‘The players’ union won’t accept it,’ said Tom Vickery, the club’s chairman.",
        [("The players’ union won’t accept it,", "Tom Vickery")],
    ),
    (
        "'The players' union won't accept it,' said Tom Vickery, the club's chairman.",
        [("The players' union won't accept it,", "Tom Vickery")],
    ),
    (
        "‘It’s the council’s decision, not ours, and we’ll respect it,’ said Kate Morrow.",
        [("It’s the council’s decision, not ours, and we’ll respect it,", "Kate Morrow")],
    ),
    (
        "'It's the council's decision, not ours, and we'll respect it,' said Kate Morrow.",
        [("It's the council's decision, not ours, and we'll respect it,", "Kate Morrow")],
    ),
    (
        "‘We will always defend the workers’ rights’, said Graham Pike, who runs the plant.",
        [("We will always defend the workers’ rights", "Graham Pike")],
    ),
    # a short word ending in "s" before the closing mark, then another quotation
    (
        "‘They must stand by us’, Foreign Minister Elif Aydin said on Monday. Defence Minister "
        "Omar Tal wrote: ‘We expect restraint from every side.’",
        [("They must stand by us", "Elif Aydin"), ("We expect restraint from every side.", "Omar Tal")],
    ),
    # a plural possessive ending the quotation
    (
        "‘The final decision is the members’,’ said Councillor Ruth Ashdown.",
        [("The final decision is the members’,", "Ruth Ashdown")],
    ),
    (
        "'The final decision is the members',' said Councillor Ruth Ashdown.",
        [("The final decision is the members',", "Ruth Ashdown")],
    ),
    (
        "‘This club belongs to the supporters’, said Graham Pike, the owner, after the vote.",
        [("This club belongs to the supporters", "Graham Pike")],
    ),
    (
        "Owner Graham Pike said the club ‘belongs to its supporters’ and would never be sold.",
        [("belongs to its supporters", "Graham Pike")],
    ),
    # elisions: ’90s, ’em, rock ’n’ roll, waitin’
    (
        "‘I grew up in the ’90s and the town was different then,’ said singer Holly Marsh.",
        [("I grew up in the ’90s and the town was different then,", "Holly Marsh")],
    ),
    (
        "'I grew up in the '90s and the town was different then,' said singer Holly Marsh.",
        [("I grew up in the '90s and the town was different then,", "Holly Marsh")],
    ),
    (
        "'We have been waitin',' said pensioner Bill Haines, who queued since dawn.",
        [("We have been waitin',", "Bill Haines")],
    ),
    (
        "'Fans love 'em, and so do I,' said promoter Rita Kane.",
        [("Fans love 'em, and so do I,", "Rita Kane")],
    ),
    # a quotation inside a quotation, of the other mark type
    (
        "‘He told me “no” and walked out of the shop,’ said Anita Kowal, the owner.",
        [("He told me “no” and walked out of the shop,", "Anita Kowal")],
    ),
    (
        "'He told me \"no\" and walked out of the shop,' said Anita Kowal, the owner.",
        [('He told me "no" and walked out of the shop,', "Anita Kowal")],
    ),
    (
        "“He told me ‘no’ and walked out of the shop,” said Anita Kowal, the owner.",
        [("He told me ‘no’ and walked out of the shop,", "Anita Kowal")],
    ),
    (
        "\"He told me 'no' and walked out of the shop,\" said Anita Kowal, the owner.",
        [("He told me 'no' and walked out of the shop,", "Anita Kowal")],
    ),
    # a quotation broken by its attribution; a quotation over two paragraphs
    (
        "‘This is a good day,’ said Fiona Bright, ‘but the work is not finished.’",
        [("This is a good day,", "Fiona Bright"), ("but the work is not finished.", "Fiona Bright")],
    ),
    (
        "Council leader Fiona Bright wrote to residents: ‘The plan will protect every library.\n\n"
        "‘We expect the works to start in the autumn,’ she added.",
        [
            ("The plan will protect every library.", "Fiona Bright"),
            ("We expect the works to start in the autumn,", "Fiona Bright"),
        ],
    ),
    (
        "Union leader Margaret Ellery spoke after the vote. ‘We will not back down. We never have.\n\n"
        "‘And we will win,’ she added.",
        [
            ("We will not back down. We never have.", "Margaret Ellery"),
            ("And we will win,", "Margaret Ellery"),
        ],
    ),
    (
        "Union leader Margaret Ellery said, 'We will not back down, whatever the company offers.\n\n"
        "'And we will win,' she added.",
        [
            ("We will not back down, whatever the company offers.", "Margaret Ellery"),
            ("And we will win,", "Margaret Ellery"),
        ],
    ),
    # partial quotations with a speech verb
    (
        "Opposition leader Karl Weiss called the budget a ‘reckless gamble’.",
        [("reckless gamble", "Karl Weiss")],
    ),
    (
        "Opposition leader Karl Weiss called the budget a 'reckless gamble'.",
        [("reckless gamble", "Karl Weiss")],
    ),
    (
        "According to Professor Ian Hale, ‘the samples show no sign of contamination’.",
        [("the samples show no sign of contamination", "Ian Hale")],
    ),
]

SCARE_TERMS_AND_APOSTROPHES: list[tuple[str, Expected]] = [
    # single-quoted terms without speech are not quotations
    ("The government’s ‘hard Brexit’ plan was debated in the Commons on Monday.", []),
    ("The 'hard Brexit' plan was debated in the Commons on Monday.", []),
    ("Exporters face a ‘cliff edge’ in March, when the old rules end.", []),
    ("The so-called ‘bedroom tax’ was abolished in the spring.", []),
    # apostrophes and possessives alone never make a quotation
    ("The Smiths' house and the Joneses' garden were flooded on Monday.", []),
    ("Fans of rock 'n' roll met in the town's square, as they had since the '60s.", []),
    ("The players’ union and the owners’ group met at the club’s ground in the ’90s style.", []),
    ("Ministers' pay rose in the '80s, and the unions' leaders objected.", []),
    # a term next to a real quotation
    (
        "The ‘hard Brexit’ plan was debated on Monday. ‘It would be a disaster for every farmer "
        "in the valley,’ said Owen Pryce, who farms near Hereford.",
        [("It would be a disaster for every farmer in the valley,", "Owen Pryce")],
    ),
    (
        "The 'hard Brexit' plan was debated on Monday. 'It would be a disaster for every farmer "
        "in the valley,' said Owen Pryce, who farms near Hereford.",
        [("It would be a disaster for every farmer in the valley,", "Owen Pryce")],
    ),
    (
        "\"This 'hard Brexit' talk is nonsense,\" said Owen Pryce, who farms near Hereford.",
        [("This 'hard Brexit' talk is nonsense,", "Owen Pryce")],
    ),
    # double-quoted speech with apostrophes around it is as before
    (
        "\"The players' union won't accept it,\" said Tom Vickery, the club's chairman.",
        [("The players' union won't accept it,", "Tom Vickery")],
    ),
    (
        "The Smiths' lawyer, Ada Quinn, said: \"My clients' home was never at risk.\"",
        [("My clients' home was never at risk.", "Ada Quinn")],
    ),
]

EUROPEAN_MARKS: list[tuple[str, Expected]] = [
    (
        "„We will not give in to pressure“, said Chancellor Greta Lindner in Berlin.",
        [("We will not give in to pressure", "Greta Lindner")],
    ),
    (
        "„We will not give in to pressure,“ said Chancellor Greta Lindner in Berlin.",
        [("We will not give in to pressure,", "Greta Lindner")],
    ),
    (
        "Chancellor Greta Lindner said: „We will not give in to pressure from anyone.“",
        [("We will not give in to pressure from anyone.", "Greta Lindner")],
    ),
    (
        "„He told me ‚no‘ and left the room“, said Chancellor Greta Lindner.",
        [("He told me ‚no‘ and left the room", "Greta Lindner")],
    ),
    (
        "„We will not give in to pressure”, said Deputy Prime Minister Jan Kowalczyk.",
        [("We will not give in to pressure", "Jan Kowalczyk")],
    ),
    (
        "«We will not give in to pressure», said Federal Councillor Luc Morand in Bern.",
        [("We will not give in to pressure", "Luc Morand")],
    ),
    (
        "« We will not give in to pressure », said Federal Councillor Luc Morand in Bern.",
        [("We will not give in to pressure", "Luc Morand")],
    ),
    (
        "»We will not give in to pressure«, said Chancellor Greta Lindner in Berlin.",
        [("We will not give in to pressure", "Greta Lindner")],
    ),
    (
        "Chancellor Greta Lindner said: »We will not give in to pressure from anyone.«",
        [("We will not give in to pressure from anyone.", "Greta Lindner")],
    ),
]

COLON_AND_DASH: list[tuple[str, Expected]] = [
    (
        'Spokesman Ravi Menon held a briefing. Menon said: "The airport will stay open during the strike."',
        [("The airport will stay open during the strike.", "Ravi Menon")],
    ),
    (
        "The mayor, Sian Lloyd, said on Friday: ‘We will rebuild the pier before the summer season.’",
        [("We will rebuild the pier before the summer season.", "Sian Lloyd")],
    ),
    (
        "Sian Lloyd — the town’s mayor since 2019 — said: ‘We will rebuild the pier before the summer.’",
        [("We will rebuild the pier before the summer.", "Sian Lloyd")],
    ),
    (
        "‘We will rebuild the pier before the summer’ — Mayor Sian Lloyd said on Friday.",
        [("We will rebuild the pier before the summer", "Sian Lloyd")],
    ),
    (
        '"We will rebuild the pier before the summer" — Mayor Sian Lloyd said on Friday.',
        [("We will rebuild the pier before the summer", "Sian Lloyd")],
    ),
    (
        "‘We will rebuild,’ Mayor Sian Lloyd said — ‘every plank of the pier, before the summer.’",
        [("We will rebuild,", "Sian Lloyd"), ("every plank of the pier, before the summer.", "Sian Lloyd")],
    ),
    (
        "Mayor Sian Lloyd told the crowd —'We will rebuild the pier before the summer.'",
        [("We will rebuild the pier before the summer.", "Sian Lloyd")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRITISH_SINGLE)
def test_british_single_quotation_marks(nlp: Language, text: str, expected: Expected) -> None:
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SCARE_TERMS_AND_APOSTROPHES)
def test_single_quoted_terms_and_apostrophes(nlp: Language, text: str, expected: Expected) -> None:
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), EUROPEAN_MARKS)
def test_european_quotation_marks(nlp: Language, text: str, expected: Expected) -> None:
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), COLON_AND_DASH)
def test_quotations_after_a_colon_or_a_dash(nlp: Language, text: str, expected: Expected) -> None:
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("He said ‘stand by us’, and she wrote ‘no’.", ["stand by us", "no"]),
        ("He called them 'thugs' and 'criminals'.", ["thugs", "criminals"]),
        ("'We love our fans', he said, 'and the club.'", ["We love our fans", "and the club."]),
        ("‘We love our fans’, he said of the players’ union.", ["We love our fans"]),
        ("'Fans love 'em,' she said. Fans love 'em.", ["Fans love 'em,"]),
        ("The '90s and rock 'n' roll, the Smiths' house.", []),
        ("‘He said “no”, then left’ and ‘“yes”,’ she said.", ["no", "“yes”,"]),
        ("‘He said “no”, then left’ and went home.", ["no"]),
        ("„Nein“, sagte sie, »nie«, und «jamais».", ["Nein", "nie", "jamais"]),
        ("Elle a dit « jamais\u00a0» et «\u202f» ensuite.", ["jamais", "\u202f"]),
        ("She said: ‘One.\n\n‘Two,’ she said.", ["One.", "Two,"]),
        ("She said 'one.\n\n'Two,' she said.", ["Two,"]),
        ("Fans love 'em. 'One.\n\n'Two,' she said.", ["One.", "Two,"]),
        ("Fans love rock 'n' roll.\n\n'Two,' she said.", ["Two,"]),
        # archives' doubled apostrophes and typeset ``…'': one double mark each
        ("He said ''stand by us,'' and she wrote ''no.''", ["stand by us,", "no."]),
        ("He said ``stand by us'' and left.", ["stand by us"]),
        ("''It's the players' union,'' she said.", ["It's the players' union,"]),
        ("She said: ''One.\n\n''Two,'' she said.", ["One.", "Two,"]),
    ],
)
def test_quote_mark_spans(text: str, spans: list[str]) -> None:
    found = find_quote_spans(split_paragraphs(Article(source="t.md", text=text)))
    assert [text[s.start : s.end] for s in found] == spans


@pytest.mark.parametrize(
    "text",
    [
        'Members of the Ruritanian Assembly protested by shouting "shame on you!" and holding signs '
        'which read "silenced" during the final session.',
        'Opposition leader Karl Weiss called the budget "a reckless gamble" and said "the minister must go."',
        '"We need the money now," Jan Novak told Radio Ruritania. "The winter will not wait," he added.',
    ],
)
def test_single_quoted_text_parses_as_its_double_quoted_twin(nlp: Language, text: str) -> None:
    # the small model parsed 'shame on you!' with another root than "shame on you!" and lost the speaker
    for marks in ("'", "‘’", "„“", "»«"):
        twin = text.replace('"', marks[0]) if len(marks) == 1 else _remark(text, marks)
        speakers = [speaker for _, speaker in _quotes(nlp, twin)]
        assert speakers == [speaker for _, speaker in _quotes(nlp, text)], twin


def _remark(text: str, marks: str) -> str:
    parts = text.split('"')
    return "".join(part + (marks[i % 2] if i < len(parts) - 1 else "") for i, part in enumerate(parts))


def test_parser_reads_double_marks_but_the_briefing_keeps_the_articles(nlp: Language) -> None:
    text = (
        "Union leader Margaret Ellery addressed the rally in Leeds on Monday, saying ‘we will not "
        "back down’ in the players’ dispute.\n\n„We will never give in“, said Ellery's deputy, Tom Vickery."
    )
    paragraphs = split_paragraphs(Article(source="t.md", text=text))
    assert parser_texts(paragraphs) == [
        'Union leader Margaret Ellery addressed the rally in Leeds on Monday, saying "we will not '
        'back down" in the players’ dispute.',
        '"We will never give in", said Ellery\'s deputy, Tom Vickery.',
    ]
    double = 'He said "no" and “yes” to Jo\'s plan.'
    assert parser_texts(split_paragraphs(Article(source="t.md", text=double))) == [double]
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert "‘we will not back down’" in briefing.summary
    assert [q.speaker for q in briefing.quotes] == ["Margaret Ellery", "Tom Vickery"]


def test_a_name_with_a_curly_apostrophe_is_found_as_with_a_straight_one(nlp: Language) -> None:
    # the small model missed "Brigid O’Rourke" with the curly apostrophe, and the speaker with it
    text = (
        "‘Bringing the herd back will heal us,’ Brigid O’Rourke of the tribe’s heritage office "
        "told those gathered."
    )
    paragraphs = split_paragraphs(Article(source="t.md", text=text))
    assert parser_texts(paragraphs)[0].startswith('"Bringing the herd back will heal us," Brigid O\'Rourke')
    briefing = extract(Article(source="t.md", text=text), nlp)
    assert [(q.text, q.speaker) for q in briefing.quotes] == [
        ("Bringing the herd back will heal us,", "Brigid O'Rourke")
    ]
    assert "tribe’s" in briefing.paragraphs[0]


def test_no_break_spaces_are_read_as_spaces_and_kept_in_the_text(nlp: Language) -> None:
    """Web copy puts no-break spaces inside names and phrases ("Gov.\u00a0Sam Smith"): spaCy
    made each a token of its own, which lost the body and gave the name the space."""
    text = (
        "The\u00a0Ruritanian Farmers\u00a0Union said the plan\u00a0would fail, its leader"
        " Anna\u00a0Berg told reporters. Former Michigan Gov.\u00a0Sam Smith agreed."
    )
    paragraphs = split_paragraphs(Article(source="t.md", text=text))
    [read] = parser_texts(paragraphs)
    assert read == text.replace("\u00a0", " ")
    briefing = extract(Article(source="t.md", text=text), nlp)
    actors = {a.name: (a.kind, a.role) for a in briefing.actors}
    assert actors["Ruritanian Farmers Union"] == (ActorKind.ORGANIZATION, None)
    assert actors["Anna Berg"] == (ActorKind.PERSON, "leader")
    assert actors["Sam Smith"] == (ActorKind.PERSON, "former Governor of Michigan")
    assert "plan\u00a0would" in briefing.paragraphs[0]


# British copy abbreviates ranks without full stops; the rank is the role, not part of the name.
DOUBLED_MARKS: list[tuple[str, Expected]] = [
    # newspaper archives write a double mark as two apostrophes: the quote keeps none of them
    (
        "As Leona Whitcombe, professor of law at Carlow, put it, "
        "''The senators should remember that a compromise nominee may be far better for them.''",
        [
            (
                "The senators should remember that a compromise nominee may be far better for them.",
                "Leona Whitcombe",
            )
        ],
    ),
    (
        "''He's a start-up kind of guy,'' said Mr. Tarrant, the founder of Parafin. ''He pivots fast.''",
        [("He's a start-up kind of guy,", "Tarrant"), ("He pivots fast.", "Tarrant")],
    ),
    (
        "The mayor, Sian Lloyd, spoke first. ``We will rebuild the pier,'' she said.",
        [("We will rebuild the pier,", "Sian Lloyd")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED_MARKS)
def test_doubled_apostrophes_are_one_double_mark(nlp: Language, text: str, expected: Expected) -> None:
    assert _quotes(nlp, text) == expected


BRITISH_RANKS = [
    (
        "Police were called at 11pm. Det Insp Alan Cowell, of Wessex Police, said: ‘We are keen to"
        " hear from witnesses.’",
        "Alan Cowell",
        "Det Insp",
    ),
    ("Det Ch Insp Maria Olsen said officers were ‘keeping an open mind’.", "Maria Olsen", "Det Ch Insp"),
    ("Ch Supt Peter Brand added: ‘Anyone with footage should come forward.’", "Peter Brand", "Ch Supt"),
    ("Sqn Ldr Ruth Kemble said: ‘The aircraft landed safely.’", "Ruth Kemble", "Sqn Ldr"),
]


@pytest.mark.parametrize(("text", "name", "role"), BRITISH_RANKS)
def test_british_ranks_without_full_stops_are_roles(nlp: Language, text: str, name: str, role: str) -> None:
    briefing = extract(Article(source="outlet.md", text=text), nlp)
    people = {a.name: a.role for a in briefing.actors if a.kind.value == "person"}
    assert people.get(name) == role, people
    assert [q.speaker for q in briefing.quotes] == [name]
