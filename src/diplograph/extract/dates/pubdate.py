"""Publication dates inferred from content, for texts without metadata.

Evidence, each with a readable explanation:

* lower bounds: the latest explicit date the text mentions, and well-known dated
  events it mentions as past (``data/landmarks.yaml``, user-extensible);
* statements of elapsed time: "one year since the takeover" with "the 2021
  takeover" elsewhere; "32 years later" after a sentence dated 1989;
* month-day dates without a year, in the year of the lower bound: past ones
  ("took place on October 12") raise the lower bound, future ones ("will host
  ... on October 27") give an upper bound.

The best estimate is the lower bound (most texts are written soon after the
latest event they report), at month precision when known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterator, Sequence

import yaml

from diplograph.data import safe_loader
from diplograph.extract.prefilter import could_match, fold
from diplograph.records import PartialDate
from diplograph.extract.dates.timex import MONTHS, NarrativeDates, _NUM, _num, _pd

_SINCE = re.compile(r"\b(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? "
                    r"(?:since|after) the (?P<noun>[a-z]+(?: of [A-Z][a-z]+)?)", re.IGNORECASE)
_LATER = re.compile(r"\b" + _NUM + r" years later\b", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b(?:on )?(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,? ?\d{4})|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)? "
    r"(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,? ?\d{4})")
_FUTURE = re.compile(r"\b(will|shall|is to|are to|expected to|scheduled|due to|set to|plans to|to join)\b",
                     re.IGNORECASE)


@dataclass(slots=True)
class PubGuess:
    value: str | None
    earliest: str | None
    latest: str | None
    how: str
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Landmark:
    date: str
    name: str
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """The first match in ``text`` of each pattern that has one, in pattern order
        (``folded`` is :func:`~diplograph.extract.prefilter.fold` of ``text``: it spares most scans)."""
        for pat in self.patterns:
            if could_match(pat, folded):
                m = pat.search(text)
                if m:
                    yield m


class LandmarkError(ValueError):
    pass


@lru_cache(maxsize=1)
def landmarks() -> tuple[Landmark, ...]:
    label = "diplograph/data/landmarks.yaml"
    text = (resources.files("diplograph.data") / "landmarks.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=safe_loader())  # noqa: S506 - a safe loader
    out = []
    for entry in data.get("landmarks") or []:
        try:
            PartialDate.parse(str(entry["date"]))
            pats = tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"])
        except (KeyError, ValueError, re.error) as exc:
            raise LandmarkError(f"{label}: bad landmark {entry!r}: {exc}") from exc
        out.append(Landmark(str(entry["date"]), str(entry.get("name", "")), pats))
    return tuple(out)


def _landmark_of(noun: str, year: int | None, sentences: Sequence[str]) -> Landmark | None:
    """The landmark an elapsed-time phrase ("two years since the takeover") counts from: one the
    text names with that noun ("the Taliban takeover") whose year agrees with the text's."""
    text = "\n".join(sentences)
    folded = fold(text)
    head = re.compile(r"\b" + re.escape(noun.split()[0]) + r"\b", re.IGNORECASE)
    for lm in landmarks():
        if year is not None and not lm.date.startswith(str(year)):
            continue
        for m in lm.matches(text, folded):
            if head.search(m.group(0)):
                return lm
    return None


def _year_of_noun(noun: str, sentences: Sequence[str]) -> int | None:
    """The year a text gives an event noun: "the 2021 takeover", "the takeover in 2021"."""
    rx = re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d) " + re.escape(noun) + r"\b|\b" + re.escape(noun)
                    + r" (?:of|in) (?P<year2>1[6-9]\d\d|20\d\d)\b", re.IGNORECASE)
    for sent in sentences:
        m = rx.search(sent)
        if m:
            return int(m.group("year") or m.group("year2"))
    return None


class _Bounds:
    def __init__(self) -> None:
        self.lower: PartialDate | None = None
        self.stated: PartialDate | None = None
        self.upper: PartialDate | None = None
        self.evidence: list[str] = []

    def raise_lower(self, d: PartialDate, why: str) -> None:
        if self.lower is None or d.iso > self.lower.iso:
            self.lower = d
            self.evidence.append(why)

    def state(self, d: PartialDate, why: str) -> None:
        if self.stated is None or d.iso > self.stated.iso:
            self.stated = d
            self.evidence.append(why)


