"""ConfliBERT's sentence classes (``cameo_class_train.tsv``): the reader, the
fixed k-fold split and the per-class and macro F1.

Both the evaluation (``accord eval events --dataset conflibert-class``) and
the events classifier's trainer (``python -m accord.events.train``) use
them, so neither imports the other for them.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import AccordError

K_FOLDS = 5
SEED = 13


def read_conflibert(path: Path) -> list[tuple[str, int]]:
    """``(sentence, label)`` rows of a ``sentence<TAB>label`` file (label 0
    statement .. 4 material conflict; the label is the last field, tabs in
    the sentence become spaces)."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise AccordError(f"{path}: cannot read: {e}") from e
    for line in lines:
        if not line.strip() or "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        label = label.strip()
        if not label.isdigit() or int(label) > 4:
            continue
        rows.append((text.replace("\t", " ").strip(), int(label)))
    if not rows:
        raise AccordError(f"{path}: no 'sentence<TAB>label' rows found")
    return rows


def sentence_digest(text: str) -> str:
    """A short stable fingerprint of one gold sentence (whitespace-folded,
    case-kept), so a model can record which rows it was trained on without
    carrying their text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def fold_ids(n: int, k: int = K_FOLDS, seed: int = SEED) -> list[int]:
    """Row -> fold, a fixed shuffle (the trainer and the evaluator split alike)."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    out = [0] * n
    for pos, i in enumerate(order):
        out[i] = pos % k
    return out


def f1_scores(gold: Sequence, pred: Sequence, classes: Iterable, digits: int | None = None) -> dict:
    """F1 of each class (0.0 where it has neither precision nor recall),
    rounded to ``digits`` where given."""
    out = {}
    for c in classes:
        tp = sum(1 for a, b in zip(gold, pred) if a == c and b == c)
        fp = sum(1 for a, b in zip(gold, pred) if a != c and b == c)
        fn = sum(1 for a, b in zip(gold, pred) if a == c and b != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[c] = round(f1, digits) if digits is not None and prec + rec else f1
    return out


def macro_f1(scores: dict, classes: Iterable) -> float:
    """The mean F1 over the given classes (0.0 for none)."""
    cs = list(classes)
    return sum(scores[c] for c in cs) / len(cs) if cs else 0.0
