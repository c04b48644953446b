"""List the events a folder's documents leave undated next to a time expression, and those dated by publication.

Usage: python bench/seed_dates.py [FOLDER] [--published YYYY-MM-DD] [--all]

For each document (default folder ``../shared/seeds``), in text order:

* ``UNDATED``: an output event with no date although its own sentence or a neighbouring sentence
  (the one before or after, in the same paragraph) holds a time expression with a value, as the
  project's own finder (``extract/dates/timex.find_timexes``) reads it.  Such a row is not
  necessarily wrong (the expression may belong to another act, or the act may be background); a
  human judges each one.
* ``PUBLICATION``: an event whose date was obtained from the publication (``date_anchor``
  ``publication``): the riskiest stamping, listed so that a human can check that the act is a
  recent one of the news and not background.

Retellings of an act told before in the document (they take its date in the store) are left out.
Events told as future, hypothetical, threatened or asked are counted apart (an undated irrealis
act is often right).  The last lines print the counts, the first of them the measure of issue 19's
"every event whose sentence or neighbouring sentence gives a time anchor is dated".
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from diplograph.config import Settings
from diplograph.extract.dates.timex import find_timexes
from diplograph.pipeline import extract, load_resources
from diplograph.reading.files import read_document

_REAL = ("asserted", "reported", "habitual")
_BLANK = re.compile(r"\n[ \t]*\n")


def _anchors(text: str, published: str | None, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The time expressions with a value in each sentence (durations left out: "for years")."""
    out = []
    for a, b in spans:
        found = find_timexes(text[a:b], published=published, offset=a)
        out.append([tx.text for tx in found if (tx.value or tx.refers_back) and tx.kind != "duration"])
    return out


def _paragraph(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The paragraph number of each sentence (a blank line between two sentences starts a new one)."""
    out, n, prev_end = [], 0, None
    for a, b in spans:
        seg = text[a:b]
        start = a + len(seg) - len(seg.lstrip())
        if prev_end is not None and _BLANK.search(text, prev_end, max(start, prev_end)):
            n += 1
        out.append(n)
        prev_end = a + len(seg.rstrip())
    return out


def check(path: Path, res, published: str | None) -> tuple[list[str], dict[str, int]]:
    raw = read_document(path)
    if published:
        raw.published, raw.published_how = published, "user"
    doc = res.nlp(raw.text)
    result = extract(doc, raw, res)
    text = raw.text
    spans = [(s.start, s.end) for s in result.sentences]
    anchors = _anchors(text, raw.published, spans)
    para = _paragraph(text, spans)
    counts = {"events": 0, "undated_real": 0, "undated_irrealis": 0, "publication": 0, "dated": 0}
    lines = [f"\n## {path.name} (published {raw.published or '?'}, {raw.published_how or 'unknown'})"]
    for ev in result.events:
        if ev.retells is not None:
            continue
        counts["events"] += 1
        i = ev.sentence
        sentence = " ".join(text[spans[i][0]:spans[i][1]].split())
        what = f"{ev.type} {ev.source.name if ev.source else '—'} -> {ev.target.name if ev.target else '—'}" \
               f" `{ev.trigger}` [{ev.modality}{' NEG' if ev.negated else ''}]"
        if ev.date.value:
            counts["dated"] += 1
        if ev.date.value is None:
            near = [(j, t) for j in (i - 1, i, i + 1) if 0 <= j < len(spans) and para[j] == para[i]
                    for t in anchors[j]]
            if not near:
                continue
            real = ev.modality in _REAL and not ev.negated
            counts["undated_real" if real else "undated_irrealis"] += 1
            where = "; ".join(f"{'own' if j == i else 'prev' if j < i else 'next'}: {t!r}" for j, t in near)
            lines.append(f"- UNDATED{'' if real else ' (irrealis)'} s{i} {what} — {where}\n  > {sentence[:300]}")
        elif ev.date.anchor == "publication":
            counts["publication"] += 1
            lines.append(f"- PUBLICATION s{i} {what} — {ev.date.value} ({ev.date.text})\n  > {sentence[:300]}")
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "seeds"))
    ap.add_argument("--published", help="publication date for every document (else each one's own, or inferred)")
    ap.add_argument("--all", action="store_true", help="also list the irrealis undated rows' sentences")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    paths = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not paths:
        print(f"no documents in {folder}", file=sys.stderr)
        return 1
    res = load_resources(Settings())
    total: dict[str, int] = {}
    for path in paths:
        lines, counts = check(path, res, args.published)
        if not args.all:
            lines = [ln for ln in lines if "(irrealis)" not in ln]
        print("\n".join(lines))
        print(f"  {path.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    print("\n## totals")
    print(f"events (first tellings): {total['events']}, dated {total['dated']}")
    print(f"undated asserted/reported events with a time expression in their own or a neighbouring sentence: "
          f"{total['undated_real']}")
    print(f"undated irrealis events (future, hypothetical, threatened, question, negated) with one: "
          f"{total['undated_irrealis']}")
    print(f"events dated by the publication: {total['publication']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
