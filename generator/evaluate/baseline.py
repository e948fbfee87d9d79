"""The quality gate: pinned floors, checked and updated without silent lowering."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

# Scores may fall this far below a pinned floor before the gate fails: room for
# harmless tie-breaking changes, far less than any real regression.
NOISE_MARGIN = 0.005


@dataclass(frozen=True)
class GateResult:
    """Floors that failed (name, measured, floor) and whether the corpus changed."""

    failures: tuple[tuple[str, float, float], ...]
    corpus_changed: bool


def read_baseline(path: Path) -> tuple[str, dict[str, float]]:
    """Return (corpus fingerprint, floors) from a baseline file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["corpus_sha256"]), {str(k): float(v) for k, v in data["floors"].items()}


def check(measured: dict[str, float], fingerprint: str, path: Path) -> GateResult:
    """Compare measured scores with the pinned floors."""
    pinned_fp, floors = read_baseline(path)
    failures = tuple(
        (name, measured.get(name, 0.0), floor)
        for name, floor in sorted(floors.items())
        if measured.get(name, 0.0) < floor - NOISE_MARGIN
    )
    return GateResult(failures, pinned_fp != fingerprint)


def update(measured: dict[str, float], fingerprint: str, path: Path, allow_lower: bool) -> list[str]:
    """Pin `measured` as the new floors; refuse to lower one unless `allow_lower`.

    Returns the names of floors that went down (only possible with allow_lower).
    """
    lowered: list[str] = []
    if path.exists():
        _, floors = read_baseline(path)
        lowered = sorted(n for n, f in floors.items() if measured.get(n, 0.0) < f)
        if lowered and not allow_lower:
            raise ConfigError(
                f"refusing to lower floors {', '.join(lowered)} without --allow-lower", str(path)
            )
    data = {"corpus_sha256": fingerprint, "floors": dict(sorted(measured.items()))}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return lowered
