"""Write stage: the one place that touches docs/ (guarded, atomic,
only-if-changed writes) and the build history."""
