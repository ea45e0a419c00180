"""Parties named by a hyphenated pair on a named exercise, or by joined 'of' phrases (events.actor_groups)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _pairs(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in rec.events
        if not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    "text, a, b",
    [
        ('The Russian-Mongolian exercise "Selenge-2025" will be held in August in Buryatia.', "RUS", "MNG"),
        ('The Kazakh-Kyrgyz exercise "Shield-2026" will be held in May.', "KAZ", "KGZ"),
        ('The Chinese-Russian naval drill "Joint Sea" will take place off Vladivostok.', "CHN", "RUS"),
    ],
)
def test_hyphenated_pair_of_a_named_exercise_are_its_parties(nlp, text, a, b):
    assert (a, b) in _pairs(text) and (b, a) in _pairs(text)


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Servicemen of the Turkish Armed Forces and of the Pakistan Army took part in the exercise.", "TUR", "PAK"),
        ("Sailors of the Russian Navy and of the Chinese Navy took part in the drills.", "RUS", "CHN"),
    ],
)
def test_joined_of_phrases_name_both_parties(nlp, text, a, b):
    assert (a, b) in _pairs(text)
