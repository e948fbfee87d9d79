"""Incremental builds: the extraction cache and its codec, collecting briefings
with workers, model loading, progress."""
