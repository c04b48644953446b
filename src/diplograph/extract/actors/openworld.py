"""Actor resolution, step 4: actors outside the knowledge base (open world).

An argument that names no knowledge-base actor may still be one:

* a named organisation (NER ``ORG``) -- a company, a court, a party, an agency;
* a named people or group used as a noun (NER ``NORP``: "the Houthis", "Tutsis"), not as a modifier
  ("Shia clerics");
* a described actor: a head noun from ``open_heads`` (data/actor_words.yaml) with a state named in its
  modifiers ("Afghan terrorists", "the Saudi-led coalition", "a Chinese airline"). The state is then a
  modifier, not a participant: the actor is the group, with the state's country;
* a collective group: a plural group noun from ``collective_heads`` with a describing word that is no
  knowledge-base actor ("Gulf allies", "jihadist groups", "Islamist movements"), or with a nationality
  word that gives its country ("Palestinian factions"; not for relational heads: "US allies");
* an institution or actor noun held by a name that nothing resolved ("Zembla leaders", "the government
  of Upper Tinland province", "the Ruritanian Freedom party"): the phrase is an actor of its own, with the
  noun's sector;
* an abbreviation introduced in brackets after any actor ("the Saudi Press Agency (SPA)", "the Deputy
  Prime Minister (DPM)") stands for that actor wherever it is written later in the document.

Each becomes a new actor (``NewActor``, origin "text") with a stable id from its normalised name -- and,
for a described group, its country -- so that the store merges it across documents.
"""

from __future__ import annotations

import re

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.state import _M, _New
from diplograph.extract.actors.unnamed import predicative
from diplograph.extract.actors.gazetteer import city_country, countries_of
from diplograph.extract.actors.words import (COLLECTIVE_HEADS, DOCUMENT_HEADS, EXERCISE_HEADS, INSTITUTIONS,
                                             INSTRUMENT_HEADS, NOT_ACRONYMS, NOT_ACTOR_AFTER, NUMBER_WORDS, OPEN_HEADS, PLURAL_NOUNS, POLITY_HEADS, REGION_STATES, PREPS, HYPHENS,
                                             TITLE_WORDS, VAGUE_MODIFIERS)

# a name under these labels holds no institution ("Monday talks", "the Geneva Convention ministers")
_NOT_HOLDER_LABELS = frozenset({"DATE", "TIME", "EVENT", "LAW", "WORK_OF_ART", "MONEY", "PERCENT", "QUANTITY",
                                "CARDINAL", "ORDINAL", "PERSON", "FAC", "PRODUCT"})
_ROMAN = re.compile(r"[IVXLC]+")
_MODIFIER_DEPS = ("amod", "compound", "nmod", "poss", "npadvmod", "det", "nummod")


def _abbreviation(text: str) -> bool:
    core = text.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(core) <= 8 and core.isalnum() and text[:1].isupper() and sum(c.isupper() for c in core) >= 2


def _stands_for(abbr: str, long: str) -> bool:
    """ "ECOWAS" for "Economic Community of West African States": its letters in order, the first one a
    word's first letter (a short form of the words before it, not of an unrelated name)."""
    letters = [c.lower() for c in abbr if c.isalpha()]
    words = long.replace("-", " ").split()
    if not letters or not words or not any(w[:1].lower() == letters[0] for w in words[:2]):
        return False
    text, pos = long.lower(), 0
    for c in letters:
        pos = text.find(c, pos) + 1
        if not pos:
            return False
    return True


