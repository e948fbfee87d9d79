"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (/work/main) or beside the worktrees' parent
# (/work/wt/<branch>): the gate must not be skipped just because it runs in a worktree.
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared"
)
CORPUS = SHARED / "corpus"
SEED = ROOT / "seeds" / "000_4b9f4f52323e9ed6.txt"

# No property in this suite is about speed, and Hypothesis' default 200 ms
# deadline fails examples at random on a loaded 2-core machine.
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default spaCy pipeline, loaded once for the whole session."""
    from generator.incremental.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> object:
    """seeds/ generated and built (strict) once per session in a temporary folder."""
    from tests.site_build import build_from

    return build_from(ROOT / "seeds", tmp_path_factory.mktemp("seeds-site"), nlp, strict=True)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> object:
    """tests/fixtures/hostile/ generated and built (strict) once per session."""
    from tests.site_build import build_from

    return build_from(ROOT / "tests" / "fixtures" / "hostile", tmp_path_factory.mktemp("hostile-site"), nlp)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium through Playwright, launched once per session."""
    from playwright.sync_api import sync_playwright

    from tests.browser import ARGS, CHROMIUM

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI (CI=true) the quality gates and the browser tests must run: a missing
    corpus or Chromium fails the run instead of skipping them quietly.
    Locally they skip, each with its reason."""
    import os

    from tests.browser import CHROMIUM

    if os.environ.get("CI", "").lower() not in {"true", "1"}:
        return
    missing = [
        f"{what} ({where})"
        for what, where, present in (
            ("the shared gold corpus", CORPUS, CORPUS.is_dir()),
            ("Debian's chromium", CHROMIUM, Path(CHROMIUM).is_file()),
        )
        if not present
    ]
    if missing:
        raise pytest.UsageError(f"CI=true but missing: {', '.join(missing)}; these tests would skip")
