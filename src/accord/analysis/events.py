"""The event rows every analysis starts from, as DuckDB SQL.

One query (:func:`units_sql`) turns the ``events`` table into *counting
units*, the way event-data projects count:

* An event's **actor key** is its actor's country code, or its organization
  code (``NATO``) when it has no country; the same for the recipient.
* Its **date** is the event's own ``date``, else the article's ``published``;
  undated events are left out of every time series.
* Events of near-duplicate articles (``articles.duplicate_of`` set) are left
  out, so a syndicated copy is not counted twice; so are events flagged
  ``negated`` or ``hypothetical`` (they did not happen).
* ``count="daily"`` (the default) counts the same (actor, recipient, type) on
  the same day once, however many articles or sentences report it; every
  report stays in the unit's evidence. ``count="all"`` counts every report.

A missing ``quad`` or ``intensity`` is filled from the event type (PLOVER's
table in shared/ONTOLOGY.md), so hand-written or partial rows still count.
All values reach SQL as parameters; only the fixed fragments below are
spliced into the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ..actors.regions import region_codes
from ..errors import AccordError
from ..ontology import plover_types

#: PLOVER category -> (quad class, intensity), from the one PLOVER table
PLOVER = {t: (v["quad"], v["intensity"]) for t, v in plover_types().items()}
EVENT_TYPES = tuple(PLOVER)
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
COOPERATIVE = frozenset(QUADS[:2])
CONFLICTUAL = frozenset(QUADS[2:])
#: the types that make a state a *straddler*: material cooperation proper
MATERIAL_COOPERATION_TYPES = frozenset({"COOPERATE", "AID"})


PERIODS = ("day", "month", "quarter", "year", "all")
COUNTS = ("daily", "all")

# period label of a DATE column ``day``; fixed SQL fragments, chosen by key
_PERIOD_SQL = {
    "day": "strftime(day, '%Y-%m-%d')",
    "month": "strftime(day, '%Y-%m')",
    "quarter": "CAST(year(day) AS VARCHAR) || '-Q' || CAST(quarter(day) AS VARCHAR)",
    "year": "CAST(year(day) AS VARCHAR)",
    "all": "'all'",
}


def _case(values: dict, col: str, idx: int, cast: str) -> str:
    arms = " ".join(
        f"WHEN '{k}' THEN {repr(v[idx]) if isinstance(v[idx], str) else v[idx]}" for k, v in values.items()
    ).replace('"', "'")
    return f"CAST(CASE {col} {arms} ELSE NULL END AS {cast})"


_QUAD_OF_TYPE = _case(PLOVER, "e.type", 0, "VARCHAR")
_INTENSITY_OF_TYPE = _case(PLOVER, "e.type", 1, "DOUBLE")


def check_choice(value: str, choices: Sequence[str], what: str) -> str:
    if value not in choices:
        raise AccordError(f"unknown {what} {value!r} (choose from {', '.join(choices)})")
    return value


def period_sql(by: str) -> str:
    return _PERIOD_SQL[check_choice(by, PERIODS, "period")]


def period_of(day: dt.date | str, by: str) -> str:
    """The label of the period holding ``day`` (same labels as the SQL)."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    if by == "day":
        return day.isoformat()
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if by == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if by == "year":
        return f"{day.year:04d}"
    if by == "all":
        return "all"
    raise AccordError(f"unknown period {by!r} (choose from {', '.join(PERIODS)})")


