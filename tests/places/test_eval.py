from __future__ import annotations

import json

import pytest

from accord.errors import DataFileError
from accord.evaluate.places import evaluate_places, read_gold

GOLD = """# three sentences
id\ttext\tspan\tcountry\tkind\tlat\tlon
t1\tLebanese troops deployed in Tripoli on Sunday.\tTripoli\tLBN\tcity\t34.44\t35.85
t2\tRival militias fought in Tripoli.\tTripoli\tLBY\tcity\t32.89\t13.19
t3\tRussian jets flew from Kant air base.\tKant\tKGZ\tsite\t42.85\t74.85
"""


@pytest.fixture
def gold(tmp_path):
    p = tmp_path / "gold.tsv"
    p.write_text(GOLD, encoding="utf-8")
    return p


def test_eval_counts_within_and_unresolved(gold, gaz):
    f = evaluate_places(gold, gazetteer_path=gaz)
    assert f["n"] == 3
    assert f["given"] == {
        "within": 2,
        "coarse": 0,
        "wrong": 0,
        "unresolved": 1,
        "within_rate": 0.6667,
        "wrong_rate": 0.0,
    }
    assert [m["id"] for m in f["misses"]] == ["t2"]


def test_eval_counts_a_far_resolution_as_wrong(tmp_path, gaz):
    p = tmp_path / "g.tsv"
    p.write_text(GOLD.splitlines()[1] + "\nw1\tTroops reached Kant.\tKant\tKGZ\tcity\t42.0\t74.0\n", encoding="utf-8")
    f = evaluate_places(p, gazetteer_path=gaz)
    assert (f["given"]["wrong"], f["misses"][0]["km"] > 100) == (1, True)


def test_malformed_gold_row_names_file_and_line(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text(GOLD.replace("34.44", "north"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.tsv:3: lat/lon must be numbers"):
        read_gold(p)


def test_shipped_gold_has_150_sentences_or_more():
    from pathlib import Path

    rows = read_gold(Path(__file__).resolve().parents[2] / "data" / "places" / "gold.tsv")
    assert len(rows) >= 150


@pytest.mark.model
def test_eval_with_ner_finds_the_places(gold, gaz):
    from accord.nlp import load_model

    f = evaluate_places(gold, load_model(), gazetteer_path=gaz)
    assert f["ner"]["within"] == 2 and f["ner"]["wrong"] == 0


def test_cli_prints_one_json_line_last(gold, gaz, monkeypatch):
    from click.testing import CliRunner

    import accord.evaluate.places as ev
    from accord.places.cli import eval_places_cmd

    real = ev.evaluate_places
    monkeypatch.setattr(ev, "evaluate_places", lambda path, nlp, limit=None: real(path, nlp, gazetteer_path=gaz))
    res = CliRunner().invoke(eval_places_cmd, [str(gold), "--no-ner"])
    assert res.exit_code == 0, res.output
    last = json.loads(res.output.strip().splitlines()[-1])
    assert (last["kind"], last["given"]["within"]) == ("places", 2)
