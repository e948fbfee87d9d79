"""Write stage: the one place that touches docs/ (guarded, atomic,
only-if-changed writes) and the build history."""

from .history import HISTORY_FILE, BuildHistory
from .pages import read_history, write_pages
from .writer import MANIFEST, Writer, WriteReport, remove_temp_files

__all__ = [
    "HISTORY_FILE",
    "MANIFEST",
    "BuildHistory",
    "WriteReport",
    "Writer",
    "read_history",
    "remove_temp_files",
    "write_pages",
]
