"""Round G (evA): an attack with no attacker named on an armed group outside
the state is not the other side's of the states' quarrel (needs the spaCy
model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _attacks(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {(e.actor and e.actor.code, e.recipient and e.recipient.code) for e in rec.events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    "text,wrong",
    [
        (
            "Damascus accused Ankara of violating its sovereignty. Syrian officials said a Turkish drone struck a "
            "village near Qamishli. The Ministry of Defence of Turkiye said that the strike was carried out against "
            "the positions of the terrorist organization PKK.",
            "SYR",
        ),
        (
            "Baghdad accused Ankara of violating its airspace. Iraqi officials said a Turkish drone hit a car near "
            "Duhok. The Turkish Defence Ministry said that the strike was carried out against PKK militants.",
            "IRQ",
        ),
    ],
)
def test_a_strike_on_rebels_is_not_the_other_states(text, wrong):
    got = _attacks(text)
    assert not any(a and a.startswith(wrong) for a, _r in got), got
