"""Each format read back by a reader written from its own documentation:
column count, types, and the known event (the USA-Mongolia exercise of
2023-06-19 in Ulaanbaatar, reported by two outlets)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from export_readers import read_gdelt, read_phoenix, read_plover, read_polecat

from accord.exports import export_events

SCHEMA = json.loads((Path(__file__).parent / "plover.schema.json").read_text(encoding="utf-8"))


def _one(rows, pred):
    found = [r for r in rows if pred(r)]
    assert len(found) == 1, found
    return found[0]


def test_plover_lines_validate_and_carry_the_exercise(store, tmp_path):
    out = tmp_path / "events.jsonl"
    result = export_events(store, "plover", out)
    rows = read_plover(out)
    assert result.rows == len(rows) == 2
    for row in rows:
        jsonschema.validate(row, SCHEMA)
    ex = _one(rows, lambda r: r["event"] == ["COOPERATE"])
    assert ex["date"] == "2023-06-19"
    assert ex["actor"][0]["code"] == "USA" and ex["recipient"][0]["code"] == "MNG"
    assert ex["context"] == ["military"] and ex["quad_code"] == 2 and ex["cameo"] == "062"
    assert ex["event_loc"]["extracted_place"] == "Ulaanbaatar"
    assert ex["event_loc"]["country_code"] == "MNG" and ex["event_loc"]["country"] == "Mongolia"
    assert ex["event_loc"]["geonameid"] is None  # the store has no coordinates yet
    assert ex["event_text"] == ["USA cooperate MNG in exercises."]
    assert ex["text_info"]["start"] == 0 and ex["text_info"]["end"] == len("USA cooperate MNG in exercises.")
    assert ex["cite_info"]["url"] == "https://news.test/a1" and ex["cite_info"]["publication"] == "Test Wire"
    assert (ex["num_mentions"], ex["num_articles"], ex["num_sources"]) == (2, 2, 2)
    assert ex["provenance"]["accord"] and ex["provenance"]["data"] == ex["version"].split("; ")[1][5:]


def test_polecat_header_and_the_exercise(store, tmp_path):
    out = tmp_path / "events.tsv"
    export_events(store, "polecat", out)
    header, rows = read_polecat(out)
    assert header[:3] == ["Event ID", "Event Date", "Event Type"] and header[-1] == "Version"
    assert len(rows) == 2
    ex = _one(rows, lambda r: r["Event Type"] == "COOPERATE")
    assert ex["Event Date"] == "2023-06-19"
    assert (ex["Actor Country"], ex["Recipient Country"]) == ("USA", "MNG")
    assert ex["Quad Code"] == 2 and ex["Event Intensity"] == pytest.approx(6.8)
    assert ex["Contexts"] == "military"
    assert (ex["Placename"], ex["Country"]) == ("Ulaanbaatar", "Mongolia")
    assert ex["Latitude"] is None and ex["GeoNames ID"] is None
    assert ex["Source"] == "Test Wire" and ex["Publication Date"] == "2023-06-20"
    assert ex["Language"] == "en" and ex["Version"].startswith("accord ")


def test_phoenix_columns_and_goldstein(store, tmp_path):
    out = tmp_path / "events.phoenix.tsv"
    export_events(store, "phoenix", out)
    rows = read_phoenix(out)
    assert len(rows) == 2
    ex = _one(rows, lambda r: r["EventCode"] == "062")
    assert (ex["Date"], ex["Year"], ex["Month"], ex["Day"]) == ("20230619", 2023, 6, 19)
    assert (ex["SourceActorFull"], ex["TargetActorFull"]) == ("USA", "MNG")
    assert ex["EventRootCode"] == "06" and ex["PentaClass"] == 2
    assert ex["GoldsteinScore"] == pytest.approx(7.4)  # CAMEO 062, cooperate militarily
    assert ex["LocationName"] == "Ulaanbaatar" and ex["CountryCode"] == "MNG"
    assert ex["URLs"] == "https://news.test/a1;https://other.test/a2"
    assert ex["NewsSources"] == "Test Wire;Other Wire"
    sanction = _one(rows, lambda r: r["EventCode"] == "163")
    assert sanction["GoldsteinScore"] == pytest.approx(-8.0) and sanction["PentaClass"] == 4


def test_gdelt_61_columns_and_the_exercise(store, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    export_events(store, "gdelt", out)
    rows = read_gdelt(out)
    assert len(rows) == 2
    ex = _one(rows, lambda r: r["EventCode"] == "062")
    assert (ex["Day"], ex["MonthYear"], ex["Year"]) == (20230619, 202306, 2023)
    assert ex["FractionDate"] == pytest.approx(2023 + 170 / 365, abs=1e-4)
    assert (ex["Actor1Code"], ex["Actor1CountryCode"], ex["Actor2Code"]) == ("USA", "USA", "MNG")
    assert (ex["EventBaseCode"], ex["EventRootCode"], ex["QuadClass"]) == ("062", "06", 2)
    assert ex["GoldsteinScale"] == pytest.approx(7.4)
    assert (ex["NumMentions"], ex["NumSources"], ex["NumArticles"]) == (2, 2, 2)
    assert ex["IsRootEvent"] == 1
    assert ex["ActionGeo_Type"] == 1  # country level: the store knows the country only
    assert ex["ActionGeo_CountryCode"] == "MG"  # FIPS 10-4 for Mongolia, not ISO's MN
    assert ex["ActionGeo_FullName"] == "Mongolia"
    assert ex["AvgTone"] is None and ex["Actor1Geo_Type"] is None
    assert ex["SOURCEURL"] == "https://news.test/a1"
    assert ex["GlobalEventID"] > 0


def test_gdelt_fills_coordinates_when_the_store_has_them(store, tmp_path):
    """A store with the gazetteer's columns: ActionGeo gets the world-city
    type, coordinates and the place name."""
    import duckdb

    con = duckdb.connect(store)
    for col, typ in (
        ("location_lat", "DOUBLE"),
        ("location_lon", "DOUBLE"),
        ("location_geonameid", "BIGINT"),
        ("location_resolution", "VARCHAR"),
        ("location_feature", "VARCHAR"),
    ):
        con.execute(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {col} {typ}")
    con.execute(
        "UPDATE events SET location_lat = 47.92, location_lon = 106.92, location_geonameid = 2028462, "
        "location_resolution = 'city', location_feature = 'city' WHERE location_text = 'Ulaanbaatar'"
    )
    con.close()
    export_events(store, "gdelt", tmp_path / "g.tsv")
    ex = _one(read_gdelt(tmp_path / "g.tsv"), lambda r: r["EventCode"] == "062")
    assert ex["ActionGeo_Type"] == 4
    assert (ex["ActionGeo_Lat"], ex["ActionGeo_Long"]) == (pytest.approx(47.92), pytest.approx(106.92))
    assert ex["ActionGeo_FullName"] == "Ulaanbaatar, Mongolia"
    export_events(store, "plover", tmp_path / "p.jsonl")
    loc = _one(read_plover(tmp_path / "p.jsonl"), lambda r: r["cameo"] == "062")["event_loc"]
    jsonschema.validate({"x": loc}, {"type": "object", "properties": {"x": SCHEMA["$defs"]["location"]}})
    assert (loc["geonameid"], loc["resolution"], loc["city"]) == (2028462, 4, "Ulaanbaatar")
