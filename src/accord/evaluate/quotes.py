"""``accord eval quotes``: score the quote finder on an attribution gold set.

Scoring (shared/data/README.md): a predicted quote matches a gold Content
span when character overlap / union >= 0.5, matched one-to-one, greedily by
overlap; precision, recall and F1 over spans. ``speaker_accuracy`` is the
share of matched quotes whose speaker span overlaps the gold Source span;
matched gold quotes without a Source are left out of its denominator
(``speaker_n`` says how many were counted).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from ..errors import AccordError
from . import share
from .polnear import GoldArticle, GoldAttribution, read_split

DATASETS = ("polnear",)

# a predicted quote for scoring: (start, end, speaker spans or None)
Pred = tuple[int, int, Optional[Sequence[tuple[int, int]]]]


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in a)


def iou(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> float:
    inter = _overlap(a, b)
    if inter <= 0:
        return 0.0
    return inter / (_length(a) + _length(b) - inter)


def match(gold: Sequence[GoldAttribution], pred: Sequence[Pred], threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one greedy matching: pairs (gold index, pred index), best
    overlap first, each at least ``threshold``."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p[1] <= g.start or p[0] >= g.end:
                continue
            v = iou(g.content, ((p[0], p[1]),))
            if v >= threshold:
                cands.append((v, gi, pi))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


class Tally:
    def __init__(self) -> None:
        self.gold = self.pred = self.tp = 0
        self.spk_n = self.spk_ok = 0
        self.by_kind: dict[str, list[int]] = {}

    def add(self, gold: Sequence[GoldAttribution], pred: Sequence[Pred], kinds: Optional[Sequence[str]] = None) -> None:
        pairs = match(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.tp += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g.source is None:
                continue
            self.spk_n += 1
            if p[2] and _overlap(g.source, p[2]) > 0:
                self.spk_ok += 1
        if kinds is not None:
            matched = {pi for _, pi in pairs}
            for pi, k in enumerate(kinds):
                row = self.by_kind.setdefault(k, [0, 0])
                row[0] += 1
                row[1] += pi in matched

    def figures(self) -> dict:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "speaker_accuracy": share(self.spk_ok, self.spk_n),
            "gold": self.gold,
            "predicted": self.pred,
            "matched": self.tp,
            "speaker_n": self.spk_n,
        }
        for k, (n, ok) in sorted(self.by_kind.items()):
            out[f"precision_{k}"] = share(ok, n)
            out[f"predicted_{k}"] = n
        return out


def quote_preds(quotes: Iterable) -> tuple[list[Pred], list[str]]:
    preds, kinds = [], []
    for q in quotes:
        d = q if isinstance(q, dict) else q.to_dict()
        sp = d.get("speaker")
        preds.append((d["start"], d["end"], ((sp["start"], sp["end"]),) if sp else None))
        kinds.append(d.get("kind") or "direct")
    return preds, kinds


def _check(dataset: str, path: str) -> Path:
    if dataset not in DATASETS:
        raise AccordError(f"unknown quotes dataset {dataset!r} (known: {', '.join(DATASETS)})")
    root = Path(path)
    if not root.is_dir():
        raise AccordError(f"{path}: no such folder (expected a PolNeAR split with text/ and attributions/)")
    return root


def evaluate(dataset: str, path: str, nlp=None, limit: Optional[int] = None,
             progress: Optional[Callable[[int, int], None]] = None) -> dict:
    """Score ``accord_quotes`` on a gold split; returns the figures."""
    from ..config import settings
    from ..nlp import load
    from ..pipeline import process
    from ..readers import RawArticle

    root = _check(dataset, path)
    arts: list[GoldArticle] = list(read_split(root, limit=limit))
    if not arts:
        raise AccordError(f"{path}: no articles with annotations found")
    cfg = settings(drop_duplicate_paragraphs=False)
    if nlp is None:
        nlp = load(cfg["model"])
    raws = [RawArticle(id=a.name, text=a.text) for a in arts]
    tally = Tally()
    n = len(arts)
    for i, (art, rec) in enumerate(zip(arts, process(raws, nlp, settings=cfg))):
        if isinstance(rec, Exception):
            raise AccordError(f"{art.name}: {rec}")
        if len(rec.text) != len(art.text):
            raise AccordError(f"{art.name}: the pipeline changed the text's length; offsets cannot be scored")
        preds, kinds = quote_preds(rec.quotes)
        tally.add(art.attributions, preds, kinds)
        if progress is not None:
            progress(i + 1, n)
    out = {"dataset": dataset, "articles": n}
    out.update(tally.figures())
    return out


def score_docs(arts: Sequence[GoldArticle], quotes_per_article: Sequence[Iterable]) -> dict:
    """Score already extracted quotes (one list per article) - for baselines."""
    tally = Tally()
    for art, qs in zip(arts, quotes_per_article):
        preds, kinds = quote_preds(qs)
        tally.add(art.attributions, preds, kinds)
    return tally.figures()
