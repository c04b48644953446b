"""Reading the package's own YAML data files (``diplograph/data/``)."""

from __future__ import annotations

from importlib import resources
from typing import Any


def safe_loader() -> Any:
    """PyYAML's safe loader, libyaml's where PyYAML was built with it (8x faster, the same data):
    the data files are read while the first documents are extracted, so their reading counts."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(name: str, error: type[Exception]) -> tuple[str, Any]:
    """``(label, data)`` of ``diplograph/data/<name>``; invalid YAML raises ``error`` in one line."""
    import yaml  # loaded by what reads the data, not by what only finds a file here

    label = f"diplograph/data/{name}"
    try:
        text = (resources.files("diplograph.data") / name).read_text(encoding="utf-8")
        return label, yaml.load(text, Loader=safe_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise error(f"{label}: invalid YAML: {str(exc).splitlines()[0]}") from exc


def read_word_lists(name: str, kind: str, keys: tuple[str, ...], error: type[Exception],
                    upper: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """The word lists ``keys`` of ``diplograph/data/<name>`` (a mapping with ``kind: <kind>``), each a
    non-empty list of words, folded to lower case (upper case for the keys in ``upper``) with inner
    spaces normalised; anything malformed or unknown raises ``error`` in one line."""
    label, data = read_yaml(name, error)
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise error(f"{label}: expected a mapping with kind: {kind}")
    unknown = set(data) - set(keys) - {"kind", "version"}
    if unknown:
        raise error(f"{label}: unknown keys: {', '.join(sorted(unknown))}")
    lists = {}
    for key in keys:
        values = data.get(key)
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise error(f"{label}: {key}: expected a non-empty list of words")
        fold = str.upper if key in upper else str.lower
        lists[key] = frozenset(" ".join(fold(v).split()) for v in values)
    return lists
