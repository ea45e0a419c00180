"""GDELT 2.0's event table: 61 tab-separated columns, no header, as GDELT's
own ``*.export.CSV`` files. accord fills what it knows (ids, dates, actor
codes, names and countries, CAMEO codes, QuadClass, Goldstein, counts,
ActionGeo, DATEADDED, SOURCEURL) and leaves the rest empty (docs/exports.md).

GDELT has no column to flag a negated, hypothetical or future event, so
they stay out even with ``include_flagged``."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from typing import TextIO

from . import codes
from .common import Context, as_date, compact_day, location, tsv_line

CAN_FLAG = False

_ACTOR = (
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
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple("Actor1" + c for c in _ACTOR)
    + tuple("Actor2" + c for c in _ACTOR)
    + (
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
    )
    + tuple("Actor1Geo_" + c for c in _GEO)
    + tuple("Actor2Geo_" + c for c in _GEO)
    + tuple("ActionGeo_" + c for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)

#: GDELT's geographic resolution codes (ActionGeo_Type); 2 and 3 are for US states and cities
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5


def _actor(side: dict | None) -> list:
    if side is None:
        return [None] * len(_ACTOR)
    name = (side["text"] or "").upper() or None
    return [
        side["code"] or side["country"] or side["org"],
        name,
        side["country"],
        side["org"],
        None,
        None,
        None,
        side["sector"],
        None,
        None,
    ]


def action_geo(unit) -> list:
    """ActionGeo_*: the event's place. Country-level places get GDELT's
    country type with the FIPS code as ADM1 code and feature id; finer
    places their coordinates (GeoNames ids are not GDELT's GNS feature ids,
    so FeatureID stays empty)."""
    loc = location(unit)
    if loc is None:
        return [None] * len(_GEO)
    fips = codes.fips(loc["country"])
    name = codes.country_name(loc["country"])
    if loc["lat"] is None or loc["resolution"] in (None, "country"):
        return [GEO_COUNTRY if fips else None, name or loc["text"], fips, fips, None, loc["lat"], loc["lon"], fips]
    us = loc["country"] == "USA"
    if loc["resolution"] == "region":
        kind = GEO_US_STATE if us else GEO_WORLD_STATE
    else:
        kind = GEO_US_CITY if us else GEO_WORLD_CITY
    full = ", ".join(x for x in (loc["text"], loc["admin1_name"], name) if x)
    return [kind, full, fips, fips, None, loc["lat"], loc["lon"], None]


def fraction_date(day) -> float:
    """GDELT's FractionDate: the year plus the fraction of it completed."""
    days = 366 if calendar.isleap(day.year) else 365
    return round(day.year + day.timetuple().tm_yday / days, 4)


def row(unit, ctx: Context) -> list:
    f = unit.first
    day = as_date(f["day"])
    cameo = unit.cameo
    added = min((r["ingested_at"] for r in unit.reports if r.get("ingested_at")), default=None)
    values = [unit.numeric_id, compact_day(day), f"{day.year:04d}{day.month:02d}", day.year, fraction_date(day)]
    values += _actor(unit.side("actor")) + _actor(unit.side("recipient"))
    values += [
        1 if any(r.get("in_lead") for r in unit.reports) else 0,
        cameo,
        codes.base_code(cameo),
        codes.root_code(cameo),
        codes.quad_class(cameo),
        codes.goldstein(cameo),
        unit.num_mentions,
        unit.num_sources,
        unit.num_articles,
        None,
    ]
    values += [None] * (2 * len(_GEO)) + action_geo(unit)
    values += [added.strftime("%Y%m%d%H%M%S") if added else None, (unit.urls() or unit.outlets() or [None])[0]]
    assert len(values) == len(COLUMNS) == 61
    return values


def write(units: Iterable, out: TextIO, ctx: Context) -> int:
    n = 0
    for unit in units:
        out.write(tsv_line(row(unit, ctx)))
        n += 1
    return n
