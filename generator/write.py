"""Write stage: the one place that touches docs/.

Writes are confined to the output folder, atomic (temp file + os.replace),
skipped when the content is unchanged (bytes and mtime kept), and never
repeated for one path. Generated files are listed in a manifest so files of
removed articles can be deleted without touching hand-written pages; a file
that is not in the manifest is never overwritten or deleted.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import WriteError

MANIFEST = ".briefing-manifest.json"
# Prefix of the temporary files of an atomic write; any left by a killed run
# are removed at the end of the next one.
TEMP_PREFIX = ".briefing-tmp-"


@dataclass(frozen=True)
class WriteReport:
    """What one generation run did to docs/."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


class Writer:
    """Writes generated pages under `root`; call `finish()` once at the end."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._seen: set[str] = set()
        self._written: list[str] = []
        self._unchanged: list[str] = []
        self._generated = set(self._previous_manifest())

    def _target(self, relpath: str) -> Path:
        pure = PurePosixPath(relpath)
        if (
            pure.is_absolute()
            or not pure.parts
            or any(part.startswith(".") for part in pure.parts)
            or "\x00" in relpath
            or "\\" in relpath
        ):
            raise WriteError(f"refusing to write outside the output folder: {relpath!r}")
        target = (self.root / pure).resolve()
        if not target.is_relative_to(self.root):
            raise WriteError(f"refusing to write outside the output folder: {relpath!r}")
        return target

    def write(self, relpath: str, text: str) -> bool:
        """Write `text` to `relpath` if it changed; return True when bytes were written."""
        if relpath in self._seen:
            raise WriteError(f"two pages would be written to {relpath!r}")
        target = self._target(relpath)
        self._seen.add(relpath)
        data = text.encode("utf-8")
        try:
            if target.is_file() and target.read_bytes() == data:
                self._unchanged.append(relpath)
                return False
            if (target.exists() or target.is_symlink()) and relpath not in self._generated:
                self._seen.discard(relpath)
                raise WriteError(
                    f"exists and was not generated (not in {MANIFEST}): "
                    "a hand-written page is never overwritten; rename or remove it",
                    relpath,
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=".md")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise WriteError(f"cannot write {relpath}: {exc.strerror}") from exc
        self._written.append(relpath)
        return True

    def _previous_manifest(self) -> list[str]:
        path = self.root / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return [p for p in data.get("generated", []) if isinstance(p, str)]

    def finish(self) -> WriteReport:
        """Delete previously generated files not written this run; save the manifest."""
        removed: list[str] = []
        for relpath in sorted(self._generated):
            if relpath in self._seen:
                continue
            try:
                target = self._target(relpath)
            except WriteError:
                continue
            if target.is_file():
                target.unlink()
                removed.append(relpath)
        for leftover in self.root.rglob(f"{TEMP_PREFIX}*"):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
        manifest = json.dumps({"generated": sorted(self._seen)}, indent=1) + "\n"
        path = self.root / MANIFEST
        if not (path.is_file() and path.read_text(encoding="utf-8") == manifest):
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=TEMP_PREFIX)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(manifest)
            os.replace(tmp, path)
        return WriteReport(tuple(self._written), tuple(self._unchanged), tuple(sorted(removed)))
