"""The rows an article record becomes in the store's tables: mentions,
quotes (and attributions) and events, with the contract's nested parts as
prefixed columns (``actor_country``, ``speaker_name``, ``location_lat``)."""

from __future__ import annotations

import re
from typing import Any

#: the gazetteer's location columns of ``events`` (schema 2), after ``confidence``: a store of schema 1
#: gets them, empty, when a writer opens it (:func:`init`); readers of an old store see it without them
LOCATION_COLS = (
    ("location_geonameid", "INTEGER"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("location_feature", "VARCHAR"),
    ("location_resolution", "VARCHAR"),
    ("location_admin1_code", "VARCHAR"),
    ("location_admin1_name", "VARCHAR"),
    ("location_admin1_iso", "VARCHAR"),
    ("location_inferred", "BOOLEAN"),
    ("location_start", "INTEGER"),
    ("location_end", "INTEGER"),
)

_ACTOR_COLS = ("start", "end", "text", "code", "country", "org", "sector")


def _get(d: dict | None, key: str) -> Any:
    return d.get(key) if d else None


def _dict(x: Any) -> dict:
    return x if isinstance(x, dict) else x.to_dict()


def mention_rows(article_id: str, mentions: list) -> list[tuple]:
    out = []
    for i, m in enumerate(mentions):
        m = _dict(m)
        out.append(
            (
                article_id,
                i,
                m["start"],
                m["end"],
                m["text"],
                m.get("name"),
                m.get("kind"),
                m.get("code"),
                m.get("country"),
                m.get("org"),
                m.get("sector"),
                m.get("role"),
                m.get("entity"),
            )
        )
    return out


def quote_rows(article_id: str, quotes: list) -> list[tuple]:
    out = []
    for i, q in enumerate(quotes):
        q = _dict(q)
        sp, cue = q.get("speaker"), q.get("cue")
        out.append(
            (
                article_id,
                i,
                q["start"],
                q["end"],
                q["text"],
                q.get("kind"),
                _get(sp, "start"),
                _get(sp, "end"),
                _get(sp, "text"),
                _get(sp, "name"),
                _get(sp, "role"),
                _get(sp, "affiliation"),
                _get(sp, "code"),
                _get(sp, "country"),
                _get(sp, "org"),
                _get(cue, "start"),
                _get(cue, "end"),
                _get(cue, "text"),
                q.get("medium"),
                q.get("cue_class"),
                q.get("utterance"),
            )
        )
    return out


def event_rows(article_id: str, events: list) -> list[tuple]:
    out = []
    for i, e in enumerate(events):
        e = _dict(e)
        actor, rec = e.get("actor"), e.get("recipient")
        loc, trig, sent = e.get("location"), e.get("trigger"), e.get("sentence")
        out.append(
            (
                article_id,
                i,
                e["type"],
                e.get("mode"),
                list(e.get("context") or []),
                e.get("cameo"),
                e.get("quad"),
                e.get("intensity"),
                *(_get(actor, c) for c in _ACTOR_COLS),
                *(_get(rec, c) for c in _ACTOR_COLS),
                _iso_date(e.get("date")),
                _iso_date(e.get("date_end")),
                e.get("date_text"),
                e.get("date_precision"),
                _get(loc, "text"),
                _get(loc, "country"),
                bool(e.get("negated")),
                bool(e.get("hypothetical")),
                bool(e.get("future")),
                bool(e.get("historical")),
                _get(trig, "start"),
                _get(trig, "end"),
                _get(trig, "text"),
                _get(sent, "start"),
                _get(sent, "end"),
                e.get("quote"),
                e.get("confidence"),
                *_location_cells(loc),
            )
        )
    return out


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value) -> str | None:
    """A date column's value: an ISO date, else NULL (the record keeps what
    the extractor wrote), so one odd date never fails a batch."""
    return value if isinstance(value, str) and _ISO_DATE.match(value) else None


def _location_cells(loc: dict | None) -> tuple:
    """The LOCATION_COLS cells of an event's location (nulls when the place is not resolved)."""
    if not loc:
        return (None,) * len(LOCATION_COLS)
    a1 = loc.get("admin1") or {}
    return (
        loc.get("geonameid"),
        loc.get("lat"),
        loc.get("lon"),
        loc.get("feature"),
        loc.get("resolution"),
        a1.get("code"),
        a1.get("name"),
        a1.get("iso"),
        bool(loc.get("inferred")),
        loc.get("start"),
        loc.get("end"),
    )
