"""accord.ru.actors: the city an envoy is posted in is not his state
(hand-built parsed Docs, no natasha needed)."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.ru.actor_context import context as _context
from accord.ru.actors import Actor
from accord.ru.doc import blank


def _envoy(words, lemmas, heads, deps, state_at, iso):
    doc = Doc(blank().vocab, words=words, lemmas=lemmas, heads=heads, deps=deps)
    role = Actor(0, 1, "person", sector="GOV", flag="role")
    place = Actor(state_at, state_at + 1, "state", country=iso, sector="GOV")
    person = Actor(state_at + 1, state_at + 3, "person", name="X", named=True)
    actors = [role, place, person]
    _context(doc, actors)
    return role, person


def test_an_envoy_takes_no_country_from_the_city_he_is_posted_in():
    # «Посол в Москве Ахмед Хусейни заявил»: not RUSGOV
    role, person = _envoy(
        ["Посол", "в", "Москве", "Ахмед", "Хусейни", "заявил"],
        ["посол", "в", "москва", "ахмед", "хусейни", "заявить"],
        [5, 2, 0, 0, 3, 5],
        ["nsubj", "case", "nmod", "appos", "flat:name", "ROOT"],
        2,
        "RUS",
    )
    assert role.country is None and person.country is None


def test_a_minister_in_a_city_is_not_an_envoy():
    # «министр в Астане …»: only an envoy's «в» city is left out
    role, person = _envoy(
        ["Министр", "в", "Астане", "Марат", "Ахметов", "заявил"],
        ["министр", "в", "астана", "марат", "ахметов", "заявить"],
        [5, 2, 0, 0, 3, 5],
        ["nsubj", "case", "nmod", "appos", "flat:name", "ROOT"],
        2,
        "KAZ",
    )
    assert role.country == "KAZ"