def period_bounds(label: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period label (``2023``, ``2023-Q2``,
    ``2023-06``, ``2023-06-14``)."""
    if "-Q" in label:
        y, q = label.split("-Q")
        start = dt.date(int(y), 3 * int(q) - 2, 1)
        end = _month_end(int(y), 3 * int(q))
    elif len(label) == 4:
        start, end = dt.date(int(label), 1, 1), dt.date(int(label), 12, 31)
    elif len(label) == 7:
        y, m = int(label[:4]), int(label[5:])
        start, end = dt.date(y, m, 1), _month_end(y, m)
    else:
        start = end = dt.date.fromisoformat(label)
    return start, end


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def normalize_types(types: Iterable[str] | None) -> list[str] | None:
    """``["cooperate,aid", "ASSAULT"]`` -> ``["COOPERATE", "AID", "ASSAULT"]``;
    an unknown name is an error that lists the known ones."""
    if not types:
        return None
    if isinstance(types, str):
        types = [types]
    out: list[str] = []
    for t in types:
        for part in str(t).split(","):
            part = part.strip().upper()
            if not part:
                continue
            if part not in PLOVER:
                raise AccordError(f"unknown event type {part!r} (PLOVER types: {', '.join(EVENT_TYPES)})")
            if part not in out:
                out.append(part)
    return out or None


def add_type_and_date_filters(where: list, params: list, types=None, since=None, until=None) -> None:
    """Append SQL conditions (and their parameters) on event type and on the
    event's day -- its own date, else the article's -- for a query over
    ``events e JOIN articles a``."""
    types = normalize_types(types)
    if types:
        where.append("list_contains(?, e.type)")
        params.append(types)
    if since:
        where.append("coalesce(e.date, a.published) >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        where.append("coalesce(e.date, a.published) <= CAST(? AS DATE)")
        params.append(str(until))


def key_kind(key: str | None, kind: str | None) -> str | None:
    """``state``, ``region`` or ``org`` for an actor key."""
    if key is None:
        return None
    if kind == "org":
        return "org"
    return "region" if key in region_codes("analysis") else "state"


def events_sql(
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    require_dyad: bool = True,
) -> tuple[str, list]:
    """SQL for one row per countable event (see the module docstring), with
    columns article_id, idx, actor, actor_kind, recipient, recipient_kind,
    type, quad, intensity, day, sentence_start, sentence_end, trigger_start,
    trigger_end; and its parameters."""
    where = ["a.duplicate_of IS NULL", "NOT coalesce(e.negated, false)", "NOT coalesce(e.hypothetical, false)"]
    params: list = []
    if require_dyad:
        where.append("coalesce(e.actor_country, e.actor_org) IS NOT NULL")
        where.append("coalesce(e.recipient_country, e.recipient_org) IS NOT NULL")
    add_type_and_date_filters(where, params, types, since, until)
    if actor:
        where.append("coalesce(e.actor_country, e.actor_org) = ?")
        params.append(actor)
    if recipient:
        where.append("coalesce(e.recipient_country, e.recipient_org) = ?")
        params.append(recipient)
    sql = f"""
        SELECT e.article_id, e.idx,
               coalesce(e.actor_country, e.actor_org) AS actor,
               CASE WHEN e.actor_country IS NOT NULL THEN 'country'
                    WHEN e.actor_org IS NOT NULL THEN 'org' END AS actor_kind,
               coalesce(e.recipient_country, e.recipient_org) AS recipient,
               CASE WHEN e.recipient_country IS NOT NULL THEN 'country'
                    WHEN e.recipient_org IS NOT NULL THEN 'org' END AS recipient_kind,
               e.type,
               coalesce(e.quad, {_QUAD_OF_TYPE}) AS quad,
               coalesce(e.intensity, {_INTENSITY_OF_TYPE}) AS intensity,
               coalesce(e.date, a.published) AS day,
               e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {" AND ".join(where)}"""
    return sql, params


def units_sql(count: str = "daily", **filters) -> tuple[str, list]:
    """SQL for the counting units: columns actor, actor_kind, recipient,
    recipient_kind, type, quad, day, intensity (mean over the unit's
    reports), reports (how many event rows it stands for) and evidence (a
    list of structs article_id, idx, sentence_start, sentence_end,
    trigger_start, trigger_end). Undated events are left out."""
    check_choice(count, COUNTS, "count mode")
    ev, params = events_sql(**filters)
    evid = (
        "{'article_id': article_id, 'idx': idx, 'sentence_start': sentence_start, "
        "'sentence_end': sentence_end, 'trigger_start': trigger_start, 'trigger_end': trigger_end}"
    )
    if count == "daily":
        sql = f"""
            SELECT actor, any_value(actor_kind) AS actor_kind, recipient,
                   any_value(recipient_kind) AS recipient_kind, type, any_value(quad) AS quad, day,
                   avg(intensity) AS intensity, count(*) AS reports,
                   list({evid} ORDER BY article_id, idx) AS evidence
            FROM ({ev}) ev WHERE day IS NOT NULL
            GROUP BY actor, recipient, type, day"""
    else:
        sql = f"""
            SELECT actor, actor_kind, recipient, recipient_kind, type, quad, day, intensity,
                   1 AS reports, [{evid}] AS evidence
            FROM ({ev}) ev WHERE day IS NOT NULL"""
    return sql, params


def evidence_item(d: dict) -> dict:
    """A unit's evidence struct as a plain dict (DuckDB returns dicts)."""
    return {
        k: d.get(k) for k in ("article_id", "idx", "sentence_start", "sentence_end", "trigger_start", "trigger_end")
    }


def iso(v) -> str | None:
    return v.isoformat() if hasattr(v, "isoformat") else v


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period label from the one holding ``first`` to the one holding
    ``last`` (ISO dates), gaps included."""
    if by == "all":
        return ["all"]
    d = dt.date.fromisoformat(str(first)[:10])
    end = period_of(str(last)[:10], by)
    out = []
    while True:
        label = period_of(d, by)
        out.append(label)
        if label >= end or len(out) > 100_000:
            break
        d = period_bounds(label)[1] + dt.timedelta(days=1)
    return out
