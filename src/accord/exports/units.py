"""The event rows an export writes: one per *unit*, by the one-a-day rule
of the dyads (:mod:`accord.analysis.events`).

A unit is every report (event row) with the same day (the event's date,
else the article's publication date), the same actor code and recipient
code (the CAMEO code, else the country, else the organization), the same
PLOVER type and the same CAMEO code; an event with neither party coded is
a unit of its own. Its fields come from its first report
(earliest publication, then article id and event index); it also counts its
reports (``num_mentions``), their articles (``num_articles``) and their
outlets (``num_sources``; an article without an outlet counts as its own).

Left out, as in the analysis: events of near-duplicate articles
(``duplicate_of``) and undated events. Left out by default: events flagged
``negated``, ``hypothetical`` or ``future``; with ``include_flagged`` they
are kept, as units of their own (the flags are part of the key).

Columns that a newer store adds (the gazetteer's ``location_lat`` and
friends, ``date_precision``) are read when they exist, so the exports fill
them as soon as the store has them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import codes

#: optional event columns of a newer store -> the unit key they fill
OPTIONAL = (
    "location_geonameid",
    "location_lat",
    "location_lon",
    "location_feature",
    "location_resolution",
    "location_admin1_code",
    "location_admin1_name",
    "location_admin1_iso",
    "location_inferred",
    "location_start",
    "location_end",
    "date_precision",
)

_SIDES = ("text", "code", "country", "org", "sector", "start", "end")

FLAGS = ("negated", "hypothetical", "future")


@dataclass
class Unit:
    """One exported event: the first report's fields plus the counts."""

    key: tuple
    first: dict
    reports: list = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable across exports of the same store: a hash of the key."""
        return "accord-" + hashlib.sha1(repr(self.key).encode("utf-8")).hexdigest()[:16]

    @property
    def numeric_id(self) -> int:
        """A stable positive 60-bit integer id (GDELT's GlobalEventID)."""
        return int(hashlib.sha1(repr(self.key).encode("utf-8")).hexdigest()[:15], 16)

    @property
    def num_mentions(self) -> int:
        return len(self.reports)

    @property
    def num_articles(self) -> int:
        return len({r["article_id"] for r in self.reports})

    @property
    def num_sources(self) -> int:
        return len({r["outlet"] or ("article:" + r["article_id"]) for r in self.reports})

    def get(self, name: str, default=None):
        v = self.first.get(name)
        return default if v is None else v

    @property
    def cameo(self) -> str | None:
        """The event's CAMEO code, else its type's most general one."""
        return self.first.get("cameo") or codes.type_defaults().get(self.first["type"], {}).get("cameo")

    @property
    def quad(self) -> str | None:
        return self.first.get("quad") or codes.type_defaults().get(self.first["type"], {}).get("quad")

    @property
    def intensity(self) -> float | None:
        vals = [r["intensity"] for r in self.reports if r.get("intensity") is not None]
        if vals:
            return round(sum(vals) / len(vals), 3)
        return codes.type_defaults().get(self.first["type"], {}).get("intensity")

    @property
    def date_precision(self) -> str:
        """The store's ``date_precision`` where it has one; else ``published``
        for an event dated by its article, ``year`` or ``month`` for a date
        range that is exactly one calendar year or month, ``day`` otherwise."""
        if self.first.get("date_precision"):
            return self.first["date_precision"]
        start, end = self.first.get("date"), self.first.get("date_end")
        if start is None:
            return "published"
        return _span_precision(start, end)

    def side(self, which: str) -> dict | None:
        """``actor`` or ``recipient`` as a dict, None when it has no text or code."""
        d = {c: self.first.get(f"{which}_{c}") for c in _SIDES}
        return d if (d["text"] or d["code"] or d["country"] or d["org"]) else None

    def urls(self) -> list[str]:
        return _distinct(r["url"] for r in self.reports)

    def outlets(self) -> list[str]:
        return _distinct(r["outlet"] for r in self.reports)


def _span_precision(start, end) -> str:
    if end is None or not hasattr(start, "year") or not hasattr(end, "year"):
        return "day"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year"
    nxt = end + dt.timedelta(days=1)
    if start.day == 1 and nxt.day == 1 and (start.year, start.month) == (end.year, end.month):
        return "month"
    return "day"


def _distinct(values) -> list:
    out: list = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _columns(con) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
            "AND table_schema = current_schema()"
        ).fetchall()
    }


