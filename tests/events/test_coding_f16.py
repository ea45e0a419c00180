"""The statement gate of the event confidence (events.coding): concern voiced over
the act of a coded party is a speech act, as a verdict is; concern over a place
or an unnamed incident stays gated."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20")


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Japan expressed concern over the actions of the Chinese coast guard.", ("JPN", "CHN")),
        ("Japan expressed concern over the deployment of Chinese ships.", ("JPN", "CHN")),
        (
            "The embassies of Germany and France in Kyiv expressed concern over the actions of the Russian military.",
            ("FRA", "RUS"),
        ),
    ],
)
def test_concern_over_a_partys_act_is_criticism(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The French ministry expressed concern over the situation in Mali.",
        "Germany expressed concern over the incident.",
    ],
)
def test_concern_over_a_place_or_an_incident_is_no_charge(nlp, text):
    assert not any(t == "ACCUSE" for t, *_ in _events(text))
