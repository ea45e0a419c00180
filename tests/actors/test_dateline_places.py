"""A dateline's town the dictionary does not know ("MAKHACHKALA, February
5") is the place the gazetteer resolves it to, and its state is the
article's home state for bodies named without one (accord.actors.home)."""

import pytest

from accord.actors import home
from accord.actors.component import extract_actors
from conftest import find, make_doc


class _Place:
    def __init__(self, name, country, feature="city"):
        self.name, self.country, self.feature = name, country, feature


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch):
    towns = {"Makhachkala": _Place("Makhachkala", "RUS")}
    monkeypatch.setattr(home, "_gazetteer_place", lambda name: towns.get(name))


def _mentions(vocab, text):
    doc = make_doc(vocab, text, ents=[(0, 1, "ORG")])
    return extract_actors(doc)[0]


def test_unknown_dateline_town_is_a_place_of_its_state(vocab):
    ms = _mentions(vocab, "MAKHACHKALA , February 5 - The Ministry of Defence said the drills ended .")
    assert find(ms, "MAKHACHKALA").kind == "location" and find(ms, "MAKHACHKALA").country == "RUS"
    assert find(ms, "The Ministry of Defence").country == "RUS"


def test_unresolved_dateline_word_stays_as_it_was(vocab):
    ms = _mentions(vocab, "ZZYXGRAD , February 5 - The Ministry of Defence said the drills ended .")
    assert find(ms, "The Ministry of Defence").country is None
