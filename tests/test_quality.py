"""Quality gate: extraction scores on the shared gold corpus stay above pinned floors.

Floors live in tests/eval_baseline.json; raise them after an improvement with
`briefing evaluate ../shared/corpus --update-baseline tests/eval_baseline.json`
(lowering one needs --allow-lower, on purpose).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from generator.errors import ConfigError
from generator.evaluate import evaluate
from generator.evaluate.baseline import NOISE_MARGIN, check, read_baseline, update
from generator.evaluate.scoring import quotes_overlap, role_matches
from tests.conftest import CORPUS

BASELINE = Path(__file__).with_name("eval_baseline.json")


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_scores_stay_above_pinned_floors(nlp: Language) -> None:
    result = evaluate(CORPUS, nlp, with_speed=False)
    gate = check(result.scores.floors(), result.fingerprint, BASELINE)
    assert not gate.corpus_changed, "gold corpus changed: re-pin the floors"
    assert not gate.failures, gate.failures


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


def test_matching_rules() -> None:
    assert quotes_overlap("we will rebuild the city", "We will rebuild the city,")
    assert not quotes_overlap("we will rebuild", "we will rebuild the whole city and its port")
    assert role_matches("Prime Minister", "Prime Minister of the United Kingdom")
    assert not role_matches("President", "Emergencies Minister")
    assert not role_matches(None, "President")
