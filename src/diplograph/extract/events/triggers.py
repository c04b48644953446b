"""Trigger matching (a mixin of :class:`diplograph.extract.events.coder.EventCoder`): which entry of the trigger
lexicon a verb or noun token is, given the constraints an entry states: a particle or preposition,
subject words, object words (of the object, its apposition, its "of" complement, its conjuncts), words
it must not have, and multi-word nouns; a light verb ("hold talks") leaves the event to its noun."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import kids, tagged
from diplograph.extract.events.figurative import figurative
from diplograph.extract.events.ontology import Lexicon, Trigger
from diplograph.extract.events.parties import party_gerund


class _TriggerMatching:
    """Finding trigger tokens and the lexicon entry each one matches."""

    lex: Lexicon

    def _trigger_tokens(self, doc: Doc) -> tuple[list[Token], list[Token], list[Token]]:
        """The tokens worth matching, in document order: verbs with a verb entry, verbs of saying or
        naming (for evaluations and obligations) and nouns with a noun entry; only these parts of speech
        have their lemma looked up."""
        verbs, nouns = self.lex.verbs, self.lex.nouns
        saying = self.lex.reporting_verbs | self.lex.evaluations.get("naming_verbs", frozenset())
        verb_toks, said_toks, noun_toks = [], [], []
        for tok in tagged(doc, ("VERB", "AUX", "NOUN")):
            pos, lemma, lower = tok.pos_, tok.lemma_.lower(), tok.lower_
            if pos == "NOUN" or nominal_gerund(tok):
                if nouns.get(lemma) or nouns.get(lower):
                    noun_toks.append(tok)
                    continue
                if pos == "NOUN":
                    continue
            if verbs.get(lemma) or verbs.get(lower):
                verb_toks.append(tok)
            if pos == "VERB" and lemma in saying:
                said_toks.append(tok)
        return verb_toks, said_toks, noun_toks

    def _object_words(self, verb: Token, conj: bool = False) -> set[str]:
        words: set[str] = set()
        objs = [c for c in kids(verb) if c.dep_ in ("dobj", "oprd", "attr", "acomp", "nsubjpass", "dative")
                or (c.dep_ == "ccomp" and (c.pos_ in ("ADJ", "NOUN") or _small_clause(c)))]
        # ("found X liable", "declared X persona non grata": a small clause, its predicate sometimes parsed as a verb)
        objs += _controlled_subjects(verb)  # "allowed UN inspectors to visit": the inspectors are allowed
        objs += _raised_patients(verb, objs)  # "diplomats were to be expelled": the diplomats are
        relative = _relative_object(verb, objs)
        if relative is not None:  # "the sanctions (which) X imposed on Y": what the clause is about
            objs = [o for o in objs if o.lower_ not in cl.RELATIVE_PRONOUNS] + [relative]
        elif not any(c.dep_ in ("dobj", "nsubjpass") for c in objs):
            head = _participle_head(verb)  # "the accord signed by X": the noun it describes is its object
            objs += [head] if head is not None else cl.prep_objects(verb, ("from", "of", "on", "for", "against", "off"))
            # "pulled out of the deal", "backed away from the accord": the "of"/"from" hangs on the particle
            objs += [o for c in kids(verb) if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in PARTICLE_HOSTS
                     for o in cl.prep_objects(c, ("of", "from"))]
        objs = [thing_antecedent(o) or o for o in objs]  # "restored ties ... after X cut them"
        objs += [c for o in objs for c in kids(o) if c.dep_ in ("appos", "oprd")]
        if conj:  # "launched artillery, mortar and rocket fire"
            objs += [c for o in objs for c in o.conjuncts]
        for obj in objs:
            words |= _np_of_words(obj)
        return words

    def _prep_words(self, verb: Token, preps: tuple[str, ...]) -> set[str]:
        """Words of the objects of ``preps`` and their "of" complements ("on the list of terrorist groups")."""
        words: set[str] = set()
        for p in cl.prep_objects(verb, preps):
            words |= _np_of_words(p)
        return words

    def _undergoer_words(self, noun: Token) -> set[str]:
        """ "with women's rights facing an assault by X", "democracy suffered an attack": the subject of a reception
        verb whose object the noun is undergoes the act; its words are read like the noun's own objects."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.reception_verbs:
            return set()
        who = cl.subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)
        return _np_of_words(who) if who is not None else set()

    def _match_verb(self, tok: Token) -> Trigger | None:
        """The first entry for ``tok`` whose constraints hold; the conjuncts of its object are
        compared only when no entry matches its first object."""
        trig = self._match_verb_objects(tok, False)
        trig = trig if trig is not None else self._match_verb_objects(tok, True)
        acts, foes = self.lex.figurative_acts, self.lex.figurative_foes
        if trig is not None and (figurative(tok, acts, foes) or (trig.complements and any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in trig.complements and figurative(c, acts, foes)
                for c in kids(tok)))):
            return None  # "declared war on inflation", "vowed to crush price rises": a figure of speech
        return trig

    def _match_verb_objects(self, tok: Token, conj: bool) -> Trigger | None:
        entries = self.lex.verbs.get(tok.lemma_.lower()) or self.lex.verbs.get(tok.lower_)
        if not entries:
            return None
        # a preposition whose object is a time ("called X on Tuesday") marks no argument
        particles = {c.lower_ for c in kids(tok) if c.dep_ in ("prt", "advmod", "prep") and not (
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in kids(c)))} | {
            m.lower_ for c in kids(tok) if c.dep_ == "advcl" for m in kids(c) if m.dep_ == "mark" and m.lower_ == "for"}
        # ("called for X to withdraw": the infinitive's "for" is the verb's, as a noun's is)
        # a preposition with its own object beside a direct object is no particle ("took aim at X over Y")
        dobj = any(c.dep_ == "dobj" for c in kids(tok))
        phrasal = {c.lower_ for c in kids(tok) if c.dep_ in ("prt", "advmod", "npadvmod") or (
            c.dep_ == "prep" and not (dobj and any(g.dep_ == "pobj" for g in kids(c))))}
        objs = None
        frame = tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i < tok.head.i \
            and tok.lemma_.lower() in grammar().frame_participles and not any(c.dep_ == "nsubj" for c in kids(tok))
        for trig in entries:
            if trig.particle and trig.particle not in phrasal:
                continue
            if frame and not particles.intersection(trig.preps or ("with", "to")):
                continue  # "Speaking in Geneva, X said ...": the frame of a saying, no meeting
            if trig.not_dependents and any(c.dep_ in trig.not_dependents for c in kids(tok)):
                continue  # "provided that ...": a condition, not the act
            if trig.dependents and not any(c.dep_ in trig.dependents and cl.subject_of(c) is not None
                                           for c in kids(tok)):
                continue  # "proposed that X mediate": the sense needs its clause (with a subject of its own)
            if trig.complements and not any(c.lemma_.lower() in trig.complements for c in (
                    *(k for k in kids(tok) if k.dep_ in ("xcomp", "advcl")), *_object_infinitives(tok))):
                continue  # "ordered the ambassador to leave": the sense needs its infinitive
            if trig.not_preps and particles.intersection(trig.not_preps) and not particles.intersection(trig.preps):
                continue  # "spoke of the crisis", "spoke at a rally": another sense of the verb
            if trig.require_prep and not particles.intersection(trig.preps) and not any(
                    g.dep_ == "prep" and g.lower_ in trig.preps
                    for c in kids(tok) if c.dep_ == "dobj" for g in kids(c)):
                continue  # (the preposition may hang on the object: "fired a missile over X")
            subj = cl.subject_of(tok) if trig.subjects or trig.not_subjects or trig.subject_kinds else None
            if trig.not_subjects and subj is not None and _np_of_words(subj).intersection(trig.not_subjects):
                continue  # "the court dismissed the appeal": a ruling, not a refusal
            if trig.subject_kinds and not self._of_kinds(subj, trig.subject_kinds):
                continue  # "Niger quit ECOWAS": a state leaves a body; a chief executive leaving a firm does not
            if trig.not_beside and _beside(tok).intersection(trig.not_beside):
                continue  # "stormed the jail, freeing 200 inmates": a part of the attack, no release
            if trig.abroad and not self._abroad(tok, trig.preps):
                continue  # "sent police officers to Haiti": a mission abroad; to its own capital, a deployment
            if trig.subjects:
                if subj is None or not _np_of_words(subj).intersection(trig.subjects):
                    continue
                if not (trig.objects or trig.object_entities):
                    return trig  # (with objects too, both must hold: "the army removed the president")
            if trig.objects or trig.not_objects or trig.object_kinds:
                objs = self._object_words(tok, conj) if objs is None else objs
                if (trig.objects or trig.object_kinds) and not objs.intersection(trig.objects) and not (
                        trig.object_kinds and any(self._of_kinds(o, trig.object_kinds) for o in _slots(tok, trig))) and not (
                        trig.preps and self._prep_words(tok, trig.preps).intersection(trig.objects)) and not (
                        trig.object_entities and any(c.dep_ == "dobj" and (c.ent_type_ in trig.object_entities or (
                            "PERSON" in trig.object_entities and c.lower_ in ("him", "her"))) for c in kids(tok))) and not (
                        trig.aimed_entities and _aimed_entity(tok, trig.aimed_entities)):
                    continue
                if trig.aimed_objects and not {w for p in _aimed(tok) for w in _np_words(p)}.intersection(trig.aimed_objects):
                    continue  # "lifted restrictions on aid deliveries": what the object restricts
                if trig.not_objects and (objs.intersection(trig.not_objects) or (trig.preps and {
                        w for o in cl.prep_objects(tok, trig.preps) if o.tag_ != "VBG" and not (o.head.lower_ == "against"
                            and cl.children(tok, ("dobj",))) for w in (o.lemma_.lower(), o.lower_)  # (not "warned X against
                        }.intersection(trig.not_objects))):  # attacking/an attack": the warned one's act; the head only)
                    continue  # "was met with criticism", "spoke to reporters"
                if trig.not_object_entities and any(
                        o.ent_type_ in trig.not_object_entities for c in kids(tok) if c.dep_ == "dobj"
                        for o in (c, *(g for g in kids(c) if g.dep_ == "compound"))):
                    continue  # "holding Europe hostage": a place held is a figure of speech
                if not trig.objects and self._carried(tok, trig):
                    return None  # "ordered the expulsion of X": the noun carries the event
                return trig
            if self._carried(tok, trig):
                return None  # the noun carries the event
            return trig
        return None

    def _of_kinds(self, tok: Token | None, kinds: tuple[str, ...]) -> bool:
        """Whether the phrase ``tok`` heads names actors (resolved by the coder's ``res``), all of these kinds."""
        found = cl.actor_mentions(tok, self.res) if tok is not None and getattr(self, "res", None) is not None else []
        return bool(found) and all(m.actor.kind in kinds for m in found) and any(  # the phrase's head names one
            m.token_start <= tok.i < m.token_end for m in found)  # ("left ECOWAS headquarters": a building)

    def _abroad(self, tok: Token, preps: tuple[str, ...]) -> bool:
        """Whether an object of ``preps`` is a state other than the one the subject belongs to (the phrase's
        head names it: "to Haiti", not "to the Somali border")."""
        res, subj = getattr(self, "res", None), cl.subject_of(tok)
        own = {m.actor.country for m in cl.actor_mentions(subj, res)} if res is not None and subj is not None else set()
        return bool(own) and any(m.actor.kind == "state" and m.actor.country not in own and m.token_start <= o.i < m.token_end
                                 for o in cl.prep_objects(tok, preps) for m in cl.actor_mentions(o, res))

    def _carried(self, tok: Token, trig: Trigger) -> bool:
        """A light verb's own sense (no particle, no object words of its own) leaves the event to an
        event noun it governs ("held talks", "ordered the expulsion of X")."""
        return not trig.particle and tok.lemma_.lower() in self.lex.light_verbs and self._noun_object_trigger(tok)

    def _noun_object_trigger(self, verb: Token) -> bool:
        return any(self._match_noun(c) is not None for c in _light_objects(verb))

    def _match_noun(self, tok: Token) -> Trigger | None:
        if (tok.pos_ != "NOUN" and not nominal_gerund(tok)) or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"):
            return None
        entries = self.lex.nouns.get(tok.lemma_.lower()) or self.lex.nouns.get(tok.lower_)
        if not entries or figurative(tok, self.lex.figurative_acts, self.lex.figurative_foes):
            return None  # ("the war on drugs": a figure of speech)
        mods = [c for c in kids(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i]
        at = cl.container_position(tok)  # "a note of protest to X": the container's prepositions are the act's
        attached = {c.lower_ for holder in {tok, at} for c in kids(holder) if c.dep_ == "prep"} | {
            m.lower_ for c in kids(tok) if c.dep_ in ("acl", "advcl") for m in kids(c) if m.dep_ == "mark"}
        # ("calls for Israel to halt": the infinitive's "for" is the noun's)
        fallback = None
        objects = None
        for trig in entries:
            if trig.not_objects:  # "an attack on our values", "a threat to the system": a figure of speech
                objects = self._prep_words(tok, trig.preps or ("on", "to", "against", "of")) | self._undergoer_words(tok) \
                    if objects is None else objects
                if objects.intersection(trig.not_objects):
                    continue
            if trig.complements:  # "calls from X to withdraw": an appeal, by the infinitive the noun takes
                if {c.lemma_.lower() for c in _noun_infinitives(tok)}.intersection(trig.complements):
                    return trig
                continue
            if len(trig.words) > 1:
                # the entry's modifiers in order among the noun's, others between them allowed
                # ("joint military exercises" is a "joint exercise")
                if not _in_order(trig.words[:-1], [(m.lemma_.lower(), m.lower_) for m in mods]):
                    continue
                if trig.require_prep and not attached.intersection(trig.preps):
                    return None  # the compound names the sense, which needs its preposition ("a press conference")
                return trig
            if trig.preps and attached.intersection(trig.preps):
                return trig
            if trig.require_prep:
                continue  # "Qatari mediators said ...": the agent noun names an act only with its preposition
            if fallback is None or (fallback.needs_agent and not trig.needs_agent):
                fallback = trig  # no preposition decides: the sense that needs no agent
        return fallback


def nominal_gerund(tok: Token) -> bool:
    """An "-ing" form the tagger calls a verb standing where a noun does, with no subject, object or
    auxiliary of its own ("Ukrainian shelling of X killed ...", "fighting between A and B erupted"):
    it names an event like a noun, its modifiers and phrases are the noun's."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in kids(tok)) \
        or party_gerund(tok)  # ("as fighting between A and B raged": parties.py)


def _in_order(want: tuple[str, ...], mods: list[tuple[str, str]]) -> bool:
    """``want`` is a subsequence of the modifiers (each matched by lemma or lower-case text)."""
    i = 0
    for lemma, text in mods:
        if i < len(want) and want[i] in (lemma, text):
            i += 1
    return i == len(want)


def _relative_object(verb: Token, objs: list[Token]) -> Token | None:
    """The noun a relative clause is about when it is the clause's object: "the sanctions which X
    imposed", "the aid that was sent", and the contact clause with no pronoun ("the troops X deployed")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    core = [o for o in objs if o.dep_ in ("dobj", "nsubjpass")]
    if any(o.lower_ in cl.RELATIVE_PRONOUNS for o in core):
        return cl.relative_anchor(verb.head)
    if not core and any(c.dep_ == "nsubj" and c.lower_ not in cl.RELATIVE_PRONOUNS for c in kids(verb)):
        return cl.relative_anchor(verb.head)
    return None


def relative_light_verb(noun: Token, light_verbs) -> Token | None:
    """The light verb of a relative clause that carries ``noun`` as its object ("the sanctions (which)
    X imposed on Y", "the embargo that Turkey imposed", "the sanctions imposed by X on Y"): the clause
    tells the noun's act."""
    return next((c for c in kids(noun) if c.lemma_.lower() in light_verbs and (
                 (c.dep_ == "relcl" and getattr(_relative_object(c, list(kids(c))), "i", None) == noun.i)
                 or (c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in kids(c))))), None)


