"""The events' date_precision in the store: written, read by the exports, and
added to a store made before it had the column."""

from __future__ import annotations

import duckdb

from accord import store
from accord.exports import units
from accord.record import Event, EventActor, Record, Span

TEXT = "Uzbekistan and Kazakhstan signed a border treaty in March."


def _record(i: int, precision: str | None, date: str | None = "2024-03-01") -> Record:
    ev = Event(
        type="AGREE",
        cameo="057",
        quad="verbal_cooperation",
        trigger=Span(26, 32, "signed"),
        sentence={"start": 0, "end": len(TEXT)},
        date=date,
        date_end="2024-03-31" if precision == "month" else None,
        date_precision=precision,
        actor=EventActor(0, 10, "Uzbekistan", code="UZB", country="UZB"),
        recipient=EventActor(15, 25, "Kazakhstan", code="KAZ", country="KAZ"),
    )
    return Record(id=f"a{i}", text=TEXT, published="2024-04-02", events=[ev])


def test_precision_written_and_exported(tmp_path):
    con = store.connect(tmp_path / "s.duckdb")
    try:
        store.write_record(con, _record(1, "month"))
        store.write_record(con, _record(2, "published", "2024-04-02"))
        got = con.execute("SELECT article_id, date, date_precision FROM events ORDER BY article_id").fetchall()
        assert [(a, str(d), p) for a, d, p in got] == [("a1", "2024-03-01", "month"), ("a2", "2024-04-02", "published")]
        assert sorted(u.date_precision for u in units.units(con)) == ["month", "published"]
    finally:
        con.close()


def test_store_without_the_column_gains_it(tmp_path):
    """A schema-2 store (location columns, no date_precision): a writer appends the
    column and its rows, listed in this schema's order, land by name."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    for stmt in store.DDL:
        con.execute(stmt)
    con.execute("ALTER TABLE events DROP COLUMN date_precision")
    con.close()
    con = store.connect(path)
    try:
        cols = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
        assert cols[-1] == "date_precision"
        store.write_record(con, _record(1, "month"))
        row = con.execute("SELECT date_text, date_precision, location_inferred, confidence FROM events").fetchone()
        assert row == (None, "month", None, 0.5)
    finally:
        con.close()
