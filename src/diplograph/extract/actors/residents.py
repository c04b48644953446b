"""Actor resolution, step 4c: a people named with the country it lives in ("Bosnian Serbs", "Iraqi Kurds",
"Kosovo Albanians").

A plural people noun (another state's demonym, or a people the tagger names) right after a state's name or
nationality word is a group of that people living in the first state: the first word says where it lives,
the second who it is. The pair becomes one described group with the first state's country ("Bosnian
Serbs" act in Bosnia, not for Serbia), as the open world's described groups do.
"""

from __future__ import annotations

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.state import _M, _New

_PLURAL = frozenset({"NNS", "NNPS"})


class _Residents:
    """Peoples named with their country of residence (a mixin of ``actors._Resolver``)."""

    def residents_pass(self) -> None:
        for sent in self._by_sent:
            by_start = {m.start: m for m in sent}
            for where in sorted(sent, key=lambda m: m.start):
                who = by_start.get(where.end)
                if who is None or not self._lives_in(where) or not self._people(who, where):
                    continue
                country = where.actor.country
                name = normalise(self._span_text(where.start, who.end), keep_case=True)
                self._remove(where)
                self._remove(who)
                self._add(_M(where.start, who.end, None, "described", new=_New(name, "group", country, keyed=True)))
                for k in range(where.start, who.end):
                    self.used[k] = True

    def _lives_in(self, m: _M) -> bool:
        tok = self.toks[m.end - 1]
        return (m.actor is not None and m.actor.kind == "state" and m.person is None and m.new is None
                and m.how in ("demonym", "name", "alias") and bool(m.actor.country)
                and tok.dep_ in ("amod", "compound") and tok.head.i >= m.end)

    def _people(self, m: _M, where: _M) -> bool:
        tok = self.toks[m.end - 1]
        if tok.tag_ not in _PLURAL or m.person is not None:
            return False
        if m.new is not None:
            return m.new.kind == "group" and m.how == "ner"
        return m.actor is not None and m.actor.kind == "state" and m.how == "demonym" \
            and m.actor.id != where.actor.id
