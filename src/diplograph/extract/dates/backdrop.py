"""A sentence that opens back in a time named before ("At the time, X armed Y", "Back then, ...",
"In the past, ..."; ``bygone_openers`` in ``data/dates.yaml``).

Where a date was told before it, the sentence stands at that date (the discourse's, or the sentence
before's: :func:`.dating.inherit_anaphoric`).  Where none was, the text places its acts in a past it
does not date: they take no date rather than the story's (the publication's day or month).
"""

from __future__ import annotations

import re
from functools import lru_cache

from diplograph.extract.dates.presupposed import dates_data


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    words = sorted(dates_data().bygone_openers, key=len, reverse=True)
    return re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def opens_back(sentence: str) -> bool:
    """Whether ``sentence`` opens with a phrase that places it back in a time named before."""
    return _opener().match(sentence) is not None
