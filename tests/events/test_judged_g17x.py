"""A charge called propaganda is a counter-charge (ACCUSE), not a rejection (events.judged)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


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
