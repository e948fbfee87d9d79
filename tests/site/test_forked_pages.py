"""Pages rendered on a forked child give the site a build on one core gives (`forked_pages`)."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.site import forked_pages
from generator.site.builder import build_site
from generator.site.url import read_mkdocs_yaml
from tests.site.test_build_safety import tree_digest
from tests.site_build import ROOT

PAGES = 40


@pytest.fixture(autouse=True)
def _same_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # sitemap dates from one day


def _docs(where: Path, broken: bool = False) -> Path:
    """Pages linking each other's headings (tables of contents, anchors checked across pages);
    with `broken`, the last one links a page that does not exist."""
    docs = where / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\n[First](p00.md#details)\n", encoding="utf-8")
    for n in range(PAGES):
        body = " ".join(f"Word{n}x{k} *emphasis* `code` [next](p{(n + 1) % PAGES:02d}.md)" for k in range(60))
        text = (
            f"# Page {n}\n\n{body}\n\n## Details\n\nSee [the details of the next]"
            f"(p{(n + 1) % PAGES:02d}.md#details) and [these](#details).\n"
        )
        if broken and n == PAGES - 1:
            text += "\nA link to [nowhere](missing.md).\n"
        (docs / f"p{n:02d}.md").write_text(text, encoding="utf-8")
    return docs


def _build(where: Path, docs: Path, strict: bool = False) -> dict[str, str]:
    """Build `docs` with the project's settings but its navigation (which names generated pages)."""
    settings = read_mkdocs_yaml(ROOT / "mkdocs.yml")
    settings.pop("nav", None)
    config = where / "mkdocs.yml"
    where.mkdir(parents=True, exist_ok=True)
    config.write_text(json.dumps(settings), encoding="utf-8")  # JSON is YAML
    build_site(config, docs, where / "site", strict)
    return tree_digest(where / "site")


class _Spy:
    """Counts the pages whose rendering came from the child."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.forked = 0
        self.taken = 0
        take = forked_pages.ForkedPages._take
        init = forked_pages.ForkedPages.__init__

        def counted_init(pages: object, *args: object) -> None:
            init(pages, *args)  # type: ignore[arg-type]
            self.forked += pages.forked  # type: ignore[attr-defined]

        def counted_take(pages: forked_pages.ForkedPages, uri: str) -> object:
            found = take(pages, uri)
            self.taken += found is not None
            return found

        monkeypatch.setattr(forked_pages.ForkedPages, "__init__", counted_init)
        monkeypatch.setattr(forked_pages.ForkedPages, "_take", counted_take)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> _Spy:
    """Every build forks (however few its pages), counted. Whether this process may fork
    (`forked.can_fork`: no other thread running) is not what is tested: earlier tests of a
    session can leave a thread running, idle, and forking here is safe."""
    if not sys.platform.startswith("linux"):
        pytest.skip("pages are rendered on forked children on Linux only")
    monkeypatch.setattr(forked_pages, "MIN_BYTES", 0)
    monkeypatch.setattr(forked_pages, "can_fork", lambda: True)
    return _Spy(monkeypatch)


def _alone(where: Path, docs: Path) -> dict[str, str]:
    """The site of a build that renders every page in this process."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(forked_pages, "SUPPORTED", False)
        return _build(where, docs)


def test_pages_rendered_on_a_child_give_the_bytes_of_one_process(tmp_path: Path, spy: _Spy) -> None:
    docs = _docs(tmp_path / "docs-source")
    assert _build(tmp_path / "two", docs) == _alone(tmp_path / "one", docs)
    assert spy.forked == 1 and PAGES // 4 < spy.taken < PAGES


def test_a_warning_on_a_childs_page_is_logged_once_and_strict_mode_fails(
    tmp_path: Path, spy: _Spy, caplog: pytest.LogCaptureFixture
) -> None:
    docs = _docs(tmp_path / "docs-source", broken=True)
    with caplog.at_level(logging.WARNING):
        _build(tmp_path / "loose", docs)
    said = [r.getMessage() for r in caplog.records if "missing.md" in r.getMessage()]
    assert len(said) == 1 and "p39.md" in said[0]
    with pytest.raises(BuildError, match=r"missing\.md"):
        _build(tmp_path / "strict", docs, strict=True)
    assert spy.forked == 2 and spy.taken > 2


def test_a_child_that_dies_leaves_its_pages_to_this_process(
    tmp_path: Path, spy: _Spy, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(tmp_path / "docs-source")
    monkeypatch.setattr(forked_pages, "_render_child", lambda *args: os._exit(3))
    assert _build(tmp_path / "two", docs) == _alone(tmp_path / "one", docs)
    assert spy.forked == 1 and spy.taken == 0


def test_a_build_of_more_pages_than_the_bound_forks_nothing(
    tmp_path: Path, spy: _Spy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(forked_pages, "MAX_PAGES", PAGES // 2)
    _build(tmp_path / "site", _docs(tmp_path / "docs-source"))
    assert spy.forked == 0 and spy.taken == 0
