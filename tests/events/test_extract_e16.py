"""Round E: a reported gathering with its own owner is that owner's act with
its host, not the speaker's (events.extract._owned_gathering; needs the model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", level="code", trigger=True)


@pytest.mark.parametrize(
    "text,owner,host",
    [
        ("Lavrov said that the next CSTO summit will be held in Minsk in November.", "IGOCSTO", "BLR"),
        ("The Kazakh minister informed that the summit of the SCO will be held in Astana in July.", "IGOSCO", "KAZ"),
    ],
)
def test_reported_gathering_is_its_owner_with_the_host(text, owner, host):
    ev = _events(text)
    held = [(a, r) for _t, a, r, tr in ev if tr == "held"]
    assert held == [(owner, host)], ev


def test_passive_agreement_without_a_gathering_stays_the_speaker_s():
    ev = _events("The mandate of the EU mission will be extended, Armenia's security chief said.")
    assert any(tr == "extended" and a and a.startswith("ARM") for _t, a, _r, tr in ev), ev


@pytest.mark.parametrize(
    "text,asker,asked",
    [
        ("Russia sent troops to Kazakhstan at the request of President Tokayev.", "KAZGOV", "RUS"),
        (
            "In 2020, Ankara sent military engineers to Azerbaijan at the request of the Azerbaijani government.",
            "AZEGOV",
            "TUR",
        ),
    ],
)
def test_at_the_request_of_is_a_request_to_the_actor(text, asker, asked):
    ev = _events(text)
    req = [(a, r) for t, a, r, tr in ev if t == "REQUEST" and tr == "request"]
    assert req and req[0][0] == asker and req[0][1].startswith(asked), ev


def test_invitation_is_no_request():
    ev = _events("Putin visited Hanoi at the invitation of the Vietnamese president.")
    assert not any(t == "REQUEST" for t, _a, _r, _tr in ev), ev


def test_agentless_passive_request_names_no_one_asked():
    ev = _events("This was done at the request of our Kazakh partners, the Kremlin spokesman said.")
    assert not any(t == "REQUEST" for t, _a, _r, _tr in ev), ev
