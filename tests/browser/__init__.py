"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, offline."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
]


def chromium_available() -> bool:
    return Path(CHROMIUM).is_file()


def chromium_required() -> pytest.MarkDecorator:
    """Skip a browser module without Chromium, except in CI (CI=true), where it must be there:
    the tests then run and fail on the missing browser instead of passing quietly."""
    missing = not chromium_available() and os.environ.get("CI") != "true"
    return pytest.mark.skipif(missing, reason=f"Debian chromium not installed ({CHROMIUM}); `make browser`")


class _QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(folder: Path) -> contextlib.AbstractContextManager[str]:
    """Serve `folder` over http on a free loopback port; yield the base URL."""
    return serve_handler(functools.partial(_QuietFiles, directory=str(folder)))


@contextlib.contextmanager
def serve_handler(handler: Callable[..., http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run an http server with `handler` on a free loopback port; yield the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def search_first_result(page: object, word: str, link: str = "") -> object:
    """Type `word` into Material's search box and return the first result link
    (among those matching the CSS selector suffix `link`, e.g. "[href*='/articles/']").

    A query typed before the search worker has built its index is dropped by
    the theme, so typing is retried until results appear (at most ~30 s).
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator("input.md-search__input")  # type: ignore[attr-defined]
    for _ in range(6):
        box.click()
        box.fill("")
        box.type(word, delay=20)
        try:
            # Results for a prefix typed so far ("Ste") may show first: wait for
            # a result of the whole word (Material marks the matched terms).
            return page.wait_for_selector(  # type: ignore[attr-defined]
                f".md-search-result__item:has(mark:text-matches('^{re.escape(word)}$', 'i')) a{link}",
                timeout=5_000,
            )
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"search for {word!r} showed no result")
