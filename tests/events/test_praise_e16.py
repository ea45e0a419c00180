"""Copular praise in a party's words (events.praise): "X is our ally", "X is a brotherly country"."""

import pytest

import accord

pytestmark = pytest.mark.model


def _supports(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return [
        (e.actor.country, e.recipient.country) for e in rec.events if e.type == "SUPPORT" and e.actor and e.recipient
    ]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("'Belarus is our ally, and we will support it,' the Russian deputy minister said.", ("RUS", "BLR")),
        ("'Turkiye is a brotherly country for us,' the Kazakh president said.", ("KAZ", "TUR")),
        ("'Serbia is our friend,' the Russian ambassador told reporters.", ("RUS", "SRB")),
    ],
)
def test_calling_a_party_our_ally_or_a_brotherly_country_is_support(nlp, text, pair):
    assert pair in _supports(text)


@pytest.mark.parametrize(
    "text",
    [
        "'Georgia is not our ally,' the Russian envoy said.",
        "'Armenia remains our ally, and we will keep talking,' the Kremlin spokesman said.",
        "Kazakhstan is our ally, the newspaper wrote.",
    ],
)
def test_no_support_from_a_denial_a_statement_of_standing_or_the_press(nlp, text):
    assert not _supports(text)
