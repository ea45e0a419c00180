"""A linear sentence classifier: statement / the four quad classes.

The model is trained with scikit-learn (``python -m accord.events.train``:
TF-IDF over three feature groups, multinomial logistic regression, fixed
seed) and shipped as plain JSON (``data/quad_model.json``: classes, bias,
each group's scale and, per feature, its idf and one weight per class). It
is evaluated here in pure Python, so the pipeline needs neither
scikit-learn nor pickle at run time.

The features of a sentence (:func:`sentence_features`), one string each,
in two groups that are each weighted by idf and L2-normalised on their
own, as scikit-learn's ``TfidfTransformer`` does for binary counts:

* ``s``: the parse - content lemmas (entities folded to their label),
  negation, modality, the root lemma and the types of the event triggers
  the patterns find (``T=ASSAULT``, ``Q=material_conflict``, ``C=19``);
* ``w``: lower-cased word unigrams and bigrams of the sentence text.

Character n-grams (2-5, within words) were tried: the same cross-validated
score (0.9112 against 0.9093 macro-F1) from seven times the features per
sentence, too slow for the pipeline's speed floor.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from pathlib import Path

from .. import datafiles
from ..syntax import grammar
from . import words as W

MODEL_PATH = Path(__file__).parent / "data" / "quad_model.json"
CLASSES = ("statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
WORD_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@datafiles.cached
def _quad_classes() -> dict[str, str]:
    return datafiles.word_map(W.CLASSIFIER_LABELS, "quad_class")


def quad_class(cameo: str | None) -> str | None:
    """The classifier's class of a CAMEO code: the quad class of its root
    code as the Phoenix event data and ConfliBERT's labels count it (``01``
    and ``02``, comments and appeals, are ``statement``; ``16``, reducing
    relations, is verbal conflict), which is not always the PLOVER quad of
    the event's category (an expulsion is a material-conflict SANCTION in
    PLOVER). None for no code."""
    return _quad_classes().get(cameo[:2]) if cameo else None


def group_of(feature: str) -> str:
    """The feature's group: ``w`` word n-gram, ``s`` parse."""
    return "w" if feature.startswith("w=") else "s"


def text_features(text: str) -> set[str]:
    """Word uni- and bigrams (``w=``) of a text, lower-cased."""
    feats = set()
    toks = WORD_RE.findall(text.lower())
    for i, t in enumerate(toks):
        feats.add("w=" + t)
        if i:
            feats.add("w=" + toks[i - 1] + " " + t)
    return feats


def parse_features(sent, cands: Iterable = ()) -> set[str]:
    """The ``s`` group: content lemmas (entities folded to their label),
    negation, modality, the root lemma, and the trigger types of the
    candidates found."""
    feats = set()
    g = grammar(sent)
    entity_features = W.labels("entity_features")
    skip_pos = W.labels("skip_pos")
    modals = W.words("modal_features")
    for t in sent:
        if t.ent_type_ in entity_features:
            feats.add("E=" + t.ent_type_)
            continue
        if t.pos_ in skip_pos:
            if g.is_(t, "negation"):
                feats.add("NEG")
            elif t.pos_ == "AUX" and t.lower_ in modals:
                feats.add("MOD=" + t.lower_)
            continue
        lem = t.lemma_.lower()
        if len(lem) < 2 or not lem.isalpha():
            continue
        feats.add("L=" + lem)
        if g.is_(t, "root"):
            feats.add("R=" + lem)
    for c in cands:
        feats.add("T=" + c.type)
        feats.add("Q=" + c.quad)
        feats.add("C=" + c.cameo[:2])
        feats.add(f"S={c.quad}{min(int(c.spec), 3)}")
    if not cands:
        feats.add("NOTRIG")
    return feats


def sentence_features(sent, cands: Iterable = ()) -> list[str]:
    """All binary features of one sentence span (see the module docstring),
    in no particular order."""
    return list(parse_features(sent, cands) | text_features(sent.text))


