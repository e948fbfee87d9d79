"""Link stage: the only stage that sees every briefing at once (actor merging,
slugs, related, threads, full text)."""
