"""Round G (evA): "In <capital>, the protest of X was rejected": the
capital's state rejects X's protest, demarche or proposal; a venue that is
no capital speaks for no one (needs the spaCy model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _rejects(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {
        (e.actor and e.actor.code[:3], e.recipient and e.recipient.code[:3]) for e in rec.events if e.type == "REJECT"
    }


@pytest.mark.parametrize(
    "text,pair",
    [
        ("In Moscow, the protest of the Japanese side was rejected.", ("RUS", "JPN")),
        ("In Beijing, the demarche of Manila was rejected as groundless.", ("CHN", "PHL")),
        ("In Ankara, the proposal of Athens was rejected.", ("TUR", "GRC")),
    ],
)
def test_a_fronted_capital_rejects_the_act_of_another(text, pair):
    assert pair in _rejects(text)


def test_a_venue_rejects_nothing():
    assert not _rejects("In Geneva, the Russian proposal was rejected.")
