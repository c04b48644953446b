"""Reading the package's own YAML data files (``diplograph/data/``)."""

from __future__ import annotations

from importlib import resources
from typing import Any


def read_yaml(name: str, error: type[Exception]) -> tuple[str, Any]:
    """``(label, data)`` of ``diplograph/data/<name>``; invalid YAML raises ``error`` in one line."""
    import yaml  # loaded by what reads the data, not by what only finds a file here

    label = f"diplograph/data/{name}"
    try:
        return label, yaml.safe_load((resources.files("diplograph.data") / name).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error(f"{label}: invalid YAML: {str(exc).splitlines()[0]}") from exc
