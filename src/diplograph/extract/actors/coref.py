"""Actor resolution, step 4: new organisations and coreference.

Unknown NER organisations become new actors; generic group phrases ("the resurgent group") and pronouns
resolve to the only candidate in the current and previous two sentences, or to the subject of the verb
that reports the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import GROUP_NOUNS, NOT_ACTOR_AFTER, PREPS, PRONOUN_PREDICATES, PRONOUNS, TITLE_WORDS
from diplograph.extract.actors.kb import normalise

_REFERRING = GROUP_NOUNS | frozenset(PRONOUNS)  # words that may refer back to an actor


class _Coref:
    """New organisations, generic group phrases and pronouns (a mixin of ``actors._Resolver``)."""

    def orgs_pass(self) -> None:
        for ent in self.ents:
            if ent.label_ != "ORG" or any(self.used[i] or self._mention_at(i) for i in range(ent.start, ent.end)):
                continue
            words = [t for t in self.toks[ent.start:ent.end] if t.is_alpha and t.lower_ not in PREPS]
            if self.lower[ent.start] in NOT_ACTOR_AFTER or not words \
                    or all(t.lower_ in TITLE_WORDS or t.is_lower for t in words):
                continue
            name = normalise(self._span_text(ent.start, ent.end), keep_case=True)
            self._add(_M(ent.start, ent.end, None, "ner", new_org=name))

    def coref_pass(self) -> None:
        generics = {m.end - 1: m for m in self.mentions if m.how == "generic"}
        # only generic phrases, group nouns and pronouns can refer back: skip every other token
        maybe = {i for i, low in enumerate(self.lower) if low in _REFERRING} | set(generics)
        for i in sorted(maybe):
            tok, low = self.toks[i], self.lower[i]
            generic = generics.get(i)
            if generic is None and (self.used[i] or self._mention_at(i) is not None):
                continue
            if generic is not None or (low in GROUP_NOUNS and tok.tag_ in ("NN", "NNS")):
                want, start = "group", self._np_start(tok)
                if start is None:
                    continue
            elif low in PRONOUNS and tok.pos_ == "PRON" and self._pronoun_ok(tok):
                want, start = PRONOUNS[low], tok.i
            else:
                continue
            country = generic.actor.id if generic is not None and generic.actor else None
            src = self._speaker_antecedent(tok, want) if generic is None else None
            src = src or self._antecedent(start, want, country)
            if src is not None:
                if generic is not None:
                    self._remove(generic)
                self._add(_M(start, tok.i + 1, src.actor, "coref", sector=src.sector,
                             person=src.person, new_org=src.new_org))
                for j in range(start, tok.i + 1):
                    self.used[j] = True
        for m in [m for m in self.mentions if m.how == "generic"]:  # unresolved: keep the demonym
            m.how = "demonym"
            self._respan(m, m.start, m.start + 1)

    def _antecedent(self, before: int, want: str, country: str | None) -> _M | None:
        """The only fitting actor in the nearest sentence (of the last three) that has any."""
        here = self.sent_of[before]
        for k in range(here, max(here - 3, -1), -1):
            sent = self.sents[k]
            found = {m.actor_id: m for m in self._by_sent[k]
                     if sent.start <= m.start and m.end <= min(before, sent.end) and m.how != "generic"
                     and self._kind_ok(m, want, country)}
            if found:
                return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _speaker_antecedent(self, tok: Token, want: str) -> _M | None:
        """ "The militants said they ...", "NATO announced that it ...": a subject pronoun of a
        clause reported by a verb refers to that verb's subject when its kind fits."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        for subj in clause.head.children:
            if subj.dep_ != "nsubj":
                continue
            for i in (subj.i, *[c.i for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i]):
                m = self._mention_at(i)
                # "the militants said they", "Palestinian leaders said they": a generic noun or a
                # demonym on a plural noun stands for the group
                if m is not None and m.how != "coref" and (self._kind_ok(m, want, None) or (
                        want == "group" and (m.how == "generic" or (m.how == "demonym" and subj.tag_ == "NNS")))):
                    return m
        return None

    def _np_start(self, tok: Token) -> int | None:
        toks, lower, j = self.toks, self.lower, tok.i - 1
        while j >= 0 and (toks[j].pos_ == "ADJ" or lower[j] in TITLE_WORDS or
                          (self._mention_at(j) is not None and self._mention_at(j).how == "generic")):
            j -= 1
        if j < 0 or lower[j] not in ("the", "this", "that"):
            return None
        if tok.i + 1 < len(toks) and (lower[tok.i + 1] == "of" or self._proper(toks[tok.i + 1])):
            return None
        return j

    def _pronoun_ok(self, tok: Token) -> bool:
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return False
        if tok.lower_ == "it" and (tok.head.pos_ == "AUX" or tok.head.lemma_ in
                                   ("be", "seem", "appear", "happen", "remain", "take", "matter")):
            # "it is ready to talk" refers; "it is clear that" does not
            return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in PRONOUN_PREDICATES
                       for c in tok.head.children)
        return True

    def _kind_ok(self, m: _M, want: str, country: str | None) -> bool:
        kind = "person" if m.person is not None else ("organisation" if m.new_org else m.actor.kind)
        if want == "person":
            return kind == "person"
        if want == "group":
            return kind == "group" and (country is None or m.actor.country == country)
        return kind != "person"
