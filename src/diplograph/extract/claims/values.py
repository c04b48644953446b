"""Claims about quantities and places (see :mod:`diplograph.extract.claims.finder` for the whole picture).

- ``count:<noun>``: a number modifying a membership/force noun of an actor, said to be
  somewhere or owned — "5,000 al-Shabaab fighters remain in the south", "Hezbollah has
  20,000 fighters" -> subject the actor, value ``5000`` (a range ``2000-3000``); people
  acted on ("freed 5,000 fighters") are not counted.
- ``amount:<verb>``: a sum of money governed by a verb whose subject is an actor —
  "the group earns between $50-80 million per year" -> ``50000000-80000000 USD/year``.
- ``located_in``: "Pakistan's Herat province", "the Afghan province of Herat",
  "Herat province of/in Pakistan" -> subject ``Herat``, value ``PAK`` (ISO alpha-3).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.tokens import tokens as doc_tokens
from diplograph.extract.claims.cues import Cues, party_id
from diplograph.extract.prefilter import fold, may_contain
from diplograph.records import Claim

_NUM = r"\d[\d,]*(?:\.\d+)?"


def number(text: str, scale: int = 1) -> int | float | None:
    """``"3,000"`` -> 3000; ``"2.5"`` with scale 1e6 -> 2500000 (None if not a number)."""
    try:
        value = float(text.replace(",", "")) * scale
    except ValueError:
        return None
    return int(value) if value == int(value) else value


def _scale_rx(cues: Cues) -> str:
    return "|".join(sorted((re.escape(s) for s in cues.scales), key=len, reverse=True))


_RX: dict[tuple[int, str], re.Pattern[str]] = {}


def _money_rx(cues: Cues) -> re.Pattern[str]:
    if (id(cues), "money") in _RX:
        return _RX[id(cues), "money"]
    cur = "|".join(sorted((re.escape(c) for c in cues.currencies), key=len, reverse=True))
    words = "|".join(sorted((re.escape(w) for w in cues.currency_words), key=len, reverse=True))
    sc = _scale_rx(cues)
    per = "|".join(sorted((re.escape(p) for p in cues.per_units), key=len, reverse=True))
    _RX[id(cues), "money"] = re.compile(
        rf"(?P<cur>{cur})\s?(?P<a>{_NUM})(?:\s*(?P<sa>{sc})\b)?"
        rf"(?:\s*(?:-|–|to|and)\s*(?:{cur})?\s?(?P<b>{_NUM})(?:\s*(?P<sb>{sc})\b)?)?"
        rf"(?:\s*(?P<word>{words})\b)?"
        rf"|(?P<a2>{_NUM})(?:\s*(?P<sa2>{sc})\b)?(?:\s*(?:-|–|to)\s*(?P<b2>{_NUM}))?(?:\s*(?P<sb2>{sc})\b)?"
        rf"\s*(?P<word2>{words})\b"
        rf"(?:(?:\s+(?:per|a|an|each)\s+(?P<per>{per})\b)|\s+(?P<adv>annually|yearly|monthly))?",
        re.IGNORECASE)
    return _RX[id(cues), "money"]


_PER_ADV = {"annually": "year", "yearly": "year", "monthly": "month"}
_PER_AFTER = re.compile(r"\s+(?:per|a|an|each)\s+(\w+)|\s+(annually|yearly|monthly)\b", re.IGNORECASE)


def money_value(m: re.Match[str], cues: Cues, after: str) -> str | None:
    """The normalised value of a money match: ``"N CUR"``, ``"LO-HI CUR"``, with ``/unit`` when per time."""
    g = m.groupdict()
    a, b = g["a"] or g["a2"], g["b"] or g["b2"]
    sa, sb = (g["sa"] or g["sa2"] or "").lower(), (g["sb"] or g["sb2"] or "").lower()
    currency = cues.currencies.get(g["cur"] or "") or cues.currency_words.get(g["word"] or g["word2"] or "") \
        or cues.currency_words.get((g["word"] or g["word2"] or "").lower())
    if not currency:
        return None
    hi_scale = cues.scales.get(sb or sa, 1)
    lo = number(a, cues.scales.get(sa, hi_scale) if sa else hi_scale)
    if lo is None:
        return None
    value = str(lo)
    if b:
        hi = number(b, hi_scale)
        if hi is None:
            return None
        value = f"{lo}-{hi}"
    per = g.get("per")
    if not per:
        tail = _PER_AFTER.match(after)
        if tail:
            per = tail.group(1) or tail.group(2)
    unit = cues.per_units.get((per or "").lower()) or _PER_ADV.get((per or "").lower())
    return f"{value} {currency}" + (f"/{unit}" if unit else "")


def _subject_party(verb: Token, res) -> str | None:
    subj = cl.subject_of(verb)
    if subj is None:
        return None
    for m in cl.actor_mentions(subj, res):
        pid = party_id(m.actor)
        if pid:
            return pid
    return None


def _may_state_money(stext: str, cues: Cues) -> bool:
    """Whether ``stext`` has a currency sign or word, without which the money pattern cannot match
    (substring tests, far cheaper than the pattern's scan)."""
    folded = fold(stext)
    return any(may_contain(c, stext, folded) for words in (cues.currencies, cues.currency_words) for c in words)


def amount_claims(sent: Span, stext: str, res, cues: Cues) -> list[tuple[Claim, Token]]:
    doc, out = sent.doc, []
    if not _may_state_money(stext, cues):
        return out
    for m in _money_rx(cues).finditer(stext):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        value = money_value(m, cues, stext[m.end():])
        verb = cl.clause_head(span.root)
        if value is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject_party(verb, res)
        if subject is None:
            continue
        out.append((Claim(subject=subject, attribute=f"amount:{verb.lemma_.lower()}", value=value,
                          text=stext.strip(), sentence=-1, start=start, end=end), verb))
    return out


def _count_rx(cues: Cues) -> re.Pattern[str]:
    if (id(cues), "count") not in _RX:
        sc = _scale_rx(cues)
        _RX[id(cues), "count"] = re.compile(
            rf"(?P<a>{_NUM})(?:\s*(?P<sa>{sc})\b)?(?:\s*(?:-|–|to|and)\s*(?P<b>{_NUM}))?(?:\s*(?P<sb>{sc})\b)?",
            re.IGNORECASE)
    return _RX[id(cues), "count"]


def _strength(noun: Token, cues: Cues) -> bool:
    """The number is the size of a force ("N fighters remain/are based", "X has N fighters",
    "the N members who reside in ..."), not of people acted on ("freed/killed N soldiers")."""
    verb = cl.clause_head(noun)
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("nsubj", "nsubjpass", "attr") and lemma in cues.presence_verbs:
        return True
    if noun.dep_ == "dobj" and lemma in cues.owner_verbs:
        return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in cues.presence_verbs for c in noun.children)


