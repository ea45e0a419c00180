"""``accord report``: a thin wrapper over :mod:`accord.report.build`."""

from __future__ import annotations

import os

import click

from ..cli_common import check_date, common, console


def register(group: click.Group) -> None:
    group.add_command(report_cmd)


@click.command(name="report")
@click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb).")
@click.option(
    "-o",
    "--output",
    default="report.html",
    show_default=True,
    type=click.Path(dir_okay=False, writable=True),
    help="The HTML file to write.",
)
@click.option(
    "--by",
    type=click.Choice(["month", "quarter", "year"]),
    default=None,
    help="Bars of the events-over-time chart (default: from the date range).",
)
@click.option(
    "--period",
    type=click.Choice(["quarter", "year"]),
    default=None,
    help="Alignment period (default: quarter for up to two years of data, else year).",
)
@click.option(
    "--top", type=click.IntRange(min=1, max=100), default=15, show_default=True, help="How many dyads to list."
)
@click.option(
    "--since",
    callback=check_date,
    metavar="DATE",
    help="First event date drawn (default: the first article's publication date).",
)
@click.option(
    "--until",
    callback=check_date,
    metavar="DATE",
    help="Last event date drawn (default: the last article's publication date).",
)
@click.option("--title", default="accord report", show_default=True, help="The report's title.")
@common
def report_cmd(db, output, by, period, top, since, until, title):
    """Write one self-contained HTML report (opens offline): corpus summary,
    events over time, top dyads, the cooperation network, bloc alignment and
    straddlers, each figure linked to its evidence sentences.

    \b
    Example:
        accord report --db accord.duckdb -o report.html
        accord report --db news.duckdb -o q.html --by month --period quarter --title "Central Asia 2024"
    """
    from .. import store
    from ..config import settings
    from .build import write_report

    path = settings(db=db)["db"]
    con = store.connect(path, read_only=True)
    try:
        n = write_report(
            con,
            output,
            by=by,
            period=period,
            top=top,
            title=title,
            source=os.path.basename(path),
            since=since,
            until=until,
        )
    finally:
        con.close()
    if not console().quiet:
        console().message(f"report written to {output} ({n // 1024} KiB)")