def _participle_head(verb: Token) -> Token | None:
    """The noun a past participle with an agent describes ("the accord signed by X", "the leader, held
    by the army", "the deal, announced and signed by X"): the participle's patient.  Without an agent
    the participle may tell a state, not an act ("an aid worker held in Mali")."""
    if not any(c.dep_ == "agent" for c in kids(verb)):
        return None
    cur = verb
    while cur.dep_ == "conj" and cur.tag_ == "VBN" and cur.head.i != cur.i:
        cur = cur.head
    if cur.tag_ == "VBN" and cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
        return cur.head
    return None


# particles that carry the "of"/"from" phrase naming a verb's object ("pulled out of the deal")
PARTICLE_HOSTS = ("out", "away", "back")
# "took X into custody", "placed X under arrest": the act named by the phrase falls on the object
PLACING_PREPS = ("into", "under")
LIGHT_PREPS = ("into", "to", "at", "as")  # "came to an agreement", "arrived at a deal", "entered into talks", "acted as a mediator"


def _light_objects(verb: Token) -> list[Token]:
    """Nouns a light verb may carry: its object, the object of its "in" ("engaged in talks"), and,
    when it has no object, the object of "into", "to" or "at" ("came to an agreement")."""
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    preps = ("in", *PLACING_PREPS) if objs else ("in", *LIGHT_PREPS)
    for prep in kids(verb):
        if prep.dep_ == "prep" and prep.lower_ in preps:
            objs += [c for c in kids(prep) if c.dep_ == "pobj"]
    return objs


