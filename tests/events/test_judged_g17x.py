"""A charge called propaganda is a counter-charge (ACCUSE), not a rejection (events.judged)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return [
        (e.type, e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in rec.events
        if not (e.negated or e.hypothetical)
    ]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Lithuanian foreign ministry called the accusations of Minsk «propaganda».", ("LTU", "BLR")),
        ("Warsaw called the claims of Moscow propaganda.", ("POL", "RUS")),
        ("Tbilisi called the accusations of the Kremlin propaganda.", ("GEO", "RUS")),
    ],
)
def test_charge_called_propaganda_is_a_counter_charge(nlp, text, pair):
    evs = _events(text)
    assert ("ACCUSE", *pair) in evs and ("REJECT", *pair) not in evs


def test_charge_called_absurd_is_rejected(nlp):
    assert ("REJECT", "LVA", "RUS") in _events("The Latvian foreign ministry called the accusations of Moscow absurd.")
