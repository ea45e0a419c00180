"""``accord eval quotes``: score the quote finder on an attribution gold set.

Scoring (shared/data/README.md): a predicted quote matches a gold Content
span when character overlap / union >= 0.5, matched one-to-one, greedily by
overlap; precision, recall and F1 over spans. ``speaker_accuracy`` is the
share of matched quotes whose speaker is right (under ``--profile
attribution`` its span overlaps the gold Source span; under ``--profile
speech`` see :mod:`.quote_profiles`); matched gold quotes without a Source
are left out of its denominator (``speaker_n`` says how many were counted).
The two profiles are described in :mod:`.quote_profiles`; ``--dataset
sample`` scores the sample corpus's own quote gold (:mod:`.quote_gold`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..errors import AccordError
from . import share
from .polnear import GoldArticle, GoldAttribution, read_split
from .quote_profiles import PROFILES, Pred, record_preds, speaker_by_name, speech_gold

DATASETS = ("polnear", "sample")

SpeakerJudge = Callable[[GoldAttribution, Pred], bool]


def _norm_pred(p) -> Pred:
    """A prediction as (spans, speaker spans, name); the older
    (start, end, speaker spans) triple is accepted too."""
    if p and isinstance(p[0], int):
        return (((p[0], p[1]),), p[2], None)
    return p


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in a)


def iou(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> float:
    inter = _overlap(a, b)
    if inter <= 0:
        return 0.0
    return inter / (_length(a) + _length(b) - inter)


def match(gold: Sequence[GoldAttribution], pred: Sequence, threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one greedy matching: pairs (gold index, pred index), best
    overlap first, each at least ``threshold``."""
    preds = [_norm_pred(p) for p in pred]
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            if p[0][-1][1] <= g.start or p[0][0][0] >= g.end:
                continue
            v = iou(g.content, p[0])
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


def _span_speaker(g: GoldAttribution, p: Pred) -> bool:
    return bool(p[1]) and _overlap(g.source, p[1]) > 0


class Tally:
    def __init__(self) -> None:
        self.gold = self.pred = self.tp = 0
        self.spk_n = self.spk_ok = 0
        self.by_kind: dict[str, list[int]] = {}

    def add(
        self,
        gold: Sequence[GoldAttribution],
        pred: Sequence,
        kinds: Sequence[str] | None = None,
        counted: Sequence[bool] | None = None,
        speaker_ok: SpeakerJudge | None = None,
    ) -> None:
        """Score one article. ``counted`` (one flag per gold) leaves gold out
        of the count, and a prediction matched to such gold is ignored;
        ``speaker_ok`` judges a matched speaker (default: span overlap)."""
        preds = [_norm_pred(p) for p in pred]
        pairs = match(gold, preds)
        keep = list(counted) if counted is not None else [True] * len(gold)
        ignored = {pi for gi, pi in pairs if not keep[gi]}
        pairs = [(gi, pi) for gi, pi in pairs if keep[gi]]
        judge = speaker_ok or _span_speaker
        self.gold += sum(keep)
        self.pred += len(preds) - len(ignored)
        self.tp += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], preds[pi]
            if g.source is None:
                continue
            self.spk_n += 1
            if judge(g, p):
                self.spk_ok += 1
        if kinds is not None:
            matched = {pi for _, pi in pairs}
            for pi, k in enumerate(kinds):
                if pi in ignored:
                    continue
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
    """Predictions from a list of quotes, one per quote (no merging)."""
    return record_preds({"quotes": list(quotes)}, "speech")


def _check(dataset: str, path: str, profile: str) -> Path:
    if dataset not in DATASETS:
        raise AccordError(f"unknown quotes dataset {dataset!r} (known: {', '.join(DATASETS)})")
    if profile not in PROFILES:
        raise AccordError(f"unknown quotes profile {profile!r} (known: {', '.join(PROFILES)})")
    root = Path(path)
    if not root.is_dir():
        want = (
            "a corpus folder with quotes_gold.json"
            if dataset == "sample"
            else "a PolNeAR split with text/ and attributions/"
        )
        raise AccordError(f"{path}: no such folder (expected {want})")
    return root


def score_article(tally: Tally, art: GoldArticle, rec, profile: str = "attribution") -> None:
    """Add one article's record to a tally under a profile."""
    preds, kinds = record_preds(rec, profile)
    if profile == "speech":
        gold, counted = speech_gold(art.text, art.attributions)
        tally.add(gold, preds, kinds, counted=counted, speaker_ok=speaker_by_name(art.text))
    else:
        tally.add(art.attributions, preds, kinds)


def evaluate(
    dataset: str,
    path: str,
    nlp=None,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    profile: str | None = None,
    subset: str | None = None,
) -> dict:
    """Score ``accord_quotes`` on a gold split; returns the figures."""
    from ..config import settings
    from ..nlp import load
    from ..pipeline import process
    from ..readers import RawArticle

    profile = profile or "attribution"
    root = _check(dataset, path, profile)
    if dataset == "sample":
        from . import quote_gold

        return quote_gold.evaluate(root, nlp=nlp, limit=limit, progress=progress, subset=subset)
    if subset:
        raise AccordError("--set is for the sample gold (`--dataset sample`)")
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
        score_article(tally, art, rec, profile)
        if progress is not None:
            progress(i + 1, n)
    out = {"dataset": dataset, "profile": profile, "articles": n}
    out.update(tally.figures())
    return out


def score_docs(arts: Sequence[GoldArticle], quotes_per_article: Sequence, profile: str = "attribution") -> dict:
    """Score already extracted quotes (one list per article, or one record
    dict per article with ``quotes`` and ``attributions``) - for baselines
    and for scoring saved records again."""
    tally = Tally()
    for art, qs in zip(arts, quotes_per_article):
        rec = qs if isinstance(qs, dict) else {"quotes": list(qs)}
        score_article(tally, art, rec, profile)
    return tally.figures()
