"""Dates: time expressions, dating events, and inferring a document's publication date."""
