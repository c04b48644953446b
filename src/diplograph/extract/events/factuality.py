"""Factuality of a candidate event: whether the text tells it as having happened (FactBank-style).

Between the clause analysis (:mod:`diplograph.nlp.clauses`, :mod:`.modality`) and the event record
(:mod:`.coder`): each candidate gets one value

* ``asserted``: told as fact; ``reported``: attributed or hedged ("reportedly", "X claimed that"), or
  disputed by a party not of the doer's side ("Mali denied that Wagner fighters killed ...": modality.disowned);
* ``future``: planned, intended, offered or invited ("plans to", "the objective of forcing",
  "sent troops to end the fighting", "invited X to join talks");
* ``hypothetical``: possible, conditional, believed or asked for ("if", "unlikely to", "believe
  they can", "an opportunity to", "demanded that X withdraw", "accused X of killing");
* ``threatened``: the content of a threat or warning;
* ``negated``: told as not (yet) done, with the negation's real scope ("has yet to", "refused to",
  "no talks took place", "has no plans to"; not a negation on a later verb whose subject the event noun is,
  nor one on a head that leaves the act open or means it: "would not rule out sending", "would not
  hesitate to strike", "had not decided whether to expel");
* ``question``: asked, not told (a sentence that ends with "?");
* ``habitual``: a standing practice told in the present, not one act ("militants regularly attack
  convoys").

Only ``asserted`` and ``reported`` acts count as having happened (plover.yaml ``modalities``).
The speech act that embeds another act (the demand, the invitation, the accusation) keeps its
own value; what it asks, offers or alleges is its content, not a second fact.

The cue words are data (triggers.yaml ``factuality``, validated by :mod:`.ontology`); this module
holds only the grammar of where they apply: the candidate's own modifiers, then each link from the
candidate up to its sentence's root (xcomp, ccomp, advcl, acl, objects and prepositions).
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.events import modality as md
from diplograph.extract.events.clausemood import (ClauseMood, _bare_or_modal, _content_misparsed, _mandative_present,
                                                  _told_clause, cl_subject, finite_sibling, name_state, phrasal_words)
from diplograph.extract.events.descriptions import Descriptions
from diplograph.extract.events.warrants import Warrants
from diplograph.extract.events.restated import restating_noun
from diplograph.nlp.clauses import is_infinitive
from diplograph.nlp.grammar import answered_deed
from diplograph.nlp.tokens import kids, sentence_of, text_of

VALUES = ("asserted", "reported", "future", "hypothetical", "threatened", "negated", "question", "habitual")
_CONTINUE = "continue"  # the link changes nothing: look further up
_STOP = "stop"  # what lies above does not bear on the candidate (it is a presupposed subject or object)
_OBJECTS = ("dobj", "attr", "oprd", "dative", "nsubjpass")
_SUBJECTS = ("nsubj", "csubj", "expl")
_MAX_LINKS = 10


class Factuality(ClauseMood, Descriptions, Warrants):
    """Judges candidates with the lexicon's factuality cues and light verbs."""

    def __init__(self, cues: dict[str, frozenset[str]], light_verbs: frozenset[str] = frozenset(), modality:
                 md.Modality | None = None, reception_verbs=frozenset(), travel_verbs=frozenset()) -> None:
        def get(name: str) -> frozenset[str]:
            return cues.get(name, frozenset())

        self.hyp_modals, self.fut_modals = get("hypothetical_modals"), get("future_modals")
        self.cond_marks, self.cond_phrases = get("condition_marks"), tuple(get("condition_phrases"))
        self.belief, self.intent, self.possible = get("belief_heads"), get("intent_heads"), get("possibility_heads")
        self.supposing = self.belief | self.possible  # words under which an act is believed or possible, not announced
        self.negative, self.implicative = get("negative_heads"), get("implicative_heads")
        self.request, self.offer = get("request_heads"), get("offer_heads")
        self.accusation, self.threat = get("accusation_heads"), get("threat_heads")
        self._speech = (self.request, self.offer, self.threat, self.accusation)  # nouns of speech acts, by kind
        self.noncommittal = {tuple(p.split()) for p in get("noncommittal_heads")}
        self.occurrence, self.decision = get("occurrence_verbs"), get("decision_heads")
        self.descriptive_verbs, self.disapproval = get("descriptive_verbs"), get("disapproval_heads")
        self.predicative_verbs, self.lasting_phrases = get("predicative_verbs"), get("lasting_phrases")
        self.rep_adverbs, self.rep_phrases = get("reported_adverbs"), tuple(get("reported_phrases"))
        self.hedging, self.partisan = get("hedging_reporters"), get("partisan_speakers")
        self.rep_mods, self.fut_mods = get("reported_modifiers"), get("future_modifiers")
        self.kinds, self.convening = get("kind_determiners"), get("convening_verbs")
        self.neg_dets, self.success, self.attempted_types = get("negative_determiners"), get("success_acts"), get("attempted_types")
        self.presupposing, self.after_nouns = get("presupposing_marks"), get("presupposing_nouns")
        self.habitual, self.alternative = get("habitual_adverbs"), get("alternative_marks")
        self.stative, self.occasion = get("stative_verbs"), get("occasion_nouns")
        self.utterance, self.possession = get("utterance_nouns"), get("possession_verbs")
        self.standing_nouns, self.forming = get("standing_nouns"), get("forming_verbs")
        self.agenda, self.contingent = get("agenda_nouns"), get("contingency_verbs")
        self.anyone, self.undeterred = get("generic_pronouns"), get("undeterred_heads")
        self.denial, self.pending, self.ended = get("denial_heads"), get("pending_adverbs"), get("ended_heads")
        self.aside = self.presupposing | get("question_aside_marks")
        self.requirement, self.prevention = get("requirement_adverbs"), get("prevention_heads")
        self.reported_passives, self.inversions = get("reported_passives"), get("condition_inversions")
        self.viewpoint, self.report_nouns = get("viewpoint_nouns"), get("report_nouns")
        self.lasting_units, self.lasting_modifiers = get("lasting_units"), get("lasting_modifiers")
        self.lasting_verbs, self.onset_preps = get("lasting_verbs"), get("onset_preps")
        self.state_preps, self.state_nouns, self.state_verbs = get("state_preps"), get("state_nouns"), get("state_verbs")
        self.topic_nouns, self.topic_preps = get("topic_nouns"), get("topic_preps")
        self.topic_of_nouns, self.topic_verbs = get("topic_of_nouns"), get("topic_verbs")
        self.light, self.reception = light_verbs, reception_verbs
        self.travel, self.trip_purposes = travel_verbs, get("trip_purposes")
        self.legal, self.exercising, self.punitive = get("legal_heads"), get("exercising_verbs"), get("punitive_heads")
        self.decisions, self.judging = get("decision_nouns"), self.disapproval | get("approval_heads")
        self.consequences, self.attempts, self.attempted = get("consequence_verbs"), get("attempt_heads"), get("attempted_acts")
        self.mod = modality or md.packaged()

    # -- the verdict -----------------------------------------------------
    def judge(self, tok: Token, clause: Token, lower: str, reporter: Token | None, act: str | None = None) -> tuple[str, bool]:
        """(modality, negated) of the candidate whose head is ``tok`` and whose clause verb is
        ``clause``; ``lower`` is its sentence lower-cased, ``reporter`` the verb of saying above it."""
        tok, clause = self.attempt(tok, clause, act) or (tok, clause)  # "tried to mediate": as the trying is told
        neg = self.negated(tok, clause)
        if self.question(tok):
            return "question", neg
        verdict = self._own(tok) or self.charged(tok, act)  # ("jailed X for spying": warrants.py)
        stopped, clause = False, self._trip(clause)
        occurred = self._occurred(tok) if verdict is None else None
        if occurred is not None:  # "a summit that took place on 12 October", whatever the clause around it
            return self._clause(occurred, lower, reporter), neg
        if verdict is None:
            verdict, stopped = self._embedding(tok)
        if verdict == "negated":
            return "negated", True
        if verdict is not None:
            return verdict, neg
        base = tok if stopped else clause
        value = self._clause(base, lower, reporter)
        if value == "asserted" and self._habitual(base if base.pos_ in ("VERB", "AUX") else clause):
            return "habitual", neg
        return value, neg

    def _trip(self, verb: Token) -> Token:
        """The verb of a trip made for ``verb`` ("flew to X to meet Y": ``trip_purposes``), else ``verb``."""
        ok = verb.dep_ == "advcl" and is_infinitive(verb) and verb.lemma_.lower() in self.trip_purposes
        return verb.head if ok and verb.head.lemma_.lower() in self.travel and verb.head.pos_ == "VERB" else verb

    def question(self, tok: Token) -> bool:
        """The candidate's sentence asks (it ends with "?", closing quotes aside), and the candidate is
        not in a clause the question takes as given ("..., as Rome has requested?", "after X attacked")."""
        sent = sentence_of(tok)
        if not text_of(tok.doc)[sent.start_char:sent.end_char].rstrip().rstrip("\"'”’»)").endswith("?"):
            return False
        node = tok
        for _ in range(_MAX_LINKS):
            if node.head.i == node.i:
                return True
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.aside for c in kids(node)):
                return False
            node = node.head
        return True

    # -- acts, states and descriptions --------------------------------------
    def performed(self, tok: Token) -> bool:
        """An event noun someone carries out: the object of a light verb ("imposed sanctions",
        "engaged in talks") or the subject of a verb of occurrence ("talks took place")."""
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
            head = head.head
        elif tok.dep_ not in (*_OBJECTS, "nsubj"):
            return False
        lemma = head.lemma_.lower()
        return lemma in self.occurrence if tok.dep_ == "nsubj" else lemma in self.light

    # -- negation with its scope ------------------------------------------
    def negated(self, tok: Token, clause: Token) -> bool:
        """A verb: ``not``/``never`` on it or on what governs it through xcomp/conj ("did not attack
        or invade"), or refuse/fail to.  A noun: "no talks"; or the noun is the object of a negated
        light verb ("did not hold talks") or the subject of a negated verb of occurrence ("talks did
        not take place") — not the subject of any other negated verb ("X's support will not result
        in ...") nor the object of a negated verb that presupposes it ("did not condemn the attack")."""
        if tok.pos_ in ("VERB", "AUX"):
            if self._lifted(tok) is not None or (tok.lemma_.lower() in self.success and tok.dep_ == "xcomp"
                                                 and tok.head.lemma_.lower() in self.attempts | self.negative):
                return False  # "did not rule out sending jets", "would not hesitate to strike", "failed to persuade": no denial
            cur = tok
            for _ in range(4):
                if self.mod.negated(cur) or any(s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("none", "nobody") or any(
                        d.lower_ in self.neg_dets and d.dep_ in ("det", "preconj", "cc") for d in kids(s)))
                        for s in kids(cur)):
                    return True  # ... or "neither X nor Y signed", "no country has recognised", "none of them"
                if cur.dep_ != "conj" or cl_subject(cur) or cur.head.i == cur.i:
                    return False
                cur = cur.head
            return False
        if any(c.dep_ in ("det", "neg") and c.lower_ in self.neg_dets for c in kids(tok)):
            return True
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
            head = head.head  # "engaged in talks"
        elif tok.dep_ not in (*_OBJECTS, "nsubj"):
            return False
        if head.pos_ not in ("VERB", "AUX"):
            return False
        lemma = head.lemma_.lower()
        if tok.dep_ == "nsubj":
            return lemma in self.occurrence and self.mod.negated(head)
        return (lemma in self.light or lemma in self.occurrence or lemma in self.reception) and self.mod.negated(head) \
            and self._lifted(head) is None  # ("would not rule out imposing sanctions": left open)

    # -- the candidate's own modifiers ------------------------------------
    def _own(self, tok: Token) -> str | None:
        """ "alleged support", "planned talks"; a verb's own condition or purpose is a link, below."""
        if tok.pos_ in ("VERB", "AUX"):
            return None
        for c in kids(tok):
            if c.dep_ in ("amod", "det", "predet") and c.i < tok.i and c.lower_ in self.kinds and \
                    not tok.dep_.startswith("nsubj"):
                return "hypothetical"  # "welcome such help": a kind of act; the one it stands for was told
                # before ("such deliveries continued" says they took place)
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                word = c.lower_
                if word in self.rep_mods:
                    return "reported"
                if word in self.fut_mods:
                    return "future"
        return None

    # -- what embeds the candidate -----------------------------------------
    def _embedding(self, tok: Token) -> tuple[str | None, bool]:
        """The nearest embedding that makes the candidate other than a fact, walking from ``tok``
        to the sentence root; (None, stopped) when there is none (stopped: a presupposed argument)."""
        held = tok.head if tok.dep_ == "compound" else tok  # ("the sanctions package": the package)
        if tok.pos_ == "NOUN" and held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in self.prevention:
            return "negated", False  # "vetoed the sanctions package", "blocked aid deliveries": kept from being done
        if tok.dep_ == "acl" and held.head.dep_ in ("dobj", "nsubjpass") and held.head.head.lemma_.lower() in self.prevention:
            return "negated", False  # "vetoed a resolution condemning X", "blocked a bid to expel Y": what it would do
        node = tok
        for _ in range(_MAX_LINKS):
            node = finite_sibling(node)  # ("wants to join NATO and has received tanks": the receiving is told)
            head = node.head
            if head.i == node.i:
                return None, False
            found = self._link(node, head)
            if found == _STOP:
                return None, True
            if found not in (None, _CONTINUE):
                return found, False
            if node.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent") and head.head.i != head.i:
                node = head.head  # the preposition was read with its object
            else:
                node = head
        return None, False

    def _link(self, node: Token, head: Token) -> str | None:
        dep = node.dep_
        verbal = node.pos_ in ("VERB", "AUX")
        if verbal and head.lower_ in self.cond_marks and dep in ("pcomp", "ccomp", "advcl", "xcomp"):
            return "hypothetical"  # "provided that X releases ...", parsed as the complement of "provided"
        if verbal and any(c.dep_ == "mark" and c.i > 0 and c.doc[c.i - 1].lower_ in self.cond_marks
                          for c in kids(node)):
            return "hypothetical"  # "... provided that X releases": the parse may hang it on the main verb
        if dep in ("advcl", "ccomp") and (self._inverted(node) or (dep == "advcl" and self._inverted(head))):
            return "hypothetical"  # "Had X sent tanks, ...", "Were X to attack, ...": a condition without "if"
        if dep == "advcl":
            marks = {c.lower_ for c in kids(node) if c.dep_ in ("mark", "advmod") and c.i < node.i}
            if marks & self.cond_marks:
                return "hypothetical"
            if marks & self.aside:
                return _STOP  # "after X attacked Y", "as Z had alleged": told as having happened, whatever embeds it
            if "for" in marks and is_infinitive(node):
                found = self._embedder(head, node, "xcomp")  # "pressed for X to ratify", "its call for X to leave"
                if found != _CONTINUE:
                    return found
            if is_infinitive(node) and head.pos_ in ("NOUN", "ADJ"):
                found = self._embedder(head, node, "acl")  # "an opportunity for X to deepen ties"
                if found != _CONTINUE:
                    return found
            if is_infinitive(node) and head.lemma_.lower() in ("be", "become") and any(
                    c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in self.implicative)
                    for a in kids(head) if a.dep_ == "attr" for c in kids(a)):
                return _CONTINUE  # "was the only government to recognise X", parsed as a purpose: it did
            if self._trip(node) is not node:
                return _CONTINUE  # "flew to Riyadh to meet X": the trip is the meeting, as factual as the trip
            if is_infinitive(node) and not marks - {"in", "order", "so", "as"}:
                return "future"  # "sent troops to end the fighting": the purpose is intended
            return _CONTINUE
        if dep in ("xcomp", "ccomp"):
            if any(c.dep_ == "mark" and c.lower_ in self.mod.open_marks for c in kids(node)):
                return "hypothetical"  # "had not decided whether to expel", "asked whether X would": open
            if dep == "xcomp" and head.lemma_.lower() in self.reported_passives and \
                    any(c.dep_ == "auxpass" for c in kids(head)):
                return "reported"  # "X is said to have deployed", "is rumoured to have executed": on hearsay
            if dep == "xcomp" and head.lemma_.lower() in ("have", "be") and \
                    any(c.dep_ == "advmod" and c.lower_ in self.pending for c in kids(head)):
                return "negated"  # "has yet to mount", "is yet to", "has still to ratify": not done so far
            if node.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in kids(node)):
                modals = {c.lower_ for c in kids(head) if c.dep_ == "aux"}  # a gerund has no tense of its own:
                if modals & self.hyp_modals:  # "would see Paris backing the junta as useful"
                    return "hypothetical"
                if modals & self.fut_modals:
                    return "future"
            if dep == "ccomp" and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.cond_marks
                                                                for m in kids(c)) for c in kids(head)):
                return "hypothetical"  # "if true, the report means X armed Y": told only on that condition
            found = self._embedder(head, node, dep)
            if found == _CONTINUE and dep == "xcomp" and is_infinitive(node) and head.pos_ == "VERB" and \
                    any(c.dep_ == "dobj" for c in kids(head)) and head.lemma_.lower() not in self.implicative:
                return "future"  # "crossed the border to dispatch aid": a purpose, parsed as a complement
            return found
        if dep in ("acl", "relcl"):
            if dep == "relcl" and head.pos_ == "NOUN" and _content_misparsed(node):
                return self._embedder(head, node, "content")  # "the theory that X blew up the dam" (no relative)
            if dep == "acl" and getattr(restating_noun(node), "i", None) == head.i:
                return _STOP  # "X offered talks, an offer that Y rejected": a relative clause, told as done
            if dep == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(node)):
                if head.dep_ == "dobj" and head.head.lemma_.lower() in self.denial and \
                        head.lemma_.lower() in self.utterance | self.accusation:
                    return "negated"  # "denied reports that X had sent troops": told as not done
                return self._embedder(head, node, "content")  # "its demand that X withdraw": what the demand asks
            if dep == "relcl" or not is_infinitive(node):  # (a participle on a person's name tells a fact of them:
                return _CONTINUE if dep == "acl" and not name_state(node) else _STOP  # "X, held since May")
            if self.carried(head):
                return _STOP  # "X's decision to storm the embassy drew condemnation": it was carried out
            user = self.right_user(head)
            if user is not None:
                return self.exercised(user) or _STOP  # "exercised its right to expel": done as the using is
            found = self._embedder(head, node, "acl")
            return "future" if found == _CONTINUE and head.lemma_.lower() not in self.implicative \
                and not any(c.lower_ in self.implicative for c in kids(head) if c.dep_ == "amod") else found
        if dep in ("pobj", "pcomp"):
            prep = head
            if prep.dep_ not in ("prep", "agent") or prep.head.i == prep.i:
                return _CONTINUE
            word = prep.lower_
            if word in self.neg_dets or word in self.alternative or prep.head.lower_ in self.alternative:
                return "negated"  # "without consulting", "rather than fighting", "instead of talks"
            if self._condition_phrase(prep):
                return "hypothetical"
            if word in self.presupposing or (word == "with" and verbal and cl_subject(node)):
                return _STOP  # "during the war", "with both sides exchanging fire": presupposed
            holder = prep.head
            lemma = holder.lemma_.lower()
            if word == "of" and (lemma in self.after_nouns or holder.lower_ in self.after_nouns):
                return _STOP  # "in the wake of the takeover": what followed it presupposes it
            if answered_deed(node):
                return _STOP  # "vowed revenge for the killing of X": what a retort answers was done
            if self.legal_holder(prep) is not None:
                return "hypothetical"  # "convicted X of bombing", "charged X with spying": alleged, not told
            if word == "against" and verbal and node.tag_ == "VBG":
                return "hypothetical"  # "warned X against supplying arms", "voted against sending troops": not done
            if (lemma in self.accusation and word in ("of", "for")) or (lemma in self.disapproval and word == "for"):
                return "hypothetical"  # "accused X of killing", "criticised X for ...": alleged, not told as fact
            if word in ("of", "for", "to", "on", "about", "toward", "towards", "with", "from") or (
                    word == "in" and holder.pos_ in ("ADJ", "NOUN")):  # "interested in", "no interest in"
                found = self._embedder(holder, node, "prep")
                if found != _CONTINUE:
                    return found
            if node.pos_ in ("NOUN", "PROPN") and holder.pos_ in ("VERB", "AUX") and \
                    holder.lemma_.lower() not in self.light and word != "in":
                return _STOP  # "condemned the violence against X": presupposed
            return _CONTINUE
        if dep in ("attr", "oprd"):
            return _CONTINUE  # "what X called a hijacking": a predicate, not an argument
        if dep in _OBJECTS:
            if head.dep_ == "prep" and head.lower_ in self.presupposing:
                return _STOP  # "following clashes" parsed as the object of a participle
            if node.pos_ not in ("NOUN", "PROPN"):
                return self._embedder(head, node, "obj")
            lemma = head.lemma_.lower()
            if lemma in self.light or lemma in self.occurrence or lemma in self.reception or lemma in self.convening:
                return _CONTINUE  # "will hold talks", "imposed sanctions"; "hopes to win recognition from X"
            found = self._embedder(head, node, "obj")
            return _STOP if found == _CONTINUE and head.pos_ in ("VERB", "AUX") else found
        if dep in _SUBJECTS:
            agenda = [o for p in kids(head) if p.dep_ == "prep" and p.lower_ == "on"
                      for o in kids(p) if o.dep_ == "pobj" and o.lemma_.lower() in self.agenda]
            if agenda and head.lemma_.lower() == "be":
                return "negated" if self.mod.negated(head) else "future"  # "recognition is not on the agenda"
            if head.lemma_.lower() in self.contingent and dep == "nsubj" and not verbal:
                return "hypothetical"  # "any aid will hinge on how the new rulers behave"
            auxes = {c.lower_ for c in kids(head) if c.dep_ == "aux"}
            if not verbal and auxes & self.hyp_modals and "have" not in auxes:
                return "hypothetical"  # "a deal with X would allow Y to ...": a deal supposed, not made
                # ("the attack would have been unthinkable a decade ago": it took place)
            if not verbal and head.lemma_.lower() not in self.occurrence:
                return _STOP  # "Russia's support ... will not result in": the support is presupposed
            return _CONTINUE
        return _CONTINUE

    def _embedder(self, head: Token, node: Token, rel: str) -> str:
        """What a head word makes of its complement ``node`` (xcomp, ccomp, acl, prep, obj)."""
        lemma = head.lemma_.lower()
        words = {lemma, head.lower_} | phrasal_words(head)
        if self.mod.negated(head) and self.noncommittal_head(head):
            return "hypothetical"  # "did not rule out sanctions", "would not exclude revising"
        if head.pos_ == "NOUN" and words & self.intent and any(c.dep_ == "det" and c.lower_ in self.neg_dets
                                                               for c in kids(head)):
            return "negated"  # "had no plans to close the border", "no intention of expelling": not meant
        if words & self.undeterred and any(c.dep_ == "neg" for c in kids(head)):
            return _CONTINUE  # "would not hesitate to strike": as the head's own clause tells it
        if rel in ("obj", "prep") and any(node.lemma_.lower() in kind and words & kind for kind in self._speech):
            return _CONTINUE  # "insisted on its demands", "repeated its threat": the noun is the act the verb makes
        if rel in ("obj", "prep") and node.pos_ == "NOUN" and words & (self.negative | self.denial) and \
                any(node.lemma_.lower() in kind for kind in self._speech):
            return _CONTINUE  # "declined an invitation", "refused the offer", "its refusal of X's request": made
        if rel == "xcomp" and node.lemma_.lower() in self.success and words & (self.attempts | self.negative):
            return _CONTINUE  # "tried in vain to persuade X", "failed to convince X": X was asked (success_acts)
        if words & self.negative or (rel in ("xcomp", "ccomp") and words & self.denial) or (rel == "xcomp" and words & self.ended):
            return "negated"  # "refused to sign"; "denied supporting the rebels", "denied that it had fired"; "stopped buying"
        if words & self.implicative or (rel == "obj" and words & self.decision) or (
                rel == "xcomp" and words & self.attempts and node.lemma_.lower() in self.attempted):
            return _CONTINUE  # "managed to meet"; "agreed sanctions": decided, not intended; "tried to march": marched
        if rel == "ccomp" and words & (self.request | self.offer) and not _bare_or_modal(node, self.hyp_modals) and \
                not _mandative_present(node, head):
            return _CONTINUE  # "told X that there was a threat" reports; "demanded that X withdraw" asks
        if words & self.offer or lemma == "invite":
            return "future"
        if words & self.request:
            return "hypothetical"
        if words & self.threat:
            return "threatened"
        if words & self.accusation:
            return "reported" if rel in ("ccomp", "content") else _CONTINUE  # "accused X of": read with its preposition
        if words & self.belief & self.intent and rel == "xcomp" and is_infinitive(node) and \
                node.lemma_.lower() not in self.reception and not any(c.dep_ in ("dobj", "dative") for c in kids(head)):
            return "future"  # "hoped to sign a pact with X": the hoper's own aim, as "plans to"
        if words & self.belief:
            return self._believed(node)
        if words & self.intent and not (rel == "ccomp" and _told_clause(node, self.hyp_modals | self.fut_modals)):
            return "future"  # ("the report means X armed Y", "agreed that X had broken the truce": told, not intended)
        if words & self.possible:
            return "hypothetical"
        if rel == "content" and words & self.report_nouns:
            return "reported"  # "the report that Russia shelled the plant": told on the report's word
        return _CONTINUE

