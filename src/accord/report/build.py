"""The static HTML report: one self-contained file (inline CSS and SVG, no
script, no network) that opens anywhere.

Sections: corpus summary; events over time by quad class; the world map
of event places; top dyads; the cooperation network; bloc alignment (table and chart over time); straddlers;
and the evidence every figure links to -- article title and the sentence
with its trigger highlighted.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from .. import __version__, store
from ..analysis.alignment import alignment
from ..analysis.dyads import dyads, top_dyads
from ..analysis.events import MATERIAL_COOPERATION_TYPES, QUADS, iso, period_bounds, period_range, period_sql, units_sql
from ..analysis.evidence import fetch_evidence
from ..analysis.membership import Memberships
from ..analysis.network import layout, network
from ..errors import AccordError
from . import charts, mapdata, worldmap
from .html import evidence_sentence
from .languages import language_counts

log = logging.getLogger(__name__)

#: most evidence sentences shown per figure element
EVIDENCE_CAP = 8


def slug(*parts: Any) -> str:
    return "ev-" + "-".join(re.sub(r"[^A-Za-z0-9_]+", "_", str(p)) for p in parts)


def auto_period(first: str | None, last: str | None, bars: bool = True) -> str:
    """month for up to 2 years of data, quarter up to 8, else year (the
    alignment uses a coarser grain: quarter up to 2 years, else year)."""
    if not first or not last:
        return "year"
    years = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days / 365.25
    if bars:
        return "month" if years <= 2 else "quarter" if years <= 8 else "year"
    return "quarter" if years <= 2 else "year"


class Evidence:
    """Groups of evidence references, each behind one anchor."""

    def __init__(self, cap: int = EVIDENCE_CAP):
        self.cap = cap
        self.groups: dict[str, dict] = {}

    def add(self, anchor: str, title: str, refs: list, note: str = "") -> str:
        seen, uniq = set(), []
        for r in refs:
            k = (r["article_id"], r["idx"])
            if k not in seen:
                seen.add(k)
                uniq.append(k)
        self.groups[anchor] = {
            "anchor": anchor,
            "title": title,
            "note": note,
            "refs": uniq[: self.cap],
            "more": max(0, len(uniq) - self.cap),
            "total": len(uniq),
        }
        return "#" + anchor

    def render(self, con) -> list[dict]:
        items = fetch_evidence(con, [r for g in self.groups.values() for r in g["refs"]])
        out = []
        for g in self.groups.values():
            rows = []
            for k in g["refs"]:
                it = items.get(k)
                if it:
                    rows.append({**it, "html": evidence_sentence(it)})
            out.append({**g, "items": rows})
        return out


def collect(
    con,
    by: str | None = None,
    period: str | None = None,
    top: int = 15,
    memberships: Memberships | None = None,
    title: str = "accord report",
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict:
    """Everything the report shows, as a dict for the template. Events are
    drawn from ``since`` to ``until``, by default the span of the articles'
    publication dates: an event the news dates decades back (background) or
    years ahead (a plan) would otherwise stretch every time axis."""
    ev = Evidence()
    figures, window, (units, params) = _figures(con, since, until)
    first, last = figures["first_day"], figures["last_day"]
    by = by or auto_period(first, last)
    period = period or auto_period(first, last, bars=False)
    timeline = _timeline(con, units, params, by, first, last, ev)
    name = memberships.name if memberships else (lambda c: c)
    world = map_section(con, window, ev, name)
    all_dyads, tops, dyad_chart = _dyads_section(con, window, ev, name, top)
    net = _network_section(con, all_dyads, ev, name, memberships, last, window)
    align = _alignment_section(con, period, memberships, ev, name, window)
    return {
        "title": title,
        "source": source,
        "version": __version__,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "figures": figures,
        "by": by,
        "period": period,
        "timeline": timeline,
        "map": world,
        "dyads": tops,
        "dyad_chart": dyad_chart,
        "network": net,
        "alignment": align,
        "quads": [(charts.QUAD_LABELS[q], charts.QUAD_COLORS[q]) for q in QUADS],
        "evidence": ev.render(con),
    }


def _figures(con, since: str | None, until: str | None) -> tuple[dict, dict, tuple]:
    """The store's counts plus what the report counts: events (daily units)
    inside the window, the window itself, and the events left outside it.
    Also returns the window and the units query (SQL, parameters) in it."""
    figures = store.stats(con)
    figures["by_language"] = language_counts(con)
    figures["near_duplicates"] = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[
        0
    ]
    p0, p1 = con.execute("SELECT min(published), max(published) FROM articles WHERE duplicate_of IS NULL").fetchone()
    since = since or iso(p0)
    until = until or iso(p1)
    window = {"since": since, "until": until}
    all_units, all_params = units_sql("daily", require_dyad=False)
    n_all = con.execute(f"SELECT count(*) FROM ({all_units}) u", all_params).fetchone()[0]
    units, params = units_sql("daily", require_dyad=False, **window)
    first, last, n_units, n_reports = con.execute(
        f"SELECT min(day), max(day), count(*), coalesce(sum(reports), 0) FROM ({units}) u", params
    ).fetchone()
    first, last = iso(first), iso(last)
    figures.update(
        counted_events=int(n_units),
        counted_reports=int(n_reports),
        first_day=first,
        last_day=last,
        since=since,
        until=until,
        outside_window=int(n_all - n_units),
    )
    return figures, window, (units, params)


def _timeline(con, units: str, params: list, by: str, first, last, ev: Evidence) -> str:
    """Events over time by quad class: stacked bars per period, each bar
    linked to a sample of its evidence."""
    ts = con.execute(
        f"""SELECT {period_sql(by)} AS period, quad, count(*) FROM ({units}) u GROUP BY ALL""", params
    ).fetchall()
    periods = period_range(first, last, by) if first else []
    counts = {(p, q): n for p, q, n in ts}
    samples = con.execute(
        f"""SELECT period, list(evidence[1] ORDER BY day, actor, recipient)
            FROM (SELECT {period_sql(by)} AS period, day, actor, recipient, evidence,
                         row_number() OVER (PARTITION BY {period_sql(by)} ORDER BY reports DESC, day, actor) AS rn
                  FROM ({units}) u) WHERE rn <= {EVIDENCE_CAP} GROUP BY period""",
        params,
    ).fetchall()
    sample_of = dict(samples)
    hrefs = []
    for p in periods:
        total = sum(counts.get((p, q), 0) for q in QUADS)
        hrefs.append(
            ev.add(
                slug("p", p),
                f"Events in {p}",
                sample_of.get(p) or [],
                note=f"{total} events counted; a sample of their evidence",
            )
            if total
            else None
        )
    return charts.stacked_bars(
        periods,
        [(charts.QUAD_LABELS[q], charts.QUAD_COLORS[q], [counts.get((p, q), 0) for p in periods]) for q in QUADS],
        hrefs=hrefs,
        label=f"events per {by} by quad class",
        y_label=f"events per {by}",
    )


def map_section(con, window: dict, ev: Evidence, name) -> dict:
    """The world map of the window's events: each place linked to its
    evidence, the countries shaded by the events placed in them."""
    data = mapdata.map_data(con, **window)
    for i, p in enumerate(data["places"]):
        parts = ", ".join(f"{n} {charts.QUAD_LABELS.get(q, q).lower()}" for q, n in p["quads"].items())
        note = f"{p['events']} events ({parts})" + (
            f"; {p['inferred']} placed by a same-paragraph exercise or meeting" if p["inferred"] else ""
        )
        where = p["name"] + (f", {name(p['country'])}" if p.get("country") and p["resolution"] != "country" else "")
        p["href"] = ev.add(
            slug("m", i, p["name"]),
            f"Events at {where}",
            [{"article_id": a, "idx": k} for a, k in p["refs"]],
            note=note,
        )
    svg = worldmap.draw(data["places"], data["countries"], name=name, label="event places on the world map")
    return {**data, "svg": svg, "top": data["places"][:10]}


def _dyads_section(con, window: dict, ev: Evidence, name, top: int) -> tuple[list, list, str]:
    """All dyads of the window, the ``top`` international ones (each linked
    to its evidence) and their diverging bar chart."""
    all_dyads = top_dyads(dyads(con, by="all", evidence=True, **window), n=0)
    tops = [d for d in all_dyads if d["actor"] != d["recipient"]][:top]  # international pairs
    for d in tops:
        d["href"] = ev.add(
            slug("d", d["actor"], d["recipient"]),
            f"{name(d['actor'])} → {name(d['recipient'])}",
            d["evidence"],
            note=f"{d['events']} events ({d['cooperation']} cooperative, {d['conflict']} conflictual)",
        )
    dyad_chart = charts.diverging_bars(
        [f"{d['actor']} → {d['recipient']}" for d in tops],
        [d["cooperation"] for d in tops],
        [d["conflict"] for d in tops],
        hrefs=[d["href"] for d in tops],
        label="top dyads",
    )
    return all_dyads, tops, dyad_chart


BLOC_COLORS = {"NATO": "#2f6db5", "CSTO": "#c0392b", "SCO": "#d68910"}


def _network_section(
    con, all_dyads, ev: Evidence, name, memberships, last_day, window: dict, max_nodes: int = 30, max_links: int = 60
) -> dict:
    g = network(con, name=name, **window)
    if g.number_of_nodes() == 0:
        return {"svg": None, "nodes": 0, "edges": 0}
    keep = sorted(g.nodes, key=lambda n: (-g.nodes[n]["events"], n))[:max_nodes]
    sub = g.subgraph(keep).copy()
    sub.remove_nodes_from([n for n in list(sub.nodes) if sub.degree(n) == 0])
    keep = [n for n in keep if n in sub]
    pos = layout(sub)
    pair_ev: dict[tuple, list] = defaultdict(list)
    for d in all_dyads:
        pair_ev[tuple(sorted((d["actor"], d["recipient"])))].extend(d["evidence"])
    edges = []
    ranked = sorted(sub.edges(data=True), key=lambda e: -e[2]["weight"])
    for i, (a, b, d) in enumerate(ranked):
        a, b = sorted((a, b))
        e = {
            "source": a,
            "target": b,
            "weight": d["weight"],
            "net": d["net"],
            "title": f"{name(a)} – {name(b)}: {d['cooperation']} cooperative, {d['conflict']} conflictual",
        }
        if i < max_links:
            e["href"] = ev.add(
                slug("e", a, b),
                f"{name(a)} – {name(b)}",
                pair_ev.get((a, b), []),
                note=f"{d['cooperation']} cooperative and {d['conflict']} conflictual events",
            )
        edges.append(e)
    nodes = []
    for n in keep:
        d = sub.nodes[n]
        color = "#7f8c8d"
        if d["kind"] == "org":
            color = BLOC_COLORS.get(n, "#5d6d7e")
        elif memberships is not None and last_day:
            for bloc in ("NATO", "CSTO", "SCO"):
                try:
                    if memberships.is_member(n, bloc, last_day):
                        color = BLOC_COLORS[bloc]
                        break
                except Exception:  # membership data missing: plain colour
                    break
        nodes.append({"id": n, "label": d["label"], "kind": d["kind"], "events": d["events"], "color": color})
    svg = charts.network(nodes, edges, pos, label="cooperation and conflict network")
    return {
        "svg": svg,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "shown": len(keep),
        "legend": [(b, c) for b, c in BLOC_COLORS.items()],
        "last_day": last_day,
    }


def _alignment_section(con, period: str, memberships, ev: Evidence, name, window: dict, n_states: int = 8) -> dict:
    """Bloc alignment of the most active states (not the bloc leaders): a
    table per rival pair, a chart over time for the first pair, the S
    scores of the latest period, and the straddlers with their evidence."""
    if memberships is None:
        return {"error": "bloc membership data is not available"}
    try:
        res = alignment(con, period=period, evidence=True, memberships=memberships, **window)
    except AccordError as e:
        return {"error": str(e)}
    rows = res["rows"]
    if not rows:
        return {"rows": [], "rivals": res["rivals"], "leaders": res["leaders"], "blocs": res["blocs"]}
    states = _active_states(res, n_states)
    periods = sorted({r["period"] for r in rows})
    by_key = {(r["state"], r["period"]): r for r in rows}
    pairs = res["rivals"]
    tables = [_alignment_table(pair, states, periods, by_key, ev, name) for pair in pairs]
    first_pair = pairs[0]
    chart = _alignment_chart(period, periods, states[:6], by_key, first_pair)
    latest = periods[-1]
    s_rows = []
    for s in states:
        r = by_key.get((s, latest))
        if r:
            anchor = slug("a", s, latest, first_pair)
            s_rows.append(
                {
                    "state": s,
                    "name": name(s),
                    "s": r["s_score"],
                    "events": r["events"],
                    "href": ("#" + anchor) if anchor in ev.groups else None,
                }
            )
    strad = _straddlers(con, rows, ev, name)
    return {
        "rows": rows,
        "rivals": pairs,
        "leaders": res["leaders"],
        "blocs": res["blocs"],
        "periods": periods,
        "tables": tables,
        "chart": chart,
        "states": states,
        "s_rows": s_rows,
        "latest": latest,
        "straddlers": strad,
        "chart_pair": first_pair,
    }


def _active_states(res: dict, n_states: int) -> list[str]:
    """The ``n_states`` states with the most events in periods where they
    dealt with a bloc, bloc leaders left out."""
    leaders = set(res["leaders"].values())
    activity: dict[str, int] = defaultdict(int)
    for r in res["rows"]:
        if any(r["blocs"][b]["coop"] + r["blocs"][b]["conflict"] for b in res["blocs"]):
            activity[r["state"]] += r["events"]
    return [s for s, _ in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0])) if s not in leaders][:n_states]


def _alignment_table(pair: str, states: list[str], periods: list[str], by_key: dict, ev: Evidence, name) -> dict:
    """One rival pair's table: a row per state, a cell per period with the
    score, its colour and a link to the events with either bloc."""
    a, b = pair.split("-")
    trs = []
    for s in states:
        cells = []
        for p in periods:
            r = by_key.get((s, p))
            score = r["alignment"].get(pair) if r else None
            if score is None:
                cells.append(None)
                continue
            anchor = slug("a", s, p, pair)
            refs = r["evidence"].get(a, []) + r["evidence"].get(b, [])
            href = ev.add(
                anchor,
                f"{name(s)}, {p}: events with {a} and {b}",
                refs,
                note=(
                    f"with {a}: {r['blocs'][a]['coop']} cooperative, {r['blocs'][a]['conflict']} "
                    f"conflictual; with {b}: {r['blocs'][b]['coop']} cooperative, "
                    f"{r['blocs'][b]['conflict']} conflictual"
                ),
            )
            tip = f"{name(s)} {p}: {pair} {score:+.2f}; " + ", ".join(
                f"S vs {k} {v:+.2f}" for k, v in r["s_score"].items()
            )
            cells.append({"score": score, "href": href, "tip": tip, "bg": _diverging(score)})
        trs.append({"state": s, "name": name(s), "cells": cells})
    return {"pair": pair, "a": a, "b": b, "rows": trs}


def _alignment_chart(period: str, periods: list[str], chart_states: list[str], by_key: dict, first_pair: str) -> str:
    """The first rival pair's alignment of each charted state over every
    period of the span (gaps where a state has no score)."""
    span = (
        period_range(period_bounds(periods[0])[0].isoformat(), period_bounds(periods[-1])[1].isoformat(), period)
        if periods[0] != "all"
        else periods
    )
    series = [
        (s, [by_key[(s, p)]["alignment"].get(first_pair) if (s, p) in by_key else None for p in span])
        for s in chart_states
    ]
    hrefs = [
        [
            ("#" + slug("a", s, p, first_pair))
            if (s, p) in by_key and by_key[(s, p)]["alignment"].get(first_pair) is not None
            else None
            for p in span
        ]
        for s in chart_states
    ]
    a, b = first_pair.split("-")
    return charts.line_chart(
        span,
        series,
        hrefs=hrefs,
        label=f"alignment {first_pair} over time",
        y_label=f"alignment {first_pair}",
        band_labels=(f"leans {a}", f"leans {b}"),
    )


def _straddlers(con, rows: list[dict], ev: Evidence, name) -> list[dict]:
    """The straddlers' rows, latest first, each linked to its material
    cooperation with the blocs it straddles."""
    strad = []
    for r in sorted((r for r in rows if r["straddler"]), key=lambda r: (r["period"], r["state"]), reverse=True):
        blocs_hit = sorted({x for pair in r["straddles"] for x in pair.split("-")})
        refs = [x for bl in blocs_hit for x in r["evidence"].get(bl, [])]
        strad.append({**r, "blocs_hit": blocs_hit, "refs": refs, "href_anchor": slug("s", r["state"], r["period"])})
    # material cooperation only: filter the straddlers' evidence by type
    mats = fetch_evidence(con, [(x["article_id"], x["idx"]) for s in strad for x in s["refs"]])
    for s in strad:
        refs = [
            x
            for x in s["refs"]
            if (mats.get((x["article_id"], x["idx"])) or {}).get("type") in MATERIAL_COOPERATION_TYPES
        ]
        s["href"] = ev.add(
            s["href_anchor"],
            f"{name(s['state'])}, {s['period']}: material cooperation with " + " and ".join(s["blocs_hit"]),
            refs,
            note="; ".join(f"{bl}: {s['blocs'][bl]['material']} material-cooperation events" for bl in s["blocs_hit"]),
        )
    return strad


def _diverging(score: float) -> str:
    """Background colour: blue for positive (first bloc), red for negative."""
    t = max(-1.0, min(1.0, score))
    if t >= 0:
        r, g, b = 255 - int(150 * t), 255 - int(110 * t), 255
    else:
        r, g, b = 255, 255 - int(140 * -t), 255 - int(140 * -t)
    return f"#{r:02x}{g:02x}{b:02x}"


def render(data: dict) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("accord.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    from .html import dyad_label

    env.globals["dyad_label"] = dyad_label
    return env.get_template("report.html").render(**data)


def build_report(
    con,
    by: str | None = None,
    period: str | None = None,
    top: int = 15,
    knowledge: Any = None,
    title: str = "accord report",
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> str:
    """The report as one HTML string. Without membership data the alignment
    section says so instead of failing the report."""
    try:
        mem: Memberships | None = Memberships(knowledge)
    except AccordError as e:
        log.warning("%s: the report has no alignment section", e)
        mem = None
    return render(
        collect(
            con, by=by, period=period, top=top, memberships=mem, title=title, source=source, since=since, until=until
        )
    )


def write_report(con, path: str | Path, **kw) -> int:
    html = build_report(con, **kw)
    Path(path).write_text(html, encoding="utf-8")
    return len(html)
