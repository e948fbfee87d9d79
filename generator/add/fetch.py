"""Downloading one http(s) URL: timeouts, a size limit, and one clear reason per failure."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from ..errors import FetchError
from ..load.decode import decode_article_bytes
from ..load.registry import DEFAULT_MAX_BYTES

USER_AGENT = "briefing/0.1 (static briefing-site generator)"
# Seconds for the whole download (connecting, and every read until the last byte).
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
            except (LookupError, UnicodeDecodeError):
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


def fetch_url(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Fetched:
    """Download `url`, or raise `FetchError` saying why (HTTP status, timeout, size, network)."""
    if not is_url(url):
        raise FetchError("not an http(s) URL", url)
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"response is {int(length):,} bytes, above the limit of {max_bytes:,}", url)
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(CHUNK_BYTES):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response is above the limit of {max_bytes:,} bytes", url)
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout:g} s", url)
                chunks.append(chunk)
            headers = response.headers
            return Fetched(
                url=response.geturl(),
                content_type=headers.get_content_type(),
                charset=headers.get_content_charset(),
                data=b"".join(chunks),
            )
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}", url) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FetchError(f"timed out after {timeout:g} s", url) from exc
        raise FetchError(f"cannot connect ({reason})", url) from exc
    except TimeoutError as exc:
        raise FetchError(f"timed out after {timeout:g} s", url) from exc
    except (OSError, ValueError) as exc:
        raise FetchError(f"download failed ({exc})", url) from exc
