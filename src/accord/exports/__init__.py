"""Event exports in the formats of other event-data tools, read from the
DuckDB store: PLOVER JSON Lines, POLECAT TSV, Phoenix CAMEO TSV and GDELT
2.0's event table; and any store table as Parquet.

    from accord.exports import export_events, export_table_parquet
    result = export_events("accord.duckdb", "gdelt", "events.gdelt.tsv")
    export_table_parquet("accord.duckdb", "events", "events.parquet")

One row per event by the one-a-day rule (:mod:`accord.exports.units`);
negated, hypothetical and future events stay out unless
``include_flagged=True`` and the format can flag them (PLOVER only). Every
export carries its provenance: in the rows where the format has a field
for it, and beside a file in ``OUT.provenance.json``. The field mappings
are in docs/exports.md.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import AccordError
from . import gdelt, phoenix, plover, polecat
from .common import Context
from .provenance import data_date, provenance, version_string

FORMATS = {"plover": plover, "polecat": polecat, "phoenix": phoenix, "gdelt": gdelt}
__all__ = ["export_events", "export_table_parquet", "FORMATS", "ExportResult", "data_date", "DATA_DATE"]


def __getattr__(name: str):
    """``DATA_DATE``: the knowledge-data date every export names (the newest
    date in the packaged knowledge files' headers), computed on first use."""
    if name == "DATA_DATE":
        return data_date()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class ExportResult:
    format: str
    rows: int
    reports: int = 0
    flagged_left_out: int = 0
    undated_left_out: int = 0
    output: str | None = None
    provenance: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _check_format(fmt: str):
    if fmt not in FORMATS:
        raise AccordError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)}, or parquet for a table)")
    return FORMATS[fmt]


def _open_store(db_path):
    from .. import store

    if db_path is None or str(db_path) == ":memory:" or not Path(str(db_path)).is_file():
        raise AccordError(f"{db_path}: no such database (create it with `accord ingest`)")
    return store.connect(str(db_path), read_only=True)


def export_events(
    db_path, fmt: str, out: str | Path | TextIO | None = None, include_flagged: bool = False
) -> ExportResult:
    """Write the store's events to ``out`` (a path, a text stream, or
    None / ``-`` for standard output) in ``fmt``: plover, polecat, phoenix
    or gdelt. Returns what was written and what was left out."""
    from .units import flagged_count, undated_count, units

    module = _check_format(fmt)
    con = _open_store(db_path)
    try:
        prov = provenance(con)
        keep = include_flagged and module.CAN_FLAG
        ctx = Context(con=con, provenance=prov, version=version_string(prov), include_flagged=keep)
        result = ExportResult(
            format=fmt,
            rows=0,
            provenance=prov,
            flagged_left_out=0 if keep else flagged_count(con),
            undated_left_out=undated_count(con),
        )
        if include_flagged and not module.CAN_FLAG:
            result.notes.append(
                f"{fmt} has no column to flag negated, hypothetical or future events: "
                f"{result.flagged_left_out} such events left out"
            )
        counted = _Counting(units(con, include_flagged=keep))
        result.rows = _write(module, counted, out, ctx, result)
        result.reports = counted.reports
    finally:
        con.close()
    return result


class _Counting:
    """Iterates units and counts the reports behind them."""

    def __init__(self, it):
        self.it, self.reports = it, 0

    def __iter__(self):
        for u in self.it:
            self.reports += len(u.reports)
            yield u


def _write(module, units, out, ctx: Context, result: ExportResult) -> int:
    if out is None or str(out) == "-":
        return module.write(units, sys.stdout, ctx)
    if hasattr(out, "write"):
        return module.write(units, out, ctx)
    target = Path(out)
    if target.is_dir():
        raise AccordError(f"{target}: is a folder; give a file name")
    tmp = target.with_name(target.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            n = module.write(units, fh, ctx)
        os.replace(tmp, target)
    except OSError as e:
        raise AccordError(f"{target}: cannot write: {e.strerror or e}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    result.output = str(target)
    result.rows = n
    _sidecar(target, result)
    return n


def _sidecar(target: Path, result: ExportResult) -> None:
    """``OUT.provenance.json``: what made the file and what it left out
    (Phoenix and GDELT files have no header to say it)."""
    with open(str(target) + ".provenance.json", "w", encoding="utf-8") as fh:
        json.dump(result.to_dict(), fh, ensure_ascii=False, indent=1, default=str)
        fh.write("\n")


def export_table_parquet(db_path, table: str, out: str | Path) -> int:
    """Write one store table (articles, mentions, quotes, events) to a
    Parquet file with the provenance in its metadata; returns the row count."""
    from .parquet import write_table

    if out is None or str(out) == "-":
        raise AccordError("Parquet is binary: give an output file with -o")
    con = _open_store(db_path)
    try:
        prov = provenance(con)
        try:
            return write_table(con, table, str(out), prov)
        except AccordError:
            raise
        except Exception as e:  # noqa: BLE001 - DuckDB's IO errors: one clear line
            raise AccordError(f"{out}: cannot write Parquet: {str(e).splitlines()[0]}") from None
    finally:
        con.close()
