"""Fast start: plain command-line values converted without pydantic.

Recent Typer versions check every parameter's value with a pydantic ``TypeAdapter``; importing
pydantic and building the adapters costs about 0.2 s at each start, more than the rest of a
command that only reads the store. :func:`install` wraps Typer's ``build_runtime_param`` so that
parameters of plain types (``str``, ``int``, ``float``, ``bool`` and ``Path``, optional, or as lists and
tuples of them) with no checks attached (no ``min``/``max``, choices, parser or file mode) are
converted directly: strings as given, numbers by ``int``/``float``, booleans from the words
pydantic reads as such, paths by Typer's own path
coercion (which has no pydantic in it). Every other parameter goes through Typer unchanged, and
on Typer versions without this layer :func:`install` does nothing.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union, get_args, get_origin

_PLAIN = (str, int, float, bool, Path)
_WORDS = {int: "an integer", float: "a number", bool: "a boolean"}
# the words pydantic's lax mode reads as booleans, as Typer's adapter does
_BOOLS = {"1": True, "true": True, "t": True, "yes": True, "y": True, "on": True, "": False,
          "0": False, "false": False, "f": False, "no": False, "n": False, "off": False}


def _unwrap(annotation: Any) -> Any:
    """``Optional[X]`` -> ``X``; anything else unchanged."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _leaves(annotation: Any) -> tuple[str, tuple[Any, ...]] | None:
    """``("one", (X,))``, ``("list", (X,))`` or ``("tuple", (X, Y, …))`` for plain leaf types, else None."""
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if origin is list:
        args = get_args(annotation)
        return ("list", args) if len(args) == 1 and all(a in _PLAIN for a in args) else None
    if origin is tuple:
        args = get_args(annotation)
        return ("tuple", args) if args and Ellipsis not in args and all(a in _PLAIN for a in args) else None
    return ("one", (annotation,)) if annotation in _PLAIN else None


def install() -> None:
    """Route plain parameters around pydantic (idempotent; a no-op where Typer lacks the layer)."""
    try:
        import typer.core as core
        from typer._click.exceptions import BadParameter
        from typer._coercion import RuntimeParam
        from typer._param_types import coerce_cli_path
    except ImportError:  # pragma: no cover - an older Typer converts through click, without pydantic
        return
    original = getattr(core, "build_runtime_param", None)
    if original is None or getattr(original, "_diplograph_fast", False):
        return

    def convert(kind: type, value: Any, info: Any, param: Any, ctx: Any) -> Any:
        if kind is Path:
            return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if kind is str:
            return str(value)
        if kind is bool:
            if isinstance(value, bool):
                return value
            if isinstance(value, (str, int)) and str(value).strip().lower() in _BOOLS:
                return _BOOLS[str(value).strip().lower()]
            raise BadParameter(f"{value!r} is not {_WORDS[kind]}.", ctx=ctx, param=param)
        try:
            return kind(value)
        except (TypeError, ValueError):
            raise BadParameter(f"{value!r} is not {_WORDS[kind]}.", ctx=ctx, param=param) from None

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """A value of a plain type, converted without a TypeAdapter."""

        shape: str = "one"
        kinds: tuple[Any, ...] = (str,)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            info = self.parameter_info
            if self.shape == "one":
                return convert(self.kinds[0], value, info, param, ctx)
            if self.shape == "list":
                items = value if isinstance(value, (list, tuple)) else [value]
                return [convert(self.kinds[0], v, info, param, ctx) for v in items]
            if not isinstance(value, (list, tuple)) or len(value) != len(self.kinds):
                raise BadParameter(f"{len(self.kinds)} values are required.", ctx=ctx, param=param)
            return tuple(convert(k, v, info, param, ctx) for k, v in zip(self.kinds, value))

    def plain(info: Any) -> bool:
        """No check that Typer would run through pydantic: a parser, a click type or bounds are left
        to Typer (path conditions, exists, readable and the rest, are Typer's own coerce_cli_path's)."""
        return all(getattr(info, name, None) is None for name in ("parser", "click_type", "min", "max"))

    def build_runtime_param(descriptor: Any) -> Any:
        shape = _leaves(descriptor.annotation)
        if shape is None or descriptor.file_annotation is not None or descriptor.is_choice \
                or not plain(descriptor.parameter_info):
            return original(descriptor)
        return PlainRuntimeParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                                 shape=shape[0], kinds=shape[1])

    build_runtime_param._diplograph_fast = True  # type: ignore[attr-defined]
    core.build_runtime_param = build_runtime_param


__all__ = ["install"]
