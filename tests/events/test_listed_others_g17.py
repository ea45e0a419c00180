"""A listed group's act toward one of its own members is the others' act
toward it, unless the act is one done together (events.listed; review G
must-fix 5; needs the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, target, others",
    [
        (
            "The foreign ministers of France, Germany and Poland met in Weimar. "
            "The three ministers criticised Poland's new judicial law.",
            "POL",
            {"FRA", "DEU"},
        ),
        (
            "The leaders of Britain, France and Germany met in London. "
            "The three leaders condemned Germany's decision to block the arms sale.",
            "DEU",
            {"GBR", "FRA"},
        ),
    ],
)
def test_the_others_criticise_the_member(text, target, others):
    accusations = {(a, r) for t, a, r in event_rows(text) if t == "ACCUSE"}
    assert accusations == {(a, target) for a in others}


def test_a_joint_signing_still_joins_every_member():
    text = (
        "The defence ministers of Kazakhstan, Uzbekistan and Kyrgyzstan met in Tashkent. "
        "The three ministers signed a memorandum on the Kazakhstan-Uzbekistan railway."
    )
    signers = {(a, r) for t, a, r in event_rows(text) if t == "SUPPORT"}
    assert ("KGZ", "KAZ") in signers and ("KAZ", "KGZ") in signers
