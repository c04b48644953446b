"""Cheap substring tests that rule out a regular expression before it scans a text.

A pattern such as ``taliban (seized|took) (power|control)`` cannot match a text
that lacks ``"taliban "``; a plain substring test (``in``) answers that many
times faster than the pattern's own scan.  The tests here only ever say "cannot
match" when that is certain, so skipping a pattern on their word never changes
what it finds:

* :func:`fold` lower-cases a text the way case-insensitive patterns compare it,
  so a case-insensitive literal word can be looked for with ``in``;
* :func:`required_literal` gives the longest run of plain characters every match
  of a compiled pattern must contain; :func:`could_match` tests it;
* :func:`may_contain` tests for one literal word of a pattern's alternatives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser as sre_parse  # the standard library's own parser; read only

# Non-ASCII characters that case-insensitive patterns take for ASCII letters (Python's re
# matches "ſ" for "s", "K" (Kelvin sign) for "k", "İ" and "ı" for "i"); ``str.lower`` keeps them.
_ASCII_LOOKALIKES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def fold(text: str) -> str:
    """``text`` lower-cased so that any ASCII word a case-insensitive pattern matches in
    ``text`` occurs, lower-cased, in the result (more may: the test is one way)."""
    if not text.isascii():
        for odd, letter in _ASCII_LOOKALIKES.items():
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


@lru_cache(maxsize=1024)
def required_literal(pattern: re.Pattern[str]) -> str | None:
    """The longest lower-cased run of ASCII characters that every match of ``pattern`` contains
    (to test against :func:`fold` of a text), or None when the pattern has no such run."""
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unusual pattern simply gets no shortcut
        return None
    best, run = "", []
    # Only the top level counts: what sits in a group, a repeat or an alternative may be absent.
    for op, arg in items + [(None, None)]:
        if op is sre_parse.LITERAL and arg < 128:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best.lower() or None


def could_match(rx: re.Pattern[str], folded: str) -> bool:
    """False when ``rx`` cannot match the text that ``folded`` is :func:`fold` of."""
    needs = required_literal(rx)
    return needs is None or needs in folded


def may_contain(word: str, text: str, folded: str) -> bool:
    """False only when a case-insensitive pattern cannot find the literal ``word`` in ``text``
    (``folded`` is :func:`fold` of ``text``)."""
    if word.isascii():
        return word.lower() in folded
    if word.lower() == word.upper():  # no case at all ("€"): only the sign itself matches it
        return word in text
    return True
