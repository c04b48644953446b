"""Cleaning time against text size: ``python bench/clean_vs_size.py [--one-line]``.

Writes distinct invented paragraphs (or, with ``--one-line``, the same text
without line breaks) of growing size and prints how long
:func:`diplograph.reading.text.clean_text` takes and how much of the text it
keeps.  Cleaning should grow about linearly with the size (twice the text, about
twice the time) and keep every paragraph of prose.
"""

from __future__ import annotations

import random
import sys
import time

from diplograph.reading.text import clean_text

SUBJECTS = ["The foreign minister", "A government spokesman", "The delegation", "The opposition leader",
            "The central bank", "A senior diplomat", "The defence ministry", "The prime minister"]
VERBS = ["met", "criticised", "praised", "called", "warned", "visited", "thanked", "questioned"]
OBJECTS = ["the ambassador", "the trade envoy", "the border commission", "the visiting delegation",
           "the regional governors", "the UN mission", "the negotiators", "the finance committee"]
TAILS = ["in the capital", "after the talks", "on the sidelines of the summit", "before the vote",
         "during a press conference", "at the border crossing", "in a televised address", "late on Friday"]


def paragraphs(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct paragraphs of three invented news sentences each."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sents = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)} "
                 f"for the {i + 1}{'th'} time in {1990 + rng.randrange(34)}." for _ in range(3)]
        out.append(" ".join(sents))
    return out


def main() -> None:
    one_line = "--one-line" in sys.argv
    print(f"{'chars':>10} {'seconds':>8} {'kept':>6}  ({'one line' if one_line else 'paragraphs'})")
    for n in (500, 1000, 2000, 4000, 8000):
        paras = paragraphs(n)
        text = (" " if one_line else "\n\n").join(paras)
        started = time.perf_counter()
        clean, _, _ = clean_text(text)
        took = time.perf_counter() - started
        print(f"{len(text):>10,} {took:>8.2f} {len(clean.split()) / len(text.split()):>6.1%}")


if __name__ == "__main__":
    main()
