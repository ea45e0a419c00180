"""``accord eval actors`` on tiny self-written gold files (no model: a blank
pipeline with the actors component, which works on the lexicon alone)."""

import json

import pytest
import spacy

from accord.errors import AccordError
from accord.evaluate import actors as ev
from accord.nlp import register_components, register_extensions


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    register_components()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("accord_actors")
    return nlp


def test_wrong_dataset_and_path(tmp_path):
    with pytest.raises(AccordError):
        ev.evaluate("nope", str(tmp_path))
    with pytest.raises(AccordError):
        ev.evaluate("plover", str(tmp_path / "missing.json"))


def test_plover_figures(tmp_path, nlp):
    gold = [
        {"id": "doc", "event": "DOCUMENT"},
        {
            "text": "Kazakhstan's Defence Ministry criticized NATO on Monday.",
            "source": [{"actorText": "Kazakhstan's Defence Ministry", "code": "KAZ", "sector": "MIL"}],
            "target": [{"actorText": "NATO", "code": "IGO"}],
        },
        {
            "text": "The Kremlin thanked Japan.",
            "source": [{"actorText": "Kremlin", "code": "RUS", "sector": "GOV"}],
            "target": [{"actorText": "Japan", "code": "JAP", "sector": "***"}],
        },
        {"text": "Unknown people met.", "source": [{"actorText": "Unknown people", "code": "FRA"}]},
    ]
    p = tmp_path / "gold.json"
    p.write_text(json.dumps(gold))
    seen = []
    r = ev.evaluate("plover", str(p), nlp=nlp, progress=lambda i, n: seen.append((i, n)))
    assert r["n"] == 5
    assert r["country_accuracy"] == 0.8
    assert r["sector_accuracy"] == 1.0  # 3 scored (Japan's *** is left out), all right
    assert r["n_sector_scored"] == 3
    assert seen[-1] == (3, 3)
    json.dumps(r)


def test_conflibert_reader_and_recall(tmp_path, nlp):
    text = "Russian B-S\ntroops I-S\nattacked O\nUkraine B-T\n. O\n\nThe B-S\ncommittee I-S\nmet O\n. O\n"
    p = tmp_path / "ner.txt"
    p.write_text(text)
    sents = ev.read_conflibert(str(p))
    assert sents[0][1] == [(0, 2, "S"), (3, 4, "T")]
    r = ev.evaluate("conflibert-ner", str(p), nlp=nlp, limit=None)
    assert r["n"] == 3
    assert r["span_recall"] == round(2 / 3, 4)


def test_sample_names_agree_across_possessive_and_of_forms():
    from accord.evaluate.sample import _name_ok

    assert _name_ok("China's Defence Ministry", "Defence Ministry of China")
    assert _name_ok("China’s Defence Ministry", "the Defence Ministry of China")
    assert not _name_ok("Russia's Defence Ministry", "Defence Ministry of China")
    assert not _name_ok(None, "Defence Ministry of China")
