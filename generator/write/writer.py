"""Write stage: the one place that touches docs/.

Writes are confined to the output folder, atomic (temp file + os.replace),
skipped when the content is unchanged (bytes and mtime kept), and never
repeated for one path. Generated files are listed in a manifest so files of
removed articles can be deleted without touching hand-written pages; a file
that is not in the manifest is never overwritten or deleted.

A page the writer refuses (a hand-written file in the way, two pages on one
path) is that page's problem; a failure of the folder itself (a full disk,
no permission) raises `OutputError`, which stops the run: the manifest then
records what was written, and nothing is built from the partial folder.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import OutputError, WriteError
from .atomic import replace_file

MANIFEST = ".briefing-manifest.json"
# Prefix of the temporary files of an atomic write; any left by a killed run
# are removed at the end of the next one.
TEMP_PREFIX = ".briefing-tmp-"
# State files kept beside the pages: one dot-file name in the root, not the manifest.
_STATE_NAME = re.compile(r"^\.briefing-[a-z]+\.json$")


def _replace_if_changed(target: Path, text: str, relpath: str) -> bool:
    """Write `text` to `target` atomically unless it already holds these bytes; True if written."""
    data = text.encode("utf-8")
    try:
        if target.is_file() and target.read_bytes() == data:
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, data, TEMP_PREFIX)
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", str(target)) from exc
    return True


def remove_temp_files(root: Path) -> None:
    """Delete the temporary files killed runs left under `root`."""
    for leftover in root.rglob(f"{TEMP_PREFIX}*"):
        if leftover.is_file() and not leftover.is_symlink():
            leftover.unlink()


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
        if (target.exists() or target.is_symlink()) and relpath not in self._generated:
            try:
                unchanged = target.is_file() and target.read_bytes() == text.encode("utf-8")
            except OSError:
                unchanged = False
            if not unchanged:
                self._seen.discard(relpath)
                raise WriteError(
                    f"exists and was not generated (not in {MANIFEST}): "
                    "a hand-written page is never overwritten; rename or remove it",
                    relpath,
                )
        try:
            changed = _replace_if_changed(target, text, relpath)
        except OutputError:
            self._keep_partial_manifest()
            raise
        if not changed:
            self._unchanged.append(relpath)
            return False
        self._written.append(relpath)
        return True

    def keep(self, relpath: str) -> None:
        """Count `relpath` as written unchanged without its text: the caller knows the file
        holds this run's page (see `generator.write.known`). Only for a generated file."""
        if relpath in self._seen:
            raise WriteError(f"two pages would be written to {relpath!r}")
        if relpath not in self._generated:
            raise WriteError(f"not a generated page: {relpath!r}")
        self._seen.add(relpath)
        self._unchanged.append(relpath)

    def generated(self, relpath: str) -> bool:
        """True when the last run listed `relpath` as one of its pages."""
        return relpath in self._generated

    def _keep_partial_manifest(self) -> None:
        """After a failure of the folder, list the pages written so far with the earlier ones,
        so the next run knows them as generated (best effort: the disk may still be full)."""
        manifest = json.dumps({"generated": sorted(self._generated | set(self._written))}, indent=1) + "\n"
        with contextlib.suppress(OutputError):
            _replace_if_changed(self.root / MANIFEST, manifest, MANIFEST)

    def _state_path(self, name: str) -> Path:
        if not _STATE_NAME.match(name):
            raise WriteError(f"not a state file name: {name!r}")
        return self.root / name

    def read_state(self, name: str) -> str | None:
        """Return the text of the state file `name` (a dot-file in the root), or None if absent."""
        try:
            return self._state_path(name).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise OutputError(f"cannot read {name}: {exc.strerror or exc}") from exc

    def write_state(self, name: str, text: str) -> bool:
        """Write the state file `name` if it changed (never listed in the manifest, never removed)."""
        return _replace_if_changed(self._state_path(name), text, name)

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
                try:
                    target.unlink()
                except OSError as exc:
                    raise OutputError(f"cannot remove {relpath}: {exc.strerror or exc}") from exc
                removed.append(relpath)
        remove_temp_files(self.root)
        manifest = json.dumps({"generated": sorted(self._seen)}, indent=1) + "\n"
        _replace_if_changed(self.root / MANIFEST, manifest, MANIFEST)
        return WriteReport(tuple(self._written), tuple(self._unchanged), tuple(sorted(removed)))
