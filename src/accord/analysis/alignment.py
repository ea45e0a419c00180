r"""Bloc alignment: how a state's cooperation and conflict split between
rival blocs, period by period.

Counting (per state *s*, period *p*, bloc *B*): every counting unit (see
:mod:`accord.analysis.events`; one a day by default) in which *s* is the
actor or the recipient and the other side *o* is

* a state other than *s* that is a member of *B* **on the event's day**
  (dated membership from :mod:`accord.actors.knowledge`), or
* the organization *B* itself (``NATO`` as actor or recipient),

adds one to ``coop[B]`` when its quad class is verbal or material
cooperation and one to ``conflict[B]`` when it is verbal or material
conflict. Units of type COOPERATE or AID also add one to ``material[B]``.
A unit with both sides the same key (domestic) is not counted.

**Alignment score** between rival blocs *A* and *B*::

    net_X   = coop[X] - conflict[X]
    total_X = coop[X] + conflict[X]
    align(A, B) = (net_A - net_B) / (total_A + total_B)

It lies in [-1, 1]: +1 when every event with either bloc is cooperation
with *A* or conflict with *B*; -1 the mirror image; 0 for an even split
(or an equal mix of both). It is ``None`` when *s* has no event with either
bloc in *p*. Events with a state that belongs to both blocs count for both,
and cancel out.

**Signorino--Ritter S** (unweighted, Signorino & Ritter 1999, ISQ 43:115)
compares *s*'s cooperation portfolio with a bloc leader *L*'s (``USA`` for
NATO, ``RUS`` for CSTO, ``CHN`` for SCO by default). For each pair of keys
the *valuation* is::

    v(a, k) = (coop(a, k) - conflict(a, k)) / (coop(a, k) + conflict(a, k))

over all units between *a* and *k* (either direction) in *p*, 0 when there
are none, and ``v(a, a) = 1``. Over the set ``K = {s, L} ∪ partners(s) ∪
partners(L)`` of keys (states, regions and organizations) either one dealt
with in *p*::

    S(s, L) = 1 - 2 * sum_k |v(s, k) - v(L, k)| / (|K| * 2)
            = 1 - sum_k |v(s, k) - v(L, k)| / |K|

(each valuation spans [-1, 1], so the largest distance per key is 2). S is
1 for identical portfolios and -1 for opposite ones; ``S(L, L) = 1``.

**Straddler**: *s* straddles rival blocs *A* and *B* in *p* when
``material[A] >= 1`` and ``material[B] >= 1`` -- material cooperation
(COOPERATE, AID) with members of both in the same period. Bloc leaders (the states the S score compares
against) are never flagged: a leader's cooperation with the other bloc's
smaller members is outreach, not straddling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..errors import AccordError
from .events import (
    CONFLICTUAL,
    COOPERATIVE,
    COUNTS,
    MATERIAL_COOPERATION_TYPES,
    PERIODS,
    check_choice,
    evidence_item,
    key_kind,
    period_bounds,
    period_of,
    units_sql,
)
from .membership import Memberships

DEFAULT_BLOCS = ("NATO", "CSTO", "SCO")
DEFAULT_RIVALS = (("NATO", "CSTO"), ("NATO", "SCO"))
DEFAULT_LEADERS = {"NATO": "USA", "CSTO": "RUS", "SCO": "CHN"}


def parse_codes(value: str | Iterable[str] | None) -> list[str] | None:
    """``"NATO,CSTO"`` or ``["NATO", "CSTO"]`` -> ``["NATO", "CSTO"]``."""
    if value is None:
        return None
    parts = value.split(",") if isinstance(value, str) else [p for v in value for p in str(v).split(",")]
    out = []
    for p in parts:
        p = p.strip().upper()
        if p and p not in out:
            out.append(p)
    return out or None


def parse_rivals(value: str | Iterable | None) -> list[tuple[str, str]] | None:
    """``"NATO:CSTO,NATO:SCO"`` -> ``[("NATO", "CSTO"), ("NATO", "SCO")]``."""
    if value is None:
        return None
    if isinstance(value, str):
        items = [x for x in value.split(",") if x.strip()]
    else:
        items = list(value)
    out = []
    for it in items:
        pair = it.replace("-", ":").split(":") if isinstance(it, str) else list(it)
        if len(pair) != 2 or not all(str(x).strip() for x in pair):
            raise AccordError(f"rival pair {it!r} is not of the form A:B (e.g. NATO:CSTO)")
        a, b = (str(x).strip().upper() for x in pair)
        if a == b:
            raise AccordError(f"rival pair {it!r} names the same bloc twice")
        out.append((a, b))
    return out or None


def parse_leaders(value: str | dict | None) -> dict[str, str] | None:
    """``"NATO=USA,CSTO=RUS"`` -> ``{"NATO": "USA", "CSTO": "RUS"}``."""
    if value is None or isinstance(value, dict):
        return value
    out = {}
    for it in value.split(","):
        if not it.strip():
            continue
        if "=" not in it:
            raise AccordError(f"bloc leader {it!r} is not of the form BLOC=STATE (e.g. NATO=USA)")
        k, v = it.split("=", 1)
        out[k.strip().upper()] = v.strip().upper()
    return out


def resolve_blocs(
    blocs: Iterable[str] | None = None,
    rivals: Iterable[tuple[str, str]] | None = None,
    leaders: dict[str, str] | None = None,
) -> tuple[list[str], list[tuple[str, str]], dict[str, str]]:
    """Blocs, rival pairs and leaders in force. Without ``rivals``: the
    default pairs whose blocs are both in ``blocs``, else the first bloc
    against each of the others."""
    blocs = parse_codes(blocs) if blocs is not None else None
    rivals = parse_rivals(rivals) if rivals is not None else None
    if blocs is None:
        blocs = sorted({b for pair in rivals for b in pair}, key=_bloc_order) if rivals else list(DEFAULT_BLOCS)
    if rivals is None:
        rivals = [p for p in DEFAULT_RIVALS if p[0] in blocs and p[1] in blocs]
        if not rivals:
            rivals = [(blocs[0], b) for b in blocs[1:]]
    for a, b in rivals:
        for x in (a, b):
            if x not in blocs:
                blocs.append(x)
    lead = dict(DEFAULT_LEADERS)
    lead.update(leaders or {})
    lead = {b: lead[b] for b in blocs if b in lead}
    return blocs, list(rivals), lead


def _bloc_order(b: str) -> tuple:
    return (DEFAULT_BLOCS.index(b) if b in DEFAULT_BLOCS else len(DEFAULT_BLOCS), b)


def pair_label(a: str, b: str) -> str:
    return f"{a}-{b}"


def alignment_score(coop_a: int, confl_a: int, coop_b: int, confl_b: int) -> float | None:
    """``((coop_a - confl_a) - (coop_b - confl_b)) / (all four)``, in [-1, 1];
    ``None`` without events."""
    total = coop_a + confl_a + coop_b + confl_b
    if total == 0:
        return None
    return ((coop_a - confl_a) - (coop_b - confl_b)) / total


def valuation(coop: int, confl: int) -> float:
    n = coop + confl
    return (coop - confl) / n if n else 0.0


def s_score(portfolio_a: dict[str, tuple[int, int]], portfolio_b: dict[str, tuple[int, int]], a: str, b: str) -> float:
    """Unweighted Signorino--Ritter S of two portfolios ``{partner: (coop,
    conflict)}`` of keys ``a`` and ``b`` (see the module docstring)."""
    if a == b:
        return 1.0
    keys = {a, b} | set(portfolio_a) | set(portfolio_b)
    keys.discard(None)

    def v(port, self_key, k):
        if k == self_key:
            return 1.0
        return valuation(*port.get(k, (0, 0)))

    dist = sum(abs(v(portfolio_a, a, k) - v(portfolio_b, b, k)) for k in keys)
    return 1.0 - dist / len(keys)


def alignment(
    con,
    period: str = "year",
    blocs: Iterable[str] | None = None,
    rivals: Iterable | None = None,
    leaders: dict[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    count: str = "daily",
    states: Iterable[str] | None = None,
    min_events: int = 1,
    evidence: bool = False,
    knowledge: Any = None,
    memberships: Memberships | None = None,
) -> dict:
    """Alignment rows for every state and period (see the module docstring).

    Returns ``{"period": ..., "blocs": [...], "rivals": ["NATO-CSTO", ...],
    "leaders": {...}, "rows": [...]}``; each row has ``state``, ``name``,
    ``period``, ``events`` (all its international units in the period),
    ``member_of`` (its blocs on the period's last day), ``blocs``
    (``{B: {"coop", "conflict", "material"}}``), ``alignment``
    (``{"A-B": score}``), ``s_score`` (``{leader: S}``), ``straddler`` and
    ``straddles`` (the rival pairs it straddles); with ``evidence``, also
    ``evidence: {B: [report, ...]}``."""
    check_choice(period, PERIODS, "period")
    check_choice(count, COUNTS, "count mode")
    blocs, rivals, leaders = resolve_blocs(blocs, rivals, leaders)
    mem = memberships or Memberships(knowledge)
    only = set(parse_codes(states) or ())
    units, params = units_sql(count, since=since, until=until)
    cur = con.execute(
        f"SELECT actor, actor_kind, recipient, recipient_kind, type, quad, day, evidence "
        f"FROM ({units}) u WHERE actor <> recipient ORDER BY day, actor, recipient, type",
        params,
    )
    tally = _Tally(period, blocs, mem, evidence)
    while True:
        batch = cur.fetchmany(10_000)
        if not batch:
            break
        for unit in batch:
            tally.add(*unit)

    leader_states = set(leaders.values())
    rows = []
    for (p, s), n in sorted(tally.events.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        if n < min_events or (only and s not in only):
            continue
        rows.append(_state_row(tally, p, s, n, rivals, leaders, leader_states))
    return {
        "period": period,
        "count": count,
        "blocs": blocs,
        "rivals": [pair_label(a, b) for a, b in rivals],
        "leaders": leaders,
        "rows": rows,
    }


class _Tally:
    """The counts behind the alignment rows, unit by unit of cooperation or
    conflict between two actors."""

    def __init__(self, period: str, blocs: list[str], mem: Memberships, evidence: bool):
        self.period, self.blocs, self.mem, self.evidence = period, blocs, mem, evidence
        # (period, key) -> partner -> [coop, conflict]: every key's portfolio, for S
        self.portfolio: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        # (period, state) -> bloc -> [coop, conflict, material]
        self.counts: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
        self.events: dict[tuple, int] = defaultdict(int)
        self.evid: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))

    def add(self, actor, akind, rec, rkind, etype, quad, day, ev) -> None:
        """Count one unit for both sides: each side's portfolio, and for a
        state, the blocs the other side is (or belongs to on that day)."""
        coop, confl = quad in COOPERATIVE, quad in CONFLICTUAL
        if not (coop or confl):
            return
        p = period_of(day, self.period)
        material = etype in MATERIAL_COOPERATION_TYPES
        for me, my_kind, other, other_kind in ((actor, akind, rec, rkind), (rec, rkind, actor, akind)):
            pv = self.portfolio[(p, me)][other]
            pv[0 if coop else 1] += 1
            if key_kind(me, my_kind) != "state":
                continue
            self.events[(p, me)] += 1
            okind = key_kind(other, other_kind)
            for b in self.blocs:
                if not self._in_bloc(other, okind, b, day):
                    continue
                c = self.counts[(p, me)][b]
                c[0 if coop else 1] += 1
                if material:
                    c[2] += 1
                if self.evidence:
                    self.evid[(p, me)][b].extend(evidence_item(x) for x in ev)

    def _in_bloc(self, other: str, okind: str, bloc: str, day) -> bool:
        """Is the other side the bloc itself, or a state that is a member on ``day``?"""
        if okind == "org":
            return other == bloc
        if okind == "state":
            return self.mem.is_member(other, bloc, day)
        return False


def _state_row(
    tally: _Tally, p: str, s: str, n: int, rivals: list, leaders: dict[str, str], leader_states: set[str]
) -> dict:
    """One state's row for one period: its counts towards each bloc, its
    alignment between each rival pair, its S scores with each leader."""
    blocs, mem = tally.blocs, tally.mem
    c = tally.counts.get((p, s), {})
    bc = {
        b: {"coop": c[b][0], "conflict": c[b][1], "material": c[b][2]}
        if b in c
        else {"coop": 0, "conflict": 0, "material": 0}
        for b in blocs
    }
    align = {}
    straddles = []
    for a, b in rivals:
        sc = alignment_score(bc[a]["coop"], bc[a]["conflict"], bc[b]["coop"], bc[b]["conflict"])
        align[pair_label(a, b)] = None if sc is None else round(sc, 4)
        if bc[a]["material"] >= 1 and bc[b]["material"] >= 1 and s not in leader_states:
            straddles.append(pair_label(a, b))
    mine = {k: tuple(v) for k, v in tally.portfolio.get((p, s), {}).items()}
    sscore = {}
    for _bloc, lead in leaders.items():
        theirs = {k: tuple(v) for k, v in tally.portfolio.get((p, lead), {}).items()}
        sscore[lead] = round(s_score(mine, theirs, s, lead), 4)
    last_day = period_bounds(p)[1] if p != "all" else None
    row = {
        "state": s,
        "name": mem.name(s),
        "period": p,
        "events": n,
        "member_of": mem.orgs_of(s, last_day, among=blocs) if last_day else [],
        "blocs": bc,
        "alignment": align,
        "s_score": sscore,
        "straddler": bool(straddles),
        "straddles": straddles,
    }
    if tally.evidence:
        row["evidence"] = {b: v for b, v in tally.evid.get((p, s), {}).items()}
    return row


def flat_row(row: dict, blocs: list[str], rivals: list[str], leaders: dict[str, str]) -> dict:
    """One alignment row as flat columns (for tables and CSV)."""
    out = {
        "state": row["state"],
        "name": row["name"],
        "period": row["period"],
        "events": row["events"],
        "member_of": " ".join(row["member_of"]),
    }
    for b in blocs:
        out[f"coop_{b}"] = row["blocs"][b]["coop"]
        out[f"conflict_{b}"] = row["blocs"][b]["conflict"]
        out[f"material_{b}"] = row["blocs"][b]["material"]
    for r in rivals:
        out[f"align_{r.replace('-', '_')}"] = row["alignment"].get(r)
    for lead in dict.fromkeys(leaders.values()):
        out[f"S_{lead}"] = row["s_score"].get(lead)
    out["straddler"] = row["straddler"]
    out["straddles"] = " ".join(row["straddles"])
    return out


def straddlers(result: dict) -> list[dict]:
    """The rows of an :func:`alignment` result flagged as straddlers."""
    return [r for r in result["rows"] if r["straddler"]]
