"""`briefing add` against hostile servers and a concurrent `add`: one line per failure, the
next source is tried, the deadline holds for the whole response, nothing saved is lost.

Servers bind port 0 on the loopback interface (see `tests.browser.serve_handler`)
and every handler ends on its own within a few seconds, whatever the client does.
"""

from __future__ import annotations

import contextlib
import http.server
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator.add import Status, add_sources
from tests.browser import serve_handler
from tests.site_build import ROOT

# How long a dripping handler goes on at most (seconds), so no test thread outlives its test.
DRIP_FOR = 6.0
TIMEOUT = 1.0

GOOD_PAGE = (
    b"<!doctype html><html><head><title>Quay lights mended</title></head><body><article>"
    b"<h1>Quay lights mended</h1>"
    b"<p>The quay lights of Port Vale were mended on Monday, the harbour master said.</p>"
    b"<p>Boats can land after dark again, and the night ferry runs from next week.</p>"
    b"</article></body></html>"
)
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Vale News</title>'
    b"<item><title>Ferry&#xD800; back</title><link>https://vale.example/ferry</link>"
    b"<description>The Port Vale ferry&#xD800; returned to service on Friday, the operator said."
    b"</description>"
    b"</item></channel></rss>"
)


class _Hostile(http.server.BaseHTTPRequestHandler):
    """Answers that never end, break the protocol or stop half-way."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _drip(self, data: bytes) -> None:
        end = time.monotonic() + DRIP_FOR
        for byte in data:
            if time.monotonic() > end:
                return
            self.wfile.write(bytes([byte]))
            time.sleep(0.1)

    def do_GET(self) -> None:
        with contextlib.suppress(OSError):
            self._answer()
        self.close_connection = True

    def _answer(self) -> None:
        path = self.path
        if path == "/good":
            self._send(GOOD_PAGE, "text/html; charset=utf-8")
        elif path == "/feed":
            self._send(FEED, "application/rss+xml")
        elif path == "/drip-length":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self._drip(b"x" * 100_000)
        elif path == "/drip-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            end = time.monotonic() + DRIP_FOR
            while time.monotonic() < end:
                self.wfile.write(b"1\r\nx\r\n")
                time.sleep(0.1)
        elif path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self._drip(b"X-Slow: " + b"y" * 1000)
        elif path == "/long-header":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Long: " + b"z" * 70_000 + b"\r\n\r\n")
        elif path == "/many-headers":
            headers = b"".join(b"X-H%d: 1\r\n" % n for n in range(150))
            self.wfile.write(b"HTTP/1.1 200 OK\r\n" + headers + b"Content-Length: 0\r\n\r\n")
        elif path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(GOOD_PAGE) + 5000))
            self.end_headers()
            self.wfile.write(GOOD_PAGE)
        elif path == "/truncated-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(GOOD_PAGE), GOOD_PAGE))  # no closing 0-chunk
        else:
            self.wfile.write(b"garbage, not HTTP\r\n\r\n")

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_each_hostile_answer_is_one_failed_line_and_the_next_source_is_tried(tmp_path: Path) -> None:
    paths = [
        "/drip-length",
        "/drip-chunked",
        "/drip-headers",
        "/long-header",
        "/many-headers",
        "/truncated",
        "/truncated-chunked",
        "/not-http",
        "/feed",
        "/good",
    ]
    articles = tmp_path / "articles"
    with serve_handler(_Hostile) as base:
        started = time.monotonic()
        report = add_sources([base + p for p in paths], articles, timeout=TIMEOUT)
        elapsed = time.monotonic() - started
    lines = [str(outcome) for outcome in report.outcomes]
    partial = len(GOOD_PAGE)
    assert lines == [
        f"failed: {base}/drip-length: timed out after 1 s",
        f"failed: {base}/drip-chunked: timed out after 1 s",
        f"failed: {base}/drip-headers: timed out after 1 s",
        f"failed: {base}/long-header: invalid HTTP response (LineTooLong: got more than 65536 bytes "
        "when reading header line)",
        f"failed: {base}/many-headers: invalid HTTP response (HTTPException: got more than 100 headers)",
        f"failed: {base}/truncated: download cut short: {partial:,} of {partial + 5000:,} bytes received",
        f"failed: {base}/truncated-chunked: download cut short: {partial:,} bytes received, more expected",
        f"failed: {base}/not-http: invalid HTTP response (BadStatusLine: garbage, not HTTP\\r\\n)",
        f"added: {base}/feed#1 -> {articles}/ferry-back.md (warning: the feed refers to 2 surrogate "
        "or control character(s), replaced by U+FFFD)",
        f"added: {base}/good -> {articles}/quay-lights-mended.md",
    ]
    # Three deadlines of 1 s, not the drips' own length (each drips for DRIP_FOR s, 18 s in
    # all): a bound between the two that a loaded machine's slowness does not cross.
    assert elapsed < 3 * DRIP_FOR, elapsed
    assert sorted(p.name for p in articles.iterdir()) == ["ferry-back.md", "quay-lights-mended.md"]


def _articles(folder: Path, count: int, who: str) -> None:
    folder.mkdir()
    for n in range(count):
        text = f"The {who} of Port Vale spoke for the {n + 1}th time on Monday, the clerk said."
        (folder / f"{n:03d}.md").write_text(f"---\ntitle: Council news\n---\n{text}\n", encoding="utf-8")


@pytest.mark.slow
def test_two_concurrent_adds_lose_and_overwrite_nothing(tmp_path: Path) -> None:
    # Every article has the same title, so both runs want the same file names. With
    # neither the lock nor exclusive creation, 594 of the 600 files were left (checked
    # once); fewer articles let one run finish before the other starts.
    count = 300
    _articles(tmp_path / "mayor", count, "mayor")
    _articles(tmp_path / "clerk", count, "deputy")
    articles = tmp_path / "project" / "articles"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "generator", "add", "--articles", str(articles), str(tmp_path / who)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("mayor", "clerk")
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    for run, (_out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert f"{count} added, 0 already present, 0 failed" in err
    saved = sorted(articles.glob("*.md"))
    assert len(saved) == 2 * count
    texts = {path.read_text(encoding="utf-8").split("---\n")[2].strip() for path in saved}
    assert len(texts) == 2 * count
    for path in saved:
        assert yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["title"] == "Council news"


def test_a_name_taken_meanwhile_is_never_overwritten(tmp_path: Path) -> None:
    from generator.add.store import _reserve_name

    (tmp_path / "news.md").write_text("first")
    (tmp_path / "news-2.md").symlink_to(tmp_path / "elsewhere.md")  # dangling: still taken
    assert _reserve_name(tmp_path, "news") == tmp_path / "news-3.md"
    assert (tmp_path / "news.md").read_text() == "first"
    assert Status.ADDED.value == "added"


def test_a_resolver_that_never_answers_is_bounded_by_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket
    import threading

    answered = threading.Event()
    returned: list[str] = []
    real = socket.getaddrinfo

    def stuck(host: str, *args: object, **kwargs: object) -> object:
        if host == "stuck.example":
            answered.wait(30)  # a resolver that hangs (the test releases it at the end)
            returned.append(host)
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", stuck)
    try:
        with serve_handler(_Hostile) as base:
            report = add_sources(
                ["http://stuck.example/good", base + "/good"], tmp_path / "a", timeout=TIMEOUT
            )
        assert returned == []  # add gave up on the resolver, it did not wait for it
    finally:
        answered.set()
    assert [str(outcome).split(" -> ")[0] for outcome in report.outcomes] == [
        "failed: http://stuck.example/good: timed out after 1 s",
        f"added: {base}/good",
    ]
