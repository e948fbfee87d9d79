"""The `briefing` MkDocs plugin: what a briefing site needs from the site builder.

Enabled by name in mkdocs.yml (``plugins: [search, tags, offline, briefing]``;
registered under the ``mkdocs.plugins`` entry point), so a project's plain
``mkdocs build`` and ``mkdocs serve`` work as ``briefing build`` does:

- the packaged assets (the iframe-worker shim search needs under file://)
  are added to the site unless docs/ has its own copy;
- every page advertises the Atom feed in its head when the site has one;
- after the search and offline plugins, the search index is split into the
  lazy scripts of `lazy_search` (not under ``serve``, where every reload
  would redo it; the preview keeps Material's search).

Zensical reads the same mkdocs.yml and silently skips plugins it does not
implement, so this entry never stops a Zensical build.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .lazy_search import write_lazy_index
from .state import FEED

ASSETS = Path(__file__).with_name("assets")


class BriefingPluginConfig(base.Config):  # type: ignore[no-untyped-call]
    """Settings of the plugin in mkdocs.yml (``- briefing: {lazy_search: false}``)."""

    articles = c.Type(str, default="articles")
    """Folder of input articles, relative to mkdocs.yml (read by `briefing build`)."""
    lazy_search = c.Type(bool, default=True)
    """Split the search index into scripts loaded on demand (fast offline search)."""


class BriefingPlugin(BasePlugin[BriefingPluginConfig]):  # type: ignore[no-untyped-call]
    """MkDocs plugin of briefing sites: packaged assets, feed link, lazy search."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._serving = False
        self._entries: list[dict[str, Any]] | None = None
        self.terms_cache: Path | None = None
        """Set by `briefing build` for one build: where the lazy split keeps the words of each
        section it read (see `terms_cache`); None under a plain `mkdocs build`."""

    # MkDocs keeps one instance of a plugin that has these two events for the whole
    # process (to last across a server's rebuilds): what `on_startup` sets is undone
    # by `on_shutdown`, so a later build in the same process is a plain build again.
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self._serving = command == "serve"

    def on_shutdown(self) -> None:
        self._serving = False
        self._entries = None
        self.terms_cache = None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for path in sorted(p for p in ASSETS.rglob("*") if p.is_file()):
            uri = "assets/" + path.relative_to(ASSETS).as_posix()
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(path)))
        return files

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if not (Path(config.docs_dir) / FEED).is_file() or "</head>" not in output:
            return output
        href = get_relative_url(FEED, page.file.url)
        title = html.escape(str(config.site_name), quote=True)
        link = f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{href}">'
        head, _, rest = output.partition("</head>")
        return f"{head}  {link}\n  </head>{rest}"

    @event_priority(50)  # after the recorder (100), before Material's search plugin (0)
    def _take_search_entries(self, *, config: MkDocsConfig) -> None:
        # The sections are split from memory (`write_lazy_index`'s `docs`), so Material's
        # search writes, and its offline plugin inlines, an index of none instead of one of
        # every section (60 MB at 5,000 briefings) that the split would read back and replace.
        self._entries = None
        if self.config.lazy_search and not self._serving:
            search = _material_search(config)
            if search is not None:
                self._entries, search.search_index.entries = search.search_index.entries, []
                # MkDocs keeps Material's search plugin for the whole process: an index a
                # dirty build (a preview) left it would otherwise fill the emptied one.
                search.search_index_prev = None

    @event_priority(-200)  # after Material's offline plugin (-100) has inlined the index
    def _split_search_index(self, *, config: MkDocsConfig) -> None:
        entries, self._entries = self._entries, None
        if self.config.lazy_search and not self._serving:
            write_lazy_index(Path(config.site_dir), self.terms_cache, entries)

    on_post_build = CombinedEvent(_take_search_entries, _split_search_index)


def _material_search(config: MkDocsConfig) -> Any:
    """Material's search plugin of this build, when there is exactly one, enabled, with an
    index holding a list of sections; else None (the split then reads the written index).
    Its index's `entries` is what the recorder fills for pages not rendered again too."""
    try:
        from material.plugins.search.plugin import SearchPlugin  # type: ignore[import-untyped]
    except ImportError:
        return None
    found = [p for p in config.plugins.values() if isinstance(p, SearchPlugin)]
    if len(found) != 1 or not found[0].config.enabled:
        return None
    index = getattr(found[0], "search_index", None)
    return found[0] if isinstance(getattr(index, "entries", None), list) else None
