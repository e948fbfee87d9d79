"""The MkDocs side of incremental site builds: a plugin `build_site` adds to its own builds.

In every build it records, per page, what `state.PageRecord` keeps (title,
front matter, search entries, link targets, listing). Given the record of the
previous build (`previous`), it also makes the build incremental, with MkDocs
in dirty mode:

- `on_files`: every file is "unmodified" (neither read, rendered nor copied)
  except the docs/ files whose bytes changed, the pages that list other pages
  (tags listings), the pages whose front matter does not survive JSON, the
  pages that link to a file added or removed since, and the files other
  plugins generate (the theme's and this package's are covered by the
  state's fingerprint);
- `on_env` (before the tags plugin fills its listings): the pages not read get
  back their title and front matter, the tags plugin their tags, in page
  order, as a clean build gives them; when the navigation, the listing
  pages or the project's own theme templates and hooks differ from the last
  build's, every page shows it: `FullBuildNeeded`;
- `on_post_build` (before the search plugin writes its index): the search
  index gets the kept entries of the pages not rendered, in page order.

Skipped pages never reach the search plugin's `on_page_context`, hence the
entries kept in the project cache.
"""

from __future__ import annotations

import functools
import hashlib
import json
import posixpath
import re
import sysconfig
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from jinja2 import FileSystemBytecodeCache
from material.plugins.search.plugin import SearchPlugin  # type: ignore[import-untyped]
from material.plugins.tags.plugin import TagsPlugin  # type: ignore[import-untyped]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .forked_pages import ForkedPages
from .plugin import BriefingPlugin
from .state import FullBuildNeeded, PageRecord, SiteState

# `\bhref=` or `\bsrc=`, the word boundary tested after the first letter: the search then
# skips ahead to each "h" and "s" instead of testing a boundary at every character.
_LINK = re.compile(r"""(?:h(?<!\wh)ref|s(?<!\ws)rc)=["']([^"'#?]*)""")
_EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^/")


def _unmodified() -> bool:
    return False


def link_targets(page_url: str, content: str) -> tuple[str, ...]:
    """Return the site paths the links and images of a page's HTML point to, sorted."""
    folder = posixpath.dirname(page_url)
    targets = {_target(folder, href) for href in set(_LINK.findall(content))}
    targets.discard("")
    return tuple(sorted(targets))


@functools.lru_cache(maxsize=1 << 16)
def _target(folder: str, href: str) -> str:
    """The site path `href` points to from a page in `folder`; "" for none (an external or
    empty link). Pages of one folder link to the same pages: each pair is resolved once."""
    if not href or _EXTERNAL.match(href):
        return ""
    return posixpath.normpath(posixpath.join(folder, unquote(href)))


def _link_keys(src_uri: str, dest_uri: str) -> set[str]:
    """The paths by which a link may name a file: its docs path, its site path, its folder URL."""
    keys = {src_uri, dest_uri}
    if posixpath.basename(dest_uri) == "index.html":
        keys.add(posixpath.dirname(dest_uri) or ".")
    return keys


