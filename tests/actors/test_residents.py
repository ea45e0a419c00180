"""Residents of a named place take its state (civilians)."""

import importlib
from types import SimpleNamespace

from accord.actors.component import extract_actors
from conftest import find, make_doc


def test_residents_of_a_city_the_lexicon_knows_are_its_states_civilians(vocab):
    words = "Residents of Osh said the night was calm .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={3: "VERB"}, published="2024-05-01"))
    m = find(ms, "Residents")
    assert (m.code, m.sector) == ("KGZCVL", "CVL")


def test_residents_of_a_village_the_gazetteer_places(vocab, monkeypatch):
    resolve = importlib.import_module("accord.places.resolve")

    asked = []

    def fake(name, context=()):
        asked.append(name)
        return SimpleNamespace(country="GEO") if name == "Testkari" else None

    monkeypatch.setattr(resolve, "resolve", fake)
    words = "Two residents of the village of Testkari were detained near the line .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={7: "VERB", 8: "VERB"}, published="2026-03-18"))
    m = next(m for m in ms if m.text.startswith("residents"))
    assert asked == ["Testkari"] and m.code == "GEOCVL"


def test_no_named_place_or_no_resident_noun_gives_no_state(vocab, monkeypatch):
    resolve = importlib.import_module("accord.places.resolve")

    monkeypatch.setattr(resolve, "resolve", lambda name, context=(): SimpleNamespace(country="GEO"))
    words = "Residents of the village said the night was calm .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={4: "VERB"}))
    assert find(ms, "Residents of the village").country is None
    words = "Leaders of Testkari said the night was calm .".split()
    ms, _ = extract_actors(make_doc(vocab, words, pos={3: "VERB"}))
    assert all(m.country is None for m in ms)
