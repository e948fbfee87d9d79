"""Live preview: dropping an article into the watched folder shows its briefing in the server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from spacy.language import Language

from generator.config import Config
from tests.site_build import HAND_WRITTEN, ROOT

SEEDS = ROOT / "seeds"
FIRST = "bus-carrying-children-overturns-in-babyninsky-russia-at.md"
DROPPED = "magnitogorsk-apartment-building-collapses-after-explosion.md"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, needle: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = _get(url)
        if body is not None and needle in body:
            return body
        time.sleep(0.3)
    raise AssertionError(f"{url} never showed {needle!r}")


@pytest.mark.slow
def test_a_dropped_article_appears_in_the_preview(tmp_path: Path, nlp: Language) -> None:
    from generator.commands.serve import serve

    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / FIRST, articles / FIRST)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in HAND_WRITTEN:
        source = ROOT / "docs" / name
        if source.is_dir():
            shutil.copytree(source, docs / name)
        else:
            shutil.copy2(source, docs / name)
    config = Config(articles_dir=articles, docs_dir=docs, mkdocs_config=ROOT / "mkdocs.yml", workers=1)
    port = _free_port()
    servers: list[object] = []
    thread = threading.Thread(
        target=serve, args=(config, "127.0.0.1", port, nlp), kwargs={"started": servers.append}, daemon=True
    )
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/index.html", "Babyninsky")
        assert _get(f"{base}/search/lazy/meta.js") is None  # the preview keeps Material's search
        shutil.copy(SEEDS / DROPPED, articles / DROPPED)
        page = _wait_for(f"{base}/articles/{Path(DROPPED).stem}.html", "Magnitogorsk")
        assert "Vladimir Putin" in page or "Putin" in page
        _wait_for(f"{base}/index.html", "Magnitogorsk")
        # The actor page of a place both articles name lists both.
        russia = _wait_for(f"{base}/actors/russia.html", "Magnitogorsk")
        assert "Babyninsky" in russia
    finally:
        for server in servers:
            server.shutdown()  # type: ignore[attr-defined]
        thread.join(timeout=30)
    assert not thread.is_alive()
