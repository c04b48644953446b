"""What a watch round did, per source and in total."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

COUNTS = ("added", "replaced", "unchanged", "failed")


@dataclass(slots=True)
class SourceReport:
    """One source in one round; ``failed`` counts the items that failed in this round."""

    source: str
    kind: str  # feed or folder
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    still_failing: int = 0  # items that failed in an earlier round and are not tried again until they change
    not_modified: bool = False  # the feed answered 304
    error: str | None = None  # the source itself failed (feed unreachable or broken, folder gone)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (item, reason) of this round's failures

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def line(self) -> str:
        if self.error:
            return f"{self.kind} {self.source}: failed: {self.error}"
        parts = [f"{getattr(self, c)} {c}" for c in COUNTS]
        if self.still_failing:
            parts.append(f"{self.still_failing} still failing (not retried until changed)")
        return f"{self.kind} {self.source}: " + ", ".join(parts) + (" (feed not modified)" if self.not_modified else "")

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, **{c: getattr(self, c) for c in COUNTS},
                "still_failing": self.still_failing, "not_modified": self.not_modified, "error": self.error,
                "errors": [{"item": i, "reason": r} for i, r in self.errors]}


@dataclass(slots=True)
class WatchReport:
    """One round: its start (what ``added_since`` and alerts compare with), sources and totals."""

    started: datetime
    sources: list[SourceReport] = field(default_factory=list)
    seconds: float = 0.0
    events: int = 0  # event mentions extracted from the stored documents
    alerts: list[Any] | None = None  # what the alert rules returned, when they were checked
    error: str | None = None  # the round as a whole could not run (the store busy, say); the next one tries again

    @property
    def ok(self) -> bool:
        return not self.error and not any(s.error or s.failed for s in self.sources)

    def total(self, outcome: str) -> int:
        return sum(getattr(s, outcome) for s in self.sources)

    def summary(self) -> str:
        if self.error:
            return f"round failed: {self.error}"
        failed = sum(1 for s in self.sources if s.error)
        parts = [f"{self.total(c)} {c}" for c in COUNTS]
        extra = f", {failed} source{'' if failed == 1 else 's'} failed" if failed else ""
        return (f"total: {', '.join(parts)}{extra}; {self.events} event mention{'' if self.events == 1 else 's'} "
                f"in {self.seconds:.1f}s")

    def as_json(self) -> dict[str, Any]:
        return {"started": self.started.isoformat(), "error": self.error, "seconds": round(self.seconds, 2), "events": self.events,
                **{c: self.total(c) for c in COUNTS}, "sources": [s.as_json() for s in self.sources]}
