"""A demand or rejection aimed at the speaker's own side is re-aimed (events.warned_side, round G)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "The Syrian foreign ministry summoned the Israeli charge d'affaires on Monday. "
            '"We demand the complete cessation of the violations of Syrian sovereignty," the ministry said.',
            ("SYR", "ISR"),
        ),
        (
            "The Iraqi foreign ministry summoned the Turkish ambassador over the strike. "
            '"We demand an end to the violations of Iraqi airspace," the statement says.',
            ("IRQ", "TUR"),
        ),
    ],
)
def test_a_demand_about_ones_own_sovereignty_addresses_the_one_summoned(nlp, text, pair):
    evs = _events(text)
    assert ("REQUEST", *pair) in evs
    assert ("REQUEST", pair[0], pair[0]) not in evs


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Iraqi opposition called on the Iraqi government to resign.", ("IRQ", "IRQ")),
        ("Georgian opposition parties urged the Georgian government to hold new elections.", ("GEO", "GEO")),
    ],
)
def test_a_domestic_demand_of_two_bodies_stays(nlp, text, pair):
    assert ("REQUEST", *pair) in _events(text)


def test_a_groups_rejection_of_its_rivals_stays(nlp):
    evs = _events("Syrian Kurdish militias rejected the demand of Syrian rebel groups to withdraw from the town.")
    assert ("REJECT", "SYR", "SYR") in evs
