"""ru.score: core recall on the Russian sample, strict and by country, with
the Russian pipeline replaced by fixed predictions (no model needed)."""

from __future__ import annotations

import json

import accord.ru.extract as ru_extract
from accord.ru.score import score_sample


def _event(kind, actor, recipient):
    return {"type": kind, "actor": {"code": actor}, "recipient": {"code": recipient} if recipient else {}}


def test_core_recall_counts_only_core_entries(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Текст.", encoding="utf-8")
    gold = {
        "articles": [
            {
                "file": "a.txt",
                "quotes": [],
                "events": [
                    {"type": "CONSULT", "actor": "RUSGOV", "recipient": "KAZGOV", "core": True},
                    {"type": "ACCUSE", "actor": "RUS", "recipient": "EST", "core": True},
                    {"type": "AGREE", "actor": "KAZ", "recipient": "RUS"},
                ],
            }
        ]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    predicted = [_event("CONSULT", "RUSMIL", "KAZGOV"), _event("AGREE", "KAZ", "RUS")]
    monkeypatch.setattr(ru_extract, "extract_text", lambda text, date: ([], [], [], predicted))
    figures = score_sample(tmp_path)
    # strict: the CONSULT's sector differs, so no core entry is found; by country it is
    assert figures["events"]["core_recall"] == 0.0
    assert figures["events"]["n_core"] == 2
    assert figures["events_country"]["core_recall"] == 0.5
    assert figures["articles"]["a.txt"]["core_found"] == "0/2"
    # the sector-coded CONSULT is a wrong actor; the ACCUSE has its actor only elsewhere (AGREE KAZ -> RUS)
    assert figures["error_kinds"]["missed_core"] == {"wrong_actor": 1, "dyad_elsewhere": 1}
    assert figures["error_kinds"]["false"] == {"wrong_actor": 1}


def test_no_core_entries_no_core_figure(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Текст.", encoding="utf-8")
    gold = {
        "articles": [{"file": "a.txt", "quotes": [], "events": [{"type": "AGREE", "actor": "KAZ", "recipient": None}]}]
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(ru_extract, "extract_text", lambda text, date: ([], [], [], []))
    assert "core_recall" not in score_sample(tmp_path)["events"]
