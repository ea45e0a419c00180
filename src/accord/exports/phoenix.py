"""The Phoenix event-data TSV (Open Event Data Alliance daily files): 26
tab-separated columns, no header, CAMEO codes and Goldstein scores.

Phoenix has no column to flag a negated, hypothetical or future event, so
they stay out even with ``include_flagged``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from . import codes
from .common import Context, as_date, compact_day, location, tsv_line

CAN_FLAG = False

#: the column names, for readers and the documentation (the file has no header)
COLUMNS = (
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
)


def _party(side: dict | None) -> list:
    if side is None:
        return [None] * 4
    entity = side["country"] or ("IGO" if (side["code"] or "").startswith("IGO") else None)
    return [side["code"] or side["country"] or side["org"], entity, side["sector"], side["org"]]


def row(unit, ctx: Context) -> list:
    f = unit.first
    day = as_date(f["day"])
    cameo = unit.cameo
    loc = location(unit) or {}
    values = [unit.id, compact_day(day), day.year, day.month, day.day]
    values += _party(unit.side("actor")) + _party(unit.side("recipient"))
    values += [
        cameo,
        codes.root_code(cameo),
        codes.penta_class(cameo),
        codes.goldstein(cameo),
        None,
        loc.get("lat"),
        loc.get("lon"),
        loc.get("text"),
        loc.get("admin1_name"),
        loc.get("country"),
        f"{f['article_id']}_{f['idx']}",
        ";".join(unit.urls()),
        ";".join(unit.outlets()),
    ]
    assert len(values) == len(COLUMNS)
    return values


def write(units: Iterable, out: TextIO, ctx: Context) -> int:
    n = 0
    for unit in units:
        out.write(tsv_line(row(unit, ctx)))
        n += 1
    return n