def _key_sql(side: str) -> str:
    return f"coalesce(e.{side}_code, e.{side}_country, e.{side}_org)"


def reports_sql(con, include_flagged: bool) -> str:
    """SQL for the report rows, ordered so that a unit's reports are adjacent
    and its first report comes first."""
    have = _columns(con)
    extra = "".join(f", e.{c}" for c in OPTIONAL if c in have)
    sides = ", ".join(f"e.{s}_{c}" for s in ("actor", "recipient") for c in _SIDES)
    where = ["a.duplicate_of IS NULL", "coalesce(e.date, a.published) IS NOT NULL"]
    if not include_flagged:
        where += [f"NOT coalesce(e.{f}, false)" for f in FLAGS]
    return f"""
        SELECT e.article_id, e.idx, e.type, e.mode, e.context, e.cameo, e.quad, e.intensity, {sides},
               e.date, e.date_end, e.date_text, e.location_text, e.location_country,
               coalesce(e.negated, false) AS negated, coalesce(e.hypothetical, false) AS hypothetical,
               coalesce(e.future, false) AS future, coalesce(e.historical, false) AS historical,
               e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end,
               e.quote, e.confidence{extra},
               coalesce(e.date, a.published) AS day, {_key_sql("actor")} AS actor_key,
               {_key_sql("recipient")} AS recipient_key,
               a.published, a.url, a.outlet, a.title, a.ingested_at,
               substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
               CASE WHEN strpos(a.text, '.' || chr(10)) > 0 THEN e.sentence_start < strpos(a.text, '.' || chr(10))
                    ELSE true END AS in_lead
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {" AND ".join(where)}
        ORDER BY day, actor_key NULLS FIRST, recipient_key NULLS FIRST, e.type, e.cameo NULLS FIRST,
                 negated, hypothetical, future, a.published NULLS LAST, e.article_id, e.idx"""


def unit_key(r: dict, include_flagged: bool) -> tuple:
    """Reports with the same key are one event. An event with neither party
    coded cannot be told from another of its type that day: it stays a row
    of its own."""
    key = (str(r["day"]), r["actor_key"], r["recipient_key"], r["type"], r["cameo"])
    if r["actor_key"] is None and r["recipient_key"] is None:
        key += (r["article_id"], r["idx"])
    return key + tuple(bool(r[f]) for f in FLAGS) if include_flagged else key


def units(con, include_flagged: bool = False, batch: int = 2000) -> Iterator[Unit]:
    """The units of the store, in day order, streamed (memory holds one
    batch of rows and one unit)."""
    cur = con.execute(reports_sql(con, include_flagged))
    names = [d[0] for d in cur.description]

    def rows():
        while True:
            chunk = cur.fetchmany(batch)
            if not chunk:
                return
            for row in chunk:
                yield dict(zip(names, row))

    for key, group in itertools.groupby(rows(), key=lambda r: unit_key(r, include_flagged)):
        reports = list(group)
        yield Unit(key=key, first=reports[0], reports=reports)


def flagged_count(con) -> int:
    """How many dated events of non-duplicate articles carry a flag that
    keeps them out by default."""
    cond = " OR ".join(f"coalesce(e.{f}, false)" for f in FLAGS)
    return con.execute(
        f"""SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id
            WHERE a.duplicate_of IS NULL AND coalesce(e.date, a.published) IS NOT NULL AND ({cond})"""
    ).fetchone()[0]


def undated_count(con) -> int:
    return con.execute(
        """SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id
           WHERE a.duplicate_of IS NULL AND coalesce(e.date, a.published) IS NULL"""
    ).fetchone()[0]


def story_entities(con, article_id: str) -> dict[str, list[str]]:
    """The people, organizations and places an article names (POLECAT's
    Story People / Organizations / Locations)."""
    rows = con.execute(
        """SELECT kind, coalesce(name, text) FROM mentions WHERE article_id = ? ORDER BY idx""", [article_id]
    ).fetchall()
    out: dict[str, list[str]] = {"people": [], "organizations": [], "locations": []}
    for kind, name in rows:
        slot = {
            "person": "people",
            "igo": "organizations",
            "org": "organizations",
            "group": "organizations",
            "location": "locations",
            "state": "locations",
        }.get(kind)
        if slot and name and name not in out[slot]:
            out[slot].append(name)
    return out
