"""Denials told as a hostile act said not done (events.told_denials): after an
accusation aimed at the speaker's side, the speaker's REJECT of the accuser."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in rec.events]


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Iraq summoned the Turkish charge d'affaires over the drone strike on a village in Duhok. The Turkish "
            "defence ministry said that the strike was carried out against militants and that civilians were not harmed.",
            ("TUR", "IRQ"),
        ),
        (
            'Ukraine accused Russia of shelling a hospital in Kharkiv. "Our troops did not fire on the hospital," '
            "the Russian defence minister said.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_an_act_said_not_done_after_an_accusation_is_a_denial(nlp, text, pair):
    assert ("REJECT", *pair) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said that civilians were not harmed.",
        "Armenia accused Azerbaijan of violating the ceasefire. Baku said Armenian forces did not respond to the shelling.",
    ],
)
def test_no_accusation_of_the_speaker_or_another_partys_act_is_no_denial(nlp, text):
    assert not any(t == "REJECT" for t, *_ in _events(text))
