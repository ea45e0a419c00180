"""A city name several states have takes the state the article's context
names (accord.actors.city_context); the dictionary's state stays where the
context says nothing or names it, and a small namesake town never wins."""

import pytest

from accord.actors import city_context
from accord.actors.parts import Draft
from conftest import make_doc

ROWS = {
    "Brest": [
        (1, 1, "Brest", 0, 0, "BLR", "", "city", "", 340_000),
        (2, 2, "Brest", 0, 0, "FRA", "", "city", "", 140_000),
    ],
    "Odessa": [
        (3, 3, "Odessa", 0, 0, "UKR", "", "city", "", 1_000_000),
        (4, 4, "Odessa", 0, 0, "USA", "", "city", "", 110_000),
    ],
}


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch):
    monkeypatch.setattr(city_context, "_candidates", lambda name: ROWS.get(name, []))


def _run(vocab, text, spans):
    """``spans``: (start, end, kind, country) drafts; returns the drafts after the pass."""
    doc = make_doc(vocab, text)
    drafts = [Draft(s, e, kind=k, country=c) for s, e, k, c in spans]
    city_context.cities_by_context(doc, drafts)
    return drafts


def test_city_in_the_state_the_article_names(vocab):
    text = "An official of Belarus said two citizens of Belarus were detained in Brest ."
    ds = _run(vocab, text, [(3, 4, "state", "BLR"), (8, 9, "state", "BLR"), (12, 13, "location", "FRA")])
    assert ds[-1].country == "BLR"


def test_default_kept_when_the_context_names_it_or_nothing(vocab):
    ds = _run(vocab, "The French navy held a ceremony in Brest .", [(1, 3, "org", "FRA"), (7, 8, "location", "FRA")])
    assert ds[-1].country == "FRA"
    ds = _run(vocab, "A ceremony was held in Brest .", [(5, 6, "location", "FRA")])
    assert ds[-1].country == "FRA"


def test_small_namesake_town_never_wins(vocab):
    ds = _run(vocab, "Shells hit Odessa , Washington said .", [(2, 3, "location", "UKR"), (4, 5, "state", "USA")])
    assert ds[0].country == "UKR"
