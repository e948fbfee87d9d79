"""The newcomer path, outside this repository: the package's wheel installed into a fresh
virtualenv, `briefing new`, three corpus articles dropped in, `briefing build` with no
options, and the built site searched from file:// in Chromium.

The wheel is built from the checkout without network (so what a user installs carries
the templates, assets and the MkDocs plugin's entry point); its dependencies come from
the test environment through a .pth file instead of a second download of the same pins.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import chromium_available, search_first_result
from tests.conftest import CORPUS, ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not chromium_available(), reason="Debian chromium not installed"),
    pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available"),
]


def _run(command: list[str], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, (command, result.stdout[-2000:], result.stderr[-2000:])
    return result.stderr


def test_install_new_project_build_and_search_from_disk(tmp_path: Path, browser: object) -> None:
    # Built from a copy: setuptools writes its metadata into the source folder, where a
    # stale copy would shadow the installed package's entry points.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "generator", source / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
          "-w", str(wheels), str(source)], tmp_path)  # fmt: skip
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path)
    (site_packages,) = venv.glob("lib/python*/site-packages")
    (site_packages / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    (wheel,) = wheels.glob("briefing-*.whl")
    _run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
          "--no-deps", "--no-index", str(wheel)], tmp_path)  # fmt: skip
    briefing = str(venv / "bin" / "briefing")

    work = tmp_path / "work"
    work.mkdir()
    _run([briefing, "new", "desk"], work)
    project = work / "desk"
    articles = sorted((CORPUS / "wikinews").glob("*.md"))[:3]
    for article in articles:
        shutil.copy(article, project / "articles" / article.name)
    _run([briefing, "build", "--quiet"], project)  # no options: everything from mkdocs.yml

    site_dir = project / "site"
    assert (site_dir / "search" / "lazy" / "meta.js").is_file()  # the plugin ran, by name
    assert (site_dir / "assets" / "javascripts" / "vendor" / "iframe-worker-shim.js").is_file()
    pages = sorted(p.name for p in (project / "docs" / "articles").glob("*.md"))
    assert len(pages) == 4, pages  # three corpus articles and the example
    assert 'type="application/atom+xml"' in (site_dir / "index.html").read_text(encoding="utf-8")

    title = articles[0].read_text(encoding="utf-8").split("title: ", 1)[1].splitlines()[0].strip("\"'")
    word = max(title.split(), key=len).strip(",.:;'\"")
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto((site_dir / "index.html").as_uri())
    search_first_result(page, word)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    page.close()
    assert any(h.startswith("file://") and "/articles/" in h for h in hrefs), (word, hrefs)
