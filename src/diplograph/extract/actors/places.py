"""Actor resolution, step 4b: cities named in the text (``data/cities.yaml``).

A city the knowledge base does not know ("Kharkiv", "Mombasa") is no actor of its own, but where an
act falls on a place ("missiles struck Kharkiv", "troops shelled Mariupol") it falls on the country
the city lies in, as CAMEO-style coders code it. A run of proper nouns whose whole name is a listed
city (and that the tagger does not call a people, a date or a person acting) becomes a mention of
that country's state, read "place" (never its government: "Odesa" does not speak for Kyiv). Meetings, talks and agreements keep their places as venues: the event
coder does not take their place adjuncts as participants. A region ``data/gazetteer.yaml`` lists under one
country ("the Galilee", "Syunik"), which the tagger does not read as a city or country, is no person, and in an
argument's or a preposition's slot a place of that country too. A disputed place (``disputed``) is a place of one
of its claimants (:meth:`_Places._claimant`); the event coder reads it against the act's doer
(``extract/events/placed.py``).
"""

from __future__ import annotations

from diplograph.extract.actors.gazetteer import claimants, city_country, countries_of, place_named, region_country
from diplograph.extract.actors.state import _M
from diplograph.extract.actors.words import (GOV_NOUNS, INSTITUTIONS, NAMED_PLACE_NOUNS, PLACE_PARTS, REGION_NOUNS,
                                             TITLE_WORDS)
from diplograph.nlp.grammar import grammar
from diplograph.nlp.tokens import tagged

# where a listed region (``data/gazetteer.yaml``) named alone is a place: an argument or a preposition's
# object, never a modifier ("the Balkan wars")
_SLOTS = frozenset({"pobj", "dobj", "conj", "appos"})
_NOT_PLACES = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW"})


