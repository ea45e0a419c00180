"""Group the sample corpus's event errors by cause (#16 analysis aid).

    PYTHONPATH=src python tools/sample_event_errors.py [data/sample] [-v]

Scores the pipeline on the corpus's ``events_gold.json`` as
``accord eval sample --dataset events`` does, then sorts each false
prediction by where it stands (a sentence with no gold event; a gold sentence
with an event of its type; one of another type) and each missed gold event by
what the pipeline gave in its sentence (nothing; another type; only flagged
events; a wrong actor; a wrong recipient). Prints the counts, and with ``-v``
every item with its sentence.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from accord.evaluate import sample_events as se
from accord.evaluate.sample import load_records


def _triple(e: dict):
    return (e["type"], se.party_keys(e.get("actor")), se.party_keys(e.get("recipient")))


def _flagged(e: dict) -> bool:
    return bool(e["hypothetical"] or e["negated"])


def false_cause(e: dict, gold_here: list) -> str:
    if not gold_here:
        return "no gold event in the sentence"
    if any(e["type"] in se._alts(g["type"]) for g in gold_here):
        return "gold sentence, same type (parties)"
    return "gold sentence, other type"


def missed_cause(m, near: list) -> str:
    if not near:
        return "no event in the sentence"
    typed = [e for e in near if e["type"] in m[0]]
    if not typed:
        return "another type"
    if all(_flagged(e) for e in typed):
        return "only flagged (hypothetical/negated)"
    if not any(m[1] & se.party_keys(e.get("actor")) for e in typed):
        return "wrong actor"
    return "wrong recipient"


def main(folder: str = "data/sample", verbose: bool = False) -> None:
    path = Path(folder)
    records = load_records(path)
    false_n, missed_n, lines = Counter(), Counter(), []
    for a in se.read_gold(path):
        key = a.get("article_id") or a["file"]
        rec = records[key]
        text = rec["text"]
        _, _, _, missed, false = se.score_article(se.gold_items(a["events"]), se.predicted(rec))
        spans = [(text.find(g["text"]), g) for g in a["events"]]
        for f in false:
            e = next(x for x in rec["events"] if not _flagged(x) and _triple(x) == f)
            s, t = e["sentence"]["start"], e["sentence"]["end"]
            here = [g for i, g in spans if i >= 0 and s <= i < t]
            cause = false_cause(e, here)
            false_n[cause] += 1
            lines.append(f"FP  {cause} | {key} | {se._show(f)} | {e['trigger']['text']} | {text[s:t].strip()[:200]}")
        for m in missed:
            g = next(g for i, g in spans if (se._alts(g["type"]), se._alts(g["actor"])) == m[:2])
            i = text.find(g["text"])
            near = [e for e in rec["events"] if i >= 0 and e["sentence"]["start"] <= i < e["sentence"]["end"]]
            cause = missed_cause(m, near)
            missed_n[cause] += 1
            lines.append(f"FN  {cause} | {key} | {se._show(m)} | {g['text'][:200]}")
    print("false predictions:", dict(false_n.most_common()))
    print("missed gold:", dict(missed_n.most_common()))
    if verbose:
        print("\n".join(sorted(lines)))


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args[0] if args else "data/sample", "-v" in sys.argv)
