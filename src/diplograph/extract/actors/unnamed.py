"""Actor resolution, open world: an unnamed organisation told by its kind noun as an argument.

"sanctions on a shipping firm", "raided the offices of an opposition newspaper", "lodged a complaint
against a mining company", "sanctioned shipping companies": a noun of ``unnamed_heads``
(data/actor_words.yaml) that is the object of a verb or of a preposition, or a passive subject, and
that is indefinite (a bare plural or "a"/"an", not "the company" told before nor "its firm"), names an
actor outside the knowledge base even with no name or state: the phrase (its describing words and the
noun) is a new actor with the noun's kind and sector. A state among the describing words is left to
the passes that read it ("a Greek shipping company" is Greece's); a name after the noun is the
organisation's own ("the newspaper La Prensa", relational.py). A capitalised name the tagger labels nothing,
in the same slots ("Russia banned Memorial"), is likewise an organisation of its own.
"""

from __future__ import annotations

from diplograph.extract.actors.kb import normalise
from diplograph.extract.actors.state import _M, _New
from diplograph.extract.actors.gazetteer import city_country, countries_of
from diplograph.extract.actors.misnamed import organisation_object
from diplograph.extract.actors.words import BODILY_VERBS, NOT_ACRONYMS, TITLE_WORDS, UNNAMED_HEADS, VAGUE_MODIFIERS

# slots that make the noun an argument of an act; a prepositional object counts under these prepositions
_SLOTS = ("dobj", "nsubjpass", "dative", "pobj")
_ARGUMENT_PREPS = frozenset({"at", "on", "upon", "against", "of", "over", "into", "to", "toward", "towards",
                             "with", "from", "for", "by"})
# a name's prepositions: not those that tell where to or from, or where at (a place the tagger missed), nor
# "of" or "for", whose names are often no party ("the grace of God", "prayed for Gaza")
_NAME_PREPS = frozenset({"against", "with", "by"})


def predicative(tok) -> bool:
    """The noun tells what something is or is made, not who: a predicate nominal ("is a terrorist group"), an
    object complement ("designated the Taliban a terrorist organisation") or a phrase after "as"."""
    edge = tok.left_edge.i
    if tok.dep_ in ("attr", "oprd", "acomp") or (edge > 0 and tok.doc[edge - 1].lower_ == "as"):
        return True
    return tok.dep_ == "dobj" and any(c.dep_ in ("dative", "dobj") and c.i < tok.i for c in tok.head.children)


def _argument(tok, preps=_ARGUMENT_PREPS) -> bool:
    while tok.dep_ == "conj":  # "detained activists and a journalist"
        tok = tok.head
    if tok.dep_ not in _SLOTS:
        return False
    return tok.dep_ != "pobj" or tok.head.lower_ in preps


