"""The rules every format shares: flagged events, the one-a-day merge,
provenance, Parquet tables, the command and its errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from export_readers import read_gdelt, read_phoenix, read_plover

from accord.errors import AccordError
from accord.exports import DATA_DATE, export_events, export_table_parquet


def test_flagged_events_stay_out_by_default(store, tmp_path):
    result = export_events(store, "plover", tmp_path / "p.jsonl")
    rows = read_plover(tmp_path / "p.jsonl")
    assert {r["event"][0] for r in rows} == {"COOPERATE", "SANCTION"}
    assert result.flagged_left_out == 2 and result.undated_left_out == 1


def test_include_flagged_keeps_them_in_plover_with_their_flags(store, tmp_path):
    export_events(store, "plover", tmp_path / "p.jsonl", include_flagged=True)
    rows = {r["event"][0]: r for r in read_plover(tmp_path / "p.jsonl")}
    assert rows["ACCUSE"]["negated"] is True and rows["ACCUSE"]["future"] is False
    assert rows["THREATEN"]["future"] is True
    assert rows["COOPERATE"]["negated"] is False


@pytest.mark.parametrize("fmt", ["phoenix", "gdelt", "polecat"])
def test_formats_without_a_flag_column_leave_flagged_events_out_and_say_so(store, tmp_path, fmt):
    result = export_events(store, fmt, tmp_path / "x.tsv", include_flagged=True)
    assert result.rows == 2
    assert result.notes and "no column to flag" in result.notes[0] and "2 such events" in result.notes[0]


def test_one_a_day_merges_reports_of_one_event(store, tmp_path):
    """a1 and a2 report the same exercise on the same day: one row; a3 is a
    near-duplicate of a1 and adds nothing; a4's event is another row."""
    result = export_events(store, "gdelt", tmp_path / "g.tsv")
    rows = read_gdelt(tmp_path / "g.tsv")
    assert result.rows == 2 and result.reports == 3
    ex = next(r for r in rows if r["EventCode"] == "062")
    assert (ex["NumMentions"], ex["NumArticles"], ex["NumSources"]) == (2, 2, 2)
    sanction = next(r for r in rows if r["EventCode"] == "163")
    assert sanction["Day"] == 20230620  # no date of its own: the article's publication date


def test_same_event_on_another_day_is_another_row(tmp_path):
    from accord_builders import E, article, make_db

    db = make_db(
        tmp_path / "d.duckdb",
        [
            article(
                "b1", "2023-01-02", [E("CONSULT", "KAZ", "CHN", "2023-01-01"), E("CONSULT", "KAZ", "CHN", "2023-01-02")]
            ),
            article(
                "b2", "2023-01-02", [E("CONSULT", "KAZ", "CHN", "2023-01-01"), E("CONSULT", "CHN", "KAZ", "2023-01-01")]
            ),
        ],
    )
    rows = read_phoenix_rows(db, tmp_path)
    assert sorted((r["Date"], r["SourceActorFull"]) for r in rows) == [
        ("20230101", "CHN"),
        ("20230101", "KAZ"),
        ("20230102", "KAZ"),
    ]


def read_phoenix_rows(db, tmp_path):
    export_events(db, "phoenix", tmp_path / "p.tsv")
    return read_phoenix(tmp_path / "p.tsv")


def test_ids_are_stable_across_exports(store, tmp_path):
    export_events(store, "plover", tmp_path / "1.jsonl")
    export_events(store, "plover", tmp_path / "2.jsonl")
    assert [r["id"] for r in read_plover(tmp_path / "1.jsonl")] == [r["id"] for r in read_plover(tmp_path / "2.jsonl")]


def test_every_file_export_has_a_provenance_sidecar(store, tmp_path):
    export_events(store, "gdelt", tmp_path / "g.tsv")
    side = json.loads((tmp_path / "g.tsv.provenance.json").read_text(encoding="utf-8"))
    assert side["provenance"]["data"] == DATA_DATE and side["provenance"]["accord"]
    assert side["rows"] == 2 and side["flagged_left_out"] == 2 and side["format"] == "gdelt"


def test_data_date_is_the_newest_knowledge_file_date():
    assert DATA_DATE >= "2026-12-06"


def test_models_come_from_the_stored_records(store, tmp_path):
    import duckdb

    con = duckdb.connect(store)
    con.execute("""UPDATE articles SET record = json_merge_patch(record,
                   '{"provenance": {"models": {"en_core_web_sm": "3.8.0"}}}')""")
    con.close()
    export_events(store, "polecat", tmp_path / "p.tsv")
    assert "en_core_web_sm 3.8.0" in (tmp_path / "p.tsv").read_text(encoding="utf-8").splitlines()[1]