class QuadModel:
    """Classes, bias and per-feature weights; with ``idf`` the features are
    TF-IDF weighted and L2-normalised per group, then scaled by ``scales``
    (the shipped model); without it each present feature counts 1."""

    def __init__(self, classes, bias, weights: dict, idf: dict | None = None, scales: dict | None = None):
        self.classes = tuple(classes)
        self.bias = list(bias)
        self.weights = weights
        self.idf = idf
        self.scales = scales or {}
        self.trained_on: frozenset = (
            frozenset()
        )  # digests of the training sentences (evaluate.conflibert.sentence_digest)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> QuadModel | None:
        if not Path(path).exists():
            return None
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        if "features" in d:
            idf = {f: v[0] for f, v in d["features"].items()}
            weights = {f: v[1:] for f, v in d["features"].items() if len(v) > 1}
            model = cls(d["classes"], d["bias"], weights, idf, d.get("scales"))
        else:
            model = cls(d["classes"], d["bias"], d["weights"])
        model.trained_on = frozenset(d.get("_trained_on", ()))
        return model

    def to_json(self, about: dict) -> str:
        if self.idf is None:
            body = {"classes": list(self.classes), "bias": self.bias, "weights": self.weights}
        else:
            feats = {f: [i] + list(self.weights.get(f, [])) for f, i in sorted(self.idf.items())}
            body = {"classes": list(self.classes), "bias": self.bias, "scales": self.scales, "features": feats}
        return json.dumps({**about, **body}, separators=(",", ":"))

    def _values(self, feats: Iterable[str]) -> dict:
        """feature -> its input value (1, or idf / group norm * group scale)."""
        present = set(feats)
        if self.idf is None:
            return {f: 1.0 for f in present if f in self.weights}
        idf = self.idf
        known = [f for f in present if f in idf]
        norms: dict = {}
        for f in known:
            g = group_of(f)
            norms[g] = norms.get(g, 0.0) + idf[f] * idf[f]
        return {f: idf[f] / math.sqrt(norms[group_of(f)]) * self.scales.get(group_of(f), 1.0) for f in known}

    def _compile(self):
        """Arrays for :meth:`predict`: feature -> row; per row idf * class
        weights and idf squared (one matrix), and its group as a one-hot row."""
        import numpy as np

        names = sorted(self.idf if self.idf is not None else self.weights)
        groups = sorted({group_of(f) for f in names}) or ["s"]
        gi = {g: i for i, g in enumerate(groups)}
        k = len(self.classes)
        idf = np.array([self.idf[f] if self.idf is not None else 1.0 for f in names])
        w = np.array([self.weights.get(f, [0.0] * k) for f in names], dtype=float).reshape(len(names), k)
        self._index = {f: i for i, f in enumerate(names)}
        self._mat = np.hstack([w * idf[:, None], (idf * idf)[:, None]])
        self._onehot = np.eye(len(groups))[[gi[group_of(f)] for f in names]].reshape(len(names), len(groups))
        self._scale = np.array([self.scales.get(g, 1.0) for g in groups])
        self._bias = np.array(self.bias, dtype=float)

    def predict(self, feats: Iterable[str]) -> dict:
        """``{class: probability}`` for one sentence's features (a feature
        listed twice counts once)."""
        import numpy as np

        if not hasattr(self, "_index"):
            self._compile()
        index = self._index
        rows = sorted({r for r in map(index.get, feats) if r is not None})
        z = self._bias.copy()
        if rows:
            sums = self._onehot[rows].T @ self._mat[rows]  # per group: weighted sums, then idf squared
            if self.idf is None:
                factor = np.ones(len(self._scale))
            else:
                norm = np.sqrt(sums[:, -1])
                factor = np.divide(self._scale, norm, out=np.zeros(len(norm)), where=norm > 0)
            z += factor @ sums[:, :-1]
        e = np.exp(z - z.max())
        e /= e.sum()
        return {c: float(p) for c, p in zip(self.classes, e)}
