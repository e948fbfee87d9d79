"""`briefing gh-deploy`: publish the built site to a git branch, as `mkdocs gh-deploy` does."""

from __future__ import annotations

import logging

from ..config import Config
from ..errors import BuildError, one_line
from ..site.builder import MessageCollector


def gh_deploy(
    config: Config,
    message: str | None = None,
    remote_branch: str | None = None,
    remote_name: str | None = None,
    force: bool = False,
) -> None:
    """Commit `config.site_dir` to the remote branch (gh-pages by default) and push it, with
    MkDocs' own gh-deploy (ghp-import); raise `BuildError` with its message on failure.

    Run from inside the project's git repository, after the site is built."""
    from mkdocs.commands.gh_deploy import gh_deploy as mkdocs_gh_deploy
    from mkdocs.config import load_config

    overrides = {
        key: value
        for key, value in (("remote_branch", remote_branch), ("remote_name", remote_name))
        if value is not None
    }
    loaded = load_config(
        str(config.mkdocs_config),
        docs_dir=str(config.docs_dir.resolve()),
        site_dir=str(config.site_dir.resolve()),
        **overrides,
    )
    handler = MessageCollector(logging.ERROR)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        mkdocs_gh_deploy(loaded, message=message, force=force)
    except (Exception, SystemExit) as exc:
        detail = "; ".join(handler.messages) or str(exc) or type(exc).__name__
        raise BuildError(one_line(f"gh-deploy failed: {detail}")[:500]) from exc
    finally:
        logger.removeHandler(handler)
    if handler.messages:  # MkDocs logs "not a git repository" as an error and goes on
        raise BuildError(one_line(f"gh-deploy failed: {'; '.join(handler.messages)}")[:500])
