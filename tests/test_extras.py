"""A missing optional extra is one clear line naming what to install, never a traceback."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import Config
from generator.errors import ConfigError


def _hide(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name in modules else real(name, *a)
    )


def test_scheduler_without_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "distributed")
    with pytest.raises(ConfigError, match=r"--scheduler needs .*pip install 'briefing\[dask\]'"):
        Config(scheduler="tcp://127.0.0.1:8786")


def test_zensical_engine_without_zensical_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _hide(monkeypatch, "zensical")
    with pytest.raises(ConfigError, match=r"briefing\[zensical\]"):
        Config(engine="zensical")
    assert Config(engine="mkdocs").engine == "mkdocs"


def test_evaluate_without_rouge_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    _hide(monkeypatch, "rouge_score")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [
        "Error: [B500] briefing evaluate needs the optional 'eval' dependencies: pip install 'briefing[eval]'"
    ]
