"""Review of round E: a physical act told in a comma-set relative clause on
a party stays news ("Moscow, which fired missiles at Kharkiv"); other past
relative clauses on a party stay background (events.factuality; needs the model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {(e.type, e.actor and e.actor.code[:3], e.recipient and e.recipient.code[:3]) for e in rec.events}


@pytest.mark.parametrize(
    "text,act",
    [
        ("Kyiv condemned Moscow, which fired 40 missiles at the city of Kharkiv.", ("ASSAULT", "RUS", "UKR")),
        (
            "Baku accused Yerevan, which shelled Azerbaijani positions near Tovuz, of provocation.",
            ("ASSAULT", "ARM", "AZE"),
        ),
    ],
)
def test_a_physical_act_in_a_relative_clause_is_news(text, act):
    assert act in _events(text)


def test_a_past_relative_clause_on_a_party_stays_background():
    ev = _events("Turkey, which signed an arms deal with Russia, met Greek officials on Monday.")
    assert not any(t == "AGREE" and "RUS" in (a, r) for t, a, r in ev), ev
    assert ("CONSULT", "TUR", "GRC") in ev, ev
