"""Round G (evT): an announced handing over of goods with no supplier named is
the aid of the speaker's state; transfer nouns of weapons are triggers (needs
the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", level="code", trigger=True)


def _pairs(events, trigger):
    return {(a and a[:3], r and r[:3]) for _t, a, r, tr in events if tr == trigger}


@pytest.mark.parametrize(
    "text,trigger,pair",
    [
        (
            "The delivery of the helicopters to Kyrgyzstan will be completed in May, the Russian ambassador Ivan Petrov said.",
            "delivery",
            ("RUS", "KGZ"),
        ),
        (
            "The supply of the howitzers to Armenia will be completed next year, the French defence ministry said.",
            "supply",
            ("FRA", "ARM"),
        ),
        (
            "The transfer of equipment worth 5 million dollars to the army of Moldova will be completed by autumn,"
            " the US ambassador told reporters.",
            "transfer",
            ("USA", "MDA"),
        ),
    ],
)
def test_announced_transfer_is_the_speakers_aid(text, trigger, pair):
    assert pair in _pairs(_events(text), trigger), _events(text)


def test_receivers_own_speaker_is_no_supplier():
    ev = _events("The delivery of the tanks to Poland will be completed in May, the Polish defence minister said.")
    assert not any(a and a.startswith("POL") for _t, a, _r, tr in ev if tr == "delivery"), ev


def test_judged_delivery_is_not_the_critics():
    ev = _events('"The delivery of armoured carriers to Armenia encourages revanchism," the Azerbaijani ministry said.')
    assert not any(a and a.startswith("AZE") for _t, a, _r, tr in ev if tr == "delivery"), ev


def test_supply_boat_is_no_delivery():
    ev = _events("Chinese ships blocked a Philippine supply boat near the shoal on Sunday.")
    assert not any(t == "AID" for t, _a, _r, _tr in ev), ev
