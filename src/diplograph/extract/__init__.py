"""Stage 3, extract: from a parsed ``Doc`` to typed records (actors, events, dates, quotes, claims).

Nothing here prints, exits or touches the database; each subpackage is one concern:
``actors`` (who), ``events`` (did what to whom), ``dates`` (when), ``claims`` (who says what).
"""
