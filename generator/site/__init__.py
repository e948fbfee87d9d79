"""Site stage: MkDocs / Zensical build of docs/ into site/, the lazy offline
search (an MkDocs hook, `lazy_search.py`, never imported here: it imports
MkDocs), the project lock and the site's public address."""

from .builder import SiteCopy, SiteReport, build_site
from .lock import lock_path, project_lock
from .state import state_file
from .url import resolve_site_url

__all__ = [
    "SiteCopy",
    "SiteReport",
    "build_site",
    "lock_path",
    "project_lock",
    "resolve_site_url",
    "state_file",
]
