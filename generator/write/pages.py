"""Writing one generation's pages and its history state into docs/."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from ..errors import OutputError, WriteError, one_line
from ..incremental.progress import Progress
from ..models import Problem
from .history import HISTORY_FILE, BuildHistory, history_json, parse_history
from .known import KnownPages
from .writer import Writer, WriteReport


class RenderedPage(Protocol):
    """What the writer needs of a rendered page: where it goes and its text."""

    @property
    def path(self) -> str: ...

    @property
    def text(self) -> str: ...


def _key(page: RenderedPage) -> str | None:
    """The key of a page that has one (rendered on demand, see `generator.render.deferred`)."""
    key = getattr(page, "key", None)
    return key if isinstance(key, str) else None


def read_history(docs_dir: Path) -> BuildHistory:
    """Return the build history kept in docs/ (empty on a first build)."""
    return parse_history(Writer(docs_dir).read_state(HISTORY_FILE))


def write_pages(
    docs_dir: Path,
    pages: Sequence[RenderedPage],
    history: BuildHistory,
    problems: list[Problem] | None = None,
    progress: Progress | None = None,
    known: KnownPages | None = None,
    render_many: Callable[[Sequence[RenderedPage]], Sequence[str]] | None = None,
) -> WriteReport:
    """Write `pages` (only those that changed) and `history` into `docs_dir`, delete
    the pages a previous run generated and this one did not; return what was done.

    A page the writer refuses becomes a `Problem` appended to `problems`, or
    raises when `problems` is None; a failure of the folder itself
    (`OutputError`: a full disk, no permission) always raises.

    With `known` (what the last run wrote), a keyed page the last run wrote
    from the same key into a file untouched since is kept without rendering
    it; `known.now` is filled with this run's keyed pages. `render_many`, when given,
    renders the keyed pages that must be rendered, all at once, before any is written
    (see `generator.render.parallel`)."""
    progress = progress or Progress()
    writer = Writer(docs_dir)
    progress.start("writing pages", len(pages))
    root = writer.root
    kept = {
        number
        for number, page in enumerate(pages)
        if known is not None
        and (key := _key(page)) is not None
        and writer.generated(page.path)
        and known.keep(root, page.path, key)
    }
    texts: dict[int, str] = {}
    if render_many is not None:
        wanted = [n for n, page in enumerate(pages) if n not in kept and _key(page) is not None]
        texts = dict(zip(wanted, render_many([pages[n] for n in wanted]), strict=True))
    for number, page in enumerate(pages):
        key = _key(page)
        try:
            if number in kept:
                writer.keep(page.path)  # noted in `known` when found unchanged
            else:
                writer.write(page.path, texts.pop(number) if number in texts else page.text)
                if known is not None and key is not None:
                    known.note(root, page.path, key)
        except WriteError as exc:
            if problems is None or isinstance(exc, OutputError):
                raise
            problems.append(Problem(one_line(str(docs_dir / page.path)), exc.reason))
        progress.advance()
    progress.finish()
    writer.write_state(HISTORY_FILE, history_json(history))
    return writer.finish()
