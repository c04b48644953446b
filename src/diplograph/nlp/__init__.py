"""Stage 2, nlp: the spaCy model, parsing (in place or in a parse-ahead process) and syntax helpers."""
