"""The victims a passive of harm tells for the attack its phrase names: "three soldiers were killed in a drone
attack on a base in X" -- the soldiers are the attack's target, not its doer, and the place of the thing it hit
names no other party (the attack's doer is whoever the noun itself names, else no one). A clash or fighting
(mode ``sideAB``) has the subject as a side: "killed in a clash with X" keeps it the doer."""

from __future__ import annotations

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar


def suffered(trig, governor, found: list, targets: list) -> tuple[list, list]:
    """(sources, targets) of an act noun with no doer of its own whose clause's subjects ``found`` (the
    subject of ``governor``, the verb whose "in"/"at"/"during" phrase names the noun): the victims when
    ``governor`` is a passive verb of harm (``harm_verbs``) and the act is one-sided, else the doers."""
    harmed = trig.type == "ASSAULT" and trig.mode != "sideAB" and cl.is_passive(governor) \
        and governor.lemma_.lower() in grammar().harm_verbs and bool(cl.children(governor, cl.PASS_SUBJ))
    return ([], found) if harmed and found else (found, targets)