def _np_words(tok: Token) -> set[str]:
    words = {tok.lemma_.lower(), tok.lower_}
    mods = [c for c in kids(tok) if c.dep_ in ("compound", "amod")]
    for m in mods:
        if m.i > 0 and m.doc[m.i - 1].text == "-" and not m.doc[m.i - 1].whitespace_:
            continue  # "live-fire drills": a hyphened modifier's last part names no object of its own
        words |= {m.lemma_.lower(), m.lower_}
    if mods:
        words.add(" ".join([m.lower_ for m in mods] + [tok.lower_]))
        words.add(" ".join([m.lemma_.lower() for m in mods] + [tok.lemma_.lower()]))
        words.add(" ".join([mods[-1].lower_, tok.lemma_.lower()]))
    return words


def thing_antecedent(pron: Token) -> Token | None:
    """The noun an object "it"/"them" stands for, when it names a thing a verb acted on just before (in
    its sentence or the one before): "Saudi Arabia restored ties ..., six years after Riyadh cut them",
    "suspended all flights ... and resumed them". The nearest object or passive subject that agrees in
    number; none for another pronoun."""
    if pron.tag_ != "PRP" or pron.lower_ not in ("it", "them") or pron.dep_ not in ("dobj", "nsubjpass"):
        return None
    plural = pron.lower_ == "them"
    start = pron.sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    for i in range(pron.i - 1, start - 1, -1):
        tok = pron.doc[i]
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and (tok.tag_ == "NNS") == plural:
            return tok
    return None


