"""The sentence classifier: its features, the JSON model evaluated in pure
Python, and the scikit-learn trainer (the trainer tests need scikit-learn)."""

import json
import math

import pytest

from accord.events.classifier import CLASSES, QuadModel, group_of, text_features


def test_text_features_are_word_ngrams():
    f = text_features("Troops shelled a town.")
    assert f == {"w=troops", "w=shelled", "w=town", "w=troops shelled", "w=shelled town"}  # 2+ characters
    assert {group_of(x) for x in f} == {"w"}
    assert group_of("T=ASSAULT") == group_of("L=attack") == "s"


def _toy_model():
    # two features per group, hand-made idf and weights
    idf = {"L=attack": 2.0, "T=ASSAULT": 1.0, "w=shelled": 1.5, "w=town": 2.0}
    weights = {"L=attack": [0, 0, 0, 0, 2.0], "w=shelled": [0, 0, 0, 0, 1.0], "w=town": [0.5, 0, 0, 0, 0]}
    return QuadModel(CLASSES, [0.1, 0, 0, 0, 0], weights, idf, {"s": 1.0, "w": 0.5})


def test_tfidf_model_normalises_each_group():
    m = _toy_model()
    vals = m._values(["L=attack", "T=ASSAULT", "w=shelled", "unknown"])
    assert vals["L=attack"] == pytest.approx(2.0 / math.sqrt(2.0**2 + 1.0**2))
    assert vals["w=shelled"] == pytest.approx(0.5)  # alone in its group, times the group's scale
    assert "unknown" not in vals
    both = m._values(["w=shelled", "w=town"])
    assert both["w=town"] == pytest.approx(0.5 * 2.0 / math.sqrt(1.5**2 + 2.0**2))
    p = m.predict(["L=attack", "T=ASSAULT", "w=shelled", "w=town", "w=town"])
    assert abs(sum(p.values()) - 1) < 1e-9 and max(p, key=p.get) == "material_conflict"
    assert m.predict([]) == m.predict(["never seen"])  # only the bias


def test_model_json_round_trip(tmp_path):
    m = _toy_model()
    path = tmp_path / "m.json"
    path.write_text(m.to_json({"_about": "toy"}), encoding="utf-8")
    d = json.loads(path.read_text())
    assert d["features"]["L=attack"] == [2.0, 0, 0, 0, 0, 2.0]
    assert d["features"]["T=ASSAULT"] == [1.0]  # idf only: counted in the norm, no weight shipped
    back = QuadModel.load(path)
    feats = ["L=attack", "T=ASSAULT", "w=shelled", "w=town"]
    assert back.predict(feats) == pytest.approx(m.predict(feats))


def test_legacy_binary_model_still_reads(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"classes": list(CLASSES), "bias": [0] * 5, "weights": {"L=talk": [0, 3, 0, 0, 0]}}))
    m = QuadModel.load(path)
    assert max(m.predict(["L=talk"]).items(), key=lambda kv: kv[1])[0] == "verbal_cooperation"


ROWS = [
    (["L=shell", "T=ASSAULT", "w=shelled"], 4),
    (["L=attack", "T=ASSAULT", "w=attacked"], 4),
    (["L=shell", "w=shelled", "w=town"], 4),
    (["L=meet", "T=CONSULT", "w=met"], 1),
    (["L=talk", "T=CONSULT", "w=talks"], 1),
    (["L=meet", "w=met", "w=talks"], 1),
    (["L=say", "NOTRIG", "w=said"], 0),
    (["L=say", "NOTRIG", "w=told"], 0),
    (["L=tell", "NOTRIG", "w=said"], 0),
]


def test_fit_is_reproducible_and_learns():
    pytest.importorskip("sklearn")
    from accord.events.train import fit

    feats, labels = [r[0] for r in ROWS], [r[1] for r in ROWS]
    a = fit(feats, labels, scales={"s": 1.0, "w": 1.0})
    b = fit(feats, labels, scales={"s": 1.0, "w": 1.0})
    assert a.to_json({}) == b.to_json({})
    for fs, y in ROWS:
        p = a.predict(fs)
        assert max(p, key=p.get) == CLASSES[y]
    assert "w=town" not in a.idf  # seen in one row only (MIN_COUNT 2)


def test_exported_model_agrees_with_scikit_learn():
    pytest.importorskip("sklearn")
    from scipy.sparse import hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    from accord.events import train as T

    feats, labels = [r[0] for r in ROWS], [r[1] for r in ROWS]
    scales = {"s": 1.0, "w": 0.5}
    m = T.fit(feats, labels, scales=scales)
    blocks, vecs = [], []
    for g in sorted(scales):
        dv = DictVectorizer(sort=True)
        rows = [{f: 1 for f in fs if group_of(f) == g and f in m.idf} for fs in feats]
        tf = TfidfTransformer()
        blocks.append(tf.fit_transform(dv.fit_transform(rows)) * scales[g])
        vecs.append((g, dv, tf))
    clf = LogisticRegression(C=T.C, max_iter=T.MAX_ITER).fit(hstack(blocks).tocsr(), labels)
    probe = ["L=shell", "T=ASSAULT", "w=met", "w=shelled"]
    x = hstack(
        [tf.transform(dv.transform([{f: 1 for f in probe if group_of(f) == g}])) * scales[g] for g, dv, tf in vecs]
    ).tocsr()
    want = clf.predict_proba(x)[0]
    got = m.predict(probe)
    assert [got[CLASSES[k]] for k in clf.classes_] == pytest.approx(list(want), abs=2e-3)  # weights rounded
    assert got["verbal_cooperation"] > 0 and got["verbal_conflict"] < 1e-9  # a class with no rows: bias ABSENT
