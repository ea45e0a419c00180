"""A three-party list named again as 'the three ministers' or 'the heads of the three delegations' (events.listed)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _pairs(text, kind):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return {
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in rec.events
        if e.type == kind and not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ministers of Russia, China and India met in Moscow. The joint statement was signed by the three ministers.",
            ("RUS", "CHN", "IND"),
        ),
        (
            "The foreign ministers of Iran, Turkey and Russia met in Astana. The three ministers signed a joint declaration.",
            ("IRN", "TUR", "RUS"),
        ),
    ],
)
def test_signing_by_a_listed_group_is_each_members(nlp, text, parties):
    got = _pairs(text, "SUPPORT")
    assert all((a, b) in got for a in parties for b in parties if a != b)


def test_heads_of_the_listed_delegations_are_the_listed_parties(nlp):
    text = (
        "Delegations of Armenia, Azerbaijan and Russia met in Moscow. "
        "The heads of the three delegations agreed to continue the talks."
    )
    got = _pairs(text, "AGREE")
    assert ("ARM", "AZE") in got and ("AZE", "RUS") in got
