"""Golden end-to-end: docs/ regenerated from seeds/ equals what is committed.

When a change to extraction or templates is intended, regenerate with
`make docs` (or `briefing generate`) and commit docs/ with the change.
"""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from spacy.language import Language

from generator.config import Config
from generator.pipeline import generate
from generator.write.history import HISTORY_FILE
from tests.site_build import HAND_WRITTEN, ROOT


def _generated_tree(docs: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(docs)): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.relative_to(docs).parts[0] not in HAND_WRITTEN
    }


def test_committed_docs_match_a_fresh_generation(tmp_path: Path, nlp: Language) -> None:
    # The build history is an input like seeds/ ("new since the previous build"
    # depends on it): start from the committed one.
    (tmp_path / "docs").mkdir()
    shutil.copy(ROOT / "docs" / HISTORY_FILE, tmp_path / "docs" / HISTORY_FILE)
    generate(Config(articles_dir=ROOT / "seeds", docs_dir=tmp_path / "docs"), nlp)
    fresh = _generated_tree(tmp_path / "docs")
    committed = _generated_tree(ROOT / "docs")
    assert sorted(fresh) == sorted(committed), "run `make docs` and commit docs/"
    differing = [name for name in fresh if fresh[name] != committed[name]]
    assert not differing, f"differs from committed docs/ (run `make docs`): {differing[:5]}"


def test_two_runs_are_byte_identical(tmp_path: Path, nlp: Language) -> None:
    for run in ("one", "two"):
        generate(Config(articles_dir=ROOT / "seeds", docs_dir=tmp_path / run), nlp)
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two")
    assert not comparison.diff_files and not comparison.left_only and not comparison.right_only
    assert _generated_tree(tmp_path / "one") == _generated_tree(tmp_path / "two")