def _np_of_words(np: Token, depth: int = 2) -> set[str]:
    """The words of a noun phrase and of its "of" complements, two deep ("the state of emergency",
    "its list of state sponsors of terrorism")."""
    words = set(_np_words(np))
    for c in kids(np):
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in cl.children(c, ("pobj",)):
                words |= _np_of_words(p, depth - 1) if depth > 1 else _np_words(p)
    return words


def _aimed(verb: Token) -> list[Token]:
    """What the verb's object is aimed at: its "on"/"against" phrase ("lifted restrictions on aid deliveries")."""
    return [p for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") for p in cl.prep_objects(c, ("on", "against"))]


def _aimed_entity(verb: Token, labels: tuple[str, ...]) -> bool:
    """The verb's object is aimed at an entity of ``labels`` by its "on"/"against" phrase ("lifted its ban on Australian
    wine", "the travel ban on Qatari citizens was eased"): a state's goods or people, named or told by their nationality."""
    return any(t.ent_type_ in labels for p in _aimed(verb) for t in (p, *(m for m in kids(p) if m.dep_ in ("amod", "compound"))))


def _slots(verb: Token, trig: Trigger) -> list[Token]:
    """The direct objects an entry's ``object_kinds`` are read on (a passive's patient: "Shell was ordered to halt",
    "X, held by the army"), else the objects of its ``preps`` ("withdrew from ECOWAS")."""
    heads = (verb, *(c for c in kids(verb) if trig.particle and c.lower_ == trig.particle))  # ("pulled out of X")
    return (cl.patients_of(verb) if cl.is_passive(verb) else [c for c in kids(verb) if c.dep_ == "dobj"]) or \
        [o for h in heads for o in cl.prep_objects(h, trig.preps)]


def _beside(verb: Token) -> set[str]:
    """Lemmas of the verbs that share ``verb``'s doer: its conjuncts, the verb its participle or conjunct hangs
    on, the clauses hung on it ("freed inmates after storming the jail") and its subject's relative clause."""
    near = [c for c in kids(verb) if c.dep_ in ("conj", "advcl")]
    near += [g for c in kids(verb) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pcomp"]
    up = verb
    while up.dep_ in ("conj", "advcl") and up.head is not up and len(near) < 12:  # ("overran the town, setting fire
        up = up.head  # to the station and freeing 500 inmates": up the chain of conjuncts and participles)
        near.append(up)
    subj = cl.subject_of(verb)
    near += [c for c in kids(subj) if c.dep_ == "relcl"] if subj is not None else []
    return {t.lemma_.lower() for t in near}


def _object_infinitives(verb: Token) -> list[Token]:
    """An infinitive the parser hung on the verb's object as a relative clause ("ordered [the mission to
    leave]"): the verb's complement, its dependency read as xcomp."""
    return [c for o in kids(verb) if o.dep_ == "dobj" for c in kids(o) if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) and not any(
                s.dep_ == "nsubj" or s.lower_ in cl.RELATIVE_PRONOUNS for s in kids(c))]


def _noun_infinitives(noun: Token) -> list[Token]:
    """Infinitives with no subject of their own a noun takes ("calls to end the war"), also one the parser hung on
    the preposition the noun is the object of ("despite calls from X to withdraw troops")."""
    hosts = (noun, noun.head) if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else (noun,)
    return [c for h in hosts for c in kids(h) if c.dep_ in ("acl", "relcl", "advcl") and c.i > noun.i and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)) and not any(s.dep_ == "nsubj" for s in kids(c))]


def _raised_patients(verb: Token, objs: list[Token]) -> list[Token]:
    """The patient of a passive infinitive with no subject of its own, the subject of the verb above it
    ("diplomats were to be expelled", "the prisoners are expected to be freed")."""
    if objs or verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in kids(verb)):
        return []
    return [c for c in kids(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]


def _controlled_subjects(verb: Token) -> list[Token]:
    """The object of an object-control verb that the parser made the subject of its infinitive ("allowed
    [inspectors to visit]", read as a clause): the one allowed, asked or ordered is the verb's object."""
    if any(c.dep_ == "dobj" for c in kids(verb)) or not cl.controls_object(verb):
        return []
    return [s for c in kids(verb) if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
            and not any(m.dep_ == "mark" for m in kids(c)) for s in kids(c) if s.dep_ == "nsubj" and s.i < c.i]


def _small_clause(c: Token) -> bool:
    """A complement with a subject and no tense or complementiser ("declared Lula persona non grata",
    where the parser reads "persona" as a bare verb)."""
    return c.tag_ == "VB" and any(k.dep_ == "nsubj" for k in kids(c)) and \
        not any(k.dep_ in ("mark", "aux", "auxpass", "neg") for k in kids(c))
