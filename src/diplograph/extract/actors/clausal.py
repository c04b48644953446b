"""Actor resolution, step 5 (part): antecedents the clause structure gives, read for :mod:`.coref`.

A pronoun's own clause, the clause it is conjoined to, adjoined to or relative on says whom it stands for:

- a possessive is the subject of its own clause ("Somalia recalled its ambassador"), of the clause its
  clause is conjoined to ("expelled X and recalled its envoy"), the object of a phrase saying what the
  object did ("praised France for its help"), or the reporter of an act harming what a state owns;
- the subject of a relative clause on a clause's object speaks with that clause's subject's voice ("the
  Guards detained a tanker they accused of smuggling", "X expelled ... and deported a trader it accused of
  spying"), and a relative pronoun stands for the noun its clause is on ("met the rebels, who said they ...");
- an object "them" in a clause adjoined to another is that clause's object ("sanctioned two American firms,
  accusing them of ...");
- an object "it" whose nearest antecedent (the last subject or object before it, not its own clause's
  subject) is a thing ("Kenya and Uganda signed a deal. Tanzania welcomed it") stands for that thing: the
  side is its makers, the doers of the clause that has it as object (or its owner: "Mercosur's deal"),
  else nothing, never a state named in passing ("a resolution on Sudan");
- a possessive on the subject of a clause told to an addressee ("Ghana warned Togo that its soldiers had
  ...") is the addressee's, the party the clause is about; not after a verb of commitment (``subject_control``:
  "assured Togo that its troops would withdraw": the speaker's own);
- a subject "they" with nothing else to stand for, after a clause of two parties meeting (``meeting_verbs``:
  "Kenya met Ethiopia on Monday. They agreed ..."), is the two;
- the passive subject of a verb of judgement or custody (``judged_verbs``: "They were convicted", "He was
  sentenced") stands for those a clause before acted on (its object), never for the authorities that acted.

Each test is cautious: when the structure names no fitting actor it gives nothing and :mod:`.coref` looks on.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors.plural import kind_of
from diplograph.extract.actors.state import _M
from diplograph.nlp.clauses import object_doer
from diplograph.nlp.grammar import grammar
from diplograph.nlp.syntax import controller, controls_object
from diplograph.extract.actors.words import (JUDGED_VERBS, LOCATIVE_PREPS, MEETING_VERBS, REPORTED_HARMS,
                                             REPORTED_PERSONNEL, REPORTED_POSSESSIONS)

_SUBJ = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "dative", "obj")
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _clause_verb_of(noun: Token) -> Token | None:
    """The verb whose object (or prepositional object) ``noun`` is, the first of a coordination's conjuncts."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = noun.head
    if noun.dep_ in _OBJECTS + ("attr", "oprd"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _subject_of_clause(verb: Token) -> Token | None:
    """The subject of ``verb``, of the verb it is conjoined to ("expelled X and deported Y"), or the
    controller of an infinitive ("decided to expel Y")."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return subj
        if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        elif verb.dep_ == "xcomp":
            return controller(verb)
        else:
            return None
    return None


class _Clausal:
    """Antecedents from the clause structure (a mixin of ``actors._Resolver``, used by ``coref._Coref``)."""

    def _relative_voice(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """ "the Guards detained a tanker they accused of smuggling": the subject pronoun of a relative
        clause on an object of a clause is that clause's subject, when it is an actor of the wanted kind."""
        if tok.dep_ not in _SUBJ or tok.head.dep_ != "relcl":
            return None
        verb = _clause_verb_of(tok.head.head)
        subj = _subject_of_clause(verb) if verb is not None else None
        if subj is None or subj.i > tok.i:
            return None
        coord = self.coordination_at(subj) or self.phrase_members(subj)
        if coord:
            return (coord[0], coord) if want == "group" else None
        m = self._mention_at(subj.i)
        if m is None and subj.pos_ in ("NOUN", "PROPN"):
            return None, None  # "the junta expelled the envoy, whom it accused": no actor named; never the envoy
        if m is None or not self._kind_ok(m, want, None):
            return None
        return m, None

    def _fronted_subject(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """ "When it expelled the envoy, Turkey also ...", "Before they cut ties, Bahrain and Egypt had ...": the
        subject pronoun of an adverbial clause set before the clause it modifies points ahead to that clause's
        subject, when it is an actor of the wanted kind."""
        verb = tok.head
        if tok.dep_ not in _SUBJ or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children):
            return None
        subj = _subject_of_clause(verb.head)
        if subj is None or not verb.i < subj.i or any(c.i < verb.i for c in subj.subtree):
            return None
        coord = self.coordination_at(subj) or self.phrase_members(subj)
        if coord:
            return (coord[0], coord) if want == "group" else None
        m = self._mention_at(subj.i)
        return (m, None) if m is not None and self._kind_ok(m, want, None) else None

    def _adjoined_object(self, tok: Token) -> tuple[_M | None, list[_M] | None]:
        """ "China sanctioned two American firms, accusing them of ...", "Having detained two French
        citizens, Iran accused them of ...": an object "them" in a clause adjoined to another (a participial
        adjunct, a conjoined clause, or an adjunct before it) is that clause's object, when a group names it;
        else nothing."""
        verb = tok.head
        others = [verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") else []
        others += [c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i]
        for other in others:
            for obj in (c for c in other.children if c.dep_ in _OBJECTS and c.i < tok.i):
                coord = self.coordination_at(obj) or self.phrase_members(obj)
                if coord:
                    return coord[0], coord
                for i in (obj.i, *(c.i for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i)):
                    m = self._mention_at(i)
                    if m is not None and self._kind_ok(m, "group", None):
                        return m, None
        own = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        other = verb.head if verb.dep_ == "conj" else None
        subj = next((c for c in other.children if c.dep_ in _SUBJ), None) if other is not None and own else None
        m = self._mention_at(subj.i) if subj is not None else None
        if m is not None and (own is None or self._mention_at(own.i) is None or self._mention_at(own.i).actor_id
                              != m.actor_id) and self._kind_ok(m, "group", None):
            return m, None  # "the rebels attacked the town, and the army repelled them": the other doer
        return None, None

    def _object_thing(self, tok: Token) -> tuple[_M | None, list[_M] | None] | None:
        """An object "it" after a thing (see above): (its makers or None, their members); None when the nearest
        antecedent is an actor, left to the rules that follow states."""
        own, cur = set(), tok.head
        for _ in range(6):  # the subject of its clause, or of the clause that controls or adjoins it
            own.update(c.i for c in cur.children if c.dep_ in _SUBJ)
            if own or cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
                break
            cur = cur.head
        start = self.sents[max(self.sent_of[tok.i] - 1, 0)].start
        for j in range(tok.i - 1, start - 1, -1):
            t = self.toks[j]
            if j not in own and self._mention_at(j) is not None and t.dep_ == "pobj" and not (
                    t.head.dep_ == "agent" or t.head.lower_ in LOCATIVE_PREPS
                    or t.head.head.tag_ == "NN" and self._mention_at(t.head.head.i) is None):
                return None  # "imposed sanctions on Wagner, accusing it": an actor acted on (not "a plan for
                # Yemen", "signed by X", "in Lima")
            if t.dep_ not in _SUBJ + ("dobj",) or t.pos_ not in ("NOUN", "PROPN") or j in own:
                continue
            if self._mention_at(j) is not None or t.pos_ == "PROPN" or any(
                    self._mention_at(c.i) is not None for c in t.children if c.dep_ in ("compound", "amod")):
                return None  # an actor: a state told before is followed as before
            if t.tag_ != "NN":
                continue  # "it" is singular: not "the talks"
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is None and t.dep_ == "dobj" and t.head.pos_ == "VERB":
                owner = _subject_of_clause(t.head)
            elif owner is None and t.dep_ == "nsubjpass":  # "the treaty was signed by A and B": its makers
                owner = next((o for a in t.head.children if a.dep_ == "agent" for o in a.children
                              if o.dep_ == "pobj"), None)
            if owner is None or owner.i in own:
                return None, None
            coord = self.coordination_at(owner)
            if coord:
                return coord[0], coord
            m = self._mention_at(owner.i)  # (a thing the pronoun's own subject made is its own: no other side)
            mine = {self._mention_at(i).actor_id for i in own if self._mention_at(i) is not None}
            return (m, None) if m is not None and m.actor_id not in mine and self._kind_ok(m, "thing", None) \
                else (None, None)
        return None

    def _addressee_owner(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """A possessive on the subject of a clause told to an addressee (see above): the addressee when an
        actor of the wanted kind names it; None otherwise (the speaker rule follows)."""
        subject = tok.head
        if tok.dep_ != "poss" or subject.dep_ not in _SUBJ or subject.head.dep_ != "ccomp":
            return None
        verb = subject.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in grammar().subject_control:
            return None
        said = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        heard = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < tok.i), None)
        if said is None or heard is None:
            return None
        coord = self.coordination_at(heard)
        if coord:
            return (coord[0], coord) if want == "group" else None
        m, s = self._mention_at(heard.i), self._mention_at(said.i)
        if m is None or not self._kind_ok(m, want, None) or s is not None and s.actor_id == m.actor_id:
            return None
        return m, None

    def _met_pair(self, tok: Token) -> list[_M] | None:
        """ "Kenya met Ethiopia. They agreed ...", "Chile held talks with Peru, and they ...": the subject and
        the object (or the "with" party) of the nearest clause before, in this sentence or the one before,
        whose verb is one of meeting; both named actors (no person, no coordination), else None."""
        here = self.sent_of[tok.i]
        for k in (here, here - 1):
            if k < 0:
                continue
            sent = self.sents[k]
            verbs = [t for t in sent if t.i < tok.i and t.pos_ == "VERB" and t.lemma_.lower() in MEETING_VERBS]
            for verb in reversed(verbs):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
                objs = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() != "hold"] + [
                    o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj"]
                if subj is None or len(objs) != 1 or subj.i > tok.i:
                    continue
                pair = [self._mention_at(subj.i), self._mention_at(objs[0].i)]
                if any(m is None or m.members or self.coordination_at(t) or kind_of(m) == "person" or self._generic(m)
                       for m, t in zip(pair, (subj, objs[0]))) or pair[0].actor_id == pair[1].actor_id:
                    return None
                return pair
            if verbs:
                return None
        return None

    def phrase_members(self, tok: Token) -> list[_M] | None:
        """The actors a group phrase resolved before stands for ("the two delegations" after "Ethiopian
        and Eritrean officials")."""
        m = self._mention_at(tok.i)
        return m.members if m is not None and m.how == "coref" and m.members else None

    def relative_noun(self, subj: Token) -> Token:
        """A relative pronoun subject ("the rebels, who said ...") stands for the noun its clause is on."""
        if subj.lower_ in _RELATIVE and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
            return subj.head.head
        return subj

    def _judged_patient(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """ "Iranian authorities detained two French citizens. They were convicted of spying": the passive
        subject of a verb of judgement or custody stands for the one actor of the wanted kind that the
        nearest clause before it acted on (its object); a singular person pronoun also for a person told by
        nationality ("an American journalist ... He was sentenced"); (None, None) when that clause acted on
        several."""
        if tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in JUDGED_VERBS or want not in ("group", "person"):
            return None
        here = self.sent_of[tok.i]
        for k in range(here, max(here - 3, -1), -1):
            sent = self.sents[k]
            found = {}
            for m in self._by_sent[k]:
                if not (sent.start <= m.start and m.end <= min(tok.i, sent.end)) or m.members is not None:
                    continue
                root = self.doc[m.start:m.end].root
                if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= m.end:
                    root = root.head  # "French citizens": the demonym on the noun
                while root.dep_ == "conj" and root.head.i < root.i:  # "detained A and B": each is an object
                    root = root.head
                if root.dep_ not in _OBJECTS:
                    continue
                coord = self.coordination_at(root) if want == "group" else None
                if coord:  # "detained two French citizens and a Briton. They were ...": both
                    return coord[0], coord
                if self._kind_ok(m, want, None) or (want == "person" and m.how == "demonym" and root.tag_ == "NN"):
                    found[m.actor_id] = m
            if found:  # several acted on: unsure which, and surely not the authorities that acted
                return (next(iter(found.values())), None) if len(found) == 1 else (None, None)
        return None

    def _reporters_own(self, tok: Token, want: str) -> _M | None:
        """"Canada said China had detained its citizens", "Greece violated its airspace, Turkish officials
        said": what a reported act harms that a state owns (``reported_possessions``: its airspace, waters,
        citizens, embassy) is the reporter's, not the doer's; so are the people and craft it sends out
        (``reported_personnel``: its inspectors, staff, crew) where the verb harms them (``reported_harms``)."""
        noun = tok.head.lemma_.lower()
        if noun not in REPORTED_POSSESSIONS | REPORTED_PERSONNEL or any(c.lower_ == "own" for c in tok.head.children):
            return None  # ("shelled its own territory": the doer's)
        verb = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
        if noun not in REPORTED_POSSESSIONS and verb.lemma_.lower() not in REPORTED_HARMS:
            return None  # ("said Russia had withdrawn its troops": Russia's)
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        said = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        doer = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        m = self._mention_at(said.i) if said is not None else None
        if m is None or doer is None or not self._kind_ok(m, want, None):
            return None
        d = self._mention_at(doer.i)
        return m if d is None or d.actor_id != m.actor_id else None

    def _main_subject(self, tok: Token, found: dict) -> _M | None:
        """For a possessive inside an adverbial clause whose own subject names no owner, the subject of the
        clause it modifies, when that is one of the ``found`` candidates."""
        if tok.dep_ != "poss":
            return None
        cur = tok
        for _ in range(8):
            if cur.dep_ == "advcl" or cur.head.i == cur.i:
                break
            cur = cur.head
        if cur.dep_ != "advcl":
            return None
        main = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
        m = self._mention_at(main.i) if main is not None else None
        return m if m is not None and m.actor_id in found and not self._generic(m) else None

    def _conjunct_subject(self, tok: Token, want: str) -> _M | None:
        """ "Egypt said ..., and it accused X", "... and its envoy met X": the subject of a clause conjoined
        to an earlier one (or its owner) is that clause's subject when it fits (one actor, named before)."""
        verb = tok.head.head if tok.dep_ == "poss" else tok.head
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
        if subj is None or subj.i > tok.i or self.coordination_at(subj):
            return None
        m = self._mention_at(subj.i)
        return m if m is not None and m.how != "generic" and self._kind_ok(m, want, None) else None

    def _object_owner(self, tok: Token, want: str) -> tuple[_M, list[_M] | None] | None:
        """ "Germany praised France for its help", "accused Iran of its role": a possessive in a
        phrase that says what the verb's object did (``object_gerund_preps``) is the object's."""
        noun = tok.head
        prep = noun.head
        obj = object_doer(prep) if noun.dep_ == "pobj" and prep.dep_ == "prep" else None
        m = self._mention_at(obj.i) if obj is not None else None
        if m is not None and m.members and want == "group":  # "thanked them for their support": all of them
            return m.members[0], m.members
        return (m, None) if m is not None and self._kind_ok(m, want, None) else None

    def _conjunct_owner(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """ "accused Malian soldiers and their Russian auxiliaries", "the rebels and their backers": a
        possessive on a noun conjoined after another is that conjunct's, not the clause subject's; an
        earlier conjunct no actor stands for ("soldiers and their commanders") owns it unnamed."""
        noun = tok.head
        first = noun.head if noun.dep_ == "conj" and noun.i > tok.i else None
        if first is None or first.i >= tok.i or first.pos_ not in ("NOUN", "PROPN"):
            return None
        m = self._mention_at(first.i)
        if m is None:
            plural = first.tag_ in ("NNS", "NNPS")
            return (None, None) if first.pos_ == "NOUN" and plural == (want == "group") else None
        if m.members and want == "group":
            return m.members[0], m.members
        return (m, None) if self._kind_ok(m, want, None) else None

    def _clause_subject(self, tok: Token, want: str) -> tuple[_M | None, list[_M] | None] | None:
        """ "Somalia recalled its ambassador", "Mali and Niger closed their borders": the clause's subject."""
        cur = tok.head
        for _ in range(4):
            if cur.pos_ in ("VERB", "AUX") or cur.dep_ in _SUBJ:
                break
            cur = cur.head
        if cur.pos_ not in ("VERB", "AUX"):
            return None
        verb = cur
        subjects = [c for c in verb.children if c.dep_ in _SUBJ]
        if not subjects and verb.dep_ == "conj":  # "expelled X and recalled its envoy"
            subjects = [c for c in verb.head.children if c.dep_ in _SUBJ]
        if not subjects and (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and controls_object(verb.head)):
            # "asked the channels to tone down their criticism", "appealed to X to free its citizens"
            ctl = controller(verb)
            subjects = [ctl] if ctl is not None else []
        if not subjects or subjects[0].i > tok.i:
            return None
        subj = subjects[0]
        coord = self.coordination_at(subj)
        if coord and want == "group":
            return coord[0], coord
        m = self._mention_at(subj.i)
        if m is None and not coord and subj.pos_ == "NOUN" and subj.tag_ == ("NNS" if want == "group" else "NN"):
            return None, None  # "the channels ... their criticism": the clause's own doer, no actor
        if m is None or coord or not self._kind_ok(m, want, None) or (self._generic(m) and want == "thing"):
            return None  # ("police stormed its embassy": an unnamed force owns no embassy; look further)
        return m, None

