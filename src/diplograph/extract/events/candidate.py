"""The candidate event: a trigger with the actors the grammar found for each side, before typing."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from diplograph.extract.events.ontology import Trigger


@dataclass(slots=True)
class Candidate:
    trigger: Trigger
    token: Token  # the trigger's head token
    sources: list
    targets: list
    clause: Token  # the verb whose modality applies
    tokens: tuple[int, int]  # token span of the trigger words
    solo: bool = False  # sources are alternatives, not a group acting together
    mutual: bool = False  # sources act on each other ("talks/clashes between A and B")
