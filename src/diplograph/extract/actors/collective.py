"""Actor resolution, step 4d: a collective named by an adjective on what it does ("international
criticism", "global condemnation", "worldwide outcry").

Such an adjective (``collective_adjectives`` in data/actor_words.yaml, with the actor it stands for) names
a doer only on a noun of stance, pressure or help (``collective_adjective_heads``): "international criticism of X"
is the international community criticising X, while "an international airport", "international law" or
"international contacts" name no one.
"""

from __future__ import annotations

from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import COLLECTIVE_ADJECTIVES, COLLECTIVE_NOUNS


class _Collective:
    """Adjectives that stand for a collective doer (a mixin of ``actors._Resolver``)."""

    def collective_pass(self) -> None:
        if not COLLECTIVE_ADJECTIVES:
            return
        for i, low in enumerate(self.lower):
            actor_id = COLLECTIVE_ADJECTIVES.get(low)
            if actor_id is None or self.used[i] or self._mention_at(i) is not None:
                continue
            tok = self.toks[i]
            head = tok.head
            if tok.dep_ != "amod" or head.i <= i or head.lemma_.lower() not in COLLECTIVE_NOUNS \
                    or self._mention_at(head.i) is not None:
                continue
            actor = self.kb.get(actor_id)
            if actor is None:
                continue
            self._add(_M(i, i + 1, actor, "demonym", sector=actor.sector_at(self.date)))
            self.used[i] = True
