"""Readers written from each format's own documentation, not from accord's
writers: they know the column counts and types the formats define."""

from __future__ import annotations

import csv
import datetime as dt
import json

# GDELT 2.0 Event Codebook: 61 columns, tab-separated, no header
GDELT_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + ["Actor1" + c for c in GDELT_ACTOR]
    + ["Actor2" + c for c in GDELT_ACTOR]
    + [
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    ]
    + ["Actor1Geo_" + c for c in GDELT_GEO]
    + ["Actor2Geo_" + c for c in GDELT_GEO]
    + ["ActionGeo_" + c for c in GDELT_GEO]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_INT = {
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "IsRootEvent",
    "QuadClass",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "Actor1Geo_Type",
    "Actor2Geo_Type",
    "ActionGeo_Type",
}
GDELT_FLOAT = {
    "FractionDate",
    "GoldsteinScale",
    "AvgTone",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "ActionGeo_Lat",
    "ActionGeo_Long",
}

# Phoenix (OEDA) daily files: 26 columns, tab-separated, no header
PHOENIX = [
    "EventID",
    "Date",
    "Year",
    "Month",
    "Day",
    "SourceActorFull",
    "SourceActorEntity",
    "SourceActorRole",
    "SourceActorAttribute",
    "TargetActorFull",
    "TargetActorEntity",
    "TargetActorRole",
    "TargetActorAttribute",
    "EventCode",
    "EventRootCode",
    "PentaClass",
    "GoldsteinScore",
    "Issues",
    "Lat",
    "Lon",
    "LocationName",
    "StateName",
    "CountryCode",
    "SentenceID",
    "URLs",
    "NewsSources",
]
PHOENIX_INT = {"Year", "Month", "Day", "PentaClass"}
PHOENIX_FLOAT = {"GoldsteinScore", "Lat", "Lon"}

# POLECAT weekly files: 40 columns with a header line; "None" for a missing value
POLECAT_COUNT = 40
POLECAT_FLOAT = {"Event Intensity", "Latitude", "Longitude"}
POLECAT_INT = {"Quad Code", "GeoNames ID"}


def _typed(name, value, ints, floats, missing=("",)):
    if value in missing:
        return None
    if name in ints:
        return int(value)
    if name in floats:
        return float(value)
    return value


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip()]


def read_gdelt(path) -> list[dict]:
    out = []
    for cells in _rows(path):
        assert len(cells) == 61, f"GDELT rows have 61 columns, got {len(cells)}"
        row = {n: _typed(n, v, GDELT_INT, GDELT_FLOAT) for n, v in zip(GDELT, cells)}
        dt.datetime.strptime(str(row["Day"]), "%Y%m%d")
        if row["DATEADDED"]:
            dt.datetime.strptime(row["DATEADDED"], "%Y%m%d%H%M%S")
        out.append(row)
    return out


def read_phoenix(path) -> list[dict]:
    out = []
    for cells in _rows(path):
        assert len(cells) == 26, f"Phoenix rows have 26 columns, got {len(cells)}"
        row = {n: _typed(n, v, PHOENIX_INT, PHOENIX_FLOAT) for n, v in zip(PHOENIX, cells)}
        dt.datetime.strptime(row["Date"], "%Y%m%d")
        out.append(row)
    return out


def read_polecat(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert len(header) == POLECAT_COUNT, f"POLECAT has {POLECAT_COUNT} columns, got {len(header)}"
        out = []
        for cells in reader:
            assert len(cells) == POLECAT_COUNT
            row = {n: _typed(n, v, POLECAT_INT, POLECAT_FLOAT, missing=("", "None")) for n, v in zip(header, cells)}
            dt.date.fromisoformat(row["Event Date"])
            out.append(row)
    return header, out


def read_plover(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
