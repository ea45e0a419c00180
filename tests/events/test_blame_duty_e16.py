"""Review of round E: responsibility for a harm blames; responsibility for
a task is a duty and blames no one (events.blame; needs the model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _accusations(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {
        (e.actor and e.actor.code[:3], e.recipient and e.recipient.code[:3]) for e in rec.events if e.type == "ACCUSE"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Kyrgyz foreign minister said Tajikistan bears responsibility for hosting the next round of talks.",
        "The Kyrgyz foreign minister said the responsibility for organising the summit lies with Kazakhstan.",
        "The Armenian foreign ministry said the responsibility for security in the region lies with Russia.",
    ],
)
def test_a_duty_is_no_blame(text):
    assert not _accusations(text)


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "The Kyrgyz foreign minister said the responsibility for the escalation lies with Tajikistan.",
            ("KGZ", "TJK"),
        ),
        ("The Armenian foreign ministry said Baku bears responsibility for shelling the village.", ("ARM", "AZE")),
        ("The Armenian foreign ministry said Baku bears full responsibility.", ("ARM", "AZE")),
    ],
)
def test_responsibility_for_a_harm_blames(text, pair):
    assert pair in _accusations(text)
