import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from accord import store
from accord.record import Event, EventActor, Mention, Quote, Record, Span, Speaker


def make_record(i: int = 1, text: str | None = None) -> Record:
    text = text or f'Article {i}: Kazakhstan and Russia held talks in Astana. "We agree," he said.'
    return Record(
        id=f"a{i}",
        text=text,
        title=f"T{i}",
        published="2024-05-16",
        outlet="Wire",
        warnings=["duplicate paragraph removed at 1-2 of the input text"],
        mentions=[Mention(12, 22, "Kazakhstan", name="Kazakhstan", kind="state", code="KAZ", country="KAZ")],
        quotes=[
            Quote(
                55,
                63,
                "We agree",
                kind="direct",
                speaker=Speaker(66, 68, "he", name="Sergei Lavrov", code="RUSGOV", country="RUS"),
                cue=Span(69, 73, "said"),
            )
        ],
        events=[
            Event(
                type="CONSULT",
                cameo="040",
                quad="verbal_cooperation",
                intensity=2.1,
                trigger=Span(38, 42, "held"),
                sentence={"start": 0, "end": 50},
                actor=EventActor(12, 22, "Kazakhstan", code="KAZ", country="KAZ"),
                recipient=EventActor(27, 33, "Russia", code="RUS", country="RUS"),
                date="2024-05-13",
                context=["diplomatic"],
            )
        ],
    )


@pytest.fixture
def con(tmp_path):
    c = store.connect(tmp_path / "t.duckdb")
    yield c
    c.close()


def count(con, table):
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_write_and_read_back(con):
    rec = make_record()
    assert store.write_record(con, rec) is True
    assert [count(con, t) for t in store.TABLES] == [1, 1, 1, 1, 0]  # no attributions in this record
    row = con.execute("SELECT actor_country, recipient_country, type, context, date FROM events").fetchone()
    assert row[:3] == ("KAZ", "RUS", "CONSULT") and row[3] == ["diplomatic"] and str(row[4]) == "2024-05-13"
    q = con.execute("SELECT speaker_name, speaker_code, cue_text FROM quotes").fetchone()
    assert q == ("Sergei Lavrov", "RUSGOV", "said")
    stored = json.loads(con.execute("SELECT record FROM articles").fetchone()[0])
    assert stored == json.loads(rec.to_json())


def test_rewrite_same_content_changes_nothing(con):
    rec = make_record()
    store.write_record(con, rec)
    before = con.execute("SELECT ingested_at FROM articles").fetchone()
    assert store.write_record(con, make_record()) is False
    assert con.execute("SELECT ingested_at FROM articles").fetchone() == before
    assert [count(con, t) for t in store.TABLES] == [1, 1, 1, 1, 0]


def test_changed_content_replaces_rows(con):
    store.write_record(con, make_record())
    rec = make_record()
    rec.text += " Updated."
    rec.events = []
    assert store.write_record(con, rec) is True
    assert count(con, "articles") == 1 and count(con, "events") == 0 and count(con, "mentions") == 1


def test_failed_write_rolls_back(con, monkeypatch):
    store.write_record(con, make_record(1))
    bad = make_record(2)
    # a value DuckDB refuses inside the transaction (not a number)
    bad.events[0].intensity = "not-a-number"
    with pytest.raises(store.StoreError):
        store.write_record(con, bad)
    assert count(con, "articles") == 1 and store.orphan_count(con) == 0


def test_failed_write_is_a_store_error_naming_the_articles(con):
    bad = make_record(7)
    bad.events[0].intensity = "not-a-number"
    with pytest.raises(store.StoreError, match="a7"):
        store.write_record(con, bad)


def test_memory_limit_is_set_and_checked(tmp_path):
    c = store.connect(tmp_path / "m.duckdb", memory_limit="64MB")
    try:
        limit = c.execute("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'").fetchone()[0]
        assert store._bytes(limit) <= 64 << 20
    finally:
        c.close()
    with pytest.raises(store.StoreError, match="not a memory size"):
        store.connect(tmp_path / "m2.duckdb", memory_limit="64MB'; DROP TABLE articles; --")


def test_a_batch_of_long_articles_gets_room_beside_the_limit(tmp_path):
    # a checkpoint that cannot get memory would invalidate the connection:
    # the limit follows the largest batch, so long articles still go in
    c = store.connect(tmp_path / "big.duckdb", memory_limit="64MB")
    try:
        long_text = "Kazakhstan and Russia held talks in Astana. " * 150_000  # about 6.6 MB
        recs = [make_record(i, text=f"{i} {long_text}") for i in range(4)]
        assert store.write_records(c, [(r, None, None, None) for r in recs]) == [True] * 4
        c.execute("CHECKPOINT")
        assert count(c, "articles") == 4
        limit = c.execute("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'").fetchone()[0]
        assert store._bytes(limit) > 64 << 20
    finally:
        c.close()


