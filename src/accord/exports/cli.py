"""``accord export-events``: the store's events as PLOVER, POLECAT, Phoenix
or GDELT rows, or a store table as Parquet. ``register(group)`` adds it to
the ``accord`` group (to be folded into ``accord export --format``)."""
from __future__ import annotations

import sys

import click

EVENT_FORMATS = ("plover", "polecat", "phoenix", "gdelt")
TABLES = ("articles", "mentions", "quotes", "events")


def _host():
    """The module that defines the ``accord`` group: ``accord.cli``, or
    ``__main__`` under ``python -m accord.cli`` (as accord.analysis.cli)."""
    if "accord.cli" in sys.modules:
        return sys.modules["accord.cli"]
    main = sys.modules.get("__main__")
    if getattr(getattr(main, "__spec__", None), "name", None) == "accord.cli":
        return main
    import accord.cli

    return accord.cli


_cli = _host()


@click.command(name="export-events")
@click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb).")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS + ("parquet",)), required=True,
              help="plover (JSON Lines), polecat (TSV with header), phoenix or gdelt (TSV, no header); "
                   "parquet writes the --table given.")
@click.option("--table", type=click.Choice(TABLES), default=None,
              help="With --format parquet: the table to write (the event formats need none).")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False, writable=True),
              help="Write here (default: standard output; parquet needs a file).")
@click.option("--include-flagged", is_flag=True,
              help="Keep negated, hypothetical and future events where the format can flag them (plover).")
@_cli.common
def export_events_cmd(db, fmt, table, output, include_flagged):
    """Export events for other event-data tools, one row per event a day.

    \b
    Example:
        accord export-events --db accord.duckdb --format gdelt -o events.gdelt.tsv
        accord export-events --db accord.duckdb --format plover --include-flagged -o events.jsonl
        accord export-events --db accord.duckdb --format parquet --table mentions -o mentions.parquet
    """
    _run(db, fmt, table, output, include_flagged)


def _run(db, fmt, table, output, include_flagged) -> None:
    from ..config import settings
    from ..errors import AccordError
    from . import export_events, export_table_parquet

    path = settings(db=db)["db"]
    con = _cli.console()
    if fmt == "parquet":
        if not table:
            raise AccordError("--format parquet needs --table (articles, mentions, quotes or events)")
        n = export_table_parquet(path, table, output)
        if not con.quiet:
            con.message(f"{n} {table} rows written to {output}")
        return
    if table:
        raise AccordError(f"--table is for parquet; {fmt} is an event table")
    result = export_events(path, fmt, output, include_flagged=include_flagged)
    for note in result.notes:
        con.message(note)
    if not con.quiet:
        left = f"; left out: {result.flagged_left_out} flagged, {result.undated_left_out} undated"
        where = result.output or "standard output"
        con.message(f"{result.rows} {fmt} rows ({result.reports} reports) written to {where}{left}")
        if result.output is None:
            con.message(f"provenance: accord {result.provenance['accord']}, data {result.provenance['data']}")


def register(group: click.Group) -> None:
    group.add_command(export_events_cmd)