class _Places:
    """Cities as places of their country (a mixin of ``actors._Resolver``)."""

    def places_pass(self) -> None:
        self.region_names: set[int] = set()  # names before a region noun: no person (read by people_pass)
        toks, n, i = self.toks, len(self.toks), 0
        proper = [False] * n  # (the tags read from one array: most tokens are no proper noun)
        for tok in tagged(self.doc, ("PROPN",)):
            proper[tok.i] = True
        while i < n:
            if not proper[i] or not toks[i].is_title or self.used[i] or self._mention_at(i) is not None:
                i += 1
                continue
            j = i
            while j < n and proper[j] and not self.used[j] and self._mention_at(j) is None:
                j += 1
            self._place(i, j)
            i = j

    def _place(self, start: int, end: int) -> None:
        """The run of proper nouns ``start:end`` as a city of its country, if it is one."""
        if self._region(start, end):
            return
        root = self.doc[start:end].root
        label = self.toks[start].ent_type_
        claim = claimants(self._span_text(start, end)) if (root.dep_ in _SLOTS and not _of_people(root)) or (
            root.dep_ == "compound" and root.head.lower_ in NAMED_PLACE_NOUNS) else frozenset()  # ("the Torkham crossing")
        region = region_country(self._span_text(start, end)) if label != "GPE" or _left(root) or (
            root.dep_ == "dobj" and self._acted_on_as_place(root)) else None  # ("shelled Izium", "left Izium")
        if region is not None or self._no_person(start, end, root, label):
            self.region_names.update(range(start, end))  # a listed region the tagger misreads: no person
        if label == "NORP" and (city_country(self._span_text(start, end)) or claim) \
                and self._acted_on_as_place(root) and not self.kb.lookup(self._span_text(start, end)):
            label = "GPE"  # "jets bombed Aleppo": a listed city the tagger calls a people, struck as a place
        if label in _NOT_PLACES or root.dep_ == "nsubj" or (label == "PERSON" and not claim
                                                             and not self._acted_on_as_place(root)):
            return  # (a city does not act; the small tagger calls some cities persons: only a place's slot
            # makes one a place)
        if start > 0 and (self.lower[start - 1] in TITLE_WORDS or self.toks[start - 1].ent_type_ == "PERSON"):
            return  # "President Lincoln", "Andrew Jackson"
        code = self._claimant(start, end, claim) if claim else city_country(self._span_text(start, end))
        if code is None and root.dep_ in _SLOTS:
            # a listed region the tagger misreads, in an argument's or a preposition's slot, is a place of its
            # country ("rockets at the Galilee", "shelled Syunik"; a name it reads as a city or country is left
            # to data/cities.yaml: "talks in Mekelle" keep their venue)
            code = region
        actor = self.kb.get(code) if code else None
        if actor is None or actor.kind != "state":
            return
        self._add(_M(start, end, actor, "place"))
        for k in range(start, end):
            self.used[k] = True

    def _region(self, start: int, end: int) -> bool:
        """ "the Tigray region", "West Darfur State": a name before (or ending in) a region noun is a place
        of the country the gazetteer puts it in, or, unlisted, at least no person (it may still head an
        unknown actor: "the government of X province"). True when read so."""
        n = len(self.toks)
        if end - start > 1 and self.lower[end - 1] in REGION_NOUNS:
            name_end, span_end = end - 1, end
        elif end < n and self.lower[end] in REGION_NOUNS and self.toks[end].pos_ == "NOUN":
            name_end, span_end = end, end + 1
        else:
            return False
        if self.toks[start].ent_type_ in _NOT_PLACES or self.doc[start:span_end].root.dep_ == "nsubj":
            return False
        countries, claim = countries_of(self._span_text(start, name_end)), claimants(self._span_text(start, name_end))
        actor = self.kb.get(self._claimant(start, name_end, claim) if claim else next(iter(countries))) \
            if claim or len(countries) == 1 else None
        root = self.doc[start:span_end].root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in GOV_NOUNS | INSTITUTIONS.keys():
            actor = None  # "the government of X province": the region's own body (the open world reads it)
        self.region_names.update(range(start, name_end))
        if actor is not None and actor.kind == "state":
            self._add(_M(start, span_end, actor, "place"))
            for k in range(start, span_end):
                self.used[k] = True
        return True

    def _claimant(self, start: int, end: int, claim: frozenset[str]) -> str | None:
        """The claimant the disputed place ``start:end`` (``data/gazetteer.yaml`` ``disputed``) stands for here:
        the one its own modifier names ("the Syrian Golan Heights"), else the one its sentence does not name when
        it names one ("Georgian guns shelled X": the other), else the one the city list puts it in, else any (the
        event coder reads it against the act's doer: extract/events/placed.py)."""
        own = {m.actor.country for m in self._by_sent[self.sent_of[start]] if m.actor is not None
               and m.end <= start and start <= self.doc[m.end - 1].head.i < end} & claim
        if len(own) == 1:
            return next(iter(own))  # "the Syrian Golan Heights": the claimant its own modifier names
        named = {m.actor.country for m in self._by_sent[self.sent_of[start]] if m.actor is not None} & claim
        listed = city_country(self._span_text(start, end))
        if len(named) == 1 and len(claim - named) == 1:
            return next(iter(claim - named))
        return listed if listed in claim else min(claim, default=None)

    def _no_person(self, start: int, end: int, root, label: str) -> bool:
        """ "Rafah" the tagger calls a person: a name the gazetteer lists, the object of a preposition of
        place ("near X") or before a place noun ("X city") is a place, never a person -- unless it acts (a
        subject), a title or a first name stands before it ("President Lincoln") or the text named a person
        so before."""
        if label in _NOT_PLACES or root.dep_ == "nsubj" or (start > 0 and (
                self.lower[start - 1] in TITLE_WORDS or self.toks[start - 1].ent_type_ == "PERSON")):
            return False
        text = self._span_text(start, end)
        if any(e.label_ == "PERSON" and e.start < start and e.end - e.start > 1 and text in e.text.split()
               for e in self.ents):
            return False  # "Ariel Sharon ... Sharon said": the person's surname
        return place_named(text) or (root.dep_ == "pobj" and root.head.lower_ in grammar().place_preps) \
            or (end < len(self.toks) and self.lower[end] in NAMED_PLACE_NOUNS)

    @staticmethod
    def _acted_on_as_place(tok) -> bool:
        """ "struck Kharkiv", "in Mombasa": the object of a verb that falls on places, or of a
        preposition of place."""
        g = grammar()
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in g.place_verbs or _left(tok)
        return tok.dep_ == "pobj" and (tok.head.lower_ in g.place_preps or tok.head.lower_ == "of"
                                       and tok.head.head.lower_ in PLACE_PARTS or _left(tok))  # "the outskirts of Kharkiv"


def _left(tok) -> bool:
    """ "withdrew from Izium", "pulled out of Jenin", "vacated Izium": the place a departure leaves (its object, or
    the object of its "from" or "out of": ``departure_words``)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in NAMED_PLACE_NOUNS:
        return _left(head.head)  # "withdrew from the town of Izium"
    if tok.dep_ == "pobj" and head.lower_ in ("from", "of"):
        head = head.head.head if head.lower_ == "of" and head.head.lower_ == "out" else head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in grammar().departure_words


def _of_people(tok) -> bool:
    """ "the inhabitants of X", "residents of X": a place whose "of" phrase tells where people are from, a part of
    their description (no place an act falls on, unless a part of a place: "the outskirts of X")."""
    head = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and head.tag_ == "NNS" and head.lower_ not in PLACE_PARTS