class _Unnamed:
    """Unnamed organisations as arguments (a mixin of ``actors._Resolver``)."""

    def unnamed_pass(self) -> None:
        toks, lower = self.toks, self.lower
        for tok in toks:
            i = tok.i
            if lower[i] not in UNNAMED_HEADS or tok.pos_ != "NOUN" or self.used[i] or self._mention_at(i) is not None \
                    or not _argument(tok) or predicative(tok) or (i + 1 < len(toks) and toks[i + 1].pos_ == "PROPN"):
                continue
            dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
            if any(c.lower_ not in ("a", "an") for c in dets) or (not dets and tok.tag_ != "NNS"):
                continue  # "the company", "its firm": one told before or owned; "company officials"
            start = i
            while start > 0 and toks[start - 1].head.i in range(start, i + 1) \
                    and toks[start - 1].dep_ in ("amod", "compound", "nmod") and toks[start - 1].is_alpha \
                    and toks[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") and lower[start - 1] not in VAGUE_MODIFIERS:
                if not self._free(start - 1, start):
                    break
                start -= 1
            if start > 0 and toks[start - 1].head.i == i and not self._free(start - 1, start):
                continue  # "a Greek shipping company": the named modifier says whose it is
            kind, sector = UNNAMED_HEADS[lower[i]]
            name = normalise(self._span_text(start, i + 1), keep_case=True)
            self._add(_M(start, i + 1, None, "described", sector=sector, new=_New(name, kind, sector=sector)))
            for k in range(start, i + 1):
                self.used[k] = True

    def described_names_pass(self) -> None:
        """ "Norvela, a Danish shipping company, suspended ...": a capitalised name no actor stands for, described
        by an appositive noun of ``unnamed_heads`` (one organisation: "a"/"an" or none), is that organisation, of
        the state the appositive names ("Danish"), not that state."""
        toks = self.toks
        for tok in toks:
            i = tok.i
            appos = next((a for a in tok.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > i
                          and UNNAMED_HEADS.get(self.lower[a.i], ("",))[0] == "organisation"
                          and all(c.lower_ in ("a", "an") for c in a.children if c.dep_ in ("det", "poss"))), None)
            if appos is None or tok.pos_ != "PROPN" or not tok.is_title or self.used[i] or self._mention_at(i) is not None:
                continue
            run = sorted([c for c in tok.children if c.dep_ == "compound" and c.i < i], key=lambda c: c.i)
            start = run[0].i if run and run[0].i + len(run) == i else i
            text = self._span_text(start, i + 1)
            if any(not t.is_title or t.lower_ in TITLE_WORDS for t in toks[start:i + 1]) or not self._free(start, i + 1) \
                    or city_country(text) or countries_of(text) or self.kb.lookup(text):
                continue
            states = {m.actor.country or m.actor.id for m in self.mentions if appos.left_edge.i <= m.start
                      and m.end <= appos.i + 1 and m.actor is not None and m.actor.kind == "state"}
            kind, sector = UNNAMED_HEADS[self.lower[appos.i]]
            country = next(iter(states)) if len(states) == 1 else None
            self._add(_M(start, i + 1, None, "ner", sector=sector,
                         new=_New(normalise(text, keep_case=True), kind, country=country, sector=sector)))
            for k in range(start, i + 1):
                self.used[k] = True

    def held_name(self, ent) -> bool:
        """ "Russian authorities jailed Navalny", "X was arrested": a one-word name the tagger calls an
        organisation (or nothing) is a person when it is the object of a verb done only to people
        (``bodily_verbs``); its kind is the text's, not the tagger's guess. Not a short form in capitals."""
        tok = ent[0] if len(ent) == 1 else None
        if tok is None or tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ not in ("", "ORG", "GPE") \
                or tok.lower_ in TITLE_WORDS or countries_of(tok.text) or self.kb.lookup(tok.text):
            return False
        while tok.dep_ == "conj":
            tok = tok.head
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in BODILY_VERBS

    def unlabelled_names_pass(self) -> None:
        """ "Russia banned Memorial", "sanctions against Zarvex Shipping": a capitalised name the tagger gave
        no label (any label, as the object of a verb done to organisations: misnamed.py), the object of a verb or of a party's preposition, is an organisation of its own (not a
        place the gazetteer knows, a title word or a short form that names no actor)."""
        toks = self.toks
        for tok in toks:
            i = tok.i
            if tok.pos_ != "PROPN" or not tok.is_title:
                continue  # (both readings below are of a capitalised name)
            if not self.used[i] and self._mention_at(i) is None and self.held_name(self.doc[i:i + 1]):
                start = i  # "Police arrested Smith", "detained Ilya Yashin": a person, by what was done to them
                while start > 0 and toks[start - 1].dep_ == "compound" and toks[start - 1].head.i == i \
                        and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_title \
                        and not toks[start - 1].ent_type_ and self._free(start - 1, start):
                    start -= 1
                self._person(start, i + 1, None)
                self.surnames_pass()  # ("... Smith said": named again by the surname, the same person)
                continue
            if (tok.ent_type_ and not organisation_object(tok)) or self.used[i] or not _argument(tok, _NAME_PREPS) \
                    or predicative(tok) or i == self.sents[self.sent_of[i]].start:
                continue
            run = sorted([c for c in tok.children if c.dep_ == "compound" and c.i < i], key=lambda c: c.i)
            start = run[0].i if run and run[0].i + len(run) == i else i
            if any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ for t in toks[start:i]) \
                    or not self._free(start, i + 1):
                continue
            text = self._span_text(start, i + 1)
            if any(t.lower_ in TITLE_WORDS or t.text.upper() in NOT_ACRONYMS for t in toks[start:i + 1]) \
                    or city_country(text) or countries_of(text):
                continue
            name = normalise(text, keep_case=True)
            self._add(_M(start, i + 1, None, "ner", new=_New(name, "organisation")))
            for k in range(start, i + 1):
                self.used[k] = True
