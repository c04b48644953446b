"""Actor resolution, last step: office holders and crowds the text names by a common noun alone.

Runs after coreference (:mod:`.coref`), so that a noun standing for a state told before keeps that state
("Egyptian police arrested hundreds, and prosecutors charged dozens": Egypt's prosecutors). What is left:

* a state office holders' noun (``institutions`` of a ``state_sectors`` sector, data/actor_words.yaml) in
  the plural, bare or with "some", "several", "many", the doer of an act (an active subject or a passive's
  "by" agent), that no state owns in the text: the one state its sentence or the one before names before
  it ("X arrested hundreds, and prosecutors charged dozens": X's prosecutors); where the text names no state
  before it, an unnamed body of its own, with the noun's sector and no country (where it names several,
  whose they are is unsure: left empty, for the act's implicit sides), named by its describing words and
  the noun ("Lawmakers accused the army of ...", "local officials"). Not one a possessive or "the" marks as told before ("their
  lawyers", "the lawmakers": unsure, the side stays empty), one a number counts ("the two leaders": a group
  phrase), one whose own phrases name an actor ("officials in Nairobi": that actor), nor a predicate; an
  object is left to the passes that read the act ("expels X's diplomat, bans entry to officials");
* a governing party told with no name ("the ruling party in X", ``ruling_modifiers``, ``ruling_heads``):
  the government of the state its seat phrase names, else of the one state the text names before it;
* a bare count of people, ``crowd_numbers`` ("Thousands marched in X", "tens of thousands rallied"), the
  subject of a verb with no counted noun of its own: unnamed civilians (``crowd_participants`` in
  data/actors/generic.yaml), as "thousands of people" is.
"""

from __future__ import annotations

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.loading import generic_role
from diplograph.extract.actors.state import _M, _New
from diplograph.extract.actors.unnamed import predicative
from diplograph.extract.actors.words import CROWD_NUMBERS, INSTITUTIONS, RULING_HEADS, RULING_MODIFIERS, STATE_SECTORS

_MODIFIERS = ("amod", "compound")
_QUANTIFIERS = frozenset({"some", "several", "many"})


class _Offices:
    """Unowned office holders and bare crowd counts (a mixin of ``actors._Resolver``)."""

    def offices_pass(self) -> None:
        toks, lower = self.toks, self.lower
        for tok in toks:
            i = tok.i
            if self.used[i] or self._mention_at(i) is not None or tok.pos_ != "NOUN":
                continue
            if lower[i] in CROWD_NUMBERS:
                self._crowd(tok)
                continue
            if lower[i] in RULING_HEADS:
                self._ruling(tok)
                continue
            if INSTITUTIONS.get(lower[i]) not in STATE_SECTORS or tok.tag_ != "NNS" or not self._slot(tok) \
                    or predicative(tok) or any(self._mention_at(t.i) is not None for t in tok.subtree) \
                    or any(c.dep_ in ("poss", "det", "nummod", "quantmod") and c.lower_ not in _QUANTIFIERS
                           for c in tok.children):
                continue  # ("their lawyers", "the lawmakers" told before, "the two leaders" of a group phrase)
            start = i
            while start > 0 and toks[start - 1].head.i == i and toks[start - 1].dep_ in _MODIFIERS \
                    and toks[start - 1].is_alpha and toks[start - 1].pos_ in ("ADJ", "NOUN") \
                    and self._free(start - 1, start):
                start -= 1
            sector = INSTITUTIONS[lower[i]]
            owner = self._one_state(tok)
            if owner is not None:  # "X arrested hundreds, and prosecutors charged dozens": X's prosecutors
                self._add(_M(start, i + 1, owner.actor, "coref", sector=sector))
            elif self._states_before(tok):
                continue  # whose they are is unsure: left to the act's implicit sides (events/implicit.py)
            else:
                name = normalise(self._span_text(start, i + 1), keep_case=True)
                self._add(_M(start, i + 1, None, "described", sector=sector, new=_New(name, "group", sector=sector)))
            for k in range(start, i + 1):
                self.used[k] = True

    def _one_state(self, tok) -> _M | None:
        """The one state the text names before the subject, in its sentence or the one before (none where
        it names two or more, or only people and groups)."""
        k = self.sent_of[tok.i]
        told = [m for j in (k - 1, k) if j >= 0 for m in self._by_sent[j]
                if m.start < tok.i and m.actor is not None and m.actor.kind == "state" and m.person is None
                and m.new is None and m.members is None]
        return told[-1] if len({m.actor.id for m in told}) == 1 else None

    def _states_before(self, tok) -> bool:
        return any(m.start < tok.i and m.actor is not None and m.actor.kind == "state" for m in self.mentions)

    @staticmethod
    def _slot(tok) -> bool:
        """The doer of an act: an active verb's subject or a passive's "by" agent (an object is left to the
        passes that read the act: "bans entry to officials" after "expels X's diplomat" are X's)."""
        while tok.dep_ == "conj":
            tok = tok.head
        return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")

    def _ruling(self, tok) -> None:
        """ "The ruling party in X condemned ...", "the governing coalition said ...": a governing party
        told with no name stands for the government of the state its seat phrase names, else of the one
        state the text names before it (none: left empty)."""
        mods = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in RULING_MODIFIERS and c.i < tok.i]
        if not mods or tok.tag_ != "NN" or not self._slot(tok) or predicative(tok):
            return
        seats = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                 if o.dep_ == "pobj"]
        inside = [m for t in tok.subtree if t.i != tok.i for m in self._cover.get(t.i, ())]
        seat = [m for o in seats for m in self._cover.get(o.i, ()) if m.actor is not None and m.actor.kind == "state"]
        if seat and len(inside) == len(seat):
            owner = seat[0]
        elif not inside:
            owner = self._one_state(tok)
        else:
            return
        start = min(m.i for m in mods)
        if owner is None or not self._free(start, tok.i + 1):
            return
        self._add(_M(start, tok.i + 1, owner.actor, "coref", sector="GOV"))
        for k in range(start, tok.i + 1):
            self.used[k] = True

    def _crowd(self, tok) -> None:
        """ "Thousands marched in X", "tens of thousands rallied": a bare count as a subject, with no counted
        noun of its own (an "of" phrase counting people, "thousands of farmers", is that noun's)."""
        if tok.dep_ != "nsubj":
            return
        end = tok.i + 1
        of = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if of:
            if len(of) != 1 or self.lower[of[0].i] not in CROWD_NUMBERS or list(of[0].children):
                return
            end = of[0].i + 1
        actor = self.kb.get(generic_role("crowd_participants").id)
        if actor is None or not self._free(tok.i, end):
            return
        self._add(_M(tok.i, end, actor, "alias", sector=actor.sector))
        for k in range(tok.i, end):
            self.used[k] = True
