"""The events evaluator: readers, label mapping and scoring, on self-written data."""

import json

import pytest

from accord.errors import AccordError
from accord.evaluate import events as E
from accord.record import EventActor


def test_wrong_dataset_or_path(tmp_path):
    with pytest.raises(AccordError):
        E.evaluate("nope", str(tmp_path), nlp=object())
    with pytest.raises(AccordError):
        E.evaluate("plover", str(tmp_path / "missing.json"), nlp=object())


def test_code_parts_and_actor_match():
    assert E._code_part("JAPGOV") == "JPN"
    assert E._code_part("USAMIL") == "USA"
    assert E._code_part("") is None
    a = EventActor(0, 4, "NATO", code="IGONATO", org="NATO")
    assert "IGO" in E._actor_part(a) and "NATO" in E._actor_part(a)
    assert E._actor_part(EventActor(0, 3, "USA", code="USA", country="USA")) == {"USA"}
    assert "IMG" in E._actor_part(EventActor(0, 7, "al-Qaeda", code="IMGMUSALQ"))
    assert E._actor_part(None) == set()


def test_label_map():
    assert E.LABEL_MAP["FIGHT"] == "ASSAULT" and E.LABEL_MAP["DEMAND"] == "REQUEST"
    assert E.LABEL_MAP["DISAPPROVE"] == "ACCUSE" and E.LABEL_MAP["INVESTIGATE"] == "ACCUSE"


def test_predicted_label_is_statement_without_events():
    assert E.predicted_label([]) == "statement"


@pytest.mark.model
def test_plover_end_to_end_on_written_records(tmp_path):
    recs = [
        {"id": "DOC", "event": "DOCUMENT"},
        {
            "id": "x1",
            "event": "FIGHT",
            "text": "Rebel fighters attacked an army base in the north of Chad on Monday.",
            "source": [{"actorText": "Rebel fighters", "code": "TCD", "sector": "REB"}],
            "target": [{"actorText": "army base", "code": "TCD", "sector": "MIL"}],
        },
        {
            "id": "x2",
            "event": "DEMAND",
            "text": "France demanded that Iran release the detained sailors.",
            "source": [{"actorText": "France", "code": "FRA"}],
            "target": [{"actorText": "Iran", "code": "IRN"}],
        },
    ]
    p = tmp_path / "gsr.json"
    p.write_text(json.dumps(recs), encoding="utf-8")
    seen = []
    out = E.evaluate("plover", str(p), progress=lambda a, b: seen.append((a, b)))
    assert out["n"] == 2 and seen[-1] == (2, 2)
    for k in ("category_accuracy", "actor_accuracy", "recipient_accuracy"):
        assert 0.0 <= out[k] <= 1.0
    json.dumps(out)


CLASS_LINES = [
    "Troops shelled the town, killing five civilians.\t4",
    "The minister said the economy grew.\t0",
    "The two presidents met in Moscow for talks.\t1",
    "Russia delivered air defence systems to Serbia.\t2",
    "China accused the United States of meddling.\t3",
] * 4


@pytest.mark.model
def test_conflibert_unseen_file_is_coded_by_the_shipped_model(tmp_path):
    # sentences the shipped classifier never saw: no cross-validation, the model as `accord extract` runs it
    p = tmp_path / "c.tsv"
    p.write_text("\n".join(CLASS_LINES) + "\n", encoding="utf-8")
    out = E.evaluate("conflibert-class", str(p), limit=10)
    assert out["n"] == 10 and out["cross_validated"] is False and out["rows_seen_by_model"] == 0
    assert 0.0 <= out["macro_f1"] <= 1.0 and "f1_statement" in out


@pytest.mark.model
def test_conflibert_rows_the_model_saw_are_cross_validated(tmp_path):
    from accord.evaluate.conflibert import sentence_digest
    from accord.nlp import load

    p = tmp_path / "c.tsv"
    p.write_text("\n".join(CLASS_LINES) + "\n", encoding="utf-8")
    nlp = load()
    clf = nlp.get_pipe("accord_events").classifier
    before = clf.trained_on
    clf.trained_on = frozenset({sentence_digest(CLASS_LINES[0].split("\t")[0])})
    try:
        out = E.evaluate("conflibert-class", str(p), nlp=nlp, limit=10)
    finally:
        clf.trained_on = before
    assert out["cross_validated"] is True and out["rows_seen_by_model"] == 4
