"""Typed records that flow through the pipeline.

Every stage takes a spaCy ``Doc`` (or plain text) and returns these dataclasses;
only :mod:`diplograph.store` writes them to the database.  Character offsets are
always relative to the cleaned document text (``RawDocument.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any


@dataclass(slots=True)
class PartialDate:
    """A date known at some precision: ``year``, ``month`` or ``day``.

    ``iso`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` accordingly.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def parse(cls, value: str) -> "PartialDate":
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (raises ValueError)."""
        parts = value.strip().split("-")
        if not parts or len(parts) > 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO partial date: {value!r}")
        nums = [int(p) for p in parts]
        if len(nums) >= 2 and not 1 <= nums[1] <= 12:
            raise ValueError(f"month out of range: {value!r}")
        if len(nums) == 3 and not 1 <= nums[2] <= 31:
            raise ValueError(f"day out of range: {value!r}")
        return cls(*nums)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return self.iso


@dataclass(slots=True)
class RawDocument:
    """A cleaned document as produced by :mod:`diplograph.reading.files`."""

    doc_id: str
    path: str
    text: str
    content_hash: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO partial date
    published_how: str | None = None  # "metadata", "dateline", "user", "inferred", None
    published_earliest: str | None = None  # window for inferred dates
    published_latest: str | None = None
    published_evidence: str | None = None
    fmt: str = "txt"
    publication: str | None = None  # site or publisher, from HTML metadata
    removed: list[str] = field(default_factory=list)  # furniture blocks dropped


@dataclass(slots=True)
class Sentence:
    idx: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class ActorRef:
    """A resolved actor as it appears in one mention."""

    actor_id: str
    name: str
    text: str  # the mention as written
    start: int = -1
    end: int = -1
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    via: str | None = None  # actor id this one acts for (person -> state), if any
    implied: bool = False  # not named in the clause: the counterpart the discourse gives (extract/events/implicit.py)

    def served(self) -> str:
        """The state this actor stands for first: the one a person serves, else its country, else itself."""
        return self.via or self.country or self.actor_id

    def sides(self) -> set[str]:
        """The states this actor stands for: itself (or its country) and the state a person serves."""
        return {self.country or self.actor_id, self.served()} - {None}

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.actor_id,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "text": self.text,
            "via": self.via,
            "implied": self.implied,
        }


@dataclass(slots=True)
class ActorMention:
    actor_id: str
    sentence: int
    start: int
    end: int
    text: str
    how: str | None = None


@dataclass(slots=True)
class NewActor:
    """An actor first seen in the text (not in the knowledge base)."""

    actor_id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class TimeRef:
    """When an act happened: ``value`` is the (start) date, ``end`` the end of a span ("1996-2001",
    "last week"; ``".."`` for an open end: "since 2015"), each with its precision.  ``anchor`` says how
    the date was obtained: ``explicit`` (the text writes the date), ``relative`` (an expression resolved
    against the publication or narrative date: "on Monday", "two years later"), ``discourse`` (no
    expression of its own: the narrative's reference time), ``publication`` (a recent act of a news
    report dated by the publication), ``event`` (anchored on another act: "after the raid"; or, for an act
    opening a relation, an adjacent statement of when that relation began), ``none``."""

    value: str | None  # ISO partial date
    precision: str | None
    text: str | None
    anchor: str  # explicit | relative | discourse | publication | event | none
    end: str | None = None
    end_precision: str | None = None


@dataclass(slots=True)
class Event:
    type: str
    source: ActorRef | None
    target: ActorRef | None
    sentence: int
    start: int  # trigger/clause span in document text
    end: int
    trigger: str
    mode: str | None = None
    context: str | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted|reported|future|hypothetical|threatened|negated
    reported_by: ActorRef | None = None
    date: TimeRef = field(default_factory=lambda: TimeRef(None, None, None, "none"))
    intensity: float | None = None
    quad: int | None = None
    act_type: str | None = None  # the act itself when `type` codes an intent (AGREE/THREATEN)
    line: int | None = None  # for `diplograph code -`
    token: int = -1  # trigger head token index in the parsed Doc (not stored)
    # in-document identity (extract/events/identity.py): the index, in its document's event list, of
    # the first telling of the act this mention retells, and why; ``retold``: the retellings folded
    # into this event by ``diplograph.code()``
    retells: int | None = None
    retell_reason: str | None = None
    retold: list["Event"] = field(default_factory=list)
    # the speech act this act is the content of (extract/events/content.py): its index in the
    # document's event list; ``content``: those acts, listed under the speech act by ``diplograph.code()``
    content_of: int | None = None
    content: list["Event"] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    speaker: ActorRef | None
    text: str
    sentence: int
    start: int
    end: int
    direct: bool = True
    date: str | None = None


@dataclass(slots=True)
class Claim:
    subject: str  # "RUS|TALIBAN" (a sorted pair), an actor id, or a place name
    attribute: str  # "relations_began", "count:<noun>", "amount:<verb>", "located_in" (see claims.py)
    value: str
    text: str
    sentence: int
    start: int
    end: int
    holder: ActorRef | None = None


@dataclass(slots=True)
class DocResult:
    """Everything extracted from one document."""

    doc: RawDocument
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    new_actors: list[NewActor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def to_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