def _explicit_and_elapsed(sentences: Sequence[str], b: _Bounds) -> None:
    narrative = NarrativeDates(None)
    for sent in sentences:
        before = narrative.anchor
        folded = fold(sent)
        for m in _LATER.finditer(sent) if could_match(_LATER, folded) else ():
            n, base = _num(m.group("num")), _pd(before)
            if n and base:
                b.state(PartialDate(base.year + n), f"{m.group(0)!r} after {base.year}")
        for tx in narrative.sentence(sent):
            if tx.anchor == "explicit" and tx.value and tx.precision in ("year", "month", "day"):
                d = _pd(tx.end_value or tx.value)
                if d and not _FUTURE.search(sent):
                    b.raise_lower(d, f"mentions {tx.text!r}")
        for m in _SINCE.finditer(sent) if could_match(_SINCE, folded) else ():
            n, year = _num(m.group("num")), _year_of_noun(m.group("noun"), sentences)
            known = _landmark_of(m.group("noun"), year, sentences)
            if n and known:  # "one year since the takeover" with the takeover a known dated event
                when = PartialDate.parse(known.date)
                b.state(PartialDate(when.year + n, when.month),
                        f"{m.group(0)!r}: {n} year(s) after {known.name} ({known.date})")
            elif n and year:
                b.state(PartialDate(year + n), f"{m.group(0)!r} with the {m.group('noun')} in {year}")


def _landmarks(sentences: Sequence[str], b: _Bounds) -> None:
    text = "\n".join(sentences)
    folded = fold(text)
    for lm in landmarks():
        for m in lm.matches(text, folded):
            b.raise_lower(PartialDate.parse(lm.date), f"mentions {lm.name} ({lm.date}): {m.group(0)!r}")
            break


def _month_days(sentences: Sequence[str], b: _Bounds) -> None:
    if b.lower is None:
        return
    year = b.lower.year
    for sent in sentences:
        for m in _MONTH_DAY.finditer(sent):
            mon = MONTHS[(m.group("mon") or m.group("mon2")).lower()[:3]]
            day = int(m.group("day") or m.group("day2"))
            if not 1 <= day <= 31:
                continue
            d = PartialDate(year, mon, day)
            if _is_future(sent, m.start()):
                if d.iso >= b.lower.iso and (b.upper is None or d.iso < b.upper.iso):
                    b.upper = d
                    b.evidence.append(f"future {m.group(0).strip()!r} -> before {d.iso}")
            elif b.lower.month is None or d.iso >= b.lower.iso:
                b.raise_lower(d, f"past {m.group(0).strip()!r} in {year}")


_PAST_NEAR = re.compile(r"\b(took place|was|were|held|met|happened|occurred|had|said|announced)\b", re.IGNORECASE)


def _is_future(sentence: str, at: int) -> bool:
    """Tense of the clause just before a date: "that took place on ..." vs "will host ... on"."""
    window = sentence[max(0, at - 60):at]
    if _PAST_NEAR.search(window):
        return False
    return bool(_FUTURE.search(window) or _FUTURE.search(sentence))


def infer_publication(sentences: Sequence[str]) -> PubGuess:
    """Estimate when an undated text was published, as a window with evidence."""
    b = _Bounds()
    _explicit_and_elapsed(sentences, b)
    _landmarks(sentences, b)
    if b.stated and (b.lower is None or b.stated.year > b.lower.year
                     or (b.stated.month and b.stated.iso > b.lower.iso)):
        b.raise_lower(b.stated, f"elapsed-time statement gives {b.stated.iso}")
    _month_days(sentences, b)
    if b.lower is None:
        return PubGuess(None, None, None, "none", b.evidence)
    best = b.lower if b.lower.month is None else PartialDate(b.lower.year, b.lower.month)
    return PubGuess(best.iso, b.lower.iso, b.upper.iso if b.upper else None, "inferred", b.evidence[-8:])
