"""`briefing evaluate`: score the extraction against gold annotations, print, gate on floors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from ..config import Config
from ..extras import require


@dataclass(frozen=True)
class EvaluateOptions:
    """The command's options, as parsed."""

    gold_dir: Path
    with_speed: bool = True
    baseline: Path | None = None
    update_path: Path | None = None
    allow_lower: bool = False
    verbose: bool = False
    folds: int = 0
    subset: Path | None = None


def run_evaluate(options: EvaluateOptions) -> None:
    """Score, print the tables, write or check the floors (a floor not met is a ClickException)."""
    require("rouge_score", "eval", "briefing evaluate")
    from ..evaluate import evaluate
    from ..evaluate.baseline import check, update
    from ..incremental.nlp import load_model
    from ..render.pages import render_evaluation

    subset = options.subset
    listed = (subset.stem, frozenset(subset.read_text(encoding="utf-8").split())) if subset else None
    model = load_model(Config().model)
    result = evaluate(
        options.gold_dir, model, with_speed=options.with_speed, folds=options.folds, subset=listed
    )
    click.echo(render_evaluation(result, verbose=options.verbose))
    measured = result.scores.floors()
    if options.update_path is not None:
        lowered = update(measured, result.fingerprint, options.update_path, options.allow_lower)
        click.echo(
            f"floors written to {options.update_path}"
            + (f" (lowered: {', '.join(lowered)})" if lowered else "")
        )
    if options.baseline is not None:
        gate = check(measured, result.fingerprint, options.baseline)
        if gate.corpus_changed:
            click.echo(
                f"warning: gold corpus differs from the one {options.baseline} was pinned on", err=True
            )
        if gate.failures:
            lines = [f"{name} {value:.4f} < floor {floor:.4f}" for name, value, floor in gate.failures]
            raise click.ClickException("quality below floor: " + "; ".join(lines))
