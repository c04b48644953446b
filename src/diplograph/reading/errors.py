"""The error a file that cannot be ingested raises (a light module: the CLI and the API catch it
without loading the readers, HTML and PDF libraries)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["IngestError"]


class IngestError(Exception):
    """A file that cannot be ingested; ``str(e)`` is ``"<path>: <reason>"``."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
