"""POLECAT's weekly-file layout: 40 tab-separated columns with a header
line; a missing value is written ``None``, as POLECAT's own files do; list
cells (contexts, sectors, story entities) are joined with ``; ``.

POLECAT has no column to flag a negated, hypothetical or future event, so
they stay out even with ``include_flagged``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from . import codes
from .common import Context, iso_day, location, tsv_line

CAN_FLAG = False

COLUMNS = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Event Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
)
MISSING = "None"


def _v(x) -> object:
    if x is None or x == "" or x == []:
        return MISSING
    if isinstance(x, (list, tuple)):
        return "; ".join(str(i) for i in x)
    return x


def _party(side: dict | None) -> list:
    if side is None:
        return [MISSING] * 8
    name = side["text"]
    country = side["country"] or side["org"]
    return [
        _v(name),
        _v(country),
        MISSING,
        _v(side["sector"]),
        _v([side["sector"]] if side["sector"] else []),
        MISSING,
        _v(side["text"]),
        MISSING,
    ]


def _place(unit) -> list:
    loc = location(unit)
    if loc is None:
        return [MISSING] * 10
    return [
        _v(loc["text"]),
        _v(loc["text"] if loc["feature"] == "city" else None),
        MISSING,
        _v(loc["admin1_name"]),
        _v(codes.country_name(loc["country"]) or loc["country"]),
        _v(loc["lat"]),
        _v(loc["lon"]),
        _v(loc["geonameid"]),
        _v(loc["text"]),
        _v(loc["feature"]),
    ]


def row(unit, ctx: Context) -> list:
    f = unit.first
    story = _story(ctx, f["article_id"])
    values = [
        unit.id,
        iso_day(f["day"]),
        f["type"],
        _v(f.get("mode")),
        _v(unit.intensity),
        _v(codes.quad_number(unit.quad)),
        _v(list(f.get("context") or [])),
    ]
    values += _party(unit.side("actor")) + _party(unit.side("recipient")) + _place(unit)
    values += [
        _v(f.get("outlet")),
        _v(iso_day(f.get("published"))),
        _v(story["people"]),
        _v(story["organizations"]),
        _v(story["locations"]),
        "en",
        ctx.version,
    ]
    assert len(values) == len(COLUMNS)
    return values


def _story(ctx: Context, article_id: str) -> dict:
    from .units import story_entities

    cache = ctx.__dict__.setdefault("_story_cache", {})
    if article_id not in cache:
        if len(cache) > 512:
            cache.clear()
        cache[article_id] = story_entities(ctx.con, article_id)
    return cache[article_id]


def write(units: Iterable, out: TextIO, ctx: Context) -> int:
    out.write("\t".join(COLUMNS) + "\n")
    n = 0
    for unit in units:
        out.write(tsv_line(row(unit, ctx)))
        n += 1
    return n
