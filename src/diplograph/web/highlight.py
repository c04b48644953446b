"""Marks in the sentences event lists show: the trigger, the two sides as written, a search term.

The trigger is placed by the stored offsets (document offsets less the sentence's start), so a word
that occurs twice in the sentence is marked where the event is; the sides by the text each mention
was written as (its first occurrence not inside another mark), and a search term at every
occurrence, in any case. Everything else is escaped.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from markupsafe import Markup, escape

from diplograph.store.database import Store

__all__ = ["marked", "mark_events", "mark_term"]

Span = tuple[int, int, str]  # start, end, CSS class


def marked(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` escaped, with each span wrapped in ``<mark class=…>``; a span overlapping one placed
    before it (spans are placed in the order given) is left out."""
    placed: list[Span] = []
    for s in spans:
        if 0 <= s[0] < s[1] <= len(text) and not any(s[0] < p[1] and p[0] < s[1] for p in placed):
            placed.append(s)
    out, at = [], 0
    for start, end, cls in sorted(placed):
        out.append(escape(text[at:start]))
        out.append(Markup('<mark class="{}">{}</mark>').format(cls, text[start:end]))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def _term_spans(text: str, term: str | None) -> list[Span]:
    term = (term or "").strip()
    if not term:
        return []
    return [(m.start(), m.end(), "term") for m in re.finditer(re.escape(term), text, re.I)]


def mark_term(text: str | None, term: str | None) -> Markup:
    """``text`` with every occurrence of ``term`` marked (any case)."""
    return marked(text or "", _term_spans(text or "", term))


def _sentence_starts(store: Store, places: set[tuple[str, int]]) -> dict[tuple[str, int], int]:
    if not places:
        return {}
    rows = store.con.execute(
        "SELECT s.doc_id, s.idx, s.start FROM sentences s JOIN (SELECT unnest(?::VARCHAR[]) AS d, "
        "unnest(?::INTEGER[]) AS i) x ON s.doc_id = x.d AND s.idx = x.i",
        [[d for d, _ in places], [i for _, i in places]]).fetchall()
    return {(d, i): start for d, i, start in rows}


def mark_events(store: Store, rows: list[dict[str, Any]], term: str | None = None) -> list[dict[str, Any]]:
    """Give each event row ``sentence_html``: its first source sentence with ``term``, the trigger and
    the sides marked (where they overlap, the term wins). Returns the rows."""
    firsts = [(e, e["mentions"][0]) for e in rows if e.get("mentions")]
    starts = _sentence_starts(store, {(m["doc"], m["sentence"]) for _, m in firsts})
    for e, m in firsts:
        text = m.get("text") or ""
        spans: list[Span] = []
        off = starts.get((m["doc"], m["sentence"]))
        trigger = m.get("trigger") or ""
        if off is not None and m.get("start") is not None and m.get("end") is not None:
            a, b = m["start"] - off, m["end"] - off
            if text[a:b] == trigger:
                spans.append((a, b, "trigger"))
        if not spans and trigger and (at := text.find(trigger)) >= 0:
            spans.append((at, at + len(trigger), "trigger"))
        for side in ("source", "target"):
            written = (e.get(side) or {}).get("text") or ""
            for found in re.finditer(re.escape(written), text) if written else ():
                if not any(found.start() < s[1] and s[0] < found.end() for s in spans):
                    spans.append((found.start(), found.end(), "actor"))
                    break
        e["sentence_html"] = marked(text, _term_spans(text, term) + spans)  # a searched word shows first
    return rows
