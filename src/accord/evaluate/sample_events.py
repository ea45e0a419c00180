"""Events scored against a corpus's own exhaustive event gold
(``events_gold.json``, see ``data/sample/README.md`` and the file's
``_convention`` header).

``accord eval sample --dataset events data/sample`` runs the pipeline on
every article the gold lists and prints precision, recall and F1 over the
distinct (type, actor, recipient) triples of each article:

* a predicted event counts unless it is ``hypothetical`` or ``negated``
  (gold entries with those flags are left out alike);
* a party's keys are its ``country`` and ``IGO`` + its ``org``; an uncoded
  party counts as none (so an event with an uncoded actor matches nothing);
* a gold entry may list alternatives (any one is right); a ``symmetric``
  entry is matched by either direction, and the reverse prediction of a
  matched symmetric entry is not counted again;
* gold and predictions are paired one to one (maximum bipartite matching).

``f1_type_actor`` is the same score with recipients ignored.

Gold entries marked ``"core": true`` are the article's news (what a wire
editor would list). ``core_recall`` is the share of them found, and
``core_articles_met`` counts the articles that have core entries and reach
the acceptance bar on them: core recall >= 0.75 (6 of 8) at article
precision >= 0.6. ``--set NAME`` scores only the articles whose gold entry,
or one of whose events, carries ``"set": NAME``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..errors import AccordError
from .event_errors import KINDS_FALSE, KINDS_MISSED, classify_article, ordered
from .sets import in_set

GOLD_FILE = "events_gold.json"


def _alts(v) -> frozenset:
    return frozenset(v if isinstance(v, list) else [v])


def party_keys(party: dict | None) -> frozenset:
    """The codes a predicted party can match: its country and IGO+org; a
    party with neither (or none) is ``{None}``: it matches only a gold entry
    with no party on that side."""
    keys = set()
    if party and party.get("country"):
        keys.add(party["country"])
    if party and party.get("org"):
        keys.add("IGO" + party["org"])
    return frozenset(keys or [None])


def predicted(rec: dict, with_recipient: bool = True) -> set:
    """Distinct (type, actor keys, recipient keys) of a record's factual events."""
    out = set()
    for e in rec.get("events") or []:
        if e.get("hypothetical") or e.get("negated"):
            continue
        r = party_keys(e.get("recipient")) if with_recipient else frozenset([None])
        out.add((e["type"], party_keys(e.get("actor")), r))
    return out


def gold_items(events: list, with_recipient: bool = True) -> list:
    """Distinct scored gold entries: (types, actors, recipients, symmetric)."""
    seen, out = set(), []
    for g in events:
        if g.get("hypothetical") or g.get("negated"):
            continue
        rec = _alts(g.get("recipient")) if with_recipient else frozenset([None])
        item = (_alts(g["type"]), _alts(g["actor"]), rec, bool(g.get("symmetric")) and with_recipient)
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def core_items(events: list) -> set:
    """The scored gold items (as :func:`gold_items` builds them) of the
    entries marked ``core``."""
    return set(gold_items([g for g in events if g.get("core")]))


def _fits(g, p, reverse: bool = False) -> bool:
    types, actors, recips, _ = g
    ptype, pa, pr = p
    if reverse:
        pa, pr = pr, pa
    return ptype in types and bool(actors & pa) and bool(recips & pr)


def matches(g, p) -> bool:
    return _fits(g, p) or (g[3] and _fits(g, p, reverse=True))


def score_article(gold: list, preds: set, first: set = frozenset()) -> tuple[int, int, int, list, list]:
    """(true positives, counted predictions, gold items, missed gold, false
    predictions) for one article. The matching is a maximum one; the gold
    items in ``first`` (the core) are matched before the rest, so that where
    overlapping items compete for fewer predictions the core keeps its match
    (a matched item stays matched as the matching grows)."""
    preds = sorted(preds, key=repr)
    pair_of_pred: dict = {}

    def augment(gi: int, seen: set) -> bool:
        for pi, p in enumerate(preds):
            if pi in seen or not matches(gold[gi], p):
                continue
            seen.add(pi)
            if pi not in pair_of_pred or augment(pair_of_pred[pi], seen):
                pair_of_pred[pi] = gi
                return True
        return False

    for gi in sorted(range(len(gold)), key=lambda gi: gold[gi] not in first):
        augment(gi, set())
    matched_gold = set(pair_of_pred.values())
    absorbed = {
        pi
        for pi, p in enumerate(preds)
        if pi not in pair_of_pred and any(gold[gi][3] and matches(gold[gi], p) for gi in matched_gold)
    }
    false = [preds[pi] for pi in range(len(preds)) if pi not in pair_of_pred and pi not in absorbed]
    missed = [gold[gi] for gi in range(len(gold)) if gi not in matched_gold]
    tp = len(pair_of_pred)
    return tp, tp + len(false), len(gold), missed, false


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def _show(item) -> str:
    if len(item) == 4:
        t, a, r, sym = item
        return (
            "/".join(sorted(t))
            + " "
            + "/".join(sorted(map(str, a)))
            + (" <-> " if sym else " -> ")
            + "/".join(sorted(map(str, r)))
        )
    t, a, r = item
    return f"{t} {'/'.join(sorted(map(str, a)))} -> {'/'.join(sorted(map(str, r)))}"


