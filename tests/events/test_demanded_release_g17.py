"""Round G (evA): a demand for a release reaches the detainer told on either
side of it (a detention told twice counts at its first telling), and a demand
to stop an act reaches the one who did it to the demander (needs the spaCy
model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", level="code", trigger=True)


def _asked(events, trigger):
    return {(a, r) for t, a, r, tr in events if t == "REQUEST" and tr == trigger}


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "On Monday a shepherd from Laos who had crossed the border was detained by Thai border guards. "
            "Vientiane demands the immediate return of the shepherd. "
            "The Thai border service said that he had been detained on its territory.",
            ("LAO", "THA"),
        ),
        (
            "Vientiane demands the immediate return of a shepherd who crossed the border. "
            "The Border Service of Thailand stated that he had been detained in the Tak province.",
            ("LAO", "THA"),
        ),
        (
            "Quito demanded the release of the fishermen. "
            "The Peruvian navy said it had detained the crew in Peruvian waters.",
            ("ECU", "PER"),
        ),
    ],
)
def test_release_demand_reaches_the_detainer_told_near_it(text, pair):
    got = {(a[:3], r and r[:3]) for t, a, r, tr in _events(text) if t == "REQUEST"}
    assert pair in got, got


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "Syrian drones struck a village in Jordan on Sunday, killing two farmers. "
            '"We demand the complete cessation of the violations of Jordanian sovereignty," the Jordanian Foreign Ministry said.',
            ("JOR", "SYR"),
        ),
        (
            "Eritrean artillery shelled a Sudanese border town overnight. "
            "Khartoum demanded an immediate end to the attacks on its territory.",
            ("SDN", "ERI"),
        ),
    ],
)
def test_demand_to_stop_reaches_the_attacker(text, pair):
    got = {(a and a[:3], r and r[:3]) for t, a, r, tr in _events(text) if t == "REQUEST"}
    assert pair in got, got


def test_demand_to_stop_with_no_attack_before_names_no_one():
    got = {
        (a and a[:3], r and r[:3])
        for t, a, r, tr in _events("Tokyo demanded an end to the fishing ban.")
        if t == "REQUEST"
    }
    assert all(r in (None, "JPN") for _a, r in got), got
