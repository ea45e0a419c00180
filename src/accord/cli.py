"""The ``accord`` command line: one click group, each command a thin wrapper
over a library call. Library errors become clear one-line messages; no
traceback reaches the user (``-v`` shows logging, ``ACCORD_DEBUG=1`` shows
tracebacks for bug reports)."""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import sys

import click

from .cli_common import (  # noqa: F401  (re-exported: accord.cli.common etc. stay importable)
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Console,
    batch_option,
    check_date,
    check_inputs,
    common,
    console,
    language_option,
    model_option,
    published_option,
    read_items,
    run_items,
    setup_logging,
    summarize,
    workers_option,
)
from .errors import AccordError, InputError

log = logging.getLogger("accord")

#: modules that add commands to the group with a ``register(group)`` function
PLUGIN_MODULES = (
    "accord.analysis.cli",
    "accord.web.cli",
    "accord.report.cli",
    "accord.bench",
    "accord.places.cli",
    "accord.evaluate.factrueval",
    "accord.ru.score",
)


# ------------------------------------------------------------------ group
@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="accord", prog_name="accord")
def cli():
    """accord: evidence-linked event data from international security news.

    Reads articles (.txt, .html, .jsonl, .warc, folders, - for JSON Lines on
    stdin) and writes article records: actor mentions with CAMEO codes,
    attributed quotes and PLOVER/CAMEO events, each pointing at its text.

    \b
    Example:
        accord ingest data/sample --db accord.duckdb
        accord stats --db accord.duckdb
    """


@cli.command()
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    default=None,
    help="Write here instead of standard output: a file (local engine), a new folder (--engine spark).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines, or Parquet (one row per article; mentions, quotes, events as arrays of structs).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="local: worker processes on this machine; spark: an Apache Spark cluster (pip install "
    "'accord[spark]'), writing a dataset partitioned by published_month.",
)
@click.option(
    "--master",
    metavar="URL",
    default=None,
    help="Spark master (--engine spark; default: as spark-submit set it, else local[*]).",
)
@published_option
@model_option
@language_option
@batch_option
@workers_option
@common
def extract(inputs, output, fmt, engine, master, published, model, language, batch_size, workers):
    """Write one article record (JSON) per input article, in input order.

    \b
    Example:
        accord extract data/sample -o records.jsonl
        cat articles.jsonl | accord extract - --published 2024-05-16 | jq .events
        accord extract archive/ --workers 8 --format parquet -o records.parquet
        accord extract s3a://bucket/news/ --engine spark -o s3a://bucket/records/
    """
    from .config import settings

    cfg = settings(model=model, batch_size=batch_size, language=_checked_language(language))
    con = console()
    if engine == "spark":
        sys.exit(_extract_with_spark(list(inputs), output, fmt, master, published, cfg))
    inputs = check_inputs(inputs)
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet writes a file: give it with -o FILE")
    if output and os.path.isdir(output):
        raise click.UsageError(f"{output} is a folder; the local engine writes one file")
    processed = failed = 0
    if fmt == "parquet":
        from .engines.schema import ParquetRecordWriter

        out = ParquetRecordWriter(output)
        write = out.write
    else:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout

        def write(rec):
            out.write(rec.to_json() + "\n")
            if output is None:
                out.flush()

    try:
        with con.progress("extracting") as advance:
            for res in run_items(read_items(inputs, cfg), cfg, published, workers):
                if isinstance(res, InputError):
                    failed += 1
                    con.message(str(res))
                else:
                    processed += 1
                    write(res)
                advance()
    finally:
        if output:
            out.close()
    sys.exit(summarize(processed, failed))


def _extract_with_spark(inputs: list[str], output, fmt: str, master, published, cfg: dict) -> int:
    """``accord extract --engine spark``: check the inputs, run the Spark job
    into the folder ``output``, report its failures; the exit status."""
    con = console()
    if not inputs:
        raise click.UsageError("give at least one INPUT (a file, a folder or a URI Spark can read)")
    if "-" in inputs:
        raise click.UsageError("--engine spark cannot read standard input; give files, folders or URIs")
    local = [p for p in inputs if "://" not in p and not p.startswith(("file:", "dbfs:"))]
    missing = [p for p in local if not os.path.exists(p)]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    if not output:
        raise click.UsageError("--engine spark writes a folder: give it with -o DIR")
    from .engines.spark import run

    report = run(inputs, output, settings=cfg, fmt=fmt, published=published, master=master)
    for msg in report.errors:
        con.message(msg)
    if report.failed > len(report.errors):
        con.message(f"... and {report.failed - len(report.errors)} more failures")
    code = summarize(report.processed, report.failed)
    if not con.quiet:
        con.message(f"records: {output}")
    return code


