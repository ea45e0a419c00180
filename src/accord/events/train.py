"""Train the events component's sentence classifier (statement / quad class).

    python -m accord.events.train [PATH/cameo_class_train.tsv] [--folds 5] [--seed 13]

Reads ConfliBERT's ``cameo_class_train.tsv`` (sentence<TAB>label), parses
each sentence with the spaCy model and the accord components before events,
extracts :func:`accord.events.classifier.sentence_features` (content lemmas
plus the event triggers the patterns find) and fits an L2-regularised
multinomial logistic regression with numpy (full-batch gradient descent with
Adam, fixed seed, fixed number of steps: the result is reproducible). It
prints the k-fold cross-validated macro-F1 (each fold scored by a model
trained on the other folds) and writes the model trained on all rows to
``src/accord/events/data/quad_model.json``. The gold sentences themselves are
not stored: only feature weights.
"""
from __future__ import annotations

import argparse
import datetime as _dt
from pathlib import Path
from typing import Optional

from ..evaluate.conflibert import K_FOLDS, SEED, f1_scores, fold_ids, macro_f1, read_conflibert
from .classifier import CLASSES, MODEL_PATH, QuadModel, sentence_features

L2 = 1e-3
STEPS = 300
LR = 0.05
MIN_COUNT = 2
DEFAULT_PATH = Path(__file__).resolve().parents[4] / "shared" / "data" / "conflibert" / "cameo_class_train.tsv"


def featurize(rows, nlp) -> list[list[str]]:
    """Features per row, computed on the production parse (all components
    before ``accord_events``)."""
    from .extract import find_candidates
    from .lexicon import lexicon

    lex = lexicon()
    names = [n for n in nlp.pipe_names if n != "accord_events"]
    feats = []
    with nlp.select_pipes(enable=names):
        for doc in nlp.pipe((r[0] for r in rows), batch_size=64):
            fs = set()
            for sent in doc.sents:
                fs.update(sentence_features(sent, find_candidates(sent, lex)))
            feats.append(sorted(fs))
    return feats


def fit(feats: list[list[str]], labels: list[int], seed: int = SEED) -> QuadModel:
    import numpy as np

    counts: dict = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    n, d, k = len(feats), len(vocab), len(CLASSES)
    X = np.zeros((n, d), dtype=np.float64)
    for r, fs in enumerate(feats):
        for f in fs:
            j = index.get(f)
            if j is not None:
                X[r, j] = 1.0
    Y = np.zeros((n, k))
    Y[np.arange(n), labels] = 1.0
    rng = np.random.default_rng(seed)
    W = rng.normal(0, 0.01, size=(d, k))
    b = np.zeros(k)
    mW = np.zeros_like(W); vW = np.zeros_like(W); mb = np.zeros_like(b); vb = np.zeros_like(b)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, STEPS + 1):
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = X.T @ G + L2 * W
        gb = G.sum(axis=0)
        mW = b1 * mW + (1 - b1) * gW; vW = b2 * vW + (1 - b2) * gW * gW
        mb = b1 * mb + (1 - b1) * gb; vb = b2 * vb + (1 - b2) * gb * gb
        W -= LR * (mW / (1 - b1 ** t)) / (np.sqrt(vW / (1 - b2 ** t)) + eps)
        b -= LR * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    weights = {f: [round(float(x), 4) for x in W[i]] for f, i in index.items() if np.abs(W[i]).max() >= 1e-3}
    return QuadModel(CLASSES, [round(float(x), 4) for x in b], weights)


def cross_models(rows, nlp, k: int = K_FOLDS, seed: int = SEED, feats=None) -> list[QuadModel]:
    """One model per fold, each trained on the other folds."""
    folds = fold_ids(len(rows), k, seed)
    if feats is None:
        feats = featurize(rows, nlp)
    labels = [r[1] for r in rows]
    out = []
    for f in range(k):
        tr = [i for i in range(len(rows)) if folds[i] != f]
        out.append(fit([feats[i] for i in tr], [labels[i] for i in tr], seed))
    return out


def main(argv: Optional[list] = None) -> None:
    from ..nlp import load

    ap = argparse.ArgumentParser(description="train the events sentence classifier")
    ap.add_argument("path", nargs="?", default=str(DEFAULT_PATH))
    ap.add_argument("--out", default=str(MODEL_PATH))
    a = ap.parse_args(argv)
    rows = read_conflibert(Path(a.path))
    nlp = load()
    feats = featurize(rows, nlp)
    labels = [r[1] for r in rows]
    folds = fold_ids(len(rows))
    correct = 0
    pred = [0] * len(rows)
    for f, m in enumerate(cross_models(rows, nlp, feats=feats)):
        for i in range(len(rows)):
            if folds[i] == f:
                p = m.predict(feats[i])
                pred[i] = CLASSES.index(max(p, key=p.get))
                correct += pred[i] == labels[i]
    classes = range(len(CLASSES))
    f1 = macro_f1(f1_scores(labels, pred, classes), classes)
    print(f"classifier alone, {K_FOLDS}-fold cross-validated: accuracy {correct / len(rows):.4f}, "
          f"macro-F1 {f1:.4f}")
    model = fit(feats, labels)
    about = {
        "_about": "accord events sentence classifier (statement / quad class): multinomial logistic regression "
                  "over binary features (accord.events.classifier.sentence_features), trained by "
                  f"`python -m accord.events.train` (seed {SEED}, {STEPS} steps, L2 {L2}) on ConfliBERT "
                  "cameo_class_train.tsv (eventdata/ConfliBERT); weights only, no text.",
        "_built": _dt.date.today().isoformat(),
    }
    Path(a.out).write_text(model.to_json(about), encoding="utf-8")
    print(f"wrote {a.out}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
