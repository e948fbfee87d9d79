"""Quality gate: extraction scores on the shared gold corpus stay above pinned floors.

Floors live in tests/eval_baseline.json; raise them after an improvement with
`briefing evaluate ../shared/corpus --update-baseline tests/eval_baseline.json`
(lowering one needs --allow-lower, on purpose).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from spacy.language import Language

from generator.errors import ConfigError
from generator.evaluate import Evaluation, evaluate
from generator.evaluate.baseline import NOISE_MARGIN, check, read_baseline, update
from generator.evaluate.scoring import quotes_overlap, role_matches
from tests.conftest import CORPUS

BASELINE = Path(__file__).resolve().parent.parent / "eval_baseline.json"
# At most this many words on average (the length budget is a product rule,
# not a measured floor). The key-sentence F1 target (0.80 cross-validated) is
# tracked in the summary issue; this test asserts the floor pinned in
# eval_baseline.json, measured on the 78-article corpus, and beating lead-3.
SUMMARY_AVG_WORDS_TARGET = 75


needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")


@pytest.fixture(scope="module")
def result(nlp: Language) -> Evaluation:
    return evaluate(CORPUS, nlp, with_speed=False, folds=5)


@needs_corpus
def test_scores_stay_above_pinned_floors(result: Evaluation) -> None:
    gate = check(result.scores.floors(), result.fingerprint, BASELINE)
    assert not gate.corpus_changed, "gold corpus changed: re-pin the floors"
    assert not gate.failures, gate.failures


@needs_corpus
def test_summary_beats_lead3_within_budget(result: Evaluation) -> None:
    mine, lead = result.scores.summary, result.scores.lead3
    _, floors = read_baseline(BASELINE)
    assert mine.articles == lead.articles == result.articles
    assert mine.key_f1 >= floors["summary_key_f1"] - NOISE_MARGIN
    assert mine.key_f1 > lead.key_f1
    assert mine.avg_rouge("ref", "rouge2") >= lead.avg_rouge("ref", "rouge2")
    assert mine.avg_words <= SUMMARY_AVG_WORDS_TARGET
    assert not mine.violations, mine.violations
    assert lead.violations  # the checks do see what is wrong with plain lead-3


@needs_corpus
def test_learned_summary_scorer_is_scored_held_out(result: Evaluation) -> None:
    cross = result.summary_cross
    assert cross is not None
    assert sorted(s for f in cross.folds for s in f.slugs) == sorted(result.scores.misses)
    # the shipped rules learn nothing: their held-out tally is the all-data one
    assert cross.rules.key_tp == result.scores.summary.key_tp
    assert cross.rules.key_pred == result.scores.summary.key_pred
    assert not cross.learned.violations, cross.learned.violations
    assert cross.learned.key_f1 > cross.lead3.key_f1
    assert cross.learned.avg_words <= SUMMARY_AVG_WORDS_TARGET


@needs_corpus
def test_speaker_ranker_is_scored_held_out(result: Evaluation) -> None:
    cross = result.speaker_cross
    assert cross is not None
    assert sorted(s for f in cross.folds for s in f.slugs) == sorted(result.scores.misses)
    # the shipped rules learn nothing: their held-out tally is the all-data one
    assert cross.rules.attribution == result.scores.attribution
    assert cross.rules.speaker == result.scores.speaker
    # the ranker and the hybrid only choose speakers: the same quotes are scored
    for scores in (cross.learned, cross.hybrid):
        assert scores.quotes == result.scores.quotes
        assert scores.attribution.f1 >= 0.85


def test_baseline_covers_every_measure() -> None:
    _, floors = read_baseline(BASELINE)
    assert set(floors) == {
        "person_f1",
        "organization_f1",
        "place_f1",
        "role_accuracy",
        "quote_f1",
        "quote_exact_text",
        "speaker_accuracy",
        "attribution_f1",
        "summary_key_f1",
        "summary_readable",
        *(f"summary_{n}_{against}" for n in ("rouge1", "rouge2", "rougeL") for against in ("ref", "key")),
    }
    assert all(0.0 < v <= 1.0 for v in floors.values())


def test_update_refuses_to_lower_a_floor(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    update({"quote_f1": 0.9}, "abc", path, allow_lower=False)
    with pytest.raises(ConfigError, match="refusing to lower"):
        update({"quote_f1": 0.8}, "abc", path, allow_lower=False)
    assert json.loads(path.read_text())["floors"]["quote_f1"] == 0.9
    assert update({"quote_f1": 0.8}, "abc", path, allow_lower=True) == ["quote_f1"]


def test_gate_fails_below_floor_beyond_noise(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    update({"quote_f1": 0.9}, "abc", path, allow_lower=False)
    assert not check({"quote_f1": 0.9 - NOISE_MARGIN / 2}, "abc", path).failures
    assert check({"quote_f1": 0.85}, "abc", path).failures == (("quote_f1", 0.85, 0.9),)
    assert check({"quote_f1": 0.9}, "other", path).corpus_changed


def test_summary_segmenting_and_key_matching(nlp: Language) -> None:
    from generator.evaluate.gold import GoldArticle
    from generator.evaluate.summaries import parse_article, score_summary, segment
    from generator.extract.sentences import split_sentences
    from generator.models import Article

    article = Article(source="t.md", text="The dam broke on Monday.\n\nTwo towns flooded. Nobody died.")
    parsed = parse_article(article, nlp)
    sentences = split_sentences(parsed)
    chosen, extra = segment("The dam broke on Monday.  Nobody died. Rain fell.", sentences)
    assert [s.text for s in chosen] == ["The dam broke on Monday.", "Nobody died."]
    assert extra == ["Rain fell."]
    keys = ("The dam broke on Monday.", "Two towns flooded.")
    gold = GoldArticle("t", article, (), (), "A dam broke on Monday.", keys)
    tally = score_summary(chosen, gold, parsed, extra)
    assert (tally.key_tp, tally.key_pred, tally.key_gold) == (1, 3, 2)
    assert tally.violations == {"not an article sentence": 1}
    assert 0 < tally.avg_rouge("ref", "rouge2") < 1


def test_matching_rules() -> None:
    assert quotes_overlap("we will rebuild the city", "We will rebuild the city,")
    assert not quotes_overlap("we will rebuild", "we will rebuild the whole city and its port")
    assert role_matches("Prime Minister", "Prime Minister of the United Kingdom")
    assert not role_matches("President", "Emergencies Minister")
    assert not role_matches(None, "President")


def _tiny_gold(folder: Path, slugs: list[str]) -> None:
    (folder / "gold").mkdir()
    for slug in slugs:
        (folder / f"{slug}.txt").write_text(f'Jane Roe spoke in {slug.title()}. "We will rebuild," Roe said.')
        gold = {
            "actors": [{"name": "Jane Roe", "kind": "person", "role": None, "aliases": ["Roe"]}],
            "quotes": [{"text": "We will rebuild,", "speaker": "Jane Roe"}],
        }
        (folder / "gold" / f"{slug}.json").write_text(json.dumps(gold))


def test_fold_assignment_is_a_stable_hash_of_the_slug() -> None:
    from generator.evaluate.folds import fold_of

    slugs = [f"article-{n}" for n in range(200)]
    assignment = [fold_of(s, 5) for s in slugs]
    assert assignment == [fold_of(s, 5) for s in reversed(slugs)][::-1]
    assert set(assignment) == {0, 1, 2, 3, 4}
    assert fold_of("article-7", 5) == int(hashlib.sha256(b"article-7").hexdigest()[:16], 16) % 5


def test_cross_validation_trains_without_the_held_out_fold(tmp_path: Path, nlp: Language) -> None:
    from collections.abc import Sequence

    from generator.evaluate import load_gold
    from generator.evaluate.folds import cross_validate, fold_of
    from generator.evaluate.gold import GoldArticle
    from generator.extract import extract_many
    from generator.models import Briefing

    _tiny_gold(tmp_path, ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"])
    gold = load_gold(tmp_path)
    briefings = list(extract_many([g.article for g in gold], nlp))
    seen: list[tuple[set[str], set[str]]] = []

    def trainer(train: Sequence[GoldArticle]) -> object:
        def run(held: Sequence[GoldArticle]) -> list[Briefing]:
            seen.append(({g.slug for g in train}, {g.slug for g in held}))
            return list(extract_many([g.article for g in held], nlp))

        return run

    plain = cross_validate(gold, briefings, 3)
    assert plain.held_out.floors() == plain.all_data.floors()
    assert sum(len(f.slugs) for f in plain.folds) == 6
    learned = cross_validate(gold, briefings, 3, trainer)  # type: ignore[arg-type]
    assert learned.learned and len(seen) == 3
    for number, (train, held) in enumerate(seen):
        assert not train & held and train | held == {g.slug for g in gold}
        assert all(fold_of(s, 3) == number for s in held)


def test_evaluate_prints_folds_and_subset(tmp_path: Path, nlp: Language) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    _tiny_gold(tmp_path, ["alpha", "bravo", "charlie"])
    listed = tmp_path / "first.txt"
    listed.write_text("alpha\n")
    run = CliRunner().invoke(
        main, ["evaluate", "--no-speed", "--folds", "2", "--subset", str(listed), str(tmp_path)]
    )
    assert run.exit_code == 0, run.output
    assert "| measure | all data | held out (pooled) |" in run.output
    assert "| measure | first (1) | not first (2) |" in run.output
    assert "| attribution F1, end to end |" in run.output
    assert "| learned scorer |" in run.output and "| rules (shipped) |" in run.output
    assert "| learned ranker | attribution F1 |" in run.output and "sealed) |" in run.output
