"""List the sample gold's type-matched false predictions whose parties differ
from gold, grouped by cause (a developer's tool, not part of the package).

    PYTHONPATH=src python tools/event_party_errors.py [data/sample] [--dump recs.json] [--show CAUSE]

Each false (type, actor, recipient) prediction of an article is set against
the article's missed gold items of the same type and put under the first
cause that fits: uncoded actor, reversed direction, wrong recipient (none
predicted / none in gold / another party), wrong actor (recipient right),
both parties wrong, or no missed gold of that type (a spurious event).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from accord.evaluate.sample_events import gold_items, predicted, read_gold, score_article


def _cause(p, missed: list) -> tuple[str, tuple | None]:
    t, pa, pr = p
    same = [g for g in missed if t in g[0]]
    if pa == frozenset([None]):
        return "uncoded actor", (same[0] if same else None)
    if not same:
        return "no missed gold of this type", None
    for g in same:
        if g[1] & pr and g[2] & pa:
            return "reversed direction", g
    for g in same:
        if g[1] & pa:
            if pr == frozenset([None]):
                return "recipient missing", g
            if None in g[2]:
                return "recipient where gold has none", g
            return "wrong recipient", g
    for g in same:
        if g[2] & pr:
            return "wrong actor (recipient right)", g
    for g in same:
        if g[1] & pr:
            return "recipient is gold actor", g
    return "both parties wrong", same[0]


def _events_for(rec: dict, p) -> list[dict]:
    from accord.evaluate.sample_events import party_keys

    out = []
    for e in rec.get("events") or []:
        if e.get("hypothetical") or e.get("negated"):
            continue
        if (e["type"], party_keys(e.get("actor")), party_keys(e.get("recipient"))) == p:
            out.append(e)
    return out


def _line(rec: dict, e: dict) -> str:
    text = rec.get("text") or ""
    s = e["sentence"]
    a, r, tr = e.get("actor") or {}, e.get("recipient") or {}, e.get("trigger") or {}
    sent = " ".join(text[s["start"] : s["end"]].split())
    return f"      [{a.get('text')}|{a.get('code')}] --{tr.get('text')}--> [{r.get('text')}|{r.get('code')}]\n        {sent[:300]}"


def _show(item) -> str:
    if item is None:
        return "-"
    t, a, r = item[:3]
    t = [t] if isinstance(t, str) else t
    sym = len(item) == 4 and item[3]
    return f"{'/'.join(sorted(t))} {'/'.join(sorted(map(str, a)))}{' <-> ' if sym else ' -> '}{'/'.join(sorted(map(str, r)))}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default="data/sample")
    ap.add_argument("--dump", help="records JSON written earlier (else the pipeline runs)")
    ap.add_argument("--show", action="append", default=[], help="print the cases of this cause")
    args = ap.parse_args()
    folder = Path(args.folder)
    if args.dump and Path(args.dump).exists():
        records = json.loads(Path(args.dump).read_text())
    else:
        from accord.evaluate.sample import load_records

        records = load_records(folder)
        if args.dump:
            Path(args.dump).write_text(json.dumps(records))
    groups = defaultdict(list)
    for a in read_gold(folder):
        key = a.get("article_id") or a["file"]
        rec = records.get(key) or {"events": []}
        _tp, _n, _g, missed, false = score_article(gold_items(a["events"]), predicted(rec))
        for p in false:
            cause, g = _cause(p, missed)
            groups[cause].append((key, p, g, rec))
    for cause, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(items):4d}  {cause}")
    for cause, items in groups.items():
        if args.show and not any(s in cause for s in args.show):
            continue
        print(f"\n== {cause} ({len(items)})")
        for key, p, g, rec in items:
            print(f"  {key}: pred {_show(p)}   gold {_show(g)}")
            for e in _events_for(rec, p):
                print(_line(rec, e))


if __name__ == "__main__":
    main()
