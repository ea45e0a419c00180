"""PLOVER JSON Lines: one event a line, in the PLOVER manual's data-field
layout (``id``, ``date``, ``event``, ``mode``, ``context``, ``actor`` and
``recipient`` entity lists, ``event_loc``, ``event_text``, ``text_info``,
``cite_info``...), plus accord's fields (counts, flags, evidence,
provenance): PLOVER lets a provider add named fields."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from . import codes
from .common import PLOVER_RESOLUTION, Context, iso_day, location

CAN_FLAG = True


def entity(side: dict | None) -> list[dict]:
    """A party as PLOVER's list of entity objects (empty when unknown)."""
    if side is None:
        return []
    return [
        {
            "code": side["country"] or side["org"],
            "sector": side["sector"],
            "entity_text": side["text"],
            "cameo_code": side["code"],
            "org": side["org"],
        }
    ]


def event_loc(unit) -> dict | None:
    loc = location(unit)
    if loc is None:
        return None
    feature = loc["feature"]
    return {
        "extracted_place": loc["text"],
        "resolved_place": loc["text"] if loc["geonameid"] else None,
        "geonameid": loc["geonameid"],
        "lat": loc["lat"],
        "lon": loc["lon"],
        "city": loc["text"] if feature == "city" else None,
        "district": None,
        "province": loc["admin1_name"],
        "country": codes.country_name(loc["country"]),
        "country_code": loc["country"],
        "feature_class": None,
        "feature_code": None,
        "resolution": PLOVER_RESOLUTION.get(loc["resolution"] or ""),
    }


def record(unit, ctx: Context) -> dict:
    f = unit.first
    return {
        "id": unit.id,
        "date": iso_day(f["day"]),
        "enddate": iso_day(f.get("date_end")),
        "date_precision": unit.date_precision,
        "actor": entity(unit.side("actor")),
        "recipient": entity(unit.side("recipient")),
        "event": [f["type"]],
        "mode": [f["mode"]] if f.get("mode") else [],
        "context": list(f.get("context") or []),
        "quad_code": codes.quad_number(unit.quad),
        "event_scale": unit.intensity,
        "cameo": unit.cameo,
        "event_loc": event_loc(unit),
        "event_text": [f["sentence_text"]] if f.get("sentence_text") else [],
        "text_info": {
            "sequence": f["idx"],
            "start": f.get("sentence_start"),
            "end": f.get("sentence_end"),
            "trigger_start": f.get("trigger_start"),
            "trigger_end": f.get("trigger_end"),
            "trigger_text": f.get("trigger_text"),
        },
        "cite_info": {
            "corpus": "accord",
            "citation": f["article_id"],
            "url": f.get("url"),
            "title": f.get("title"),
            "language": "en",
            "publication": f.get("outlet"),
            "publication_date": iso_day(f.get("published")),
            "coder": f"accord {ctx.provenance['accord']}",
            "codebook": "plover-accord",
            "version": ctx.version,
        },
        "negated": bool(f.get("negated")),
        "hypothetical": bool(f.get("hypothetical")),
        "future": bool(f.get("future")),
        "historical": bool(f.get("historical")),
        "num_mentions": unit.num_mentions,
        "num_articles": unit.num_articles,
        "num_sources": unit.num_sources,
        "reports": [
            {
                "article_id": r["article_id"],
                "idx": r["idx"],
                "sentence_start": r.get("sentence_start"),
                "sentence_end": r.get("sentence_end"),
                "url": r.get("url"),
                "outlet": r.get("outlet"),
            }
            for r in unit.reports
        ],
        "version": ctx.version,
        "provenance": ctx.provenance,
    }


def write(units: Iterable, out: TextIO, ctx: Context) -> int:
    n = 0
    for unit in units:
        out.write(json.dumps(record(unit, ctx), ensure_ascii=False, default=str))
        out.write("\n")
        n += 1
    return n
