"""Dev-time only (never imported): list the candidate wordings of tools/coverage_candidates.txt that the trigger
lexicon lacks, by PLOVER type.  A candidate is one lemma or multiword lemma (a phrasal verb written verb_particle); the lexicon's own lemmas of any type count as present (printed with their types)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def lexicon() -> dict:
    data = yaml.safe_load((ROOT / "src/diplograph/data/triggers.yaml").read_text())
    known = defaultdict(set)
    for kind in ("verbs", "nouns"):
        for e in data[kind]:
            key = e["lemma"] + ("_" + e["particle"] if e.get("particle") else "")
            known[(kind[:-1], key)].add(e["type"])
    return known


def main() -> None:
    known = lexicon()
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tools/coverage_candidates.txt"
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, words = line.split(":", 1)
        ptype, kind = head.split()
        missing, other = [], []
        for w in (x.strip() for x in words.split(",")):
            if not w:
                continue
            types = known.get((kind, w))
            if not types and kind == "noun" and " " in w:
                types = known.get((kind, w.split()[-1]))  # "peace deal": the head's entry takes it
            if not types:
                missing.append(w)
            elif ptype not in types:
                other.append(f"{w}({'/'.join(sorted(types))})")
        print(f"{ptype} {kind}: missing {' '.join(missing)}")
        if other:
            print(f"{ptype} {kind}: other type {' '.join(other)}")


if __name__ == "__main__":
    main()
