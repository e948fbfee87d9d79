"""Render stage: `Corpus` in, the site's Markdown, feed and pictures out, through Jinja2 templates."""