def read_gold(path: Path) -> list[dict]:
    p = path / GOLD_FILE if path.is_dir() else path
    if not p.exists():
        raise AccordError(f"{p}: no {GOLD_FILE} (the corpus's event gold)")
    try:
        return json.loads(p.read_text(encoding="utf-8"))["articles"]
    except (ValueError, KeyError) as e:
        raise AccordError(f"{p}: not an events gold file: {e}") from e


def _core_figures(articles: list, per_article: dict, core_missed: dict) -> dict:
    n_core = found = met = with_core = 0
    for a in articles:
        key = a.get("article_id") or a["file"]
        core = core_items(a["events"])
        if not core:
            continue
        with_core += 1
        hit = len(core) - core_missed.get(key, 0)
        n_core, found = n_core + len(core), found + hit
        tp, n_pred, _ = per_article[key]
        precision = tp / n_pred if n_pred else 0.0
        met += hit / len(core) >= 0.75 and precision >= 0.6
    if not with_core:
        return {}
    return {
        "core_recall": round(found / n_core, 4),
        "core_found": found,
        "n_core": n_core,
        "core_articles_met": f"{met}/{with_core}",
    }


def _count_kinds(kinds: dict, missed: list, false: list, items: list, preds: set, core: set) -> None:
    miss, wrong = classify_article(missed, false, items, preds, matches)
    kinds["missed"].update(miss)
    kinds["false"].update(wrong)
    kinds["missed_core"].update(classify_article([m for m in missed if m in core], false, items, preds, matches)[0])


def evaluate(
    dataset: str,
    path: str,
    nlp=None,
    limit: int | None = None,
    progress: Callable | None = None,
    subset: str | None = None,
) -> dict:
    from .sample import load_records

    if dataset != "events":
        raise AccordError(f"unknown dataset {dataset!r} for the sample events gold (use: events)")
    folder = Path(path)
    articles = read_gold(folder)
    if subset:
        articles = [a for a in articles if in_set(a, subset)]
        if not articles:
            raise AccordError(f"{folder}: no article of the events gold carries the set {subset!r}")
    if limit:
        articles = articles[:limit]
    only = {a.get("article_id") or a["file"] for a in articles} if subset or limit else None
    records = load_records(folder if folder.is_dir() else folder.parent, nlp, progress, only=only)
    totals = {True: [0, 0, 0], False: [0, 0, 0]}
    core_missed: dict[str, int] = {}
    per_article, missed_all, false_all, absent = {}, [], [], []
    kinds = {"missed": Counter(), "missed_core": Counter(), "false": Counter()}
    for a in articles:
        key = a.get("article_id") or a["file"]
        rec = records.get(key)
        if rec is None:
            absent.append(key)
            rec = {"events": []}
        core = core_items(a["events"])
        for with_r in (True, False):
            items, preds = gold_items(a["events"], with_r), predicted(rec, with_r)
            tp, n_pred, n_gold, missed, false = score_article(items, preds, core if with_r else frozenset())
            for i, v in enumerate((tp, n_pred, n_gold)):
                totals[with_r][i] += v
            if with_r:
                per_article[key] = [tp, n_pred, n_gold]
                core_missed[key] = sum(1 for m in missed if m in core)
                _count_kinds(kinds, missed, false, items, preds, core)
                missed_all.extend(f"{key}: {_show(m)}" for m in missed)
                false_all.extend(f"{key}: {_show(f)}" for f in false)
    p, r, f = _prf(*totals[True])
    out = {
        "dataset": "sample-events",
        "articles": len(articles),
        "precision": p,
        "recall": r,
        "f1": f,
        "tp": totals[True][0],
        "n_pred": totals[True][1],
        "n_gold": totals[True][2],
        "f1_type_actor": _prf(*totals[False])[2],
        **_core_figures(articles, per_article, core_missed),
        "per_article": per_article,
        "error_kinds": {
            "missed": ordered(kinds["missed"], KINDS_MISSED),
            "missed_core": ordered(kinds["missed_core"], KINDS_MISSED),
            "false": ordered(kinds["false"], KINDS_FALSE),
        },
        "missed_sample": missed_all[:15],
        "false_sample": false_all[:15],
    }
    if absent:
        out["articles_not_read"] = absent
    return out
