"""Score diplograph's event coder on the PLOVER gold-standard records (CAMEO manual examples).

Usage: python bench/plover_gsr.py [--data ../shared/data/PLOVER_GSR_CAMEO.json] [--errors N]

The file's v0.5 names are mapped to the 16 current types as its README says:
DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT, YIELD->CONCEDE or RETREAT;
then the records whose act the 2021 CAMEO->PLOVER table (../shared/data/CAMEO2PLOVER-2021.txt)
puts under another type than v0.5 did take the 2021 type: by v0.5 mode (COERCE "destroy" = 1712
destroy property, "detain" = 181 abduct / 184 human shield, "firearms" = 175 violent repression:
ASSAULT) or, where the v0.5 record has no telling mode, by record id (imposing sanctions, 163:
COERCE; easing a curfew or a state of emergency, 0813/0814: RETREAT).

For every record the coder codes the sentence; the predicted event is the one whose
trigger is the first word of the gold event text, else the first event whose source
matches the gold source, else the first event.  Reported figures:
  type accuracy   predicted type == gold type (a sentence with no event counts wrong)
  pair+type       the picked event's type right and its source and target match the gold actors
                  (an actor matches when its mention text or its resolved name and the
                  gold actor text contain one another as whole words, or its country --
                  or the country of the state a person acts for -- equals the gold
                  country code; the gold code IGO, which CAMEO gives intergovernmental
                  organisations instead of a country, matches an actor of kind igo or a
                  person acting for one; a record without a gold target needs no
                  predicted target)
One record's "target" holds a stray context word instead of a list of actors (its two
participants are both listed as sources, as for the other symmetric records whose target is
empty): a target that is not a list counts as no gold target.
--half even|odd scores only the even- or odd-indexed records, so that rules developed
while looking at one half can be checked on the other.
  pair found      some event of the sentence (any type) has a source and target matching the gold
                  actors (a record without a gold target needs only the source)
  pair+type found some event of the sentence has the gold type and pair
plus a confusion table (rows gold, columns predicted).  The file is read, never copied.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "PLOVER_GSR_CAMEO.json"
RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


# v0.5 (type, mode) -> 2021 type, with the 2021 table's CAMEO code
MODE_2021 = {("COERCE", "destroy"): "ASSAULT",  # 1712 destroy property
             ("COERCE", "detain"): "ASSAULT",  # 181 abduct, 184 human shield (an arrest is mode "arrest")
             ("COERCE", "firearms"): "ASSAULT"}  # 175 violent repression
# records without a telling v0.5 mode: record id -> 2021 type
RECORD_2021 = {"PLOVER-GSR01-SANCTION-0009": "COERCE",  # 163 impose sanctions
               "PLOVER-GSR01-CONCEDE-0005": "RETREAT",  # 0813 ease curfew
               "PLOVER-GSR01-CONCEDE-0006": "RETREAT",  # 0813 ease curfew
               "PLOVER-GSR01-CONCEDE-0007": "RETREAT",  # 0814 ease state of emergency
               "PLOVER-GSR01-CONCEDE-0008": "RETREAT"}  # 0814 ease state of emergency


def gold_types(name: str, mode: str | None = None, rec_id: str | None = None) -> set[str]:
    if rec_id in RECORD_2021:
        return {RECORD_2021[rec_id]}
    if (name, mode) in MODE_2021:
        return {MODE_2021[(name, mode)]}
    if name == "YIELD":
        return {"CONCEDE", "RETREAT"}
    return {RENAME.get(name, name)}


KINDS: dict[str, str] = {}  # actor id -> kind, filled from the knowledge base in main()


def _contains(a: str, b: str) -> bool:
    """``b`` occurs in ``a`` as whole words (case-insensitive)."""
    return bool(a and b) and re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", a) is not None


def _actor_match(pred, gold: list[dict]) -> bool:
    if not gold:
        return True
    if pred is None:
        return False
    names = {(pred.text or "").lower(), (pred.name or "").lower()} - {""}
    codes = {pred.country or "", pred.actor_id, pred.via or ""} - {""}
    if pred.kind == "igo" or KINDS.get(pred.via or "") == "igo":
        codes.add("IGO")
    for g in gold:
        if not isinstance(g, dict):
            continue
        gtext = (g.get("actorText") or "").lower()
        if any(_contains(gtext, n) or _contains(n, gtext) for n in names):
            return True
        code = (g.get("code") or "").upper()
        if code and code in codes:
            return True
    return False


def pick(events, rec):
    if not events:
        return None
    words = (rec.get("eventText") or "").lower().split()
    if words:
        for ev in events:
            if ev.trigger.lower().startswith(words[0][:5]) or words[0].startswith(ev.trigger.lower()[:5]):
                return ev
    for ev in events:
        if _actor_match(ev.source, rec.get("source") or []):
            return ev
    return events[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("--errors", type=int, default=0, help="print this many misclassified records")
    ap.add_argument("--dump", help="write one JSON line per record (id, type, pair, pair found) to this file")
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all",
                    help="score only the even- or odd-indexed records (held-out check)")
    args = ap.parse_args(argv)
    path = Path(args.data)
    if not path.exists():
        print(f"{path}: not found", file=sys.stderr)
        return 2
    import diplograph
    from diplograph.config import load_settings
    from diplograph.pipeline import load_resources

    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT")]
    if args.half != "all":
        records = records[args.half == "odd"::2]
    res = load_resources(load_settings())
    KINDS.update({a.id: a.kind for a in res.kb})
    started = time.perf_counter()
    n = type_ok = pair_ok = no_event = found_pair = found_typed = 0
    dump = []
    confusion: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    errors = []
    for rec in records:
        gold = gold_types(rec["event"], rec.get("mode"), rec.get("id"))
        gold_label = sorted(gold)[0] if len(gold) == 1 else "CONCEDE|RETREAT"
        pub = rec.get("date")
        events = diplograph.code(rec["text"], resources=res, published=pub)
        ev = pick(events, rec)
        n += 1
        pred = ev.type if ev else "(none)"
        no_event += ev is None
        confusion[gold_label][pred] += 1
        gold_target = rec.get("target") if isinstance(rec.get("target"), list) else []

        def has_pair(e) -> bool:
            return _actor_match(e.source, rec.get("source") or []) and \
                (not gold_target or _actor_match(e.target, gold_target))

        right = bool(ev and ev.type in gold and has_pair(ev))
        any_pair = any(has_pair(e) for e in events)
        any_typed = any(e.type in gold and has_pair(e) for e in events)
        type_ok += bool(ev and ev.type in gold)
        pair_ok += right
        found_pair += any_pair
        found_typed += any_typed
        dump.append({"id": rec["id"], "pred": pred, "type": bool(ev and ev.type in gold), "pair_type": right,
                     "pair_found": any_pair, "pair_type_found": any_typed})
        if not (ev and ev.type in gold):
            errors.append((gold_label, pred, rec["text"]))
    secs = time.perf_counter() - started
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(d) + "\n" for d in dump))
    labels = sorted(set(confusion) | {p for c in confusion.values() for p in c})
    print(f"records            {n}")
    print(f"no event found     {no_event}")
    print(f"type accuracy      {type_ok / n:.3f}")
    print(f"pair+type accuracy {pair_ok / n:.3f}")
    print(f"pair found         {found_pair / n:.3f}   (some event of the sentence has the gold pair)")
    print(f"pair+type found    {found_typed / n:.3f}   (some event has the gold type and pair)")
    print(f"seconds            {secs:.1f}")
    print("\nconfusion (rows gold, columns predicted):")
    short = {lab: lab[:6] for lab in labels}
    print("gold\\pred".ljust(16) + " ".join(short[lab].rjust(6) for lab in labels))
    for g in sorted(confusion):
        print(g.ljust(16) + " ".join(str(confusion[g][lab] or ".").rjust(6) for lab in labels))
    for gold_label, pred, text in errors[: args.errors]:
        print(f"\n[{gold_label} -> {pred}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
