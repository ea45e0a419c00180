"""What the world map shows, read from the store: the report's map section
and the viewer's map page both call :func:`map_data`.

The events are the analysis' countable ones (:func:`accord.analysis.events.events_sql`:
no near-duplicate articles, no negated or hypothetical events), filtered by
type, actor, recipient (a country, organization or full CAMEO code) and
date as the viewer's events table is. A *place* is every
event with the same coordinates (``location_lat``/``location_lon``, filled
by :mod:`accord.places.locate`); its events are counted by quad class. A
*country* counts the events placed in it (``location_country``), resolved
to coordinates or not. A store written before the location columns existed
has no places, and its countries are still shaded.
"""

from __future__ import annotations

from ..analysis.events import events_sql

#: most evidence references kept per place
EVIDENCE_CAP = 8


def _has_coordinates(con) -> bool:
    cols = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
            "AND table_schema = current_schema()"
        ).fetchall()
    }
    return {"location_lat", "location_lon"} <= cols


def _neg(day: str) -> tuple:
    """A sort key putting later ISO days first (and undated last)."""
    return (day == "", tuple(-ord(ch) for ch in day))


def map_data(
    con,
    *,
    since: str | None = None,
    until: str | None = None,
    types=None,
    actor: str | None = None,
    recipient: str | None = None,
    cap: int = EVIDENCE_CAP,
) -> dict:
    """``places`` (dicts: ``lat``, ``lon``, ``name`` (the name the text
    uses most), ``country``, ``resolution``, ``quads`` {quad: events},
    ``events``, ``inferred`` (how many took the place of a same-paragraph
    exercise or meeting), ``refs`` (up to ``cap`` (article_id, idx),
    latest first)), most events first; ``countries`` {ISO3: events placed
    there}; and the counts ``events``, ``located``, ``in_country``."""
    ev, params = events_sql(since=since, until=until, types=types, require_dyad=False)
    where = []
    for side, code in (("actor", actor), ("recipient", recipient)):
        if code:  # as the viewer's events table: a country, organization or full CAMEO code
            where.append(f"upper(?) IN (e.{side}_country, e.{side}_org, e.{side}_code)")
            params = params + [code]
    coords = _has_coordinates(con)
    lat, lon = ("e.location_lat", "e.location_lon") if coords else ("NULL::DOUBLE", "NULL::DOUBLE")
    res = "e.location_resolution" if coords else "NULL"
    inferred = "coalesce(e.location_inferred, false)" if coords else "false"
    base = f"""SELECT ev.article_id, ev.idx, ev.quad, ev.day, e.location_text AS text,
                      e.location_country AS country, {lat} AS lat, {lon} AS lon, {res} AS resolution,
                      {inferred} AS inferred
               FROM ({ev}) ev JOIN events e ON e.article_id = ev.article_id AND e.idx = ev.idx
               {("WHERE " + " AND ".join(where)) if where else ""}"""
    n_events, n_located, n_country = con.execute(
        f"SELECT count(*), count(lat), count(country) FROM ({base}) b", params
    ).fetchone()
    rows = con.execute(
        f"""SELECT lat, lon, quad, count(*) AS n, mode(text), mode(country), mode(resolution),
                   count(*) FILTER (WHERE inferred),
                   list([coalesce(CAST(day AS VARCHAR), ''), article_id, CAST(idx AS VARCHAR)]
                        ORDER BY day DESC NULLS LAST, article_id, idx)[1:{int(cap)}]
            FROM ({base}) b WHERE lat IS NOT NULL AND lon IS NOT NULL
            GROUP BY lat, lon, quad ORDER BY lat, lon, quad""",
        params,
    ).fetchall()
    out = _places(rows, cap)
    out.sort(key=lambda p: (-p["events"], p["name"] or "", p["lat"], p["lon"]))
    counts = dict(
        con.execute(
            f"SELECT country, count(*) FROM ({base}) b WHERE country IS NOT NULL GROUP BY country", params
        ).fetchall()
    )
    return {
        "places": out,
        "countries": counts,
        "events": int(n_events),
        "located": int(n_located),
        "in_country": int(n_country),
    }


def _places(rows, cap: int) -> list[dict]:
    """One dict a point (lat, lon) from the rows per point and quad class,
    named by the name the text uses most."""
    places: dict[tuple, dict] = {}
    for la, lo, quad, n, text, country, resolution, n_inf, refs in rows:
        p = places.setdefault(
            (la, lo),
            {
                "lat": la,
                "lon": lo,
                "name": text,
                "country": country,
                "resolution": resolution,
                "quads": {},
                "events": 0,
                "inferred": 0,
                "refs": [],
                "_names": {},
            },
        )
        p["quads"][quad or "unknown"] = n
        p["events"] += n
        p["inferred"] += n_inf
        p["_names"][text] = p["_names"].get(text, 0) + n
        p["refs"] += [(d, a, int(i)) for d, a, i in refs]
    out = []
    for p in places.values():
        p["name"] = max(p.pop("_names").items(), key=lambda kv: (kv[1], -len(kv[0] or "")))[0] or p["name"]
        p["refs"] = [(a, i) for _, a, i in sorted(p["refs"], key=lambda r: (_neg(r[0]), r[1], r[2]))][:cap]
        out.append(p)
    return out
