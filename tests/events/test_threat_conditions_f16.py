"""Threats told as a condition on another party's act (events.threat_conditions):
the threat is aimed at the party of the condition, and what the speaker says its
side will do is no fact yet."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", flag="hypothetical")


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            '"If Lithuania blocks the transit, Russia will be forced to protect its citizens by military means," '
            "a Russian diplomat said.",
            ("RUS", "LTU"),
        ),
        (
            '"If Japan deploys the missiles, China will be forced to take countermeasures," the Chinese foreign '
            "ministry spokesman told reporters.",
            ("CHN", "JPN"),
        ),
    ],
)
def test_being_forced_to_act_if_another_acts_is_a_threat(nlp, text, pair):
    assert ("THREATEN", *pair, False) in _events(text)


def test_a_warning_on_a_condition_is_aimed_at_the_author_of_the_act_named_back(nlp):
    evs = _events(
        "Israeli jets struck targets near Damascus on Monday. Syria warned that if the strikes continue, "
        "it will appeal to the United Nations Security Council."
    )
    assert ("THREATEN", "SYR", "ISR", False) in evs
    assert not any(t == "THREATEN" and r != "ISR" for t, a, r, _ in evs if a == "SYR")


def test_what_the_party_will_do_if_is_hypothetical(nlp):
    evs = _events(
        "Baghdad warned that if the Turkish strikes continue, it will appeal to the United Nations Security Council."
    )
    assert ("THREATEN", "IRQ", "TUR", False) in evs
    assert all(h for t, a, r, h in evs if t == "REQUEST")


def test_being_forced_by_ones_own_choice_without_condition_is_no_threat(nlp):
    evs = _events("Russia was forced to close its consulate in Gdansk after Poland withdrew its consent.")
    assert not any(t == "THREATEN" for t, *_ in evs)
