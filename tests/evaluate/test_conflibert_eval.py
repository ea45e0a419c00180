"""The ConfliBERT sentence-class reader, fold split and F1 shared by the evaluation and the trainer."""

import subprocess
import sys

from accord.evaluate import conflibert as C


def test_conflibert_reader_takes_last_field(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_text(
        "Troops shelled the town.\t4\nA line\twith a tab inside.\t1\nno label here\n\nbad\tx\n", encoding="utf-8"
    )
    rows = C.read_conflibert(p)
    assert rows == [("Troops shelled the town.", 4), ("A line with a tab inside.", 1)]


def test_folds_are_fixed_and_balanced():
    f = C.fold_ids(103)
    assert f == C.fold_ids(103)
    counts = [f.count(k) for k in range(C.K_FOLDS)]
    assert max(counts) - min(counts) <= 1


def test_f1_per_class_and_macro():
    gold = ["a", "a", "b", "b"]
    pred = ["a", "b", "b", "b"]
    f1 = C.f1_scores(gold, pred, ["a", "b", "c"], digits=4)
    assert f1 == {"a": 0.6667, "b": 0.8, "c": 0.0}
    assert C.macro_f1(f1, ["a", "b"]) == (0.6667 + 0.8) / 2
    assert C.macro_f1(f1, []) == 0.0


def test_trainer_and_evaluation_import_alone():
    # no import loop: each module imports on its own in a fresh interpreter
    for mod in ("accord.events.train", "accord.evaluate.events", "accord.evaluate.conflibert"):
        subprocess.run([sys.executable, "-c", f"import {mod}"], check=True)


def test_sentence_digest_folds_whitespace_only():
    assert C.sentence_digest("Troops  shelled\tthe town.") == C.sentence_digest("Troops shelled the town. ")
    assert C.sentence_digest("Troops shelled the town.") != C.sentence_digest("troops shelled the town.")
    assert len(C.sentence_digest("x")) == 12
