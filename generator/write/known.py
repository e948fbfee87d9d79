"""What the writer knows of the pages it wrote: each one's key and the file it left.

A page that carries a key (`generator.render.deferred.DeferredPage`) is left
as it is, without being rendered, when the last run wrote it from the same
key under the same namespace (the generator's code, templates and site URL)
and its file is still the one that run left: same size, modification and
change times, inode. Anything else (a file edited, restored by git, missing,
another generator version) renders and compares the page as usual.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..incremental.stamps import identity_if_readable

# (key, size, mtime_ns, ctime_ns, inode) of a page as the last run left it.
Entry = tuple[str, int, int, int, int]


@dataclass
class KnownPages:
    """The pages of the last run by path, and those of this run as the writer goes."""

    namespace: str
    last: dict[str, Entry] = field(default_factory=dict)
    now: dict[str, Entry] = field(default_factory=dict)

    def keep(self, root: Path, relpath: str, key: str) -> bool:
        """True when the last run wrote `relpath` from `key` and left the file untouched since:
        then it is noted as this run's page too (its file found as the last run left it)."""
        entry = self.last.get(relpath)
        if entry is None or entry[0] != key or identity_if_readable(root / relpath) != entry[1:]:
            return False
        self.now[relpath] = entry
        return True

    def note(self, root: Path, relpath: str, key: str) -> None:
        """Remember that `relpath` now holds the page of `key`."""
        identity = identity_if_readable(root / relpath)
        if identity is not None:
            self.now[relpath] = (key, *identity)

    def to_json(self) -> str:
        """This run's pages, under its namespace."""
        pages = dict(sorted(self.now.items()))
        return json.dumps({"namespace": self.namespace, "pages": pages}, separators=(",", ":"))

    @classmethod
    def from_json(cls, namespace: str, text: str | None) -> KnownPages:
        """The pages recorded in `text` under `namespace` (none when it is missing, not
        readable or recorded under another namespace)."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict) or data.get("namespace") != namespace:
            return cls(namespace)
        pages = data.get("pages")
        last: dict[str, Entry] = {}
        for path, entry in pages.items() if isinstance(pages, dict) else ():
            if (
                isinstance(entry, list)
                and len(entry) == 5
                and isinstance(entry[0], str)
                and all(type(n) is int for n in entry[1:])
            ):
                last[path] = (entry[0], entry[1], entry[2], entry[3], entry[4])
        return cls(namespace, last)
