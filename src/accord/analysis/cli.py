"""``accord dyads``, ``accord alignment`` and ``accord network``: thin
wrappers over :mod:`accord.analysis`."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from ..cli_common import check_date, common, console

db_option = click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb).")
since_option = click.option(
    "--since", callback=check_date, metavar="DATE", help="Only events on or after DATE (YYYY-MM-DD)."
)
until_option = click.option(
    "--until", callback=check_date, metavar="DATE", help="Only events on or before DATE (YYYY-MM-DD)."
)
count_option = click.option(
    "--count",
    "count",
    type=click.Choice(["daily", "all"]),
    default="daily",
    show_default=True,
    help="daily: the same actor, recipient and type on the same day count once; all: every report counts.",
)
type_option = click.option(
    "--type",
    "types",
    multiple=True,
    metavar="TYPE",
    help="Only these PLOVER types (repeat or comma-separate: --type COOPERATE,AID).",
)
output_option = click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write here instead of standard output.",
)


@contextmanager
def open_db(db: str | None):
    from .. import store
    from ..config import settings

    con = store.connect(settings(db=db)["db"], read_only=True)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def output_stream(path: str | None) -> Iterator:
    if path is None:
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else ""
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:.1f}"
    if isinstance(v, (list, tuple)):
        return " ".join(map(str, v))
    return str(v)


def emit(rows: list[dict], fmt: str, out, title: str = "", json_obj=None) -> None:
    """Rows as a rich table, JSON or CSV on ``out``."""
    if fmt == "json":
        json.dump(json_obj if json_obj is not None else rows, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return
    cols = list(rows[0]) if rows else []
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r[c]) for c in cols])
        return
    from rich.console import Console
    from rich.table import Table

    con = Console(file=out, highlight=False, width=250 if not getattr(out, "isatty", lambda: False)() else None)
    if not rows:
        con.print(f"no rows{(' (' + title + ')') if title else ''}")
        return
    t = Table(title=title or None, title_justify="left")
    for c in cols:
        t.add_column(
            c,
            justify="right" if isinstance(rows[0][c], (int, float)) and not isinstance(rows[0][c], bool) else "left",
            overflow="fold",
        )
    for r in rows:
        t.add_row(*(_cell(r[c]) for c in cols))
    con.print(t)


def _evidence_text(ev: list[dict]) -> str:
    return "; ".join(f"{e['article_id']}#{e['idx']}@{e['sentence_start']}-{e['sentence_end']}" for e in ev)


def register(group: click.Group) -> None:
    group.add_command(dyads_cmd)
    group.add_command(alignment_cmd)
    group.add_command(network_cmd)


@click.command(name="dyads")
@db_option
@click.option(
    "--by",
    type=click.Choice(["month", "quarter", "year", "all"]),
    default="month",
    show_default=True,
    help="Period of each row (all: one row per dyad and quad over the whole range).",
)
@since_option
@until_option
@type_option
@count_option
@click.option("--actor", metavar="CODE", default=None, help="Only this actor (country or org code).")
@click.option("--recipient", metavar="CODE", default=None, help="Only this recipient (country or org code).")
@click.option("--evidence", is_flag=True, help="List each row's evidence: article id, event index, sentence offsets.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@output_option
@common
def dyads_cmd(db, by, since, until, types, count, actor, recipient, evidence, fmt, output):
    """Directed dyads (actor -> recipient) per period and quad class: event
    counts and summed intensity.

    The actor key is the country code, or the organization code (NATO) when
    the actor has no country. Events of near-duplicate articles, negated and
    hypothetical events are not counted.

    \b
    Example:
        accord dyads --db accord.duckdb --by quarter
        accord dyads --db accord.duckdb --type COOPERATE,AID --since 2023-01-01 --format csv
        accord dyads --db accord.duckdb --actor USA --recipient ARM --evidence --format json
    """
    from .dyads import dyads

    with open_db(db) as con:
        rows = dyads(
            con,
            by=by,
            since=since,
            until=until,
            types=types,
            count=count,
            evidence=evidence,
            actor=actor.upper() if actor else None,
            recipient=recipient.upper() if recipient else None,
        )
    if fmt != "json":
        for r in rows:
            r.pop("actor_kind"), r.pop("recipient_kind")
            if evidence:
                r["evidence"] = _evidence_text(r["evidence"])
    with output_stream(output) as out:
        emit(rows, fmt, out, title=f"dyads by {by} ({count} count)")


@click.command(name="alignment")
@db_option
@click.option("--period", type=click.Choice(["month", "quarter", "year", "all"]), default="year", show_default=True)
@click.option("--blocs", metavar="LIST", default=None, help="Blocs to score, comma-separated (default NATO,CSTO,SCO).")
@click.option(
    "--rivals",
    metavar="PAIRS",
    default=None,
    help="Rival pairs A:B, comma-separated (default NATO:CSTO,NATO:SCO among --blocs).",
)
@click.option(
    "--leaders", metavar="MAP", default=None, help="Bloc leaders for the S score (default NATO=USA,CSTO=RUS,SCO=CHN)."
)
@since_option
@until_option
@count_option
@click.option("--state", "states", metavar="CODES", default=None, help="Only these states (comma-separated).")
@click.option(
    "--min-events",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Only states with at least this many international events in the period.",
)
@click.option(
    "--straddlers",
    "only_straddlers",
    is_flag=True,
    help="Only rows flagged as straddlers (material cooperation with two rival blocs).",
)
@click.option("--evidence", is_flag=True, help="Include each row's evidence per bloc (JSON only).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@output_option
@common
def alignment_cmd(
    db, period, blocs, rivals, leaders, since, until, count, states, min_events, only_straddlers, evidence, fmt, output
):
    """Bloc alignment per state and period, from dated alliance membership.

    For each state: cooperative and conflictual events with each bloc's
    members (on the event's day) or the bloc itself; an alignment score per
    rival pair, ((coopA-conflA) - (coopB-conflB)) / (all four), in [-1, 1]
    (positive leans to the first bloc); the Signorino-Ritter S score of its
    cooperation portfolio against each bloc leader's; and a straddler flag
    when it cooperates materially (COOPERATE, AID) with both rival blocs in
    the same period. See docs/analysis.md.

    \b
    Example:
        accord alignment --db accord.duckdb --period year
        accord alignment --db accord.duckdb --blocs NATO,CSTO --straddlers
        accord alignment --db accord.duckdb --period quarter --state ARM,KAZ --format json
    """
    from .alignment import alignment, flat_row, parse_leaders

    with open_db(db) as con:
        res = alignment(
            con,
            period=period,
            blocs=blocs,
            rivals=rivals,
            leaders=parse_leaders(leaders),
            since=since,
            until=until,
            count=count,
            states=states,
            min_events=min_events,
            evidence=evidence and fmt == "json",
        )
    if only_straddlers:
        res["rows"] = [r for r in res["rows"] if r["straddler"]]
    with output_stream(output) as out:
        if fmt == "json":
            emit(res["rows"], fmt, out, json_obj=res)
        else:
            if fmt == "table":
                rows = [compact_row(r, res) for r in res["rows"]]
                title = (
                    f"bloc alignment by {period}; per bloc: cooperative/conflictual/material-cooperation "
                    f"events; rival pairs: + leans to the first bloc; S: similarity to the leader"
                )
            else:
                rows = [flat_row(r, res["blocs"], res["rivals"], res["leaders"]) for r in res["rows"]]
                title = ""
            emit(rows, fmt, out, title=title)


def compact_row(r: dict, res: dict) -> dict:
    """An alignment row for the terminal: one column per bloc (c/x/m)."""
    out = {"state": r["state"], "period": r["period"], "events": r["events"], "member of": " ".join(r["member_of"])}
    for b in res["blocs"]:
        c = r["blocs"][b]
        out[b] = f"{c['coop']}/{c['conflict']}/{c['material']}"
    for p in res["rivals"]:
        v = r["alignment"].get(p)
        out[p] = "" if v is None else f"{v:+.2f}"
    for lead in dict.fromkeys(res["leaders"].values()):
        out[f"S {lead}"] = f"{r['s_score'][lead]:+.2f}"
    out["straddles"] = " ".join(r["straddles"])
    return out


@click.command(name="network")
@db_option
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml", show_default=True)
@since_option
@until_option
@type_option
@count_option
@output_option
@common
def network_cmd(db, fmt, since, until, types, count, output):
    """The cooperation/conflict network: states and organizations as nodes,
    edges weighted by cooperative and conflictual events (either direction).

    \b
    Example:
        accord network --db accord.duckdb --format graphml -o network.graphml
        accord network --db accord.duckdb --format json --since 2022-01-01 | jq '.edges[0]'
    """
    from .network import network, write

    with open_db(db) as con:
        g = network(con, since=since, until=until, types=types, count=count, name=_namer())
    if output:
        write(g, fmt, output)
        if not console().quiet:
            console().message(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges written to {output}")
    else:
        write(g, fmt, sys.stdout)


def _namer():
    """Country names from the knowledge base when it is there, else codes."""
    try:
        from .membership import Memberships

        return Memberships().name
    except Exception:
        return None