class _OpenWorld:
    """Named and described actors outside the knowledge base (a mixin of ``actors._Resolver``)."""

    def open_world_pass(self) -> None:
        self.vessels_pass()
        self.relational_pass()
        self._described_pass()
        self._collective_pass()
        self._orgs_pass()
        self._acronyms_pass()
        self._polity_pass()
        self._norp_pass()
        self.residents_pass()
        self._abbreviations_pass()
        self._unknown_holders_pass()
        self.described_names_pass()
        self.unnamed_pass()
        self.unlabelled_names_pass()
        self._described_generics_pass()

    def _free(self, start: int, end: int) -> bool:
        return not any(self.used[i] or self._mention_at(i) for i in range(start, end))

    def documents_pass(self) -> None:
        """ "the Vienna Convention on Diplomatic Relations", "the Treaty on Conventional Armed Forces in
        Europe", "the UN Charter": a named document is no actor, nor is any actor its name names (an act
        on the document is not done to them); its owner is ("withdrew from China's Belt and Road
        Initiative")."""
        for tok in self.toks:
            if tok.lower_ not in DOCUMENT_HEADS or not tok.is_title or tok.pos_ != "PROPN" or tok.i == 0 \
                    or tok.dep_ in ("compound", "amod"):  # a name's head, capitalised mid-sentence
                continue
            owner = [c for c in tok.children if c.dep_ == "poss"]  # "China's Belt and Road Initiative": China's
            start = owner[0].right_edge.i + 1 if owner else tok.left_edge.i
            for k in range(start, tok.right_edge.i + 1):
                for m in list(self._cover.get(k) or ()):
                    self._remove(m)
                self.used[k] = True

    def _orgs_pass(self) -> None:
        lower = self.lower
        for ent in self.ents:
            if ent.label_ != "ORG" or not self._free(ent.start, ent.end) or ent.text.upper() in NOT_ACRONYMS \
                    or self._exercise_name(ent.end) or any(i in self.region_names for i in range(ent.start, ent.end)):
                continue  # ("LNG", "GDP": the small tagger's organisations that name no actor; "Freedom Shield drills"; a place)
            words = [t for t in self.toks[ent.start:ent.end] if t.is_alpha and t.lower_ not in PREPS]
            if self.lower[ent.start] in NOT_ACTOR_AFTER or not words \
                    or all(t.lower_ in TITLE_WORDS or t.is_lower for t in words):
                continue
            start, end = ent.start, ent.end
            end = next((k for k in range(start + 1, end) if self.toks[k].tag_ in ("CD", "$")), end)  # "Apple 1.8 billion"
            while end > start and not self.toks[end - 1].is_alpha:
                end -= 1
            head = ent.root.head  # "the Umma (Nation) party": the name's own head noun, left out of the entity
            if head.i >= ent.end and head.i - ent.end <= 1 and lower[head.i] in OPEN_HEADS \
                    and head.pos_ == "NOUN" and self._free(ent.end, head.i + 1):
                end = head.i + 1
            if self.lower[start] == "the":
                start += 1
            name = normalise(self._span_text(start, end), keep_case=True)
            sector = OPEN_HEADS.get(lower[end - 1], (None, None))[1] if end > start else None  # "Labour Party"
            self._add(_M(start, end, None, "ner", sector=sector, new=_New(name, "organisation", sector=sector)))

    def _acronyms_pass(self) -> None:
        """ "The ELN attacked ...", "M23 fighters": a short form in capitals the tagger names nothing (the
        small model's entities miss most) is an organisation of its own, unless it names no actor
        (``not_acronyms``: "GDP", "LNG"), a place or a Roman numeral, or its sentence is set in capitals."""
        for tok in self.toks:
            text = tok.text
            if not (2 <= len(text) <= 6 and text.isalnum() and text.isupper() and sum(c.isalpha() for c in text) >= 2) \
                    or tok.tag_ not in ("NNP", "NNPS", "NN") or tok.ent_type_ not in ("", "ORG") \
                    or text in NOT_ACRONYMS or _ROMAN.fullmatch(text) or city_country(text) or countries_of(text) \
                    or self._exercise_name(tok.i + 1):
                continue
            sent = self.sents[self.sent_of[tok.i]]
            if sum(t.is_upper for t in sent if t.is_alpha) * 2 > sum(t.is_alpha for t in sent):
                continue  # a headline or dateline in capitals
            end, sector = tok.i + 1, None
            generic = self._mention_at(end) if end < len(self.toks) and self.toks[end].pos_ == "NOUN" else None
            if generic is not None and self._generic(generic) and generic.start in (tok.i, end) and generic.end == end + 1:
                self._remove(generic)  # "FACT rebels": that group, not rebels at large
                end, sector = end + 1, generic.sector
            if self._free(tok.i, end):
                self._add(_M(tok.i, end, None, "ner", sector=sector, new=_New(text, "organisation", sector=sector)))

    def _exercise_name(self, end: int) -> bool:
        """The name ending before ``end`` names a military exercise ("the Zapad drills": ``exercise_heads``) or
        an instrument ("the INF treaty": ``instrument_heads``)."""
        return end < len(self.toks) and self.lower[end] in EXERCISE_HEADS | INSTRUMENT_HEADS \
            and self.toks[end].pos_ == "NOUN"

    def _polity_pass(self) -> None:
        """ "an independent Chechen state", "a Tamil homeland": a people's polity the knowledge base does
        not know is an actor of its own (a group), named by the nationality word and the noun."""
        for ent in self.ents:
            end = ent.end
            if ent.label_ != "NORP" or end >= len(self.toks) or not self._free(ent.start, end + 1):
                continue
            head = self.toks[end]
            if self.lower[end] not in POLITY_HEADS or head.pos_ != "NOUN" or head.tag_ != "NN" or \
                    any(self.toks[k].head.i != end for k in range(ent.start, end)):
                continue
            if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or (
                    c.i < ent.start and c.is_title and c.dep_ in ("compound", "amod")) for c in head.children):
                continue  # "the wealthy Gulf Arab state": a description of a state named before
            name = normalise(self._span_text(ent.start, end + 1), keep_case=True)
            self._add(_M(ent.start, end + 1, None, "described", new=_New(name, "group")))
            for k in range(ent.start, end + 1):
                self.used[k] = True

    def _norp_pass(self) -> None:
        """ "The Houthis fired ...", "attacks on Tutsis": a people or movement used as a noun."""
        for ent in self.ents:
            if ent.label_ != "NORP" or not self._free(ent.start, ent.end):
                continue
            root = ent.root
            if root.pos_ not in ("PROPN", "NOUN") or root.dep_ in _MODIFIER_DEPS or not root.is_title:
                continue
            name = normalise(self._span_text(ent.start, ent.end), keep_case=True)
            if name.lower() in TITLE_WORDS:
                continue
            self._add(_M(ent.start, ent.end, None, "ner", new=_New(name, "group")))

    def _described_pass(self) -> None:
        """ "Afghan terrorists", "the Saudi-led coalition": a group described by its head noun and a state."""
        toks, lower = self.toks, self.lower
        for i in [i for i, low in enumerate(lower) if low in OPEN_HEADS]:
            if toks[i].pos_ not in ("NOUN", "PROPN") or self.used[i] or self._mention_at(i) is not None:
                continue
            if i + 1 < len(toks) and toks[i + 1].pos_ in ("NOUN", "PROPN") and toks[i + 1].dep_ != "appos" \
                    and toks[i].head.i == i + 1:
                continue  # a modifier itself: "party leaders", "coalition forces"
            j, sent_start = i - 1, self.sents[self.sent_of[i]].start
            while j >= sent_start and lower[j] not in ("the", "a", "an", "'s", "\u2019s") and (
                    toks[j].pos_ in ("ADJ", "PROPN", "NOUN", "NUM") or toks[j].text in ("-", "\u2013")
                    or toks[j].tag_ == "VBN" or self._mention_at(j) is not None):
                j -= 1
            inside = [m for m in self._by_sent[self.sent_of[i]] if j < m.start and m.end <= i]
            states = [m for m in inside if m.actor is not None and m.actor.kind == "state" and m.person is None]
            if not states or any(m.person is not None or m.new is not None for m in inside):
                continue
            start = min(m.start for m in states)
            kind, sector = OPEN_HEADS[lower[i]]
            country = states[0].actor.country
            head_text = self._span_text(start, i + 1)
            for m in inside:
                self._remove(m)
            new = _New(normalise(head_text, keep_case=True), kind, country, sector, keyed=True)
            self._add(_M(start, i + 1, None, "described", sector=sector, new=new))
            for k in range(start, i + 1):
                self.used[k] = True

    def _collective_pass(self) -> None:
        """ "Gulf allies", "jihadist groups": a group described by a collective noun and its modifiers."""
        toks, lower = self.toks, self.lower
        for i in [i for i, low in enumerate(lower) if low in COLLECTIVE_HEADS]:
            tok = toks[i]
            if tok.tag_ not in ("NNS", "NNPS", "NN") or self.used[i] or self._mention_at(i) is not None \
                    or tok.dep_ in ("compound", "amod", "nmod"):
                continue  # a modifier itself ("opposition groups leaders"), or known
            if tok.tag_ == "NN" and (any(c.dep_ in ("appos", "prep") for c in tok.children) or any(
                    k < len(toks) and toks[k].pos_ == "PROPN" for k in (i + 1, i + 2 if lower[i + 1:i + 2] == [","] else i + 1))):
                continue  # "the Islamist group Hamas", "an Islamist group, Hamas,": the name is the actor;
                # "a splinter group of X", "a faction within X": told by what it belongs to
            j, sent_start = i - 1, self.sents[self.sent_of[i]].start
            while j >= sent_start and toks[j].head.i in range(j + 1, i + 1) and (
                    toks[j].pos_ in ("ADJ", "PROPN", "NOUN") or toks[j].text in HYPHENS
                    or toks[j].tag_ == "VBN" or (toks[j + 1].text in HYPHENS and toks[j].is_alpha)):
                j -= 1  # ("far-right groups": the word before a hyphen, whatever its tag)
            if tok.tag_ == "NN" and (j < sent_start or lower[j] not in ("a", "an") or predicative(tok)):
                continue  # "the far-right group": one told before (:mod:`.coref`); "named it a terrorist group"
            kind, relational = COLLECTIVE_HEADS[lower[i]]
            if relational and self._relation_group(j, i):
                continue
            region = " ".join(lower[j + 1:i]).replace(" - ", "-")  # "the Baltic states": a named region's, unless
            region = region in REGION_STATES and not any(  # the text names one of them before (:mod:`.plural`)
                m.actor is not None and m.actor.id in REGION_STATES[region] for m in self.mentions if m.end <= j)
            if j >= sent_start and (toks[j].pos_ == "NUM" or lower[j] in NUMBER_WORDS or (
                    lower[j] in ("the", "these", "those") and lower[i] in PLURAL_NOUNS and not region)):
                continue  # "the three Gulf countries", "the Arab nations": a group phrase for named members
                # of an earlier coordination (:mod:`.plural`), not a new group
            words = [t for t in toks[j + 1:i] if t.is_alpha]
            if not words or words[0].lower_ in ("pro", "anti") or any(t.tag_ == "VBN" for t in words) \
                    or all(t.lower_ in VAGUE_MODIFIERS for t in words):
                continue  # "the groups", "other groups", "Iranian-backed groups": not a named group
            inside = [m for k in range(j + 1, i) for m in self._cover.get(k, ())]
            states = [m for m in inside if m.actor is not None and m.actor.kind == "state" and m.person is None]
            if len(states) != len(inside) or (states and relational) or len(states) > 1:
                continue  # "US allies", "Hamas groups": the knowledge base's actor is the modifier's owner
            start = j + 1
            for m in states:
                self._remove(m)
            country = states[0].actor.country if states else None
            new = _New(normalise(self._span_text(start, i + 1), keep_case=True), kind, country, None,
                       keyed=country is not None)
            self._add(_M(start, i + 1, None, "described", new=new))
            for k in range(start, i + 1):
                self.used[k] = True

    def _relation_group(self, j: int, i: int) -> bool:
        """ "Ukraine's allies", "US partners": those standing in the relation to the named actor are a
        group of their own, never the actor (the words from ``j`` + 1 to the head ``i``; a possessive
        owner just before them counts). Like a patron's group ("Iran-backed militias") it has no
        country. False (nothing made) when the words name no one actor."""
        toks, lower = self.toks, self.lower
        start = j + 1
        if j >= 1 and lower[j] in ("'s", "\u2019s", "'") and toks[j - 1].head.i == i:
            owner = self._mention_at(j - 1)
            if owner is None or owner.end != j:
                return False
            start = owner.start
        inside = {id(m): m for k in range(start, i) if lower[k] not in ("'s", "\u2019s")
                  for m in self._cover.get(k, ())}.values()
        named = [m for m in inside if m.actor is not None and m.person is None and m.members is None]
        if len(named) != 1 or len(inside) != 1:
            return False
        if start == j + 1 and (named[0].how == "demonym" or (j >= 0 and toks[j].dep_ == "poss")):
            return False  # "our Japanese allies", "its EU partners": the named actor is the ally
        for m in named:
            self._remove(m)
        self._add(_M(start, i + 1, None, "described",
                     new=_New(normalise(self._span_text(start, i + 1), keep_case=True), "group")))
        for k in range(start, i + 1):
            self.used[k] = True
        return True

    def _abbreviations_pass(self) -> None:
        """ "the Southern African Development Community (SADC)": later "SADC" is the same actor."""
        toks = self.toks
        defined: dict[str, tuple[int, _M]] = {}
        lower = self.lower
        for i in [i for i, low in enumerate(lower[:-2]) if low == "(" and lower[i + 2] == ")"]:
            abbr = toks[i + 1].text
            if not _abbreviation(abbr) or abbr in defined or i == 0:
                continue
            before = [m for m in self._cover.get(i - 1, ()) if m.end == i and m.members is None]
            m = max(before, key=lambda m: m.end - m.start) if before else None
            if m is None or not _stands_for(abbr, self._span_text(m.start, m.end)):
                m = self._long_form(i, abbr)
            if m is not None:
                defined[abbr] = (i + 1, m)
        if not defined:
            return
        wanted = {abbr.lower() for abbr in defined}
        for i in [i for i, low in enumerate(lower) if low in wanted]:
            tok = toks[i]
            found = defined.get(tok.text)
            if found is None or i < found[0]:
                continue
            m = self._mention_at(i)
            if m is not None:
                if m.new is None or m is found[1] or (m.start, m.end) != (i, i + 1):
                    continue  # the knowledge base knows it, or it is part of a longer name
                self._remove(m)
            src = found[1]
            if src.new is not None:
                src.new.aliases.add(tok.text)
            self._add(_M(i, i + 1, src.actor, "alias", sector=src.sector, person=src.person, new=src.new))
            self.used[i] = True

    def _long_form(self, paren: int, abbr: str) -> _M | None:
        """The capitalised name before "(ABBR)" that the abbreviation stands for, as a new organisation
        ("the National Front for the Liberation of Chad (NFLC)": not Chad)."""
        toks, lower = self.toks, self.lower
        j, first = paren - 1, self.sents[self.sent_of[paren]].start
        while j >= first and paren - j <= 12 and (toks[j].is_title or toks[j].is_upper
                                                  or lower[j] in ("of", "for", "the", "and", "de", "-", "&")):
            j -= 1
        for s in range(j + 1, paren - 1):
            if not toks[s].is_title or toks[s].text[0].lower() != abbr[0].lower():
                continue
            text = self._span_text(s, paren)
            if not _stands_for(abbr, text) or toks[s].lower_ in TITLE_WORDS:
                continue
            inside = {m for k in range(s, paren) for m in self._cover.get(k, ())}
            if any(m.start < s or m.person is not None for m in inside):
                return None
            states = sorted((m for m in inside if m.actor is not None and m.actor.kind == "state"), key=lambda m: m.start)
            for m in inside:
                self._remove(m)
            new = _New(normalise(text, keep_case=True), "organisation", states[0].actor.country if states else None,
                       aliases={abbr})
            m = _M(s, paren, None, "ner", new=new)
            self._add(m)
            for k in range(s, paren):
                self.used[k] = True
            return m
        return None

    def _unknown_holders_pass(self) -> None:
        """ "Zembla leaders said ...", "the government of Tinland province ordered ...": an institution
        noun or open head whose name modifier (or "of" object) is an unresolved proper noun."""
        toks, lower = self.toks, self.lower
        for tok in toks:
            low = lower[tok.i]
            if tok.pos_ != "NOUN" or (low not in INSTITUTIONS and low not in OPEN_HEADS) or self.used[tok.i] \
                    or self._mention_at(tok.i) is not None or tok.dep_ in ("compound", "amod", "nmod"):
                continue
            if tok.dep_ == "appos":
                continue  # "the X group, an ethnic Zulu force": a description of the noun before it
            # its own name words, also inside a modifier ("a Dubai-based firm")
            names = [t for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
                     for t in c.subtree if self._unknown_name(t)]
            if names:
                start, end = min(t.left_edge.i for t in names), tok.i + 1
            else:
                of = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1]
                pobj = [o for p in of for o in p.children if o.dep_ == "pobj"]
                if not pobj or not (self._unknown_name(pobj[0]) or any(
                        c.dep_ == "compound" and self._unknown_name(c) for c in pobj[0].children)):
                    continue
                start, end = tok.i, pobj[0].right_edge.i + 1
            while start < tok.i and (lower[start] in ("the", "a", "an") or not toks[start].is_alpha):
                start += 1
            if not self._free(start, end):
                continue
            kind, sector = OPEN_HEADS.get(low) or (("group" if tok.tag_ == "NNS" else "organisation"),
                                                   INSTITUTIONS.get(low))
            name = normalise(self._span_text(start, end), keep_case=True)
            self._add(_M(start, end, None, "described", sector=sector, new=_New(name, kind, sector=sector)))
            for k in range(start, end):
                self.used[k] = True

    def _unknown_name(self, tok) -> bool:
        """A capitalised proper noun, or a people's name used as an adjective ("Zapotec leaders"), that
        names no known actor (a people, a province, a party)."""
        return (tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.ent_type_ == "NORP")) and tok.is_title \
            and tok.ent_type_ not in _NOT_HOLDER_LABELS \
            and tok.lower_ not in TITLE_WORDS and self._free(tok.i, tok.i + 1)

    def _described_generics_pass(self) -> None:
        """ "Moslem fundamentalist demonstrators", "angry paper workers": an unnamed actor's describing
        words before its noun belong to its mention (its text says which demonstrators)."""
        toks = self.toks
        for m in [m for m in self.mentions if self._generic(m) and m.how == "alias"]:
            head = toks[m.end - 1]
            start = m.start
            while start > 0 and toks[start - 1].head.i in range(start, m.end) \
                    and toks[start - 1].dep_ in ("amod", "compound", "nmod") \
                    and toks[start - 1].pos_ in ("ADJ", "PROPN", "NOUN") and toks[start - 1].is_alpha \
                    and self.lower[start - 1] not in VAGUE_MODIFIERS and self._free(start - 1, start):
                start -= 1
            if start < m.start and head.i == m.end - 1:
                self._respan(m, start, m.end)
