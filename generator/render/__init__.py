"""Render stage: `Corpus` in, the site's Markdown, feed and pictures out,
through Jinja2 templates (`render/templates/`)."""

from .pages import Page, Templates, render_corpus

__all__ = ["Page", "Templates", "render_corpus"]
