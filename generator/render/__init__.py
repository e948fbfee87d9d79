"""Render stage: `Corpus` in, the site's Markdown, feed and pictures out,
through Jinja2 templates (`render/templates/`)."""

from .pages import Page, render_corpus

__all__ = ["Page", "render_corpus"]
