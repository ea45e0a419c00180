"""The cooperation/conflict network: states, regions and organizations as
nodes; one undirected edge per pair that dealt with each other, weighted by
its counting units (one a day by default, see :mod:`accord.analysis.events`).

Edge attributes: ``cooperation`` and ``conflict`` (units of cooperative and
conflictual quad class, either direction), ``weight`` (their sum), ``net``
(cooperation - conflict), ``intensity`` (summed PLOVER intensity), and
``sign`` (+1, 0, -1). Node attributes: ``kind`` (state, region, org),
``label``, ``events``, ``cooperation``, ``conflict``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from .events import CONFLICTUAL, COOPERATIVE, key_kind, units_sql


def network(
    con,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    count: str = "daily",
    name: Callable[[str], str] | None = None,
):
    """A ``networkx.Graph`` of the store's events (see the module docstring).
    ``name(code)`` gives node labels (default: the code)."""
    import networkx as nx

    units, params = units_sql(count, since=since, until=until, types=types)
    sql = f"""
        SELECT least(actor, recipient) AS a, greatest(actor, recipient) AS b,
               any_value(CASE WHEN actor <= recipient THEN actor_kind ELSE recipient_kind END) AS a_kind,
               any_value(CASE WHEN actor <= recipient THEN recipient_kind ELSE actor_kind END) AS b_kind,
               quad, count(*) AS n, sum(intensity) AS intensity
        FROM ({units}) u WHERE actor <> recipient
        GROUP BY ALL ORDER BY a, b, quad"""
    g = nx.Graph()
    for a, b, ak, bk, quad, n, inten in con.execute(sql, params).fetchall():
        coop, confl = quad in COOPERATIVE, quad in CONFLICTUAL
        if not (coop or confl):
            continue
        for node, kind in ((a, ak), (b, bk)):
            if node not in g:
                g.add_node(
                    node,
                    kind=key_kind(node, kind),
                    label=(name(node) if name else node),
                    events=0,
                    cooperation=0,
                    conflict=0,
                )
            g.nodes[node]["events"] += int(n)
            g.nodes[node]["cooperation" if coop else "conflict"] += int(n)
        if not g.has_edge(a, b):
            g.add_edge(a, b, cooperation=0, conflict=0, weight=0, net=0, intensity=0.0, sign=0)
        e = g.edges[a, b]
        e["cooperation" if coop else "conflict"] += int(n)
        e["weight"] += int(n)
        e["net"] = e["cooperation"] - e["conflict"]
        e["sign"] = (e["net"] > 0) - (e["net"] < 0)
        e["intensity"] = round(e["intensity"] + float(inten or 0.0), 3)
    return g


def to_json(g) -> dict:
    """``{"nodes": [{id, ...attrs}], "edges": [{source, target, ...attrs}]}``."""
    return {
        "nodes": [{"id": n, **d} for n, d in sorted(g.nodes(data=True))],
        "edges": [{"source": a, "target": b, **d} for a, b, d in sorted(g.edges(data=True))],
    }


def write(g, fmt: str, out: Any) -> None:
    """Write ``g`` as ``graphml`` or ``json`` to a path or a text stream."""
    import networkx as nx

    if fmt == "graphml":
        if hasattr(out, "write"):
            out.write("\n".join(nx.generate_graphml(g)) + "\n")
        else:
            nx.write_graphml(g, out)
    elif fmt == "json":
        text = json.dumps(to_json(g), ensure_ascii=False, indent=1)
        if hasattr(out, "write"):
            out.write(text + "\n")
        else:
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
    else:
        raise ValueError(f"unknown network format {fmt!r}")


def layout(g, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in [0, 1]² (spring layout weighted by events; fixed
    seed so the same data draw the same picture)."""
    import networkx as nx

    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() == 1:
        return {next(iter(g.nodes)): (0.5, 0.5)}
    pos = nx.spring_layout(g, weight="weight", seed=seed, k=1.6 / max(1, g.number_of_nodes()) ** 0.5, iterations=200)
    # a few peripheral nodes squeeze the rest into the middle: blend each
    # coordinate with its rank, which spreads the dense core evenly
    out = {n: [0.0, 0.0] for n in pos}
    for axis in (0, 1):
        vals = {n: p[axis] for n, p in pos.items()}
        lo, hi = min(vals.values()), max(vals.values())
        span = (hi - lo) or 1.0
        order = sorted(vals, key=lambda n: (vals[n], n))
        last = max(1, len(order) - 1)
        for r, n in enumerate(order):
            out[n][axis] = 0.4 * (vals[n] - lo) / span + 0.6 * r / last
    return {n: (x, y) for n, (x, y) in out.items()}
