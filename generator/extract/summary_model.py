"""The learned sentence scorer of the summary: a logistic regression.

A `SummaryModel` holds, for each feature of `summary_features.FEATURES`, the
mean and scale it standardises with and its weight; `score` gives a
candidate's log-odds of being a sentence an editor would pick. It is trained
on the gold `key_sentences` of the corpus by `generator.evaluate.train_summary`
(`briefing evaluate --folds K` retrains it without each held-out fold).
"""

from __future__ import annotations

from dataclasses import dataclass

from .logistic import Logistic


@dataclass(frozen=True)
class SummaryModel(Logistic):
    """Standardisation and weights of the learned scorer, one entry per feature; `score` is
    the log-odds that a sentence belongs in the summary."""
