"""Train the events component's sentence classifier (statement / quad class).

    python -m accord.events.train [PATH/cameo_class_train.tsv] [--out PATH]

Needs scikit-learn (``pip install 'accord[train]'``); the pipeline itself
does not. Reads ConfliBERT's ``cameo_class_train.tsv`` (sentence<TAB>label),
parses each sentence with the spaCy model and the accord components before
events, extracts :func:`accord.events.classifier.sentence_features` (parse
features with the event triggers the patterns find, word uni/bigrams,
character n-grams) and fits a multinomial logistic regression (scikit-learn,
lbfgs: deterministic; the fold split is the fixed seed of
:mod:`accord.evaluate.conflibert`). It prints the k-fold cross-validated
macro-F1 of the classifier alone (each fold scored by a model trained on the
other folds) and writes the model trained on all rows to
``src/accord/events/data/quad_model.json`` - JSON, not pickle: idf and class
weights per feature. The gold sentences themselves are not stored, but word
and character n-grams of their text are the model's feature names, so the
file is derived from ConfliBERT's GPL-3.0 data and carries that licence (see
``data/MODEL_CARD.md``).
"""

from __future__ import annotations

import argparse
import datetime as _dt
from collections import Counter
from pathlib import Path

from ..errors import AccordError
from ..evaluate.conflibert import K_FOLDS, SEED, f1_scores, fold_ids, macro_f1, read_conflibert, sentence_digest
from .classifier import CLASSES, MODEL_PATH, QuadModel, group_of, sentence_features

C = 30.0  # inverse L2 strength (chosen on the cross-validated folds)
SCALES = {"s": 1.0, "w": 1.0}  # each group's weight after its own L2 norm
MIN_COUNT = 2  # a feature must occur in this many training rows
MAX_ITER = 3000
ABSENT = -30.0  # bias of a class with no training row
PRUNE = 1e-3  # weights below this in every class are not shipped (their idf is, for the norm)
DEFAULT_PATH = Path(__file__).resolve().parents[4] / "shared" / "data" / "conflibert" / "cameo_class_train.tsv"
LICENCE = "GPL-3.0-or-later (derived from ConfliBERT's cameo_class_train.tsv, eventdata/ConfliBERT, GPL-3.0)"


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


def fit(
    feats: list[list[str]], labels: list[int], seed: int = SEED, c: float = C, scales: dict | None = None
) -> QuadModel:
    """A multinomial logistic regression (scikit-learn, lbfgs) over the rows'
    binary features: per group (:func:`~accord.events.classifier.group_of`)
    the features seen in at least ``MIN_COUNT`` rows, idf-weighted and
    L2-normalised, then scaled; exported as a :class:`QuadModel`."""
    try:
        from scipy.sparse import hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise AccordError(
            "training the sentence classifier (and its cross-validation in `accord eval events --dataset "
            "conflibert-class`) needs scikit-learn: pip install 'accord[train]'"
        ) from None

    scales = dict(SCALES if scales is None else scales)
    counts = Counter(f for fs in feats for f in set(fs))
    blocks, idf, names = [], {}, []
    for g in sorted(scales):
        rows = [{f: 1 for f in fs if group_of(f) == g and counts[f] >= MIN_COUNT} for fs in feats]
        dv = DictVectorizer(sort=True)
        X = dv.fit_transform(rows)
        tf = TfidfTransformer(norm="l2", use_idf=True, smooth_idf=True)
        blocks.append(tf.fit_transform(X) * scales[g])
        for f, v in zip(dv.feature_names_, tf.idf_):
            idf[f] = round(float(v), 4)
        names.extend(dv.feature_names_)
    clf = LogisticRegression(C=c, max_iter=MAX_ITER, random_state=seed)
    clf.fit(hstack(blocks).tocsr(), labels)
    coef, bias = _class_rows(clf)
    weights = {}
    for j, f in enumerate(names):
        v = [round(float(coef[k][j]), 4) for k in range(len(CLASSES))]
        if max(abs(x) for x in v) >= PRUNE:
            weights[f] = v
    return QuadModel(CLASSES, [round(float(b), 4) for b in bias], weights, idf, scales)


def _class_rows(clf) -> tuple[list, list]:
    """One weight row and bias per class of :data:`CLASSES`: a class absent
    from the training rows gets zero weights and bias ``ABSENT``; a
    two-class model (one row, class 1 against class 0) is split as softmax
    logits -z/2 and +z/2."""
    coef, intercept = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:
        coef, intercept = [-coef[0] / 2, coef[0] / 2], [-intercept[0] / 2, intercept[0] / 2]
    rows = {int(c): (coef[i], intercept[i]) for i, c in enumerate(clf.classes_)}
    zero = coef[0] * 0
    out = [rows.get(k, (zero, ABSENT)) for k in range(len(CLASSES))]
    return [r[0] for r in out], [r[1] for r in out]


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


def main(argv: list | None = None) -> None:
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
    print(f"classifier alone, {K_FOLDS}-fold cross-validated: accuracy {correct / len(rows):.4f}, macro-F1 {f1:.4f}")
    model = fit(feats, labels)
    about = {
        "_about": "accord events sentence classifier (statement / quad class): multinomial logistic regression "
        "(scikit-learn) over TF-IDF features (accord.events.classifier.sentence_features), trained by "
        f"`python -m accord.events.train` (C {C}, scales {SCALES}, min count {MIN_COUNT}) on ConfliBERT "
        f"cameo_class_train.tsv (eventdata/ConfliBERT); {K_FOLDS}-fold cross-validated macro-F1 {f1:.4f}. "
        "features: name -> [idf, weight per class]. See MODEL_CARD.md.",
        "_licence": LICENCE,
        "_built": _dt.date.today().isoformat(),
        # which sentences it saw, so `accord eval events --dataset conflibert-class` cross-validates
        # exactly when a gold file shares them (fingerprints only, no text)
        "_trained_on": sorted({sentence_digest(r[0]) for r in rows}),
    }
    Path(a.out).write_text(model.to_json(about), encoding="utf-8")
    print(f"wrote {a.out}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