@cli.command()
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb).")
@published_option
@model_option
@language_option
@batch_option
@workers_option
@click.option("--force", is_flag=True, help="Re-process articles even when they are already stored unchanged.")
@click.option(
    "--dedup/--no-dedup",
    default=None,
    help="Flag near-duplicates of earlier articles (default: setting 'near_duplicates', on).",
)
@common
def ingest(inputs, db, published, model, language, batch_size, workers, force, dedup):
    """Process articles into the DuckDB store (each article in one transaction).

    Articles already stored with the same content are skipped without being
    parsed, so an interrupted ingest can simply be run again. Near-duplicates
    of articles stored earlier (syndicated copies) are kept and flagged
    (articles.duplicate_of). Parquet records written by `accord extract
    --engine spark` are stored as they are, without processing them again.

    \b
    Example:
        accord ingest data/sample --db accord.duckdb
        accord ingest archive/2024/ news.warc.gz --db news.duckdb --published 2024-01-01
        accord ingest records/ --db news.duckdb   # Parquet from --engine spark
    """
    from . import store
    from .config import settings
    from .ingest import ingest_items

    inputs = check_inputs(inputs)
    cfg = settings(model=model, batch_size=batch_size, db=db, language=_checked_language(language))
    con = console()
    db_con = store.connect(cfg["db"], memory_limit=cfg["ingest_memory_limit"] or None)
    try:
        with con.progress("ingesting") as advance:
            report = ingest_items(
                db_con,
                read_items(inputs, cfg),
                settings=cfg,
                published=published,
                workers=workers,
                force=force,
                dedup=dedup,
                on_error=lambda e: con.message(str(e)),
                on_item=advance,
            )
    finally:
        db_con.close()
    extra = f"{report.written} written, {report.unchanged} unchanged"
    if report.near_duplicates:
        extra += f", {report.near_duplicates} near-duplicates"
    code = summarize(report.processed, report.failed, extra)
    if not con.quiet:
        con.message(f"database: {cfg['db']}")
    sys.exit(code)


def _checked_language(code: str | None) -> str | None:
    from .lang.detect import check_language

    if code is None:
        return None
    try:
        return check_language(code) or "auto"
    except AccordError as e:
        raise click.UsageError(str(e)) from None


EVENT_FORMATS = ("plover", "polecat", "phoenix", "gdelt")


@cli.command()
@click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb).")
@click.option(
    "--table",
    type=click.Choice(["articles", "mentions", "quotes", "events"]),
    default=None,
    help="The table to write (jsonl, csv, parquet); the event formats need none.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", *EVENT_FORMATS]),
    default="jsonl",
    show_default=True,
    help="A table as jsonl, csv or parquet; or the events as plover (JSON Lines), polecat (TSV with "
    "header), phoenix or gdelt (TSV, no header), one row per event a day.",
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False, writable=True),
    help="Write here (the event formats default to standard output).",
)
@click.option(
    "--include-flagged",
    is_flag=True,
    help="Event formats: keep negated, hypothetical and future events where the format can flag them.",
)
@common
def export(db, table, fmt, output, include_flagged):
    """Export a table of the store, or its events in another event-data
    format. `--table articles --format jsonl` writes the full article records
    (the contract); other tables are flat rows. See docs/exports.md.

    \b
    Example:
        accord export --db accord.duckdb --table events --format csv -o events.csv
        accord export --db accord.duckdb --table articles -o records.jsonl
        accord export --db accord.duckdb --format gdelt -o events.gdelt.tsv
        accord export --db accord.duckdb --format plover --include-flagged -o events.plover.jsonl
    """
    from .config import settings

    path = settings(db=db)["db"]
    if fmt in EVENT_FORMATS:
        if table:
            raise click.UsageError(f"--table is for jsonl, csv and parquet; {fmt} is an event table")
        _export_events(path, fmt, output, include_flagged)
        return
    if not table or not output:
        raise click.UsageError(f"--format {fmt} needs --table and -o")
    from . import store

    con = store.connect(path, read_only=True)
    try:
        n = store.export(con, table, fmt, output)
    finally:
        con.close()
    if not console().quiet:
        console().message(f"{n} {table} rows written to {output}")


def _export_events(path: str, fmt: str, output: str | None, include_flagged: bool) -> None:
    from .exports import export_events

    con = console()
    result = export_events(path, fmt, output, include_flagged=include_flagged)
    for note in result.notes:
        con.message(note)
    if not con.quiet:
        left = f"; left out: {result.flagged_left_out} flagged, {result.undated_left_out} undated"
        con.message(
            f"{result.rows} {fmt} rows ({result.reports} reports) written to {result.output or 'standard output'}{left}"
        )
        if result.output is None:
            con.message(f"provenance: accord {result.provenance['accord']}, data {result.provenance['data']}")


@cli.command()
@click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@common
def stats(db, as_json):
    """Counts in the store: articles, mentions, quotes, events by type, top actors.

    \b
    Example:
        accord stats --db accord.duckdb
        accord stats --db accord.duckdb --json | jq .events_by_type
    """
    from . import store
    from .config import settings

    path = settings(db=db)["db"]
    con = store.connect(path, read_only=True)
    try:
        figures = store.stats(con)
    finally:
        con.close()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
    else:
        print_stats(figures, path)


