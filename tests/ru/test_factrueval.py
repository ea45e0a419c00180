"""The factRuEval reader and scorer on a small document of our own."""

from __future__ import annotations

import pytest

from accord.errors import AccordError
from accord.evaluate.factrueval import drop_nested, evaluate, read_dataset, score

TEXT = "Глава МИД России Сергей Викторович Лавров прибыл в Астану на заседание Совета министров ОДКБ."


def _write(folder, spans, objects):
    (folder / "book_1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "book_1.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    (folder / "book_1.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")


def at(word: str) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, len(word)


@pytest.fixture()
def folder(tmp_path):
    def span(sid, kind, word):
        s, n = at(word)
        return f"{sid} {kind} {s} {n} 1 1  # 1 {word}"

    spans = [
        span(1, "org_name", "МИД"),
        span(2, "loc_name", "России"),
        span(3, "name", "Сергей"),
        span(4, "middle", "Викторович"),
        span(5, "surname", "Лавров"),
        span(6, "loc_name", "Астану"),
        span(7, "org_descr", "Совета"),
        span(8, "org_name", "Совета министров ОДКБ"),
        span(9, "org_name", "ОДКБ"),
        span(10, "job", "Глава"),
    ]
    objects = [
        "1 Org 1 2 # МИД России",
        "2 LocOrg 2 # России",
        "3 Person 3 4 5 # Сергей Викторович Лавров",
        "4 Location 6 # Астану",
        "5 Org 8 # Совета министров ОДКБ",
        "6 Org 9 # ОДКБ",
        "7 Org 7 # (no name)",
        "8 Facility 6 # not scored",
    ]
    _write(tmp_path, spans, objects)
    return tmp_path


def test_gold_spans_follow_the_rules(folder):
    (doc,) = read_dataset(folder)
    got = [(TEXT[s:e], t) for s, e, t in doc.spans]
    assert got == [
        ("МИД", "ORG"),
        ("России", "LOC"),
        ("Сергей Викторович Лавров", "PER"),  # first to last name part
        ("Астану", "LOC"),
        ("Совета министров ОДКБ", "ORG"),  # the nested «ОДКБ» is dropped
    ]


def test_nested_spans_drop_longest_first():
    assert drop_nested([(0, 10, "ORG"), (5, 10, "ORG"), (2, 4, "LOC"), (8, 12, "LOC"), (0, 10, "ORG")]) == [
        (0, 10, "ORG"),
        (8, 12, "LOC"),
    ]


def test_any_overlap_of_the_same_type_matches():
    gold = [[(0, 10, "PER"), (20, 30, "LOC"), (40, 50, "ORG")]]
    pred = [[(5, 7, "PER"), (25, 35, "ORG"), (60, 70, "LOC")]]
    f = score(gold, pred)
    assert (f["PER"]["precision"], f["PER"]["recall"], f["PER"]["f1"]) == (1.0, 1.0, 1.0)
    assert (f["LOC"]["precision"], f["LOC"]["recall"]) == (0.0, 0.0)
    assert (f["ORG"]["precision"], f["ORG"]["recall"]) == (0.0, 0.0)
    assert f["macro_f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_evaluate_with_a_given_predictor(folder):
    def predict(text):
        s = text.index("Лавров")
        return [(s, s + 6, "PER"), (text.index("ОДКБ"), text.index("ОДКБ") + 4, "ORG")]

    f = evaluate(folder, predict=predict)
    assert f["documents"] == 1
    assert f["PER"]["recall"] == 1.0 and f["ORG"]["recall"] == 0.5 and f["ORG"]["precision"] == 1.0


def test_bad_folders_are_clear_errors(tmp_path):
    with pytest.raises(AccordError, match="not a folder"):
        read_dataset(tmp_path / "missing")
    with pytest.raises(AccordError, match="no factRuEval documents"):
        read_dataset(tmp_path)
    _write(tmp_path, ["1 name 0 5 1 1 # Глава"], ["1 Person 1 99 # ?"])
    with pytest.raises(AccordError, match=r"span ids \['99'\]"):
        read_dataset(tmp_path)
