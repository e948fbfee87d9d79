"""The verbs of the CLI, one module each: the CLI parses options and calls one function here."""