def print_stats(f: dict, path: str) -> None:
    from rich.console import Console as RichConsole
    from rich.table import Table

    out = RichConsole(highlight=False, soft_wrap=True)
    out.print(
        f"[bold]{path}[/bold]: {f['articles']} articles"
        + (f" published {f['published_from']} to {f['published_to']}" if f["published_from"] else "")
    )
    out.print(
        f"  {f['mentions']} actor mentions ({f['coded_mentions']} coded), {f['quotes']} quotes, "
        f"{f['events']} events; {f['articles_with_warnings']} articles with warnings"
    )
    if f.get("articles_by_language"):
        out.print("  articles by language: " + ", ".join(f"{k} {v}" for k, v in f["articles_by_language"].items()))
    if f["events_by_type"]:
        t = Table(title="events by type", title_justify="left")
        t.add_column("type")
        t.add_column("events", justify="right")
        for k, v in f["events_by_type"].items():
            t.add_row(k, str(v))
        out.print(t)
    if f["top_actors"]:
        t = Table(title="top actors", title_justify="left")
        for c in ("code", "name", "mentions"):
            t.add_column(c, justify="right" if c == "mentions" else "left")
        for a in f["top_actors"]:
            t.add_row(a["code"], a["name"] or "", str(a["mentions"]))
        out.print(t)
    if f["top_speakers"]:
        t = Table(title="most quoted", title_justify="left")
        t.add_column("speaker")
        t.add_column("quotes", justify="right")
        for s in f["top_speakers"]:
            t.add_row(s["name"], str(s["quotes"]))
        out.print(t)


@cli.command(name="eval")
@click.argument("kind", type=click.Choice(["quotes", "events", "actors", "sample", "places"]))
@click.argument("path", type=click.Path(exists=True))
@click.option(
    "--dataset",
    required=True,
    metavar="NAME",
    help="quotes: polnear, sample; events: plover, conflibert-class, conflibert-args; "
    "actors: plover, conflibert-ner, factrueval (Russian); sample: cases; places: gold.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N items.")
@click.option(
    "--profile",
    type=click.Choice(["attribution", "speech"]),
    default=None,
    help="quotes on PolNeAR: attribution (default; quotes and attributions against every attribution) "
    "or speech (quotes against speech, writing and 'according to' attributions, one per stretch).",
)
@click.option(
    "--set",
    "subset",
    metavar="NAME",
    default=None,
    help="sample gold only (events and quotes): score just the articles tagged with this set, "
    "e.g. a held-back set scored before any rule was drawn from it; !NAME scores all but that set's.",
)
@model_option
@common
def eval_cmd(kind, path, dataset, limit, profile, subset, model):
    """Score accord on a gold set; prints one JSON line of figures last.

    \b
    Example:
        accord eval quotes --dataset polnear ../shared/data/polnear/dev
        accord eval quotes --dataset polnear --profile speech ../shared/data/polnear/dev
        accord eval quotes --dataset sample data/sample
        accord eval events --dataset plover ../shared/data/plover/PLOVER_GSR_CAMEO.json
        accord eval actors --dataset conflibert-ner ../shared/data/conflibert/cameo_ner_train.txt
        accord eval sample --dataset cases data/sample
        accord eval sample --dataset events --set heldback-2026-12-07 data/sample-translated
        accord eval places --dataset gold data/places/gold.tsv
        accord eval actors --dataset factrueval ../shared/data/factrueval/devset
    """
    from .nlp import load

    if profile and kind != "quotes":
        raise click.UsageError("--profile is for `accord eval quotes`")
    mod = importlib.import_module(f"accord.evaluate.{kind}")
    extra = {"profile": profile} if profile else {}
    if subset:
        if kind not in ("sample", "quotes"):
            raise click.UsageError("--set is for `accord eval sample` and `accord eval quotes --dataset sample`")
        extra["subset"] = subset
    nlp = load(model)
    with console().progress(f"scoring {kind}") as advance:
        state = {"done": 0}

        def progress(done, total):
            advance(done - state["done"], total=total)
            state["done"] = done

        figures = mod.evaluate(dataset, path, nlp=nlp, limit=limit, progress=progress, **extra)
    click.echo(json.dumps({"kind": kind, "dataset": dataset, **figures}, ensure_ascii=False))


def _register_plugins() -> None:
    for name in PLUGIN_MODULES:
        if importlib.util.find_spec(name.rsplit(".", 1)[0]) is None:
            continue
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            continue
        if spec is None:
            continue
        importlib.import_module(name).register(cli)


_register_plugins()


def main(argv: list | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="accord", standalone_mode=True)
    except SystemExit:
        raise
    except Exception as e:  # a bug: say so in one line, not a traceback
        if os.environ.get("ACCORD_DEBUG"):
            raise
        click.echo(f"accord: internal error: {type(e).__name__}: {e} (run with ACCORD_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_FAILED)


if __name__ == "__main__":  # pragma: no cover
    main()
