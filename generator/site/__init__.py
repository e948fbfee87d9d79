"""Site stage: MkDocs / Zensical build of docs/ into site/, the lazy offline search, the project lock."""
