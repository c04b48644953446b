"""Quotations: direct (in quotation marks) and indirect ("X said that ..."), with speakers.

A speaker is the subject of the verb of saying that governs or sits next to the
quote ("..., said X", "X said: ...", "According to X, ..."); a quote with no
speaker in its sentence continues the previous quote's speaker within the same
paragraph.  Short quoted phrases (scare quotes, titles) are not quotes.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from diplograph.nlp import clauses as cl
from diplograph.nlp.tokens import kids, sentence_of, tagged, text_of
from diplograph.records import ActorRef, Quote

# verbs of speaking that introduce a quote besides the lexicon's reporting verbs
SPEECH_VERBS = frozenset({"call", "describe", "praise", "label", "dub", "term", "brand", "criticize", "criticise",
                          "condemn", "welcome", "urge", "ask", "promise", "vow", "pledge", "assure", "claim"})
QUOTE_RE = re.compile(r"[“\"«]([^”\"»]{2,2000})[”\"»]")
MIN_WORDS = 4


def _speaker_verb(sent: Span, reporting: frozenset[str], outside: tuple[int, int]) -> Token | None:
    best = None
    for tok in sent:
        if outside[0] <= tok.idx < outside[1]:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in reporting:
            if best is None or abs(tok.idx - outside[0]) < abs(best.idx - outside[0]):
                best = tok
    return best


def _according_to(sent: Span, res) -> ActorRef | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            for pobj in cl.children(tok.doc[tok.i + 1], ("pobj",)):
                found = cl.actor_mentions(pobj, res)
                if found:
                    return found[0].actor
    return None


def _subject_actor(verb: Token, res) -> ActorRef | None:
    # "..." that decision said Zamir Kabulov: an inverted quote can leave two subjects; try each
    subjects = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    first = cl.subject_of(verb)
    if first is not None and first not in subjects:
        subjects.insert(0, first)
    for subj in subjects:
        found = cl.actor_mentions(subj, res)
        if found:
            return found[0].actor
        for tok in subj.subtree:  # "Zamir Kabulov, Putin's envoy" - any mention in the subject phrase
            if tok.dep_ in ("relcl", "acl"):
                break
            m = res.at_token(tok.i)
            if m is not None:
                return m.actor
    return None


def _paragraph_of(text: str, pos: int) -> int:
    return text.count("\n\n", 0, pos)


def find_quotes(doc: Doc, res, reporting: frozenset[str], sent_index: dict[int, int]) -> list[Quote]:
    """Direct and indirect quotes of a parsed, actor-resolved document."""
    text = text_of(doc)
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    last_speaker: tuple[int, ActorRef] | None = None
    reporting = frozenset(reporting) | SPEECH_VERBS
    for m in QUOTE_RE.finditer(text):
        body = m.group(1).strip()
        if len(body.split()) < MIN_WORDS:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sents = [sentence_of(span[0]), sentence_of(span[-1])]
        speaker = None
        for sent in dict.fromkeys(sents):
            verb = _speaker_verb(sent, reporting, (m.start(), m.end()))
            if verb is not None:
                speaker = _subject_actor(verb, res)
            speaker = speaker or _according_to(sent, res)
            if speaker:
                break
        para = _paragraph_of(text, m.start())
        if speaker is None and last_speaker is not None and last_speaker[0] == para:
            speaker = last_speaker[1]
        if speaker is not None:
            last_speaker = (para, speaker)
        quotes.append(Quote(speaker=speaker, text=body, sentence=sent_index[sents[0].start],
                            start=m.start(), end=m.end(), direct=True))
        covered.append((m.start(), m.end()))
    quotes += _indirect(doc, res, reporting, sent_index, covered)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _indirect(doc: Doc, res, reporting: frozenset[str], sent_index: dict[int, int],
              covered: Iterable[tuple[int, int]]) -> list[Quote]:
    spans = list(covered)
    out = []
    for tok in tagged(doc, ("VERB",)):
        if tok.lemma_.lower() not in reporting:
            continue
        comps = [c for c in kids(tok) if c.dep_ == "ccomp"]
        if not comps:
            continue
        comp = comps[0]
        start, end = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text)
        if any(a <= start < b or a < end <= b for a, b in spans):
            continue
        speaker = _subject_actor(tok, res)
        if speaker is None:
            continue
        body = text_of(doc)[start:end].strip()
        if body.lower().startswith("that "):
            body = body[5:]
        if len(body.split()) < MIN_WORDS:
            continue
        out.append(Quote(speaker=speaker, text=body, sentence=sent_index[sentence_of(tok).start], start=start,
                         end=end, direct=False))
    return out
