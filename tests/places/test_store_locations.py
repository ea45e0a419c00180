"""The store's location columns (schema 2) and the upgrade of a schema-1 store."""

from __future__ import annotations

import duckdb
import pytest

from accord import store
from accord.exports import units
from accord.record import Event, EventActor, Location, Record, Span

TEXT = "Kyrgyz and Russian troops held drills at Kant air base on Monday."


def _record(i: int = 1, location: Location | None = None) -> Record:
    ev = Event(
        type="COOPERATE",
        cameo="062",
        quad="material_cooperation",
        trigger=Span(26, 30, "held"),
        sentence={"start": 0, "end": len(TEXT)},
        date="2024-05-13",
        actor=EventActor(0, 6, "Kyrgyz", code="KGZ", country="KGZ"),
        recipient=EventActor(11, 18, "Russian", code="RUS", country="RUS"),
        location=location,
    )
    return Record(id=f"a{i}", text=TEXT, published="2024-05-14", events=[ev])


KANT = Location(
    text="Kant air base",
    start=41,
    end=54,
    country="KGZ",
    geonameid=None,
    lat=42.85,
    lon=74.85,
    admin1={"code": "02", "iso": "KG-C", "name": "Chuy"},
    feature="site",
    resolution="site",
    inferred=False,
)


def test_location_columns_written(tmp_path):
    con = store.connect(tmp_path / "s.duckdb")
    try:
        store.write_record(con, _record(1, KANT))
        store.write_record(con, _record(2, None))
        rows = con.execute("""SELECT article_id, location_text, location_lat, location_lon, location_feature,
                                     location_resolution, location_admin1_code, location_admin1_name,
                                     location_admin1_iso, location_inferred, location_start, location_end,
                                     location_geonameid
                              FROM events ORDER BY article_id""").fetchall()
        assert rows[0] == (
            "a1",
            "Kant air base",
            42.85,
            74.85,
            "site",
            "site",
            "02",
            "Chuy",
            "KG-C",
            False,
            41,
            54,
            None,
        )
        assert rows[1][1:] == (None,) * 12
        assert TEXT[rows[0][10] : rows[0][11]] == "Kant air base"
        assert con.execute("SELECT value FROM accord_meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    finally:
        con.close()


def _schema1(path) -> None:
    """A store as schema 1 made it: the events table without the location columns."""
    con = duckdb.connect(str(path))
    for stmt in store.DDL:
        con.execute(stmt)
    for c, _ in store.LOCATION_COLS:
        con.execute(f"ALTER TABLE events DROP COLUMN {c}")
    con.execute("INSERT INTO accord_meta VALUES ('schema_version', '1')")
    con.close()


def test_schema1_store_upgraded_by_a_writer(tmp_path):
    path = tmp_path / "old.duckdb"
    _schema1(path)
    ro = store.connect(path, read_only=True)  # a reader leaves it as it is
    ro_cols = ro.execute("DESCRIBE events").fetchall()
    ro.close()
    assert "location_lat" not in [r[0] for r in ro_cols]
    con = store.connect(path)
    try:
        cols = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
        assert cols[-len(store.LOCATION_COLS) :] == [c for c, _ in store.LOCATION_COLS]
        store.write_record(con, _record(1, KANT))
        assert con.execute("SELECT location_lat, location_inferred FROM events").fetchone() == (42.85, False)
        assert con.execute("SELECT value FROM accord_meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    finally:
        con.close()


def test_exports_read_the_columns(tmp_path):
    con = store.connect(tmp_path / "x.duckdb")
    try:
        store.write_record(con, _record(1, KANT))
        got = list(units.units(con))
        assert len(got) == 1
        first = got[0].first
        assert (first["location_lat"], first["location_lon"], first["location_admin1_iso"]) == (42.85, 74.85, "KG-C")
    finally:
        con.close()


def test_location_columns_are_the_exports_optional_columns():
    names = {c for c, _ in store.LOCATION_COLS}
    assert names == set(units.OPTIONAL) - {"date_precision"}


@pytest.mark.parametrize("inferred", [True, False])
def test_inferred_flag_round_trips(tmp_path, inferred):
    loc = Location(**{**KANT.to_dict(), "inferred": inferred})
    con = store.connect(tmp_path / "i.duckdb")
    try:
        store.write_record(con, _record(1, loc))
        assert con.execute("SELECT location_inferred FROM events").fetchone()[0] is inferred
    finally:
        con.close()
