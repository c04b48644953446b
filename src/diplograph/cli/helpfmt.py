"""Readable ``--help``: conventional placeholders (``--db FILE``, ``PATH...``) instead of the Python
types recent Typer versions print (``--db <str>``, ``{paths}... <list[str]>``).

Typer renders an option's value as its metavar when one is set and else as ``<type>``; arguments
always get ``<type>`` and a ``{name}`` usage form.  :func:`install` sets, on Typer's parameter
classes, a placeholder from :data:`METAVARS` (by parameter name) or the upper-case name.  It
changes only how help is printed, and does nothing on Typer versions without these methods.
"""

from __future__ import annotations

from typing import Any

METAVARS = {
    "db": "FILE", "actors": "FILE", "triggers": "FILE", "output": "FILE", "published": "DATE",
    "since": "DATE", "until": "DATE", "model": "NAME", "max_bytes": "N", "max_chars": "N",
    "doc_timeout": "SECONDS", "workers": "N", "engine": "local|dask", "scheduler": "ADDRESS",
    "actor": "ACTOR", "dyad": "A B", "type": "TYPE", "limit": "N", "fmt": "FORMAT", "host": "HOST",
    "port": "PORT", "period": "PERIOD", "speaker": "ACTOR", "paths": "PATH", "text": "TEXT",
    "kind": "KIND", "event_id": "ID", "mention_a": "M1", "mention_b": "M2", "name": "NAME",
    "source": "SOURCE", "value": "GRADE", "a": "A", "b": "B",
}


def _placeholder(param: Any) -> str:
    if param.metavar is not None:
        return str(param.metavar)
    name = METAVARS.get(param.name or "", (param.name or "value").upper())
    if param.nargs > 1 and " " not in name:
        name = " ".join([name] * param.nargs)
    return name


def install() -> None:
    """Patch Typer's help rendering once (idempotent)."""
    try:
        from typer.core import TyperArgument, TyperOption
    except ImportError:  # pragma: no cover - an older Typer prints click's plain placeholders
        return
    if getattr(TyperOption, "_diplograph_help", False):
        return
    if hasattr(TyperOption, "display_type_rich"):
        def option_value(self: Any, ctx: Any) -> str:
            name = _placeholder(self)
            return name + ("..." if self.multiple else "")
        TyperOption.display_type_rich = option_value
    if hasattr(TyperArgument, "display_type_rich"):
        TyperArgument.display_type_rich = lambda self, ctx: None
    if hasattr(TyperArgument, "_rich_display_name"):
        TyperArgument._rich_display_name = lambda self: _placeholder(self) + ("..." if self.nargs == -1 else "")
    if hasattr(TyperArgument, "_usage_display_name"):
        def usage(self: Any) -> str:
            name = _placeholder(self) + ("..." if self.nargs == -1 else "")
            return name if self.required else f"[{name}]"
        TyperArgument._usage_display_name = usage
    TyperOption._diplograph_help = True
