"""Actor resolution, step 5: in-document coreference.

What may point back: pronouns (he, she, it, its, they, their ...), generic group phrases ("the resurgent
group"), definite descriptions ("the country", "the kingdom", "the bloc": ``definite_nouns`` in
data/actor_words.yaml) and group phrases ("the two countries", "both sides": see :mod:`.plural`).

Antecedents are chosen by kind (person / state / organisation / group), number and recency, cautiously:

1. the subject of the verb that reports the clause ("NATO said it ...", "Iran and Iraq said they ...");
2. what the clause structure gives (:mod:`.clausal`): a possessive refers to the subject of its own
   clause ("Somalia recalled its ambassador"), or to the verb's object in a phrase saying what the object
   did ("praised France for its help"); the subject of a relative clause on an object to that clause's
   subject ("detained a tanker they accused of ..."); a judged passive subject ("They were convicted") to
   those a clause before acted on; an object "it" after a thing ("signed a deal. X welcomed it") to the
   thing's makers, or to no one;
3. the only fitting actor in the nearest sentence (of the current and previous two) that has any; when
   that sentence has several, the subject of its main clause if it fits (and is not itself a
   coordination);
4. "they" / "their" with no group to point to: the coordination that is the subject of the nearest
   sentence ("Mali and Niger signed ... They said").

Anything else stays unresolved: an unresolved pronoun leaves its side empty rather than guessing.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors.clausal import _Clausal
from diplograph.extract.actors.definites import _Definites
from diplograph.extract.actors.plural import fits, kind_of
from diplograph.nlp.syntax import subject_of
from diplograph.nlp.whose import anchor
from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import (DEFINITE_NOUNS, DEFINITE_ORGANS, FAITH_MODIFIERS, GOV_NOUNS, GROUP_NOUNS,
                                             ISLAND_STATES, OWNED_PREMISES, DEFINITE_OFFICES, REGION_STATES, PLURAL_NOUNS, PRONOUN_PREDICATES,
                                             PRONOUN_RELATIONS, PRONOUNS, TITLE_HEADS, TITLE_WORDS)

_EACH = frozenset({"side", "party", "country", "state", "nation", "government", "army", "camp"})  # "each side"
_REFERRING = GROUP_NOUNS | frozenset(PRONOUNS) | frozenset(DEFINITE_NOUNS) | frozenset(PLURAL_NOUNS) | _EACH | OWNED_PREMISES | DEFINITE_OFFICES \
    | {"each", "whose", "which", "whom"} | {p.split()[-1] for p in DEFINITE_ORGANS}
_SUBJ = ("nsubj", "nsubjpass")
_NAMED = frozenset({"name", "alias", "ner", "place", "capital"})  # a plural proper name of its own


def _time_taken(verb: Token) -> bool:  # "it took two years (to ...)", "it takes courage to ...": no actor
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in verb.children) or any(
        c.dep_ == "dobj" and (c.ent_type_ in ("DATE", "TIME") or any(n.dep_ == "nummod" for n in c.children))
        for c in verb.children)


def _object_it(tok: Token) -> bool:
    """ "Turkey could help rebuild it": an object "it", followed back to a state only."""
    return tok.dep_ == "dobj" and tok.lower_ == "it"


class _Coref(_Clausal, _Definites):
    """Pronouns, definite descriptions and group phrases (a mixin of ``actors._Resolver``)."""

    def coref_pass(self) -> None:
        generics = {m.end - 1: m for m in self.mentions if m.how == "generic"}
        classes = self._described_classes()
        # only generic phrases, group nouns and pronouns can refer back: skip every other token
        maybe = {i for i, low in enumerate(self.lower) if low in _REFERRING} | set(generics) | set(classes)
        for i in sorted(maybe):
            tok, low = self.toks[i], self.lower[i]
            generic = generics.get(i)
            if i not in classes and generic is None and (self.used[i] or self._mention_at(i) is not None):
                continue
            members = None
            if i in classes:  # "the militant group": the group named before; "the army": the state's
                described, want, start = classes[i]
                src = self._antecedent(start, want, None, tok)
                if src is None or self._generic(src) or src.person is not None or (
                        want == "group" and not self._described_fits(described, src)):
                    continue
                if want == "state":
                    src = _M(src.start, src.end, src.actor, src.how, sector=described.sector or described.actor.sector)
                generic = described
            elif generic is None and ((low in PLURAL_NOUNS and tok.tag_ == "NNS") or (
                    low in _EACH and tok.i > 0 and self.lower[tok.i - 1] == "each") or (
                    low == "each" and tok.dep_ in ("nsubj", "nsubjpass"))):
                found = self.group_phrase(tok)
                if found is None:
                    continue
                start, members = found
                src = members[0]
            elif generic is None and (organ := self._definite_organ(tok)) is not None:
                start, sector = organ  # "the central bank": the organ of the one state the text names (even
                src = self._antecedent(start, "state", None, None)  # its own clause's: "X's opposition urged ...")
                if src is None or src.actor is None or src.person is not None or src.actor.kind != "state":
                    continue
                src = _M(src.start, src.end, src.actor, src.how, sector=sector)
            elif generic is None and low in DEFINITE_NOUNS and tok.tag_ == "NN":
                region = self._state_region(tok)  # "the Baltic state": only a state of that region
                if not region and self._absorb_definite(tok) or self._specified(tok):
                    continue
                start = self._np_start(tok, named=True)
                if start is None or tok.dep_ in ("compound", "amod"):
                    continue
                src = next((a for a in (self._antecedent(start, want, None, tok)
                                        for want in ((f"in:{region}",) if region else DEFINITE_NOUNS[low]))
                            if a is not None), None)
                if src is None and low in GOV_NOUNS:
                    src = self._people_state(start)  # "Kenyan students marched against the government"
                if src is not None and src.actor is not None and src.person is None:  # the state, not an organ
                    src = _M(src.start, src.end, src.actor, src.how, sector=src.actor.sector_at(self.date))
                    if low in GOV_NOUNS and src.actor.kind == "state":  # "the junta", "the regime": its rulers
                        src.sector = "GOV"
                        self._govern(src)
            elif generic is None and low in OWNED_PREMISES and tok.tag_ == "NN":
                start = self._np_start(tok)
                src = self._premises_owner(tok) if start is not None and start == tok.i - 1 else None
            elif generic is None and low in DEFINITE_OFFICES and tok.tag_ in ("NN", "NNP"):
                start, src = self._office_owner(tok) or (None, None)  # "the foreign ministry": whose, told before
            elif generic is not None or (low in GROUP_NOUNS and tok.tag_ in ("NN", "NNS")):
                start = self._np_start(tok)
                if start is None:
                    continue
                country = generic.actor.id if generic is not None and generic.actor else None
                src = self._antecedent(start, "group", country, None)
            elif low in ("whose", "which", "whom"):  # "X, whose arrest Y ordered", "X, on which Y imposed sanctions":
                start, src = tok.i, self._mention_at(anchor(tok).i) if anchor(tok).i != tok.i else None  # its noun's
            elif low in PRONOUNS and tok.pos_ == "PRON" and self._pronoun_ok(tok):
                want, start = PRONOUNS[low], tok.i
                src, members = self._pronoun_antecedent(tok, want)
            else:
                continue
            if src is None:
                continue
            if generic is not None:
                self._remove(generic)
            self._add(_M(start, tok.i + 1, src.actor, "coref", sector=src.sector, person=src.person,
                         new=src.new, members=members or src.members))
            for j in range(start, tok.i + 1):
                self.used[j] = True
        for m in [m for m in self.mentions if m.how == "generic"]:  # unresolved: keep the demonym
            m.how = "demonym"
            self._respan(m, m.start, m.start + 1)

    def _pronoun_antecedent(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None]:
        if want == "speaker":  # first person never points back in the text: only to who speaks
            return self._first_person(tok), None
        spoken = self._addressee_owner(tok, want) or self._speaker_antecedent(tok, want) or self._relative_voice(
            tok, want) or self._judged_patient(tok, want) or self._fronted_subject(tok, want)
        if spoken is not None:
            return spoken
        if tok.dep_ == "dobj" and tok.lower_ == "them":
            return self._adjoined_object(tok)
        if tok.dep_ == "poss":
            owner = self._conjunct_owner(tok, want)  # "Malian soldiers and their auxiliaries": the soldiers'
            if owner is not None:
                return owner
            owner = self._object_owner(tok, want)
            if owner is not None:
                return owner
            owner = self._reporters_own(tok, want)
            if owner is not None:
                return owner, None
            own = self._clause_subject(tok, want)
            if own is not None:
                return own
        if _object_it(tok):
            thing = self._object_thing(tok)  # "signed a deal. Tanzania welcomed it": the deal's makers
            if thing is not None:
                return thing
            want = "state"  # an object "it" is most often a thing; only a state named before is followed
        src = self._antecedent(tok.i, want, None, tok)
        if src is None and want == "person":  # no person named before: an office held by someone unnamed
            src = self._antecedent(tok.i, "office", None, tok)
        if src is None and (tok.dep_ in _SUBJ or tok.dep_ == "poss" and tok.head.dep_ in _SUBJ):
            src = self._conjunct_subject(tok, want)
        if src is None and want == "group":
            coord = self._subject_coordination(tok) or (self._met_pair(tok) if tok.dep_ == "nsubj" else None)
            if coord:
                return coord[0], coord
        return src, None

    def _definite_organ(self, tok: Token) -> tuple[int, str] | None:
        """ "the central bank", "the electoral commission" (``definite_organs``): (where the description
        starts, the organ's sector), when no mention covers it."""
        i = tok.i
        if i < 2 or tok.tag_ != "NN" or self.lower[i - 2] != "the":
            return None
        sector = DEFINITE_ORGANS.get(f"{self.lower[i - 1]} {self.lower[i]}")
        if sector is None or any(self.used[k] or self._mention_at(k) is not None for k in range(i - 2, i + 1)):
            return None
        return i - 2, sector

    def _antecedent(self, before: int, want: str, country: str | None, tok: Token | None) -> _M | None:
        """The only fitting actor in the nearest sentence (of the last three) that has any, or its subject."""
        here = self.sent_of[before]
        banned = self._own_subject(tok) if tok is not None else frozenset()
        for k in range(here, max(here - 3, -1), -1):
            sent = self.sents[k]
            found = {m.actor_id: m for m in map(self._named_generic, self._by_sent[k])
                     if sent.start <= m.start and m.end <= min(before, sent.end) and m.how != "generic"
                     and m.members is None and self._kind_ok(m, want, country) and not self._modifier(m)
                     and m.actor_id not in banned}
            if len(found) == 1:
                return next(iter(found.values()))
            if found:  # several: the subject of an earlier sentence's main clause, if it fits
                if k == here and tok is not None and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl":
                    # "the EU sanctioned four companies it accused of ...": a relative clause inside the
                    # main clause speaks with its subject's voice
                    subj = self._root_subject(k)
                    return subj if subj is not None and subj.actor_id in found and subj.end <= tok.i else None
                if k == here and tok is not None and tok.dep_ == "nsubj":
                    # "Not only did Canada impose ..., it also barred ...": the subject of a clause before it
                    # ("French troops left Mali after the junta expelled them": a government noun is no
                    # state told only by its people's or forces' nationality)
                    subjects = {m.actor_id: m for m in found.values() if self.toks[m.end - 1].dep_ == "nsubj"
                                and not (tok.lower_ in GOV_NOUNS and m.how == "demonym")}
                    return next(iter(subjects.values())) if len(subjects) == 1 else None
                if k == here and tok is not None and (main := self._main_subject(tok, found)) is not None:
                    return main  # "X cut ties with Y after police stormed its embassy": the main clause's subject
                if k == here or tok is None:
                    return None
                subj = self._root_subject(k)
                return subj if subj is not None and subj.actor_id in found else None
        return None

    def _named_generic(self, m: _M) -> _M:
        """ "talks with the ELN rebels ... their commanders": a generic noun a named group or organisation
        modifies stands for that named actor."""
        if not self._generic(m) or m.members is not None:
            return m
        root = self.doc[m.start:m.end].root
        for c in root.children:
            n = self._mention_at(c.i) if c.dep_ in ("compound", "nmod") and c.i < root.i else None
            if n is not None and n is not m and not self._generic(n) and n.members is None \
                    and kind_of(n) in ("group", "organisation"):
                return _M(n.start, m.end, n.actor, n.how, sector=n.sector or m.sector, person=n.person, new=n.new)
        return m

    def _own_subject(self, tok: Token) -> frozenset[str]:
        """ "Riyadh accused the country of ...": a description that is an object of its clause does not
        stand for that clause's subject (it would say "itself"): the subject's actor ids (a group
        subject's members)."""
        if tok.dep_ not in ("dobj", "pobj", "dative", "obj"):
            return frozenset()
        cur = tok.head
        for _ in range(4):
            if cur.pos_ in ("VERB", "AUX"):
                break
            cur = cur.head
        for _ in range(3):  # "Turkey could help rebuild it": the controlling verb's subject does the infinitive
            if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i or any(c.dep_ in _SUBJ for c in cur.children):
                break
            cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in _SUBJ), None) if cur.pos_ in ("VERB", "AUX") else None
        m = self._mention_at(subj.i) if subj is not None else None
        if m is None:
            return frozenset()
        return frozenset([m.actor_id, *(x.actor_id for x in m.members or ())])

    def _modifier(self, m: _M) -> bool:
        """ "the Tashkent conference", "Russian cooperation": a name modifying a noun that is not an actor."""
        return m.char is None and self.doc[m.start:m.end].root.dep_ in ("compound", "amod", "nmod")

    def _root_subject(self, k: int) -> _M | None:
        root = self.sents[k].root
        for c in root.children:
            if c.dep_ in _SUBJ and not c.conjuncts and not self.coordination_at(c):  # ("A and B officials")
                owner = next((o for o in c.children if o.dep_ == "poss"), None) if c.lower_ in GOV_NOUNS else None
                m = self._mention_at(c.i)  # ("Niger's junta expelled ...": the state that owns its government)
                return m if m is not None or owner is None else self._mention_at(owner.i)
        return None

    def _subject_coordination(self, tok: Token) -> list[_M] | None:
        here = self.sent_of[tok.i]
        for k in (here, here - 1):
            if k < 0:
                continue
            coords = [ms for end, ms in self.coordinations()
                      if self.sents[k].start <= ms[0].start and end <= min(tok.i, self.sents[k].end)]
            for members in reversed(coords):
                root = self.doc[members[0].start:members[0].end].root
                if root.dep_ in _SUBJ and all(kind_of(m) != "person" for m in members):
                    return members
            if coords:
                return None
        return None

    def _speaker_antecedent(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """ "The militants said they ...", "NATO announced that it ...": a subject pronoun of a
        clause reported by a verb refers to that verb's subject when its kind fits; so does a possessive
        on that clause's subject ("The rebels said their fighters had ...")."""
        subject = tok.head if tok.dep_ == "poss" else tok
        if subject.dep_ not in _SUBJ:
            return None
        clause = subject.head
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if not subjects:  # "Lavrov assures that he ...", the subject parsed as a compound of the verb
            said_by = subject_of(clause.head)
            subjects = [said_by] if said_by is not None and said_by.dep_ == "compound" else []
        for subj in map(self.relative_noun, subjects):  # "met the rebels, who said they ...": the rebels
            coord = self.coordination_at(subj) or self.phrase_members(subj)
            if coord:
                return (coord[0], coord) if want == "group" else None
            mods = [c.i for c in subj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subj.i]
            # ("officials in Baku said they": the state whose seat the plural noun's place phrase names)
            seats = [p.i for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "from") and subj.tag_ == "NNS"
                     and subj.lower_ in TITLE_WORDS for p in c.children if p.dep_ == "pobj"]
            for i in (subj.i, *mods, *seats):
                m = self._mention_at(i)
                # "the militants said they", "Palestinian leaders said they": a generic noun or a
                # demonym on a plural noun stands for the group
                if m is not None and m.how != "coref" and (self._kind_ok(m, want, None) or (
                        want == "group" and (m.how == "generic" or (i in seats and fits(m, "state"))
                                             or (m.how == "demonym" and subj.tag_ in ("NNS", "NNPS"))))):
                    return m, None
        return None

    def _first_person(self, tok: Token) -> _M | None:
        """ "'We stand with X,' the ambassador wrote", "our partners, the minister said": the subject of
        the verb whose reported clause holds the pronoun."""
        cur = tok
        while cur.dep_ != "ccomp" and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "ccomp" or cur.head.pos_ != "VERB":
            return None
        for subj in cur.head.children:
            if subj.dep_ == "nsubj":
                for i in (subj.i, *[c.i for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i]):
                    m = self._mention_at(i)
                    if m is not None and m.how != "coref" and m.members is None:
                        return m
        return None

    def _np_start(self, tok: Token, named: bool = False) -> int | None:
        """Where "the [adjectives] noun" starts; ``named``: proper-noun modifiers too ("the Gulf state")."""
        toks, lower, j = self.toks, self.lower, tok.i - 1
        while j >= 0 and (toks[j].pos_ == "ADJ" or lower[j] in TITLE_WORDS or lower[j] in FAITH_MODIFIERS or
                          (self._mention_at(j) is not None and self._mention_at(j).how == "generic") or
                          (named and toks[j].dep_ in ("compound", "amod") and toks[j].head.i > j
                           and toks[j].is_title and self._mention_at(j) is None)):
            j -= 1
        if j < 0 or lower[j] not in ("the", "this", "that"):
            return None
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        naming_of = lower[nxt.i] == "of" and nxt.head.i == tok.i and not any(
            c.dep_ == "pcomp" for c in nxt.children) if nxt is not None else False
        if nxt is not None and (naming_of or self._proper(nxt)):
            return None  # "the country of X" names X ("accused the country of arming ..." does not)
        return j

    def _pronoun_ok(self, tok: Token) -> bool:
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ in ("him", "her") and tok.tag_ == "PRP":
            return True  # "Vucic welcomed him": a person named before, never the clause's own subject
        if tok.dep_ == "dobj" and tok.lower_ == "them":
            return True  # "sanctioned two firms, accusing them of ...": see _adjoined_object
        if _object_it(tok):
            return True  # "Syria was ruined. Turkey could help rebuild it": a state named before (see _pronoun_antecedent)
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return False
        if tok.lower_ == "it" and (tok.head.pos_ == "AUX" or tok.head.lemma_ in
                                   ("be", "seem", "appear", "happen", "remain", "take", "matter")):
            if tok.head.lemma_ == "take" and not _time_taken(tok.head):
                return True  # "it had taken note of", "it will take part": an actor
            # "it is ready to talk" refers; "it is clear that" does not
            return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in PRONOUN_PREDICATES
                       for c in tok.head.children) or any(  # "it is in talks with X", "it was at war with Y"
                o.dep_ == "pobj" and o.lemma_.lower() in PRONOUN_RELATIONS for p in tok.head.children
                if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children)
        return True

    def _plural_phrase(self, m: _M) -> bool:
        """A mention that is (or modifies) a plural noun: "EU leaders", "Iranian officials"; or a plural
        proper noun that is no state's name: "two Canadians", "Iran's Revolutionary Guards" (not "the
        United States", "the Philippines")."""
        root = self.doc[m.start:m.end].root
        if root.tag_ == "NNS" or root.tag_ == "NNPS" and m.how not in _NAMED:
            return True
        return root.dep_ in ("compound", "amod", "nmod") and root.head.tag_ == "NNS" and root.head.i >= m.end

    def _state_region(self, tok: Token) -> str | None:
        """The region words before a definite noun of a state ("the Baltic state", "the Central Asian
        republic"; ``region_states``), or None."""
        if DEFINITE_NOUNS[self.lower[tok.i]][0] != "state":
            return None
        words = " ".join(t.lower_ for t in self.doc[tok.left_edge.i:tok.i] if t.dep_ != "det").replace(" - ", "-")
        return next((r for r in sorted(REGION_STATES, key=len, reverse=True)
                     if words == r or words.endswith(" " + r)), None)

    def _kind_ok(self, m: _M, want: str, country: str | None) -> bool:
        if m.members is not None:
            return False
        kind = kind_of(m)
        if want == "person":
            return kind == "person"
        if want == "office":  # an office no entry names a holder of: "Chile's foreign minister ... he"
            return kind == "state" and (self.lower[m.end - 1] in TITLE_HEADS or self._office_of(m))
        if want == "group":
            if country is None and kind != "person" and self._plural_phrase(m):
                return True  # "EU leaders ... they", "Iranian officials ... They demanded"
            return kind == "group" and (country is None or (m.actor is not None and m.actor.country == country))
        if want == "island":
            return fits(m, "state") and not self._generic(m) and m.actor_id in ISLAND_STATES
        if want.startswith("in:"):
            return fits(m, "state") and not self._generic(m) and m.actor_id in REGION_STATES[want[3:]]
        if want in ("state", "igo", "media", "party", "organisation"):
            return fits(m, want) and not self._generic(m)
        # "it", "its" are singular: "demonstrators stormed its embassy" is not the demonstrators' own
        return kind != "person" and not (want == "thing" and m.actor is not None and m.actor.kind == "group"
                                         and self._plural_phrase(m))
