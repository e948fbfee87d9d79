"""Markdown of some pages rendered on a forked child while MkDocs renders the others.

MkDocs renders pages one after another on one core; converting Markdown to
HTML is about half of a site build, and after an added article the second
core is idle by then (its worker extracted the article). When the navigation
is known (`on_env`), `ForkedPages` forks a child that reads, prepares
(`on_pre_page`, `on_page_markdown`) and renders the last pages of the build,
about half of the Markdown by size, and sends each page's rendering back as
it is done; MkDocs renders the first ones here meanwhile. When it comes to one
of the child's pages, it runs the same plugin events here, and the page's
`render` takes the child's result instead of converting again, only when the
Markdown it would convert has the same digest as the child's (else it renders
here): the HTML is the same bytes as a build on one core.

What a page's rendering leaves on it (MkDocs 1.6's `Page.render`: content,
table of contents, title, anchors and links to anchors) is copied back, the
links keyed by the parent's own files; the messages the child logged while
rendering (a link to a missing page) are logged here at the point the page
is rendered, so that counts, order and strict mode are as in one process.

Where a child cannot be forked safely (`forked.can_fork`: not Linux, or other
threads running), or the pages to render are few (`MIN_BYTES`) or very many
(`MAX_PAGES`), nothing is forked; a child that dies leaves its remaining pages
to be rendered here.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import tempfile
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, BinaryIO

import mkdocs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ..link.forked import can_fork, start_child

# Below this many bytes of Markdown to render, forking costs more than it saves.
MIN_BYTES = 256 * 1024
# Above this many pages to render (a first build of a large site), nothing is forked: a
# child touching most of the site's pages would copy most of them (copy-on-write), which
# the memory budget of a large build does not allow (as `render.parallel.FORKED_PAGES`).
MAX_PAGES = 4000
# The share of the Markdown (by size) the child renders: the parent also runs
# every page's plugin events and the child starts a little later.
CHILD_SHARE = 0.5
# What a rendering leaves on the page in the MkDocs this was written against.
SUPPORTED = mkdocs.__version__.startswith("1.6.")

_Rendered = tuple[str, str, dict[str, Any], list[logging.LogRecord]]


def _digest(markdown: str) -> str:
    return hashlib.blake2b(markdown.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # sent as text: the arguments may not pickle
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        self.records.append(record)


def _prepare(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """As MkDocs' `_populate_page` does up to the rendering: the page with its Markdown."""
    page = config.plugins.on_pre_page(page, config=config, files=files)
    page.read_source(config)
    assert page.markdown is not None
    page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
    return page


def _render_child(
    pages: Sequence[Page], config: MkDocsConfig, files: Files, out: BinaryIO, send: Connection
) -> None:
    """The child: render each page, write (uri, digest of its Markdown, results, log records) to
    `out` one page after another, then send how many it wrote.

    Written to a file, not sent: a page's HTML fills a pipe, and the parent reads
    only once it comes to the first of these pages; neither process holds them all."""
    capture = _Capture()
    for name in ("", "mkdocs", "markdown"):  # the parent's handlers would print or count twice
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    logging.getLogger().addHandler(capture)
    logging.getLogger("mkdocs").propagate = True
    written = 0
    for page in pages:
        config._current_page = page
        try:
            page = _prepare(page, config, files)
            assert page.markdown is not None
            digest = _digest(page.markdown)
            page.render(config, files)
        except Exception:  # left to the parent, which renders it and reports the error
            break
        finally:
            config._current_page = None
        links = page.links_to_anchors
        results = {
            "content": page.content,
            "toc": page.toc,
            "_title_from_render": page._title_from_render,
            "present_anchor_ids": page.present_anchor_ids,
            "links_to_anchors": None if links is None else {f.src_uri: v for f, v in links.items()},
        }
        rendered: _Rendered = (page.file.src_uri, digest, results, capture.records)
        pickle.dump(rendered, out, protocol=pickle.HIGHEST_PROTOCOL)
        capture.records = []
        page.content = page.markdown = None  # let go of it here
        written += 1
    out.close()
    send.send(written)
    send.close()


class ForkedPages:
    """Renders the last of `pages` (about `CHILD_SHARE` of their Markdown) on a forked child;
    each of those pages' `render` then takes the child's result (see the module's text)."""

    def __init__(
        self, pages: Sequence[Page], sizes: Sequence[int], config: MkDocsConfig, files: Files
    ) -> None:
        self._files = files
        self._receive: Connection | None = None
        self._process: BaseProcess | None = None
        self._waiting: dict[str, Page] = {}
        self._done: dict[str, tuple[str, dict[str, Any], list[logging.LogRecord]]] = {}
        self._results: BinaryIO | None = None
        self._unread = -1  # records of the child's file not read yet; -1 until the child is done
        total = sum(sizes)
        if not SUPPORTED or total < MIN_BYTES or len(pages) > MAX_PAGES or not can_fork():
            return
        first, behind = len(pages), 0
        while first > 0 and behind + sizes[first - 1] <= total * CHILD_SHARE:
            first -= 1
            behind += sizes[first]
        theirs = list(pages[first:])
        if not theirs:
            return
        self._results = tempfile.TemporaryFile(prefix="briefing-pages-")  # noqa: SIM115 (closed in `close`)
        self._receive, self._process = start_child(_render_child, theirs, config, files, self._results)
        for page in theirs:
            self._waiting[page.file.src_uri] = page
            page.render = self._render_for(page)  # type: ignore[method-assign,assignment]

    @property
    def forked(self) -> bool:
        """Whether a child renders some of the pages."""
        return self._process is not None

    def _render_for(self, page: Page) -> Callable[[MkDocsConfig, Files], None]:
        def render(config: MkDocsConfig, files: Files) -> None:
            del page.render  # the class's own, for any later call
            found = self._take(page.file.src_uri)
            if found is None or page.markdown is None or found[0] != _digest(page.markdown):
                page.render(config, files)
                return
            _, results, records = found
            links = results.pop("links_to_anchors")
            for name, value in results.items():
                setattr(page, name, value)
            if links is not None:
                found_files = {uri: self._files.get_file_from_path(uri) for uri in links}
                page.links_to_anchors = {f: links[uri] for uri, f in found_files.items() if f is not None}
            for record in records:
                logging.getLogger(record.name).handle(record)

        return render

    def _take(self, uri: str) -> tuple[str, dict[str, Any], list[logging.LogRecord]] | None:
        """The child's rendering of page `uri` (waiting for the child to finish); None if it
        gave none."""
        self._waiting.pop(uri, None)
        if self._unread < 0 and self._receive is not None:
            try:
                self._unread = int(self._receive.recv())
            except (EOFError, OSError):  # the child died: its pages are rendered here
                self.close()
                return None
            assert self._results is not None
            self._results.seek(0)
        while uri not in self._done and self._unread > 0 and self._results is not None:
            got: _Rendered = pickle.load(self._results)
            self._unread -= 1
            self._done[got[0]] = got[1:]
        return self._done.pop(uri, None)

    def close(self) -> None:
        """Stop the child (it may still be rendering if the build failed) and let go of it."""
        receive, process, results = self._receive, self._process, self._results
        self._receive, self._process, self._results = None, None, None
        self._done.clear()
        if results is not None:
            results.close()
        if receive is not None:
            receive.close()
        if process is not None:
            if process.is_alive():
                process.terminate()
            process.join()
        for page in self._waiting.values():
            page.__dict__.pop("render", None)
        self._waiting.clear()