def test_a_limited_writer_trims_its_cache_after_a_batch_and_does_not_vacuum(tmp_path):
    # DuckDB keeps what it wrote cached up to the limit, and a checkpoint's
    # vacuum merges row groups outside it: either makes a long ingest's
    # memory grow with the database
    c = store.connect(tmp_path / "w.duckdb", memory_limit="64MB")
    plain = store.connect(tmp_path / "plain.duckdb")
    try:
        assert c.execute("SELECT current_setting('max_vacuum_tasks')").fetchone()[0] == 0
        assert plain.execute("SELECT current_setting('max_vacuum_tasks')").fetchone()[0] > 0
        rng = random.Random(7)
        words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(5000)]
        # about 40 MB that compresses poorly: the commit checkpoints it
        recs = [make_record(i, text=" ".join(rng.choices(words, k=500_000))) for i in range(10)]
        assert store.write_records(c, [(r, None, None, None) for r in recs]) == [True] * 10
        used = c.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0]
        assert used <= store._CACHE_FLOOR
        limit = c.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        assert store._bytes(limit) >= 60 << 20  # the writer's limit is back for the next batch
        assert count(c, "articles") == 10
    finally:
        c.close()
        plain.close()


def test_stats_and_export(con, tmp_path):
    for i in range(3):
        store.write_record(con, make_record(i))
    s = store.stats(con)
    assert s["articles"] == 3 and s["events_by_type"] == {"CONSULT": 3}
    assert s["top_actors"][0]["code"] == "KAZ" and s["top_speakers"][0]["name"] == "Sergei Lavrov"
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        assert store.export(con, "events", fmt, str(out)) == 3
        assert _exported_types(con, out, fmt) == ["CONSULT", "CONSULT", "CONSULT"], fmt
    out = tmp_path / "records.jsonl"
    store.export(con, "articles", "jsonl", str(out))
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(recs) == 3 and set(recs[0]) >= {"id", "text", "mentions", "quotes", "events", "warnings"}


def _exported_types(con, path, fmt: str) -> list[str]:
    """The ``type`` column of an exported events file, row by row."""
    if fmt == "jsonl":
        return [json.loads(line)["type"] for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "csv":
        import csv

        with open(path, newline="", encoding="utf-8") as fh:
            return [r["type"] for r in csv.DictReader(fh)]
    return [r[0] for r in con.execute("SELECT type FROM read_parquet(?)", [str(path)]).fetchall()]


def test_read_only_missing_db_is_clear(tmp_path):
    from accord.errors import StoreError

    with pytest.raises(StoreError, match="no such database"):
        store.connect(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_database(tmp_path):
    from accord.errors import StoreError

    p = tmp_path / "x.duckdb"
    p.write_text("hello, I am not a database")
    with pytest.raises(StoreError):
        store.connect(p)


@pytest.mark.model
def test_kill_during_ingest_then_rerun(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w") as fh:
        for i in range(120):
            text = (
                f"Report {i}. Kazakhstan and Russia held talks in Astana on Monday, officials said. "
                f"The defence ministers discussed exercise number {i} and border security. "
            ) * 3
            fh.write(json.dumps({"id": f"k{i}", "text": text, "published": "2024-05-16"}) + "\n")
    db = tmp_path / "k.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "accord.cli",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "4",
        "--workers",
        "1",
    ]
    proc = subprocess.Popen(cmd + ["-v"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    stored = 0
    deadline = time.time() + 180
    while time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if "stored" in line:
            stored += 1
            if stored >= 10:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait()
    assert stored >= 10, "the ingest never got going"
    done = subprocess.run(cmd + ["--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    con = store.connect(db, read_only=True)
    try:
        assert count(con, "articles") == 120
        assert con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == 120
        assert store.orphan_count(con) == 0
        n_mentions = count(con, "mentions")
    finally:
        con.close()
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "0 written, 120 unchanged" in again.stderr
    con = store.connect(db, read_only=True)
    assert count(con, "mentions") == n_mentions
    con.close()


def test_an_event_date_that_is_not_iso_is_stored_as_null(con):
    rec = make_record(3)
    rec.events[0].date = "2023"  # a year written bare: the record keeps it, the DATE column cannot
    store.write_record(con, rec)
    assert con.execute("SELECT date FROM events WHERE article_id = 'a3'").fetchall() == [(None,)]
    stored = json.loads(con.execute("SELECT record FROM articles WHERE id = 'a3'").fetchone()[0])
    assert stored["events"][0]["date"] == "2023"


def test_quotes_carry_cue_class_and_utterance_and_attributions_have_a_table(con):
    from accord.record import Quote, Speaker

    rec = make_record()
    rec.quotes[0].cue_class, rec.quotes[0].utterance = "speech", 0
    rec.attributions = [
        Quote(
            start=0,
            end=5,
            text=rec.text[:5],
            kind="indirect",
            cue_class="intention",
            speaker=Speaker(start=0, end=5, text=rec.text[:5], name="X"),
        )
    ]
    store.write_record(con, rec)
    assert con.execute("SELECT cue_class, utterance FROM quotes").fetchone() == ("speech", 0)
    assert con.execute("SELECT cue_class, speaker_name FROM attributions").fetchone() == ("intention", "X")
