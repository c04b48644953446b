"""Actor resolution, step 1b: state names misspelt by one letter ("Ethopia", "Quatar").

A capitalised word that no knowledge-base form matches, written as a state's one-word name, alias or
demonym with one letter dropped, added, changed or doubled, is that state. Only words of six letters
or more, only states, and only when a single state fits: short names lie too close to each other
("Iran"/"Iraq"), and a word close to two states is left alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH

from diplograph.extract.actors.kb import Actor, KnowledgeBase
from diplograph.extract.actors.state import _M

_MIN = 6
_NOT = frozenset({"PERSON", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _index(kb: KnowledgeBase) -> dict[str, dict[str, tuple[Actor, str]]]:
    """Deletion key -> {form: (state, how)} for the states' one-word forms (cached per knowledge base)."""
    cached = kb.cache.get("actors.misspelt")
    if cached is not None:
        return cached
    index: dict[str, dict[str, tuple[Actor, str]]] = {}
    for actor in kb:
        if actor.kind != "state":
            continue
        for form, how, _ in actor.surface_forms():
            if how in ("name", "alias", "demonym") and form.isalpha() and len(form) >= _MIN - 1:
                for k in _deletions(form.casefold()):
                    index.setdefault(k, {})[form.casefold()] = (actor, how)
    kb.cache["actors.misspelt"] = index
    return index


def one_letter_off(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one dropped, added or changed letter, or two neighbours swapped, inside the
    word: the first and last letters agree (a changed ending makes another word: "Korea" -> "Korean")."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class _Misspelt:
    """Misspelt state names (a mixin of ``actors._Resolver``)."""

    def _long_words(self) -> list:
        """The words of ``_MIN`` letters or more with a capital, not all capitals: the only ones that can be
        a misspelt name (lengths and letter cases read from one array, so the other tokens cost nothing)."""
        flags = self.doc.to_array([LENGTH, IS_ALPHA, IS_UPPER, IS_LOWER])
        keep = numpy.flatnonzero((flags[:, 0] >= _MIN) & (flags[:, 1] != 0) & (flags[:, 2] == 0) & (flags[:, 3] == 0))
        return [self.toks[i] for i in keep.tolist()]

    def misspelt_candidates(self, covered: set[int]) -> list[_M]:
        index, out = None, []
        for tok in self._long_words():
            word = tok.text
            if (tok.i in covered or len(word) < _MIN or not word.isalpha() or not word[:1].isupper()
                    or word.isupper() or tok.ent_type_ in _NOT or self.kb.lookup(word)):
                continue
            if index is None:
                index = _index(self.kb)
            low = word.casefold()
            found: dict[str, tuple[Actor, str]] = {}
            for k in _deletions(low):
                for form, hit in index.get(k, {}).items():
                    if one_letter_off(low, form):
                        found[form] = hit
            states = {a.id for a, _ in found.values()}
            if len(states) == 1:
                actor, how = next(iter(found.values()))
                out.append(_M(tok.i, tok.i + 1, actor, how))
        return out
