"""Speech forms of news copy, one case each, written for issue 12 after the rules (a
regression net: none of them was read while writing a rule; each expected speaker follows
the corpus guidelines, an office named as a statement's source included). Where the small
model misses a one-word name the expected speaker was None: no one rather than someone else
(round 10 finds such a surname when it is a speech verb's subject)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.models import Article

CASES = [
    (
        '"We will not back down," said Teodora Vaskova, the mayor of Brno.',
        "back down",
        "Teodora Vaskova",
    ),
    (
        'Teodora Vaskova, the mayor of Brno, said: "We will not back down."',
        "back down",
        "Teodora Vaskova",
    ),
    (
        ('"The figures are wrong," according to Hamid Rezaei, an economist at Tehran University.'),
        "figures are wrong",
        "Hamid Rezaei",
    ),
    (
        (
            'According to Hamid Rezaei, an economist at Tehran University, "the figures are '
            'wrong and everyone knows it."'
        ),
        "figures are wrong",
        "Hamid Rezaei",
    ),
    (
        ('In a statement, the World Wildlife Fund said: "This decision will doom the last wild herds."'),
        "doom the last",
        "World Wildlife Fund",
    ),
    (
        (
            'In a statement, Senator Rachel Okafor said the bill was "a betrayal of every '
            'family in this state."'
        ),
        "betrayal of every",
        "Rachel Okafor",
    ),
    (
        'Prime Minister Lars Eklund told reporters: "There will be no early election."',
        "no early election",
        "Lars Eklund",
    ),
    (
        ('"There will be no early election," Prime Minister Lars Eklund told reporters in Stockholm.'),
        "no early election",
        "Lars Eklund",
    ),
    (
        ('Mayor Dana Whitfield wrote on Facebook: "Our thoughts are with the families tonight."'),
        "thoughts are with",
        "Dana Whitfield",
    ),
    (
        ('"Our thoughts are with the families tonight," Mayor Dana Whitfield wrote on Facebook.'),
        "thoughts are with",
        "Dana Whitfield",
    ),
    (
        ('Governor Mark Ellison tweeted: "The National Guard is on its way to Riverside County."'),
        "National Guard is on",
        "Mark Ellison",
    ),
    (
        '"The National Guard is on its way," Governor Mark Ellison tweeted on Sunday.',
        "National Guard is on",
        "Mark Ellison",
    ),
    (
        '"The governor has no plans to resign," Ellison\'s office said in a statement.',
        "no plans to resign",
        "Ellison's office",
    ),
    (
        # as "her office said" names her: the speaker does not depend on the pronoun's gender
        ('Governor Mark Ellison was not available. "The governor has no plans to resign," his office said.'),
        "no plans to resign",
        "Mark Ellison",
    ),
    (
        ('Governor Ann Ellison was not available. "The governor has no plans to resign," her office said.'),
        "no plans to resign",
        "Ann Ellison",
    ),
    (
        (
            'Chancellor Ingrid Baumann met union leaders on Monday.\n\n"We found common ground '
            'on pensions," she said afterwards.'
        ),
        "common ground",
        "Ingrid Baumann",
    ),
    (
        (
            'Ingrid Baumann met union leaders on Monday. The talks lasted six hours.\n\n"We '
            'found common ground on pensions," Baumann said.'
        ),
        "common ground",
        "Ingrid Baumann",
    ),
    (
        (
            "Pyotr Sokolov, the head of the Rosneft refinery in Omsk, said output would "
            'fall. "We lost two units in the fire," he said.'
        ),
        "two units",
        "Pyotr Sokolov",
    ),
    (
        ('"We lost two units in the fire," said Sokolov, who has run the refinery since 2015.'),
        "two units",
        "Sokolov",
    ),
    (
        'Kenya\'s Foreign Ministry said on Tuesday: "The ambassador has been summoned."',
        "ambassador has been summoned",
        "Foreign Ministry",
    ),
    (
        'China said the sanctions were "unacceptable interference in internal affairs."',
        "unacceptable interference",
        "China",
    ),
    (
        '"The deal is dead," London Mayor Sadiq Khan said.',
        "deal is dead",
        "Sadiq Khan",
    ),
    (
        '"This is a historic day," NASA Administrator Bill Nelson told CNN.',
        "historic day",
        "Bill Nelson",
    ),
    (
        '"This is a historic day," Bill Nelson told CNN on Friday.',
        "historic day",
        "Bill Nelson",
    ),
    (
        '"We have received the letter," a spokeswoman for the European Commission said.',
        "received the letter",
        "European Commission",
    ),
    (
        ('"We have received the letter," European Commission spokeswoman Anna Pisonero said.'),
        "received the letter",
        "Anna Pisonero",
    ),
    (
        (
            'Dr Amara Nwosu said: "The vaccine works. We saw no serious side effects in the '
            'trial.\n\n"It is the best result we have ever had."'
        ),
        "best result we have",
        "Amara Nwosu",
    ),
    (
        '"I am innocent," Delgado told the court, according to Reuters.',
        "I am innocent",
        None,
    ),
    (
        '"I am innocent," Marco Delgado told the court, Reuters reported.',
        "I am innocent",
        "Marco Delgado",
    ),
    (
        'The Pentagon said in a statement that "all personnel are accounted for."',
        "personnel are accounted",
        "Pentagon",
    ),
    (
        ('Police Chief Laura Benitez said officers "acted within policy" during the arrest.'),
        "acted within policy",
        "Laura Benitez",
    ),
    (
        '"It\'s over," said striker Luis Ortega after the match.',
        "It's over",
        "Luis Ortega",
    ),
    (
        ('"It\'s over," the striker said after the match, declining to answer further questions.'),
        "It's over",
        None,
    ),
    (
        ('Speaking to the BBC, Health Secretary Wes Streeting said: "The NHS is broken but not beaten."'),
        "broken but not beaten",
        "Wes Streeting",
    ),
    (
        '"No comment," a White House official said.',
        "No comment",
        "White House",
    ),
    (
        'The union\'s general secretary, Mick Lynch, said: "Our members have had enough."',
        "members have had enough",
        "Mick Lynch",
    ),
    (
        ('"Our members have had enough," the RMT union\'s general secretary Mick Lynch said.'),
        "members have had enough",
        "Mick Lynch",
    ),
    (
        'Tesla chief executive Elon Musk posted on X: "Production is ahead of schedule."',
        "Production is ahead",
        "Elon Musk",
    ),
    (
        '"Production is ahead of schedule," Musk posted on X on Thursday.',
        "Production is ahead",
        "Musk",  # a lone surname the model misses, found as the speech verb's subject (round 10)
    ),
    (
        (
            'Asked whether he would run again, Senator Tom Reilly replied: "That is a '
            'question for another day."'
        ),
        "question for another day",
        "Tom Reilly",
    ),
    (
        (
            '"Nobody should be surprised," said Professor Hana Kobayashi of Kyoto '
            "University, who studies earthquakes."
        ),
        "Nobody should be surprised",
        "Hana Kobayashi",
    ),
    (
        (
            "Finance Minister Olga Petrenko presented the budget on Wednesday. She warned "
            'that borrowing would rise.\n\n"We have no choice," Petrenko told lawmakers. "The '
            'war has cost us a third of our revenue."'
        ),
        "third of our revenue",
        "Olga Petrenko",
    ),
    (
        (
            'Finance Minister Olga Petrenko presented the budget on Wednesday.\n\n"We have no '
            'choice," she told lawmakers.'
        ),
        "no choice",
        "Olga Petrenko",
    ),
    (
        (
            "The company, Norvik Energy, said on Monday that it would close two plants. "
            '"This was a painful decision," the company said in a statement.'
        ),
        "painful decision",
        "Norvik Energy",
    ),
    (
        (
            "Norvik Energy chief executive Jonas Berg said the closures were unavoidable. "
            '"Demand has collapsed," Berg said. "We cannot keep losing money."'
        ),
        "cannot keep losing",
        "Jonas Berg",
    ),
    (
        (
            'Residents were evacuated overnight. "The water came so fast," said Maria Lopez, '
            '54, who lives near the river. "We lost everything."'
        ),
        "lost everything",
        "Maria Lopez",
    ),
    (
        (
            'The opposition leader, Kwame Asante, criticised the plan. "It is a disgrace," '
            'Asante said. Government spokesman Yaw Mensah rejected the criticism. "The '
            'opposition has no alternative," he said.'
        ),
        "no alternative",
        "Yaw Mensah",
    ),
    (
        (
            'The opposition leader, Kwame Asante, criticised the plan. "It is a disgrace," '
            'Asante said. Government spokesman Yaw Mensah rejected the criticism. "The '
            'opposition has no alternative," he said.'
        ),
        "a disgrace",
        "Kwame Asante",
    ),
    (
        ('"We are deeply concerned," the UN Secretary-General, Antonio Guterres, said on Friday.'),
        "deeply concerned",
        "Antonio Guterres",
    ),
    (
        ('UN Secretary-General Antonio Guterres said he was "deeply concerned" by the reports.'),
        "deeply concerned",
        "Antonio Guterres",
    ),
    (
        ('The Interior Ministry confirmed the arrests. "Four suspects are in custody," it said.'),
        "Four suspects",
        "Interior Ministry",
    ),
    (
        (
            "Germany's foreign minister, Annalena Baerbock, arrived in Kyiv on Monday. \"We "
            'stand with Ukraine," Baerbock said at a press conference with her Ukrainian '
            "counterpart."
        ),
        "stand with Ukraine",
        "Annalena Baerbock",
    ),
    (
        (
            "Dr. Sanjay Patel, an epidemiologist at Johns Hopkins University, said the "
            'outbreak was slowing. "The curve is finally bending," he said. "But we are not '
            'out of the woods."'
        ),
        "out of the woods",
        "Sanjay Patel",
    ),
    (
        (
            'Coach Alan Burke praised his team. "They never gave up," Burke said after the '
            'game. Captain Tom Reyes agreed: "We played for each other."'
        ),
        "played for each other",
        "Tom Reyes",
    ),
    (
        (
            'Coach Alan Burke praised his team. "They never gave up," Burke said after the '
            'game. Captain Tom Reyes agreed: "We played for each other."'
        ),
        "never gave up",
        "Alan Burke",
    ),
    (
        (
            'In an interview with The Guardian, novelist Zadie Okoro said: "Writing is the '
            'only place I feel free."'
        ),
        "only place I feel free",
        "Zadie Okoro",
    ),
    (
        ('"This is not over," said Lisa Chen, a lawyer for the families, outside the courthouse in Boston.'),
        "not over",
        "Lisa Chen",
    ),
    (
        (
            'Police said the driver, a 34-year-old man, had been arrested. "He was driving '
            'at twice the speed limit," a police spokesman said.'
        ),
        "twice the speed limit",
        None,
    ),
    (
        ('Apple declined to comment. Samsung said in an email: "We are reviewing the ruling."'),
        "reviewing the ruling",
        "Samsung",
    ),
    (
        (
            'The White House press secretary, Karine Jean-Pierre, told reporters: "The '
            'president has been clear."'
        ),
        "president has been clear",
        "Karine Jean-Pierre",
    ),
    (
        ('Senator Maria Cantwell, a Democrat from Washington, said: "The bill protects consumers."'),
        "protects consumers",
        "Maria Cantwell",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_speech_form(nlp: Language, text: str, words: str, speaker: str | None) -> None:
    briefing = extract(Article(source="test.md", text=text), nlp)
    found = [q.speaker for q in briefing.quotes if words in q.text]
    assert found[:1] == [speaker]
