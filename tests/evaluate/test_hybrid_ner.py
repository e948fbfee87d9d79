"""The hybrid recogniser in a pipeline: the base entities survive the second
recogniser, and the cross-validation scores each pipeline per held fold."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from generator.evaluate.hybrid_ner import ORG_NER, cross_validate_hybrid, hybrid_table, with_org_recogniser
from generator.evaluate.org_entities import BASE_ENTS
from generator.evaluate.train_ner import Recipe
from generator.models import Article
from tests.evaluate.test_train_ner import GOLD, TEXT

SENTENCE = (
    "Jo Bloggs of the Vell Harbour Authority told the World Bank in Orsa on Monday that "
    "five million dollars were paid."
)


@pytest.mark.parametrize("rule", ["fill", "all"])
def test_base_as_second_recogniser_changes_no_entity(nlp: Language, rule: str) -> None:
    hybrid = with_org_recogniser(nlp, rule)
    assert hybrid.pipe_names[-3:] == ["briefing_stash_ents", ORG_NER, "briefing_org_ents"]
    doc = hybrid(SENTENCE)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in nlp(SENTENCE).ents]
    assert BASE_ENTS not in doc.spans


def test_cross_validation_scores_base_tuned_and_each_rule(nlp: Language, tmp_path: Path) -> None:
    other = replace(
        GOLD, slug="second", article=Article(source="second.md", text=TEXT.replace("Vell", "Orsa"))
    )
    args = ([GOLD, other], nlp, 2, Recipe(epochs=1), [1], frozenset(), ["fill", "orgs"], tmp_path)
    results = cross_validate_hybrid(*args)
    assert [(f.number, f.slugs, list(f.scores)) for f in results] == [
        (1, ("second",), ["base", "tuned", "fill", "orgs"])
    ]
    assert (tmp_path / "without-1" / "cfg").exists()  # saved, then reused:
    again = cross_validate_hybrid(*args)
    assert again[0].scores["tuned"].floors() == results[0].scores["tuned"].floors()
    assert "| measure | pooled base | pooled tuned | pooled fill | pooled orgs |" in hybrid_table(results)
