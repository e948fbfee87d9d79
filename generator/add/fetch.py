"""Downloading one http(s) URL: one deadline, a size limit, and one clear reason per failure.

The deadline covers the whole download: connecting, every redirect, the
headers and the body. A socket timeout alone would not do it (it bounds each
read, and a server sending a byte a second never trips it), so a timer shuts
the download's sockets down when the time is up, which ends any read blocked
on them. Resolving a host name cannot be interrupted, so it runs on a thread
that is abandoned at the deadline. A body shorter than its Content-Length is
an error, never a saved article.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from ..errors import FetchError, shorten
from ..load.decode import decode_article_bytes
from ..load.registry import DEFAULT_MAX_BYTES

USER_AGENT = "briefing/0.1 (static briefing-site generator)"
# Seconds for the whole download (connecting, redirects, headers and every read until the last byte).
DEFAULT_TIMEOUT = 20.0
# Bytes read at a time while watching the size limit and the clock.
CHUNK_BYTES = 64 * 1024
# How many redirects are followed before giving up (urllib's own default).
MAX_REDIRECTS = 10

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")


@dataclass(frozen=True)
class Fetched:
    """A downloaded document: where it ended up (after redirects), its type and its bytes."""

    url: str
    content_type: str
    charset: str | None
    data: bytes

    def text(self) -> str:
        """The document decoded with its declared charset (header, meta tag or XML declaration)."""
        charset = self.charset or _declared_charset(self.data)
        if charset:
            try:
                return self.data.decode(charset).replace("\r\n", "\n").replace("\r", "\n")
            except (LookupError, UnicodeError):  # unknown, non-text or failing codec
                pass
        return decode_article_bytes(self.data, self.url)


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) URLs: urllib itself refuses file:, this refuses ftp: too."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-http URL {newurl!r}", req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def is_url(text: str) -> bool:
    """True for an http(s) URL with a host."""
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


class _Deadline:
    """Shuts down every connection of one download when its time is up; a context manager."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._end = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def remaining(self) -> float:
        """Seconds left; raises `TimeoutError` when none are."""
        left = self._end - time.monotonic()
        if left <= 0 or self.expired:
            raise TimeoutError
        return left

    def watch(self, sock: socket.socket) -> None:
        """Shut `sock` down at the deadline (at once if it has passed)."""
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _resolve(host: str, port: int, deadline: _Deadline) -> list[Any]:
    """`socket.getaddrinfo` within the time left: the resolver call cannot be interrupted,
    so it runs on a daemon thread that is abandoned (not waited for) at the deadline."""
    found: list[Any] = []
    failed: list[OSError] = []

    def lookup() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except OSError as exc:
            failed.append(exc)

    worker = threading.Thread(target=lookup, name="resolve", daemon=True)
    worker.start()
    worker.join(deadline.remaining())
    if worker.is_alive():
        raise TimeoutError(f"resolving {host} took too long")
    if failed:
        raise failed[0]
    return found


def _connect_within(
    deadline: _Deadline, address: tuple[str, int], timeout: float, source_address: Any = None
) -> socket.socket:
    """`socket.create_connection`, with the name resolution inside the deadline too."""
    error: OSError = OSError(f"no address for {address[0]}")
    for family, kind, proto, _, sockaddr in _resolve(address[0], address[1], deadline):
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(min(timeout, deadline.remaining()))
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    raise error


def _watched_connection(
    kind: type[http.client.HTTPConnection], deadline: _Deadline, *args: Any, **kwargs: Any
) -> http.client.HTTPConnection:
    """A connection of `kind` that resolves and connects within the time left and is shut
    down at the deadline (https keeps the host name for TLS: only the socket is ours)."""
    connection = kind(*args, **kwargs)
    connection._create_connection = functools.partial(_connect_within, deadline)  # type: ignore[attr-defined]
    plain_connect = connection.connect

    def connect() -> None:
        connection.timeout = deadline.remaining()
        plain_connect()
        deadline.watch(connection.sock)

    connection.connect = connect  # type: ignore[method-assign]
    return connection


class _WatchedHandler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    """Opens http and https URLs with connections watched by one deadline."""

    def __init__(self, deadline: _Deadline) -> None:
        urllib.request.HTTPSHandler.__init__(self)
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_watched_connection, http.client.HTTPConnection, self._deadline), req
        )

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_watched_connection, http.client.HTTPSConnection, self._deadline)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


def _read_body(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: _Deadline) -> bytes:
    length = response.headers.get("Content-Length")
    declared = int(length) if length and length.isdigit() else None
    if declared is not None and declared > max_bytes:
        raise FetchError(f"response is {declared:,} bytes, above the limit of {max_bytes:,}", url)
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response is above the limit of {max_bytes:,} bytes", url)
        chunks.append(chunk)
    if deadline.expired:  # a socket shut down at the deadline reads as the end of the body
        raise TimeoutError
    if declared is not None and size < declared:
        raise FetchError(f"download cut short: {size:,} of {declared:,} bytes received", url)
    return b"".join(chunks)


def fetch_url(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Fetched:
    """Download `url` within `timeout` seconds in all, or raise `FetchError` saying why
    (HTTP status, timeout, size, a body cut short, an invalid response, network)."""
    if not is_url(url):
        raise FetchError("not an http(s) URL", url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    with _Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_HttpOnlyRedirects(), _WatchedHandler(deadline))
        try:
            with opener.open(request, timeout=timeout) as response:
                data = _read_body(response, url, max_bytes, deadline)
                headers = response.headers
                return Fetched(
                    url=response.geturl(),
                    content_type=headers.get_content_type(),
                    charset=headers.get_content_charset(),
                    data=data,
                )
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {shorten(str(exc.reason), 100)}", url) from exc
        except Exception as exc:  # every failure of a download is one reason
            raise FetchError(_why(exc, deadline), url) from exc


def _why(exc: Exception, deadline: _Deadline) -> str:
    """One reason for a failed download."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if deadline.expired or isinstance(reason, TimeoutError):
        return f"timed out after {deadline.seconds:g} s"
    if isinstance(reason, http.client.IncompleteRead):
        return f"download cut short: {len(reason.partial):,} bytes received, more expected"
    if isinstance(reason, http.client.HTTPException):
        return f"invalid HTTP response ({type(reason).__name__}: {reason})"
    if isinstance(exc, urllib.error.URLError):
        return f"cannot connect ({reason})"
    return f"download failed ({type(exc).__name__}: {exc})"
