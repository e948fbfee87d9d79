"""Articles in another language than English: told apart, warned about, not extracted."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from spacy.language import Language

from generator.extract import extract
from generator.language import foreign_language
from generator.link import link
from generator.load.registry import check_article
from generator.models import Article
from generator.render import render_corpus
from tests.records import briefing

_PORTUGUESE = (
    "O governo anunciou nesta segunda-feira um novo plano para a educação pública, que deve ser "
    "votado pelo congresso até o fim do ano. Segundo o ministro, as escolas do interior vão receber "
    "mais recursos e os professores terão um aumento de salário. A oposição disse que o plano não "
    "resolve os problemas mais graves e que faltam detalhes sobre o financiamento. “Não é o que "
    "o país precisa”, disse a deputada Maria Souza em entrevista à rádio local."
)
_GERMAN = (
    "Die Regierung hat am Montag einen neuen Plan für die öffentlichen Schulen vorgestellt, der bis "
    "zum Ende des Jahres vom Parlament beschlossen werden soll. Nach Angaben des Ministers sollen die "
    "Schulen auf dem Land mehr Geld bekommen, und die Lehrer erhalten eine höhere Bezahlung. Die "
    "Opposition sagte, der Plan löse die wichtigsten Probleme nicht und es fehlten Einzelheiten."
)
_RUSSIAN = (
    "Правительство в понедельник объявило о новом плане для государственных школ, который парламент "
    "должен принять до конца года. По словам министра, сельские школы получат больше денег, а "
    "учителя будут получать более высокую зарплату. Оппозиция заявила, что план не решает самых "
    "серьёзных проблем и что в нём не хватает подробностей о финансировании. Это важно для всех."
)
_ENGLISH = (
    "Education Minister Ana Lopes announced a new plan for public schools on Monday, which "
    "parliament is expected to vote on before the end of the year. According to Lopes, rural "
    "schools will receive more money and teachers will get a pay rise. The opposition said the "
    "plan did not solve the most serious problems and that details of the funding were missing."
)
# English with hardly a function word: a results listing
_RESULTS = "\n".join(
    f"{home} d. {away} {a}-{b}"
    for home, away, a, b in [
        ("Palm Bay", "Rockledge", 70, 44), ("Eau Gallie", "Viera", 52, 38),
        ("Melbourne", "Titusville", 61, 59),
        ("Cocoa Beach", "Satellite", 48, 41), ("Merritt Island", "Astronaut", 66, 50),
        ("West Shore", "Holy Trinity", 57, 55), ("Heritage", "Bayside", 45, 39),
        ("Space Coast", "Edgewood", 63, 47), ("Cocoa", "Rockledge", 58, 52),
    ]
)  # fmt: skip


# Chinese writes no spaces between words: a few long runs of letters, told by their script
_CHINESE = (
    "政府星期一宣布了一项新的公立学校计划，议会预计将在年底前对该计划进行表决。据部长说，"
    "农村学校将获得更多资金，教师的工资也将提高。"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(_PORTUGUESE, "Portuguese"), (_GERMAN, "German"), (_RUSSIAN, "Russian"), (_CHINESE, "Chinese script")],
)
def test_a_text_in_another_language_is_named(text: str, language: str) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize("text", [_ENGLISH, _RESULTS, "Ola, tudo bem? Muito obrigado."])
def test_english_prose_a_listing_and_a_short_text_are_not_foreign(text: str) -> None:
    assert foreign_language(text) is None


def test_the_load_stage_warns_in_one_line_naming_the_language() -> None:
    article = check_article(Article("escolas.md", _PORTUGUESE), dt.date(2026, 1, 1))
    assert len(article.warnings) == 1
    assert "Portuguese" in article.warnings[0] and "\n" not in article.warnings[0]
    assert check_article(Article("schools.md", _ENGLISH), dt.date(2026, 1, 1)).warnings == ()


def test_an_article_in_another_language_keeps_its_summary_without_actors_or_quotes(nlp: Language) -> None:
    briefing = extract(Article("escolas.md", _PORTUGUESE), nlp)
    assert briefing.language == "Portuguese"
    assert briefing.actors == () and briefing.quotes == () and briefing.figures == ()
    assert briefing.summary.startswith("O governo anunciou")
    english = extract(Article("schools.md", _ENGLISH), nlp)
    assert english.language is None and english.actors


def test_the_briefing_page_says_what_was_not_extracted_and_why() -> None:
    foreign = replace(
        briefing("escolas.md", "Plano para as escolas", [], [], text=_PORTUGUESE), language="Portuguese"
    )
    page = next(p.text for p in render_corpus(link([foreign])) if p.path.startswith("articles/plano"))
    assert "Not extracted: the text looks written in Portuguese" in page
    assert "No people or organisations were named." not in page and "No direct quotes." not in page