def _own_theme_digest(config: MkDocsConfig) -> str:
    """Digest of the project's own theme files (``custom_dir``) and hooks: every page may
    show them. Installed themes are covered by the versions in the state's fingerprint."""
    installed = {Path(p).resolve() for p in (sysconfig.get_path("purelib"), sysconfig.get_path("platlib"))}
    digest = hashlib.sha256()
    for folder in map(Path, config.theme.dirs):
        if any(folder.resolve().is_relative_to(root) for root in installed):
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(f"{path.relative_to(folder).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    hooks: Any = config.hooks  # typed as a list of modules, a name -> module mapping when loaded
    modules = hooks.values() if isinstance(hooks, Mapping) else hooks
    for module in sorted(modules, key=lambda m: str(m.__name__)):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def _meta_json(meta: Any) -> str:
    """The front matter as JSON text, or "" when JSON would not give it back unchanged."""
    try:
        text = json.dumps(meta, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):
        return ""
    return text if json.loads(text) == meta else ""


class SiteRecorder(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Records each page for the next build; with `previous`, renders only what changed."""

    def __init__(
        self,
        docs: Mapping[str, tuple[int, int, str]],
        previous: SiteState | None = None,
        template_cache: Path | None = None,
        after_fork: Callable[[], None] | None = None,
    ) -> None:
        self.previous = previous
        self.template_cache = template_cache
        self.after_fork = after_fork
        """Called once the pages' renderer is forked (or not): work that must not be under way
        when the process forks (the copy of the published site) is done then."""
        self.forked: ForkedPages | None = None
        kept = previous.docs if previous else {}
        self.docs = docs
        self.changed = frozenset(
            uri for uri, state in docs.items() if uri not in kept or kept[uri][2] != state[2]
        )
        self.removed = frozenset(kept.keys() - docs.keys())
        self.files: Files | None = None
        self.records: dict[str, PageRecord] = {}
        self.rendered: set[str] = set()
        self.outputs: dict[str, str] = {}
        self.listings: set[str] = set()
        self.layout = ""
        self._nav: Navigation | None = None
        self._theme = ""
        self._seen = 0

    def _plugin(self, config: MkDocsConfig, kind: type[Any]) -> Any:
        """The one instance of plugin class `kind`, or None; several cannot be fed incrementally."""
        found = [p for p in config.plugins.values() if isinstance(p, kind)]
        if len(found) > 1 and self.previous is not None:
            raise FullBuildNeeded(f"several instances of {kind.__name__}")
        return found[0] if found else None

    def _pages(self) -> Iterator[File]:
        assert self.files is not None
        yield from self.files.documentation_pages(inclusion=InclusionLevel.is_included)

    @event_priority(-1000)  # the configuration as every plugin left it
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._theme = _own_theme_digest(config)
        return config

    @event_priority(-1000)  # after every plugin that adds files
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.files = files
        self.outputs = {f.src_uri: f.dest_uri for f in files if f.src_uri in self.docs and not f.generated_by}
        previous = self.previous
        if previous is None:
            return files
        touched: set[str] = set()
        for uri in self.changed - previous.docs.keys():
            touched |= _link_keys(uri, self.outputs.get(uri, uri))
        for uri in self.removed:
            touched |= _link_keys(uri, previous.outputs.get(uri, uri))
        # What a removed docs/ file made is deleted from the site: a file now made
        # in its place (a packaged asset the docs no longer override) is made again.
        gone = {previous.outputs[uri] for uri in self.removed if uri in previous.outputs}
        ours = {name for name, plugin in config.plugins.items() if isinstance(plugin, BriefingPlugin)}
        for file in files:
            if file.dest_uri in gone:
                again = True
            elif file.generated_by and file.generated_by not in ours:
                again = True  # made by another plugin: no telling what it depends on
            elif file.is_documentation_page():
                record = previous.pages.get(file.src_uri)
                again = (
                    file.src_uri in self.changed
                    or record is None
                    or not record.meta
                    or record.listing
                    or not touched.isdisjoint(record.refs)
                )
            else:
                again = file.src_uri in self.changed and not file.generated_by
            if again and file.is_documentation_page():
                self.rendered.add(file.src_uri)
            elif not again:
                # MkDocs' dirty mode neither reads, renders nor copies a file whose is_modified() is False.
                setattr(file, "is_modified", _unmodified)  # noqa: B010
        return files

    @event_priority(150)  # before the tags plugin (100) fills its listings
    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self._stop_fork()  # every page is rendered by now
        if self.template_cache is not None:
            # The theme's templates compiled once, not in every build (Jinja checks each
            # against its source; the same code renders the same bytes).
            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(self.template_cache))
        tags = self._plugin(config, TagsPlugin)
        previous = self.previous
        if previous is not None:
            for file in self._pages():
                record = previous.pages.get(file.src_uri)
                page = file.page
                if file.src_uri in self.rendered or record is None or page is None:
                    continue
                page.title = record.title
                page.meta = json.loads(record.meta)
                if tags is not None and tags.config.enabled and tags.filter(file):
                    tags.mappings.add(page, "")
            if tags is not None:
                order = {file.page.url: n for n, file in enumerate(self._pages()) if file.page is not None}
                data = tags.mappings.data
                tags.mappings.data = dict(sorted(data.items(), key=lambda item: order.get(item[0], -1)))
        if tags is not None:
            self.listings = {listing.page.file.src_uri for listing in tags.listings}
        self.layout = self._layout(config)
        if previous is not None and self.layout != previous.layout:
            raise FullBuildNeeded("the navigation, the listing pages or the theme's own templates changed")
        self._seen = 0
        return env

    @event_priority(-1000)  # the navigation as every plugin left it, just before pages are read
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._nav = nav
        pages = [
            file.page
            for file in self._pages()
            if file.page is not None
            and file.src_uri in self.docs
            and (self.previous is None or file.src_uri in self.rendered)
        ]
        try:
            self.forked = ForkedPages(pages, [self.docs[p.file.src_uri][0] for p in pages], config, files)
        finally:
            if self.after_fork is not None:
                self.after_fork()
        return nav

    def on_build_error(self, *, error: Exception) -> None:
        self._stop_fork()

    def _stop_fork(self) -> None:
        if self.forked is not None:
            self.forked.close()
            self.forked = None

    def _layout(self, config: MkDocsConfig) -> str:
        def items(entries: list[Any]) -> list[Any]:
            return [
                [type(e).__name__, e.title, getattr(e, "url", None), items(e.children or [])] for e in entries
            ]

        listed = sorted(self.listings)
        titles = []
        for uri in listed:
            file = self.files.get_file_from_path(uri) if self.files else None
            titles.append(file.page.title if file is not None and file.page is not None else None)
        described = [items(self._nav.items if self._nav else []), listed, titles, self._theme]
        return hashlib.sha256(json.dumps(described, default=str).encode()).hexdigest()

    @event_priority(-1000)  # after the search plugin indexed the page
    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        search = self._plugin(config, SearchPlugin)
        entries: list[Any] = []
        if search is not None and search.config.enabled:
            entries = search.search_index.entries[self._seen :]
            self._seen = len(search.search_index.entries)
        self.records[page.file.src_uri] = PageRecord(
            title=page.title,
            meta=_meta_json(page.meta),
            search=tuple(entries),
            refs=link_targets(page.url, page.content or ""),
            listing=page.file.src_uri in self.listings,
        )
        return context

    @event_priority(-1000)  # after every plugin read the page's HTML
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # MkDocs reads every page before it writes any: its Markdown is not read
        # again once rendered (a page's title comes from its front matter or
        # its HTML, unless the HTML is None, which it never is from here on).
        page.markdown = ""
        return html

    @event_priority(-1000)  # after every plugin, just before MkDocs writes the page
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        # Other pages show only this page's title (kept: see `on_page_content`), so its
        # HTML is let go as it is written, and the search index is written and split
        # in that memory instead of on top of every page's HTML.
        page.content = ""
        return output

    @event_priority(100)  # before the search plugin (0) writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.previous is None:
            return
        search = self._plugin(config, SearchPlugin)
        if search is None or not search.config.enabled:
            return
        entries: list[Any] = []
        for file in self._pages():
            record = self.records.get(file.src_uri) or self.previous.pages.get(file.src_uri)
            if record is not None:
                entries.extend(record.search)
        search.search_index.entries = entries

    def page_records(self) -> dict[str, PageRecord]:
        """Every page's record after the build: this build's, or the kept one of a page not rendered.

        Lets go of MkDocs' files and pages (their HTML), which the state does not need."""
        kept = self.previous.pages if self.previous else {}
        records = {}
        for file in self._pages():
            record = self.records.get(file.src_uri) or kept.get(file.src_uri)
            if record is not None:
                records[file.src_uri] = record
        self.files, self._nav = None, None
        return records
