"""A light linear sentence classifier: statement / the four quad classes.

The model is plain JSON (``data/quad_model.json``: classes, bias and one
weight vector per feature) evaluated in pure Python, trained by
``python -m accord.events.train`` (numpy only, fixed seed). Features are the
sentence's content lemmas and the types of the event triggers found in it, so
the classifier weighs pattern evidence against the sentence's wording.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Iterable, Optional

from ..syntax import grammar
from . import words as W

MODEL_PATH = Path(__file__).parent / "data" / "quad_model.json"
CLASSES = ("statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def sentence_features(sent, cands: Iterable = ()) -> list[str]:
    """Binary features of one sentence span: content lemmas (entities folded to
    their label), negation, modality, and the trigger types (``T=ASSAULT``,
    ``Q=material_conflict``, ``C=19``) of the candidates found."""
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
        feats.add("S=%s%d" % (c.quad, min(int(c.spec), 3)))
    if not cands:
        feats.add("NOTRIG")
    return sorted(feats)


class QuadModel:
    def __init__(self, classes, bias, weights: dict):
        self.classes = tuple(classes)
        self.bias = list(bias)
        self.weights = weights

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Optional["QuadModel"]:
        if not Path(path).exists():
            return None
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(d["classes"], d["bias"], d["weights"])

    def to_json(self, about: dict) -> str:
        return json.dumps({**about, "classes": list(self.classes), "bias": self.bias, "weights": self.weights},
                          separators=(",", ":"))

    def predict(self, feats: Iterable[str]) -> dict:
        z = list(self.bias)
        w = self.weights
        for f in feats:
            v = w.get(f)
            if v is not None:
                for i, x in enumerate(v):
                    z[i] += x
        m = max(z)
        e = [math.exp(x - m) for x in z]
        s = sum(e)
        return {c: p / s for c, p in zip(self.classes, e)}
