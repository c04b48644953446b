"""Acts whole with their doer alone: which one-sided act told as coming, required or possible is still a record.

An act not told as done that lacks a side is a proposition with a gap (fragments.py), except an act one party
does by itself: a body's own meeting ("the alliance's ministers are set to meet in October"), a deployment or
drill ("will hold drills next week"), a withdrawal from a place ("the units must leave the zone by June"). The
kinds of such acts are the ``whole_alone`` entries of ``data/plover.yaml`` (a type, optionally one mode and the
kinds of doer), validated here when first read. A negated act, a question, an act that is what a speech act
asks or offers ("X urged Y to withdraw": the request is the record), one a noun holds open ("a last chance to
withdraw") or one believed ("believe X is preparing an offensive") is never kept on this ground.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from diplograph.data import read_yaml
from diplograph.extract.events.ontology import OntologyError, load_ontology
from diplograph.records import Event

KINDS = frozenset({"state", "igo", "group", "person", "organisation"})
TOLD = frozenset({"future", "hypothetical"})  # coming, required or possible: not done, not denied, not asked


@lru_cache(maxsize=1)
def entries() -> tuple[tuple[str, str | None, frozenset[str] | None], ...]:
    """The ``whole_alone`` entries as (type, mode or None, doer kinds or None)."""
    label, data = read_yaml("plover.yaml", OntologyError)
    onto = load_ontology()
    out = []
    for k, spec in enumerate(data.get("whole_alone") or []):
        where = f"{label}: whole_alone[{k}]"
        if not isinstance(spec, dict) or set(spec) - {"type", "mode", "source_kinds"}:
            raise OntologyError(f"{where}: expected a mapping of type, mode, source_kinds")
        typ, mode, kinds = spec.get("type"), spec.get("mode"), spec.get("source_kinds")
        if typ not in onto.types:
            raise OntologyError(f"{where}: unknown event type {typ!r}")
        if mode is not None and mode not in onto.types[typ].modes:
            raise OntologyError(f"{where}: {typ} has no mode {mode!r}")
        if kinds is not None and (not isinstance(kinds, list) or set(kinds) - KINDS):
            raise OntologyError(f"{where}: source_kinds must be a list of {', '.join(sorted(KINDS))}")
        out.append((typ, mode, frozenset(kinds) if kinds is not None else None))
    return tuple(out)


def whole_alone(ev: Event, doc: Doc | None, belief: frozenset[str] = frozenset()) -> bool:
    """A doer's own act told as coming or required, whole without a target, in a clause of its own."""
    if ev.negated or ev.modality not in TOLD or ev.source is None or ev.target is not None or ev.content_of is not None:
        return False
    if not any(ev.type == typ and (mode is None or ev.mode == mode) and (kinds is None or ev.source.kind in kinds)
               for typ, mode, kinds in entries()):
        return False
    return doc is not None and 0 <= ev.token < len(doc) and told_itself(doc[ev.token], belief)


def told_itself(tok: Token, belief: frozenset[str]) -> bool:
    """The act's clause tells it as coming or required, not as what a noun holds open ("a last chance to
    withdraw", "calls from X to withdraw": an infinitive or relative clause on a noun) nor as what someone
    believes ("officials believe X is preparing an offensive": the complement of a verb of belief,
    ``belief_heads``). A noun trigger is read in the clause of the verb it hangs on ("will hold a summit")."""
    for _ in range(4):  # ("will hold a summit": the summit's clause is the verb's)
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    for _ in range(6):  # ("are set to meet", "would start leaving": the clause of the governing verb)
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ in ("acl", "relcl"):
        return False
    return not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in belief)
