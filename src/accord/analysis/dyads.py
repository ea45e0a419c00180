"""Directed dyads: who did what to whom, per period and quad class.

A row is (period, actor, recipient, quad) with

* ``events`` -- counting units (with ``count="daily"``, the same actor,
  recipient and event type on the same day count once however many
  articles report it; with ``count="all"`` every report counts),
* ``reports`` -- the event rows behind them,
* ``intensity`` -- the summed PLOVER intensity of the units (a unit's
  intensity is the mean of its reports'),
* ``evidence`` (when asked) -- every report: article id, event index and the
  sentence and trigger offsets.

See :mod:`accord.analysis.events` for the actor keys, dates and exclusions.
"""

from __future__ import annotations

from collections.abc import Iterable

from .events import COOPERATIVE, COUNTS, QUADS, check_choice, evidence_item, iso, key_kind, period_sql, units_sql


def dyads(
    con,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    count: str = "daily",
    evidence: bool = False,
    actor: str | None = None,
    recipient: str | None = None,
) -> list[dict]:
    """Directed dyad counts, ordered by period, actor, recipient and quad.
    ``by="all"`` gives one period, ``all``, over the whole range."""
    check_choice(count, COUNTS, "count mode")
    units, params = units_sql(count, since=since, until=until, types=types, actor=actor, recipient=recipient)
    quad_order = "CASE quad " + " ".join(f"WHEN '{q}' THEN {i}" for i, q in enumerate(QUADS)) + " ELSE 9 END"
    sql = f"""
        SELECT {period_sql(by)} AS period, actor, any_value(actor_kind) AS actor_kind,
               recipient, any_value(recipient_kind) AS recipient_kind, quad,
               count(*) AS events, sum(reports) AS reports, sum(intensity) AS intensity,
               min(day) AS first_day, max(day) AS last_day
               {", flatten(list(evidence ORDER BY day)) AS evidence" if evidence else ""}
        FROM ({units}) u
        GROUP BY 1, actor, recipient, quad
        ORDER BY period, actor, recipient, {quad_order}"""
    out = []
    for row in con.execute(sql, params).fetchall():
        d = {
            "period": row[0],
            "actor": row[1],
            "actor_kind": key_kind(row[1], row[2]),
            "recipient": row[3],
            "recipient_kind": key_kind(row[3], row[4]),
            "quad": row[5],
            "events": int(row[6]),
            "reports": int(row[7]),
            "intensity": round(float(row[8] or 0.0), 3),
            "first_day": iso(row[9]),
            "last_day": iso(row[10]),
        }
        if evidence:
            d["evidence"] = [evidence_item(x) for x in row[11]]
        out.append(d)
    return out


def top_dyads(rows: list[dict], n: int = 15) -> list[dict]:
    """Collapse dyad rows over periods and quads: one row per directed dyad
    with ``cooperation``/``conflict`` counts, ``events`` and ``intensity``,
    largest first."""
    agg: dict[tuple, dict] = {}
    for r in rows:
        k = (r["actor"], r["recipient"])
        a = agg.setdefault(
            k,
            {
                "actor": r["actor"],
                "actor_kind": r["actor_kind"],
                "recipient": r["recipient"],
                "recipient_kind": r["recipient_kind"],
                "events": 0,
                "reports": 0,
                "cooperation": 0,
                "conflict": 0,
                "intensity": 0.0,
                **{q: 0 for q in QUADS},
                "evidence": [],
            },
        )
        a["events"] += r["events"]
        a["reports"] += r["reports"]
        if r["quad"] in QUADS:
            a[r["quad"]] += r["events"]
            a["cooperation" if r["quad"] in COOPERATIVE else "conflict"] += r["events"]
        a["intensity"] = round(a["intensity"] + r["intensity"], 3)
        a["evidence"].extend(r.get("evidence") or [])
    ranked = sorted(agg.values(), key=lambda a: (-a["events"], a["actor"], a["recipient"]))
    return ranked[:n] if n else ranked
