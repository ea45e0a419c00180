"""Round F (evA): an objection to "the agreement" is aimed at the parties
that made it (events.opposed_pacts; needs the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", trigger=True)


@pytest.mark.parametrize(
    "text,trigger,actor,makers",
    [
        (
            "India and China agreed to resume border trade through the pass. Nepal condemned the agreement.",
            "condemned",
            "NPL",
            {"IND", "CHN"},
        ),
        (
            "Armenia and Azerbaijan signed a transit deal in Washington. Iran criticised the deal.",
            "criticised",
            "IRN",
            {"ARM", "AZE"},
        ),
        ("Israel and the UAE signed a peace treaty. Iran rejected the treaty.", "rejected", "IRN", {"ISR", "ARE"}),
    ],
)
def test_objection_to_a_pact_is_aimed_at_its_makers(text, trigger, actor, makers):
    ev = [(a, r) for _t, a, r, tr in _events(text) if tr == trigger]
    assert {r for a, r in ev if a == actor} == makers, ev


def test_objection_naming_a_third_party_keeps_it():
    ev = _events("India and China signed a trade agreement. Nepal accused Pakistan of backing the agreement.")
    assert not any(tr == "accused" and r in ("IND", "CHN") for _t, _a, r, tr in ev), ev


def test_refusal_to_sign_is_no_objection_to_a_pact():
    ev = _events(
        "Israel and the UAE signed a peace treaty. Baku says it will not sign the treaty until Armenia changes its constitution."
    )
    assert not any(r in ("ISR", "ARE") for _t, a, r, _tr in ev if a == "AZE"), ev
