"""``accord eval events --dataset conflibert-args``: event argument spans
against ConfliBERT's source/target tags (``cameo_ner_train.txt``).

Each sentence is rebuilt from its tokens with ordinary spacing (no space
before closing punctuation and clitics, none after opening brackets or
currency signs) and run through the production pipeline. The predicted
spans are the actor and recipient spans of the sentence's events that are
neither ``hypothetical`` nor ``negated`` (one span counted once per role);
the gold spans are the ``B-S/I-S`` sources and ``B-T/I-T`` targets, a
``B-R/I-R`` span being both a source and a target. A predicted actor span
matches a gold source span (a recipient a gold target) when their character
overlap is at least half their union; each gold span is matched at most
once. Precision, recall and F1 over spans, per role and together.

No publication date comes with the sentences (office holders resolve to
their most recent term).
"""

from __future__ import annotations

from collections.abc import Callable

from .. import datafiles
from .actors import read_conflibert

#: tokens written without a space before them
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'", "”", "’", "-"}
#: tokens written without a space after them
NO_SPACE_AFTER = {"(", "[", "{", "$", "€", "£", "``", "#", "“", "‘", "’", "-"}
MIN_OVERLAP = 0.5


@datafiles.cached
def _clitics() -> frozenset[str]:
    """English clitics ('s, n't) written without a space before them."""
    return datafiles.words("lang/en/evaluate/words.tsv", "clitics")


ROLES = ("actor", "recipient")


def rebuild(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text and each token's character offsets in it."""
    parts: list[str] = []
    offs: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        glue = i == 0 or t in NO_SPACE_BEFORE or t in _clitics() or prev in NO_SPACE_AFTER
        if t == '"':
            # a straight quotation mark opens and closes in turn
            glue = i == 0 or quote_open or prev in NO_SPACE_AFTER
            quote_open = not quote_open
        elif prev == '"' and quote_open:
            glue = True  # just after an opening mark
        elif prev == "," and i > 1 and tokens[i - 2].isdigit() and len(t) == 3 and t.isdigit():
            glue = True  # a thousands separator the tokenizer split off: "1 , 500" was "1,500"
        if not glue:
            parts.append(" ")
            pos += 1
        offs.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
    return "".join(parts), offs


def gold_spans(spans, offs) -> dict:
    """role -> gold character spans: S sources, T targets, R both."""
    out: dict = {"actor": [], "recipient": []}
    for s, e, tag in spans:
        cs = (offs[s][0], offs[e - 1][1])
        if tag in ("S", "R"):
            out["actor"].append(cs)
        if tag in ("T", "R"):
            out["recipient"].append(cs)
    return out


def predicted_spans(events) -> dict:
    """role -> the distinct actor / recipient spans of the factual events."""
    out: dict = {"actor": [], "recipient": []}
    for ev in events or []:
        if ev.hypothetical or ev.negated:
            continue
        for role in ROLES:
            a = getattr(ev, role)
            if a is not None and (a.start, a.end) not in out[role]:
                out[role].append((a.start, a.end))
    return out


def overlap(a: tuple, b: tuple) -> float:
    """Character overlap of two half-open spans divided by their union."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match(pred: list, gold: list) -> int:
    """How many predicted spans match a gold span (each gold span once; the
    best-overlapping pairs first)."""
    pairs = sorted(((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True)
    used_p: set = set()
    used_g: set = set()
    for ov, i, j in pairs:
        if ov < MIN_OVERLAP:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(
    path: str, nlp, limit: int | None = None, progress: Callable[[int, int], None] | None = None, docs_fn=None
) -> dict:
    """Figures for the argument spans (see module docstring). ``docs_fn(nlp,
    texts)`` makes the Docs (the events evaluator's production path)."""
    sents = read_conflibert(path)
    if limit:
        sents = sents[:limit]
    built = [rebuild(toks) for toks, _ in sents]
    counts = {r: [0, 0, 0] for r in ROLES}  # tp, predicted, gold
    misses: list = []
    n = len(sents)
    docs = docs_fn(nlp, [t for t, _ in built])
    for k, (doc, (_toks, spans), (text, offs)) in enumerate(zip(docs, sents, built)):
        gold = gold_spans(spans, offs)
        pred = predicted_spans(doc._.events)
        for role in ROLES:
            tp = match(pred[role], gold[role])
            c = counts[role]
            c[0] += tp
            c[1] += len(pred[role])
            c[2] += len(gold[role])
            if tp < max(len(pred[role]), len(gold[role])) and len(misses) < 40:
                misses.append(
                    {
                        "text": text,
                        "role": role,
                        "gold": [text[a:b] for a, b in gold[role]],
                        "pred": [text[a:b] for a, b in pred[role]],
                    }
                )
        if progress:
            progress(k + 1, n)
    tp, np_, ng = (sum(counts[r][i] for r in ROLES) for i in range(3))
    out = {"dataset": "conflibert-args", "n": n, **prf(tp, np_, ng), "n_pred": np_, "n_gold": ng}
    for role in ROLES:
        for k2, v in prf(*counts[role]).items():
            out[f"{role}_{k2}"] = v
    out["misses"] = misses
    return out
