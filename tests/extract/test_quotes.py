"""Quote extraction and speaker attribution on our own paragraphs."""

from __future__ import annotations

from diplograph.extract.actors.resolve import resolve_actors
from diplograph.extract.claims.quotes import find_quotes


def quotes(res, text, published="2022-05-01"):
    doc = res.nlp(text)
    resolution = resolve_actors(doc, res.kb, published)
    index = {s.start: i for i, s in enumerate(doc.sents)}
    return find_quotes(doc, resolution, res.lexicon.reporting_verbs, index)


def speaker(q):
    return q.speaker.actor_id if q.speaker else None


def test_speaker_after_the_quote(res):
    qs = quotes(res, "“We will not accept any ultimatum from anyone,” said Chinese Foreign Minister Wang Yi.")
    assert len(qs) == 1 and qs[0].direct
    assert qs[0].speaker is not None and qs[0].speaker.via == "CHN"


def test_inverted_quote_with_two_subjects(res):
    qs = quotes(res, "“Nobody is going to hurry” that step said Olaf Scholz, the German chancellor.")
    assert speaker(qs[0]) is not None and "Scholz" in qs[0].speaker.name


def test_quote_continues_in_the_paragraph(res):
    text = ("“The border is calm,” said Turkish Foreign Minister Mevlut Cavusoglu on Monday. "
            "“Our troops remain on alert and the talks with Damascus go on as planned.”")
    qs = quotes(res, text)
    assert len(qs) == 2 and speaker(qs[0]) == speaker(qs[1]) is not None


def test_speaker_by_title(res):
    text = ("Japan's ambassador to Kenya, Haruki Tanaka, spoke to reporters. "
            "The Japanese ambassador maintains that the projects in Mombasa will be finished on time.")
    qs = [q for q in quotes(res, text) if not q.direct]
    assert qs and "Tanaka" in qs[0].speaker.name


def test_according_to(res):
    qs = quotes(res, "According to NATO, “the exercise is purely defensive and planned long ago.”")
    assert speaker(qs[0]) == "NATO"


def test_scare_quotes_are_not_quotes(res):
    assert quotes(res, "Moscow called the group “terrorists” and the deal a “mistake”.") == []
