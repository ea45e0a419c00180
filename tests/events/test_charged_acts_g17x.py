"""Acts only ever charged are no aid, and a 'from' place of taking away is no attacker (events.triggers, fired_from)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign ministry said the senator's trip had interfered in the internal affairs of China.",
        "The Serbian president said foreign envoys were interfering in the internal affairs of Serbia.",
        "Moscow said Washington interferes in the internal affairs of Venezuela.",
    ],
)
def test_interference_is_no_aid(nlp, text):
    assert not any(t == "AID" for t, _, _ in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "A Latvian customs officer was abducted from the territory of Latvia, the Latvian police said.",
        "Two Lithuanian border guards were kidnapped from Lithuanian territory last week.",
    ],
)
def test_place_taken_from_is_no_attacker(nlp, text):
    assert not any(a is not None and a == r for _, a, r in _events(text))


def test_place_fired_from_stays_the_attacker(nlp):
    assert ("ASSAULT", "TJK", "KGZ") in _events("Kyrgyz border posts were shelled from the territory of Tajikistan.")
