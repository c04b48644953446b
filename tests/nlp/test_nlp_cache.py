"""The per-document lists of diplograph.nlp (children, sentence ids, part-of-speech picks) give what
spaCy's own properties give, and coding with them cached gives the same events."""

from __future__ import annotations

import dataclasses

import pytest

from diplograph.extract.events import modality as md
from diplograph.config import load_settings
from diplograph.nlp.model import load_model
from diplograph.nlp.tokens import children, forget, kids, sentence_ids, sentence_of, sents, tagged, tokens

TEXT = (
    "Will the government of Ruritania recognise the new council?\n\n"
    "Officials in Ruritania said on Monday that they would not attend the talks in Geneva, "
    "and the foreign minister accused the council of violating the ceasefire. "
    "Why is the council hosting a summit? "
    "The council: will it sign the agreement with the armed forces?"
)


@pytest.fixture(scope="module")
def nlp():
    return load_model(load_settings().model)


def test_children_match_spacy(nlp):
    doc = nlp(TEXT)
    lists = children(doc)
    assert len(lists) == len(doc)
    for tok in doc:
        assert [c.i for c in kids(tok)] == [c.i for c in tok.children]
    # the children are the doc's cached token objects, made once
    toks = tokens(doc)
    assert all(c is toks[c.i] for cs in lists for c in cs)
    assert children(doc) is lists


def test_sentence_of_matches_token_sent(nlp):
    doc = nlp(TEXT)
    assert len(sents(doc)) >= 3
    ids = sentence_ids(doc)
    assert len(ids) == len(doc)
    for tok in doc:
        sent = sentence_of(tok)
        assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)
        assert sents(doc)[ids[tok.i]] is sent


def test_tagged_picks_parts_of_speech(nlp):
    doc = nlp(TEXT)
    assert [t.i for t in tagged(doc, ("VERB", "NOUN"))] == [t.i for t in doc if t.pos_ in ("VERB", "NOUN")]
    assert tagged(doc, ()) == []


def test_forget_drops_every_list(nlp):
    doc = nlp(TEXT)
    kids(doc[0]), sentence_of(doc[0])
    assert {"dg_children", "dg_sent_ids"} <= set(doc.user_data)
    forget(doc)
    assert not any(str(key).startswith("dg_") for key in doc.user_data)


def test_remembered_syntax_is_what_the_parse_gives(nlp):
    """subject_of and patients_of, remembered per verb and document, give what working them out afresh
    gives; a caller's change to the list it got is its own; forget drops what they remembered."""
    from diplograph.nlp import syntax

    doc = nlp(TEXT)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    fresh = [(syntax._subject_of(v), syntax._patients_of(v)) for v in verbs]
    assert any(s is not None for s, _ in fresh) and any(p for _, p in fresh)
    for _ in range(2):  # worked out, then remembered
        assert [(syntax.subject_of(v), syntax.patients_of(v)) for v in verbs] == fresh
    assert "dg_memo" in doc.user_data
    syntax.patients_of(verbs[0]).append(doc[0])
    assert syntax.patients_of(verbs[0]) == fresh[0][1]
    forget(doc)
    assert "dg_memo" not in doc.user_data


def test_polar_question_reads_only_questions(nlp):
    doc = nlp(TEXT)
    verbs = {t.lower_: t for t in doc if t.pos_ in ("VERB", "AUX")}
    assert md.polar_question(verbs["recognise"])  # "Will ... recognise ...?"
    assert md.polar_question(verbs["sign"])  # after a headline part: "The council: will it sign ...?"
    assert not md.polar_question(verbs["hosting"])  # a wh-question presupposes the act
    assert not md.polar_question(verbs["accused"])  # not a question


def _coded(res, doc):
    from diplograph.extract.actors.resolve import resolve_actors

    resolution = resolve_actors(doc, res.kb, "2021-10-15")
    events = res.coder.code(doc, resolution)
    return [dataclasses.asdict(e) for e in events]


def test_coding_is_the_same_with_lists_cached_or_not(res):
    text = ("Russia and China signed an agreement on trade. Iran accused Israel of attacking its ships. "
            "Germany will send troops to Lithuania, the defence ministry said.")
    first = res.nlp(text)
    events = _coded(res, first)
    assert events  # the sentences are coded
    assert _coded(res, first) == events  # again, with every list cached
    forget(first)
    assert _coded(res, first) == events  # again, the lists made anew
    assert _coded(res, res.nlp(text)) == events  # a fresh parse


def test_cue_index_finds_what_a_search_for_each_cue_finds(res):
    import random

    from diplograph.extract.events.context import CueIndex as _CueIndex

    cues = ["air force", "armed forces", "ex-", "is-k", "front line", "a b", "x-ray", "peace talks"]
    index = _CueIndex(cues)
    assert index.found("The chair forces of the ex-leader met IS-K.".lower()) == [0, 2, 3]
    rnd = random.Random(7)
    pieces = ["air", " ", "-", "force", "s", "armed", "front", "line", "a", "b", "x", "ray", "is", "k", "ex",
              "peace", "talks", "."]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert index.found(text) == [n for n, cue in enumerate(cues) if cue in text], text
    # the lexicon's own cues
    lexicon_index = _CueIndex([cue for cue, _ in res.coder.cues.multi])
    text = " ".join(cue for cue, _ in res.coder.cues.multi[::3])
    assert lexicon_index.found(text) == [n for n, (cue, _) in enumerate(res.coder.cues.multi) if cue in text]
