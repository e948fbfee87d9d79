"""Live preview: MkDocs' development server, regenerating briefings when articles change.

The server watches the articles folder besides docs/ and mkdocs.yml. On any
change it runs the incremental `generate` (only new or edited articles are
extracted, only changed pages rewritten, with the model kept loaded between
runs) and then a dirty MkDocs build, which renders only the pages whose
Markdown changed, and reloads the browser.

The preview keeps Material's own search (no lazy index, which is a split of
the whole index at build time); Material patches it page by page, so entries
can repeat after several edits. `briefing build` always makes a complete one.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..incremental.progress import Progress
from ..pipeline import generate

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from spacy.language import Language

log = logging.getLogger("mkdocs.briefing")


def serve(
    config: Config,
    host: str = "127.0.0.1",
    port: int = 8000,
    nlp: Language | None = None,
    progress: Progress | None = None,
    started: Callable[[LiveReloadServer], None] | None = None,
) -> None:
    """Serve a live preview on http://host:port/ until interrupted (or the server is shut down).

    `started`, if given, receives the server once the first build is done
    (call its `shutdown()` from another thread to stop it).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    site_dir = tempfile.mkdtemp(prefix="briefing-preview-")
    serve_url = f"http://{host}:{port}/"

    def mkdocs_config() -> MkDocsConfig:
        # No hooks: the lazy search index (a build-time split of the whole index)
        # would be redone on every reload; the preview keeps Material's search.
        loaded = load_config(
            str(config.mkdocs_config), docs_dir=str(config.docs_dir.resolve()), site_dir=site_dir, hooks=[]
        )
        loaded.site_url = serve_url
        return loaded

    def builder(loaded: MkDocsConfig | None = None) -> None:
        result = generate(config, nlp, progress)
        report = result.report
        log.info(
            f"{result.extracted} articles extracted; {len(report.written)} pages written, "
            f"{len(report.removed)} removed"
        )
        # Dirty: MkDocs renders only pages whose Markdown is newer than their HTML.
        build(loaded or mkdocs_config(), serve_url=serve_url, dirty=True)

    first = mkdocs_config()
    first.plugins.on_startup(command="serve", dirty=True)
    server = LiveReloadServer(builder=builder, host=host, port=port, root=site_dir)

    def error_page(code: int) -> bytes | None:
        page = Path(site_dir, f"{code}.html")
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = error_page
    try:
        builder(first)
        for path in (config.articles_dir, config.docs_dir, config.mkdocs_config):
            server.watch(str(path))
        server = first.plugins.on_serve(server, config=first, builder=builder)
        if started is not None:
            started(server)
        try:
            server.serve()  # type: ignore[no-untyped-call]
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        first.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
