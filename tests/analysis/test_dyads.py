import json

import pytest
from accord_builders import E, article, make_db
from click.testing import CliRunner

from accord import store
from accord.analysis.dyads import dyads, top_dyads
from accord.cli import cli
from accord.errors import AccordError


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    recs = [
        # the same exercise reported by two articles on the same day: one event
        article(
            "a1", "2023-06-02", [E("COOPERATE", "USA", "KAZ", "2023-06-01"), E("ACCUSE", "RUS", "USA", "2023-06-01")]
        ),
        article("a2", "2023-06-02", [E("COOPERATE", "USA", "KAZ", "2023-06-01")]),
        # same dyad and type, another day: a second event
        article("a3", "2023-06-20", [E("COOPERATE", "USA", "KAZ", "2023-06-19")]),
        # same day, another type: its own event
        article("a4", "2023-06-02", [E("AID", "USA", "KAZ", "2023-06-01")]),
        # no event date: the article's date counts
        article("a5", "2023-07-15", [E("CONSULT", "USA", "KAZ", None)]),
        # an organization without a country is keyed by its code
        article("a6", "2023-08-01", [E("SUPPORT", "NATO", "KAZ", "2023-08-01")]),
        # negated and hypothetical events did not happen
        article(
            "a7",
            "2023-08-01",
            [
                E("ASSAULT", "RUS", "KAZ", "2023-08-01", negated=True),
                E("ASSAULT", "RUS", "KAZ", "2023-08-01", hypothetical=True),
            ],
        ),
        # a near-duplicate copy of a3 published elsewhere on another day
        article("a8", "2023-06-21", [E("COOPERATE", "USA", "KAZ", "2023-06-21")]),
        # no recipient: not a dyad
        article("a9", "2023-06-21", [E("MOBILIZE", "RUS", None, "2023-06-21")]),
    ]
    return make_db(tmp_path_factory.mktemp("dyads") / "t.duckdb", recs, duplicates={"a8": "a3"})


@pytest.fixture
def con(db):
    c = store.connect(db, read_only=True)
    yield c
    c.close()


def rows_for(rows, **kw):
    return [r for r in rows if all(r[k] == v for k, v in kw.items())]


def test_one_a_day_rule(con):
    rows = dyads(con, by="month")
    [mc] = rows_for(rows, period="2023-06", actor="USA", recipient="KAZ", quad="material_cooperation")
    # COOPERATE 06-01 (two reports), COOPERATE 06-19, AID 06-01 -> three events, four reports
    assert mc["events"] == 3
    assert mc["reports"] == 4
    assert mc["intensity"] == pytest.approx(6.8 + 6.8 + 7.4)


def test_count_all_counts_every_report(con):
    rows = dyads(con, by="month", count="all")
    [mc] = rows_for(rows, period="2023-06", actor="USA", recipient="KAZ", quad="material_cooperation")
    assert mc["events"] == 4 and mc["reports"] == 4


def test_evidence_lists_every_report(con):
    rows = dyads(con, by="month", evidence=True, types=["COOPERATE"])
    [mc] = rows_for(rows, period="2023-06", actor="USA", recipient="KAZ")
    ids = sorted(e["article_id"] for e in mc["evidence"])
    assert ids == ["a1", "a2", "a3"]
    for e in mc["evidence"]:
        assert e["sentence_start"] is not None and e["sentence_end"] > e["sentence_start"]


def test_duplicates_flags_and_undirected_rows_are_left_out(con):
    rows = dyads(con, by="all")
    assert not rows_for(rows, actor="RUS", recipient="KAZ")  # negated / hypothetical
    assert all(r["recipient"] is not None for r in rows)
    total = sum(r["reports"] for r in rows_for(rows, actor="USA", recipient="KAZ", quad="material_cooperation"))
    assert total == 4  # not 5: a8 is a near-duplicate


def test_published_date_and_org_keys(con):
    rows = dyads(con, by="month")
    assert rows_for(rows, period="2023-07", actor="USA", recipient="KAZ", quad="verbal_cooperation")
    [nato] = rows_for(rows, actor="NATO")
    assert nato["actor_kind"] == "org" and nato["recipient_kind"] == "state"


def test_periods_and_filters(con):
    assert {r["period"] for r in dyads(con, by="quarter")} == {"2023-Q2", "2023-Q3"}
    assert {r["period"] for r in dyads(con, by="year")} == {"2023"}
    june = dyads(con, by="month", since="2023-06-01", until="2023-06-30")
    assert {r["period"] for r in june} == {"2023-06"}
    only = dyads(con, by="all", types="accuse")
    assert [(r["actor"], r["recipient"]) for r in only] == [("RUS", "USA")]
    assert dyads(con, by="all", actor="NATO")[0]["recipient"] == "KAZ"
    with pytest.raises(AccordError, match="unknown event type"):
        dyads(con, types=["HUG"])
    with pytest.raises(AccordError, match="unknown period"):
        dyads(con, by="week")


def test_top_dyads(con):
    top = top_dyads(dyads(con, by="month"), n=2)
    assert top[0]["actor"] == "USA" and top[0]["recipient"] == "KAZ"
    assert top[0]["cooperation"] == 4 and top[0]["conflict"] == 0


def test_cli_formats(tmp_path, db):
    path = db
    r = CliRunner().invoke(cli, ["dyads", "--db", path, "--by", "year", "--format", "json", "--evidence"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert any(d["actor"] == "USA" and d["evidence"] for d in data)
    r = CliRunner().invoke(cli, ["dyads", "--db", path, "--format", "csv", "--type", "COOPERATE,AID"])
    assert r.exit_code == 0
    lines = r.output.strip().splitlines()
    assert lines[0].startswith("period,actor,recipient,quad,events")
    assert len(lines) == 2 and ",3,4," in lines[1]
    r = CliRunner().invoke(cli, ["dyads", "--db", path])
    assert r.exit_code == 0 and "USA" in r.output
    r = CliRunner().invoke(cli, ["dyads", "--db", path, "--type", "HUG"])
    assert r.exit_code != 0 and "unknown event type" in r.output
    r = CliRunner().invoke(cli, ["dyads", "--db", str(tmp_path / "missing.duckdb")])
    assert r.exit_code != 0 and "no such database" in r.output