def test_parquet_table_with_provenance_metadata(store, tmp_path):
    import duckdb

    out = tmp_path / "events.parquet"
    assert export_table_parquet(store, "events", out) == 7
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == 7
    meta = dict(con.execute(f"SELECT key, value FROM parquet_kv_metadata('{out}')").fetchall())
    assert meta[b"data"].decode() == DATA_DATE and meta[b"accord"]


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda db, out: export_events(db, "acled", out), "unknown export format 'acled'"),
        (lambda db, out: export_events(db + ".missing", "gdelt", out), "no such database"),
        (lambda db, out: export_table_parquet(db, "people", out), "unknown table 'people'"),
        (lambda db, out: export_table_parquet(db, "events", None), "give an output file"),
    ],
)
def test_clear_errors(store, tmp_path, call, message):
    with pytest.raises(AccordError, match=message):
        call(store, tmp_path / "x.out")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(AccordError):
        export_events(bad, "plover", tmp_path / "x.jsonl")


def _group():
    from accord.cli import cli

    return cli


def test_command_writes_and_reports(store, tmp_path):
    res = CliRunner().invoke(_group(), ["export", "--db", store, "--format", "gdelt", "-o", str(tmp_path / "g.tsv")])
    assert res.exit_code == 0, res.output
    assert "2 gdelt rows (3 reports)" in res.output
    assert len(read_gdelt(tmp_path / "g.tsv")) == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "parquet", "-o", "x.parquet"], "needs --table"),
        (["--format", "plover", "--table", "events"], "--table is for jsonl, csv and parquet"),
        (["--format", "kml"], "Invalid value for '--format'"),
    ],
)
def test_command_errors_are_one_line(store, args, message):
    res = CliRunner().invoke(_group(), ["export", "--db", store] + args)
    assert res.exit_code != 0 and message in res.output
    assert "Traceback" not in res.output


def test_command_missing_database(tmp_path):
    res = CliRunner().invoke(_group(), ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "plover"])
    assert res.exit_code == 1 and "no such database" in res.output


def test_date_precision_from_the_date_range(tmp_path):
    from accord_builders import E, article, make_db

    db = make_db(
        tmp_path / "d.duckdb",
        [
            article(
                "c1",
                "2023-05-10",
                [
                    E("COOPERATE", "USA", "KAZ", "2022-01-01", extra={"date_end": "2022-12-31"}),
                    E("CONSULT", "USA", "KAZ", "2023-02-01", extra={"date_end": "2023-02-28"}),
                    E("AID", "USA", "KAZ", "2023-02-03", extra={"date_end": "2023-02-05"}),
                    E("SUPPORT", "USA", "KAZ", None),
                ],
            )
        ],
    )
    export_events(db, "plover", tmp_path / "p.jsonl")
    got = {r["event"][0]: r["date_precision"] for r in read_plover(tmp_path / "p.jsonl")}
    assert got == {"COOPERATE": "year", "CONSULT": "month", "AID": "day", "SUPPORT": "published"}


def test_events_without_coded_parties_are_not_merged(tmp_path):
    from accord_builders import E, article, make_db

    db = make_db(
        tmp_path / "d.duckdb",
        [
            article("n1", "2023-03-01", [E("MOBILIZE", None, None, "2023-03-01")]),
            article(
                "n2", "2023-03-01", [E("MOBILIZE", None, None, "2023-03-01"), E("MOBILIZE", "RUS", None, "2023-03-01")]
            ),
            article("n3", "2023-03-02", [E("MOBILIZE", "RUS", None, "2023-03-01")]),
        ],
    )
    result = export_events(db, "gdelt", tmp_path / "g.tsv")
    rows = read_gdelt(tmp_path / "g.tsv")
    assert result.rows == 3
    assert sorted((r["Actor1Code"] or "", r["NumArticles"]) for r in rows) == [("", 1), ("", 1), ("RUS", 2)]


@pytest.mark.parametrize(
    ("cameo", "score"),
    [("016", -2.0), ("0334", 6.0), ("0871", 9.0), ("0874", 10.0), ("124", -4.0), ("13", -6.0), ("1823", -10.0)],
)
def test_goldstein_scores_follow_the_published_cameo_scale(cameo, score):
    # values of GDELT's CAMEO.goldsteinscale.txt that the first, typed-from-memory table had wrong
    from accord.exports import codes

    assert codes.goldstein(cameo) == score


def test_goldstein_falls_back_to_the_base_code_then_the_root():
    from accord.exports import codes

    assert codes.goldstein("1249") == codes.goldstein("124") == -4.0
    assert codes.goldstein("209") == codes.goldstein("20") == -10.0
