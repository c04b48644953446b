"""The extraction pipeline: RawDocument -> spaCy Doc -> DocResult.

One function per stage, data flowing one way:
nlp -> actors -> events -> time -> quotes/claims.  Nothing here touches the
database, prints or exits.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from spacy.tokens import Doc

from diplograph.extract.actors.regimes import kinship, redate_governments
from diplograph.extract.actors.resolve import Resolution, resolve_actors
from diplograph.nlp.repair import repair
from diplograph.extract.actors.resolve import prepare as prepare_matchers
from diplograph.config import Settings
from diplograph.extract.dates.document import date_document
from diplograph.extract.dates.onset import date_openings
from diplograph.extract.events.coder import EventCoder
from diplograph.extract.events.content import aim_asides, attach_contents
from diplograph.extract.events.captors import address_demands
from diplograph.extract.events.fragments import drop_fragments
from diplograph.extract.events.folding import fold
from diplograph.extract.events.identity import identify
from diplograph.extract.actors.kb import KnowledgeBase
from diplograph.extract.actors.loading import load_kb
from diplograph.nlp.model import load_model, parse_many
from diplograph.nlp.tokens import forget, sents, text_of
from diplograph.extract.events.ontology import Lexicon, Ontology, load_lexicon, load_ontology, packaged_lexicon
from diplograph.extract.events.implicit import fill_in_document
from diplograph.records import ActorMention, DocResult, Event, RawDocument, Sentence
from diplograph.extract.claims.quotes import find_quotes
from diplograph.extract.claims.finder import find_claims
from diplograph.extract.dates.pubdate import infer_publication


@dataclass(slots=True)
class Resources:
    """Everything the stages read: model, knowledge base, ontology, lexicon."""

    settings: Settings
    nlp: Any
    kb: KnowledgeBase
    ontology: Ontology
    lexicon: Lexicon
    coder: EventCoder = field(init=False)

    def __post_init__(self) -> None:
        self.coder = EventCoder(self.lexicon, self.ontology)


def load_resources(settings: Settings) -> Resources:
    onto = load_ontology()
    res = Resources(settings, load_model(settings.model), load_kb(settings.actors), onto,
                    load_lexicon(settings.triggers, onto) if settings.triggers else packaged_lexicon())
    prepare_matchers(res.kb, res.nlp.vocab)
    # The model, knowledge base and lexicon live as long as the process: keep them out of the
    # garbage collector's scans, which otherwise walk them again and again while documents are made.
    gc.freeze()
    return res


def _sentences(doc: Doc) -> list[Sentence]:
    text = text_of(doc)
    return [Sentence(i, s.start_char, s.end_char, text[s.start_char:s.end_char]) for i, s in enumerate(sents(doc))]


def _publication(raw: RawDocument, sentences: list[Sentence]) -> None:
    if raw.published:
        return
    guess = infer_publication([s.text for s in sentences])
    if guess.value:
        raw.published = guess.value
        raw.published_how = "inferred"
        raw.published_earliest = guess.earliest
        raw.published_latest = guess.latest
        raw.published_evidence = "; ".join(guess.evidence)[:2000]


def extract(doc: Doc, raw: RawDocument, res: Resources) -> DocResult:
    """Run every stage after parsing on one document."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(raw.text) and "dg_text" not in doc.user_data:
        doc.user_data["dg_text"] = raw.text  # the doc was parsed from it: spaCy keeps text verbatim
    repair(doc)  # the parser's certain slips, before any stage reads the parse
    try:
        return _extract(doc, raw, res)
    finally:
        forget(doc)


def _extract(doc: Doc, raw: RawDocument, res: Resources) -> DocResult:
    sentences = _sentences(doc)
    _publication(raw, sentences)
    resolution: Resolution = resolve_actors(doc, res.kb, raw.published)
    sent_start = {s.start: i for i, s in enumerate(sents(doc))}
    mentions = [
        ActorMention(m.actor.actor_id, m.sentence, m.actor.start, m.actor.end, m.actor.text, m.how)
        for m in resolution.mentions
    ]
    events = res.coder.code(doc, resolution, sent_start)
    quotes = find_quotes(doc, resolution, res.lexicon.reporting_verbs, sent_start)
    date_document(doc, events, quotes, raw.published, res.lexicon.nouns, res.lexicon.reporting_verbs,
                  res.coder.act_named)
    redate_governments(events, res.kb)
    kin = res.kb.cache.get("kinship") or res.kb.cache.setdefault("kinship", kinship(res.kb))
    identify(events, doc, [(s.start, s.text) for s in sentences], res.coder.act_named, kin)  # one act, one event
    attach_contents(events, doc)  # what a demand asks or a threat threatens is its content
    aim_asides(events, doc)  # "..., as Rome has requested": the request is addressed to the main clause's doer
    address_demands(events, doc, res.coder.release_nouns)  # a demand for a release is addressed to the captor, not the captive
    events[:] = fill_in_document(events, doc, res.coder.act_named)  # a side left unsaid, from a near act (not for a retelling)
    # an act not told as done, with a side missing, records no relation (unless it is whole with one side)
    events[:] = drop_fragments(events, doc, res.lexicon.factuality.get("belief_heads", frozenset()),
                               res.lexicon.reception_verbs)
    claims = find_claims(doc, resolution, res.lexicon.reporting_verbs, sent_start, raw.published)
    date_openings(doc, events, claims, raw.published)  # "established ties with X" + "the ties began in 2009"
    result = DocResult(doc=raw, sentences=sentences, mentions=mentions,
                       new_actors=list(resolution.new_actors), events=events, quotes=quotes, claims=claims)
    return result


def process(raws: Iterable[RawDocument], res: Resources,
            guard: Callable[[], AbstractContextManager[Any]] | None = None,
            parse: Callable[..., Iterator[tuple[Doc, RawDocument]]] = parse_many,
            ) -> Iterator[tuple[RawDocument, DocResult | Exception]]:
    """Parse documents in batches and extract each one.

    Yields ``(raw, result)``; ``result`` is the exception when extraction of that
    one document failed, so a bad document never stops the batch.  ``guard``
    makes a context (e.g. a time limit) around each document's extraction.
    ``parse`` is :func:`~diplograph.nlp.model.parse_many` (here) or
    :func:`~diplograph.nlp.parseahead.parse_ahead` (in a parser process).
    """
    items = ((raw.text, raw) for raw in raws)
    for doc, raw in parse(res.nlp, items, batch_size=res.settings.batch_size):
        try:
            with guard() if guard else nullcontext():
                result = extract(doc, raw, res)
            yield raw, result
        except Exception as exc:  # noqa: BLE001 - reported per document by the caller
            yield raw, exc


def code_text(text: str, res: Resources, published: str | None = None) -> list[Event]:
    """Code one text without storing it (``diplograph code``): one event per act, as the store
    would merge the text's mentions (:func:`~diplograph.extract.events.identity.fold`)."""
    raw = RawDocument(doc_id="text", path="<text>", text=text, content_hash="", published=published,
                      published_how="user" if published else None)
    doc = res.nlp(text)
    return fold(extract(doc, raw, res).events)  # one event per act, its retellings in ``retold``