def count_claims(sent: Span, stext: str, res, cues: Cues) -> list[tuple[Claim, Token]]:
    doc, out, seen = sent.doc, [], set()
    for tok in doc_tokens(doc)[sent.start:sent.end]:
        if tok.dep_ != "nummod":
            continue
        head = tok.head
        if head.i in seen or head.lemma_.lower() not in cues.count_nouns:
            continue
        seen.add(head.i)
        nums = [t for c in head.children if c.dep_ == "nummod" for t in c.subtree if t.like_num]
        if not nums:
            continue
        left = min(t.i for t in nums)
        m = _count_rx(cues).search(stext, doc[left].idx - sent.start_char, head.idx - sent.start_char)
        if m is None:
            continue
        hi_scale = cues.scales.get((m["sb"] or m["sa"] or "").lower(), 1)
        lo = number(m["a"], cues.scales.get((m["sa"] or "").lower(), hi_scale))
        hi = number(m["b"], hi_scale) if m["b"] else None
        if lo is None or (m["b"] and hi is None):
            continue
        if not _strength(head, cues):
            continue
        owners = [x for x in cl.actor_mentions(head, res) if party_id(x.actor)]
        if not owners and head.dep_ == "dobj" and head.head.lemma_.lower() in cues.owner_verbs:
            owners = cl.subject_mentions(head.head, res)  # "Hezbollah has 20,000 fighters"
        subject = next((p for p in (party_id(x.actor) for x in owners) if p), None)
        if subject is None:
            continue
        value = f"{lo}-{hi}" if hi is not None else str(lo)
        out.append((Claim(subject=subject, attribute=f"count:{head.lemma_.lower()}", value=value,
                          text=stext.strip(), sentence=-1, start=doc[left].idx,
                          end=head.idx + len(head.text)), head))
    return out


def _state_country(tok: Token, res) -> str | None:
    m = res.at_token(tok.i)
    if m is None or m.actor.kind != "state" or m.actor.via or m.how == "place":
        return None  # (a city standing for its country is a place, not the country)
    return m.actor.country


def _name(tokens: list[Token]) -> str | None:
    if not tokens or not all(t.pos_ == "PROPN" or t.text in ("-", "'") for t in tokens):
        return None
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def location_claims(sent: Span, stext: str, res, cues: Cues) -> list[tuple[Claim, Token]]:
    out = []
    for tok in doc_tokens(sent.doc)[sent.start:sent.end]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues.place_nouns:
            continue
        lefts = [c for c in tok.lefts]
        names = [t for t in tok.doc[lefts[0].i:tok.i]] if lefts else []
        names = [t for t in names if (t.head.i == tok.i and t.dep_ == "compound")
                 or (t.head.dep_ == "compound" and t.head.head.i == tok.i)]
        country = None
        for c in lefts:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c not in names:
                country = country or _state_country(c, res)
        of_objs = cl.prep_objects(tok, ("of", "in"))
        if not names:  # "the Afghan province of Kunduz"
            for pobj in cl.prep_objects(tok, ("of",)):
                if _state_country(pobj, res) is None:
                    names = [t for t in pobj.subtree if t.i <= pobj.i]
                    of_objs = [o for o in of_objs if o.i != pobj.i]
        if country is None:
            country = next((c for c in (_state_country(o, res) for o in of_objs) if c), None)
        name = _name(names)
        if not country or not name:
            continue
        if any(_state_country(t, res) for t in names):
            continue  # "Russia's Pakistan border region": a country, not a place in one
        start = min([names[0].idx, *[c.idx for c in lefts]])
        out.append((Claim(subject=name, attribute="located_in", value=country, text=stext.strip(),
                          sentence=-1, start=start, end=tok.idx + len(tok.text)), tok))
    return out
