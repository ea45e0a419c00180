import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from accord.cli import cli


def all_commands(group=cli, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        if hasattr(cmd, "commands"):
            yield from all_commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,), cmd


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    names = []
    for path, _cmd in all_commands():
        res = runner.invoke(cli, [*path, "--help"])
        assert res.exit_code == 0, (path, res.output)
        assert "Example" in res.output, f"`accord {' '.join(path)} --help` has no example"
        names.append(" ".join(path))
    assert {"extract", "ingest", "export", "stats", "eval"} <= set(names)


def test_top_level_help_and_version():
    runner = CliRunner()
    assert "Example" in runner.invoke(cli, ["--help"]).output
    assert runner.invoke(cli, ["--version"]).exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],  # no input
        ["extract", "/no/such/file.txt"],
        ["extract", "--no-such-option", "x"],
        ["ingest", "x.txt", "--published", "16/05/2024"],
        ["export", "--table", "nope", "-o", "x"],
        ["eval", "quotes", "/no/such/dir", "--dataset", "polnear"],
        ["eval", "events", ".", "--dataset", "plover", "--set", "heldback"],
    ],
)
def test_usage_errors_exit_2(args):
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output


def run(args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "accord.cli", *args], capture_output=True, text=True, timeout=300, **kw
    )


def test_stats_on_missing_db_is_a_clear_error(tmp_path):
    res = run(["stats", "--db", str(tmp_path / "none.duckdb")])
    assert res.returncode == 1 and "no such database" in res.stderr and "Traceback" not in res.stderr


def test_ingest_with_a_bad_memory_limit_is_a_clear_error(tmp_path):
    import os

    env = dict(os.environ, ACCORD_INGEST_MEMORY_LIMIT="plenty")
    (tmp_path / "a.txt").write_text("Headline\n\nKazakhstan and Russia held talks.", encoding="utf-8")
    res = run(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "m.duckdb")], env=env)
    assert res.returncode != 0 and "not a memory size" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.model
def test_extract_mixed_good_and_bad_items(tmp_path):
    (tmp_path / "2024-01-02-a.txt").write_text("Russia and China held talks in Beijing on Monday.")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "j1", "text": "NATO ministers met in Brussels."})
        + "\n{broken\n"
        + json.dumps({"id": "j2", "text": "Armenia froze its participation in the CSTO."})
        + "\n"
    )
    (tmp_path / "c.txt").write_bytes(b"\x00\x00binary")
    (tmp_path / "d.txt").write_text("")
    res = run(["extract", str(tmp_path), "--published", "2024-02-01"])
    assert res.returncode == 1
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in recs][1:] == ["j1", "j2"]  # input order
    assert recs[0]["published"] == "2024-01-02"  # from the file name
    assert recs[1]["published"] == "2024-02-01"  # --published where the input has none
    for r in recs:
        for key in ("id", "title", "published", "url", "outlet", "text", "warnings", "mentions", "quotes", "events"):
            assert key in r
        for m in r["mentions"]:
            assert r["text"][m["start"] : m["end"]] == m["text"]
    err = res.stderr
    assert "b.jsonl:2: malformed JSON" in err
    assert "c.txt: binary data" in err and "d.txt: empty file" in err
    assert "3 processed, 3 failed" in err
    assert "Traceback" not in err


@pytest.mark.model
def test_extract_stdin_to_file_and_exit_0(tmp_path):
    out = tmp_path / "o.jsonl"
    res = run(
        ["extract", "-", "-o", str(out), "--quiet"],
        input=json.dumps({"id": "s1", "text": "Tajikistan hosted the exercise.", "published": "2023-06-01"}),
    )
    assert res.returncode == 0, res.stderr
    [rec] = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["id"] == "s1" and rec["published"] == "2023-06-01"
    assert res.stderr == ""


@pytest.mark.model
def test_ingest_export_stats_roundtrip(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"r{i}",
                    "text": f"Kazakhstan and Uzbekistan held talks number {i}.",
                    "published": f"2024-04-0{i + 1}",
                }
            )
            + "\n"
            for i in range(3)
        )
    )
    db = tmp_path / "x.duckdb"
    first = run(["ingest", str(src), "--db", str(db)])
    assert first.returncode == 0, first.stderr
    assert "3 processed, 0 failed, 3 written" in first.stderr
    second = run(["ingest", str(src), "--db", str(db)])
    assert "0 written, 3 unchanged" in second.stderr
    stats = run(["stats", "--db", str(db), "--json"])
    assert json.loads(stats.stdout)["articles"] == 3
    human = run(["stats", "--db", str(db)])
    assert "3 articles" in human.stdout
    # each text names Kazakhstan and Uzbekistan (2 mentions), quotes no one,
    # and "held talks" is a meeting: CONSULT, coded in both directions
    expected = {"articles": 3, "mentions": 6, "quotes": 0, "events": 6}
    for table in ("articles", "mentions", "quotes", "events"):
        for fmt in ("jsonl", "csv", "parquet"):
            out = tmp_path / f"{table}.{fmt}"
            res = run(["export", "--db", str(db), "--table", table, "--format", fmt, "-o", str(out), "-q"])
            assert res.returncode == 0, res.stderr
            rows = _exported_rows(out, fmt)
            assert len(rows) == expected[table], (table, fmt)
            if table == "articles":
                assert sorted(r["id"] for r in rows) == ["r0", "r1", "r2"], fmt
            elif table == "mentions":
                assert {r["code"] for r in rows} == {"KAZ", "UZB"}, fmt
            elif table == "events":
                assert {r["type"] for r in rows} == {"CONSULT"}, fmt
    # the articles in JSON Lines are the full records (the contract)
    full = {r["id"]: r for r in _exported_rows(tmp_path / "articles.jsonl", "jsonl")}
    assert full["r1"]["text"] == "Kazakhstan and Uzbekistan held talks number 1."
    assert [m["code"] for m in full["r1"]["mentions"]] == ["KAZ", "UZB"]


def _exported_rows(path, fmt: str) -> list[dict]:
    """The rows of an exported file as dicts, whatever its format."""
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        import csv

        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    import duckdb

    con = duckdb.connect()
    try:
        cur = con.execute("SELECT * FROM read_parquet(?)", [str(path)])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]
    finally:
        con.close()


@pytest.mark.model
def test_a_users_data_folder_adds_an_office_holder(tmp_path, clean_env):
    folder = tmp_path / "mine" / "actors" / "data"
    folder.mkdir(parents=True)
    (folder / "office_holders.tsv").write_text(
        "name\taliases\tcountry\torg\toffice\tsector\ttitle\tstart\tend\n"
        "Aibek Testov\t\tKGZ\t\tdefence_minister\tMIL\tDefence Minister\t2024-01-01\t\n",
        encoding="utf-8",
    )
    line = json.dumps({"id": "a", "text": "Aibek Testov said the drills would go ahead.", "published": "2025-03-01"})
    env = dict(os.environ)
    env["ACCORD_DATA_DIR"] = str(tmp_path / "mine")
    run = subprocess.run(
        [sys.executable, "-m", "accord.cli", "extract", "-"], input=line, capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    assert f"knowledge files from {tmp_path / 'mine'}: actors/data/office_holders.tsv" in run.stderr
    rec = json.loads(run.stdout)
    assert [(m["text"], m["code"]) for m in rec["mentions"]] == [("Aibek Testov", "KGZMIL")]
    assert rec["quotes"][0]["speaker"]["code"] == "KGZMIL"
