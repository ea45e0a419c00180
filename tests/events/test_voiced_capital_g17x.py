"""A capital or a state's body voices an agentless passive verdict (events.voiced_capital)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "Washington imposed new sanctions on Russian banks. In Moscow, the new sanctions were condemned.",
            ("ACCUSE", "RUS", "USA"),
        ),
        (
            "Lithuania expelled two Belarusian diplomats. In Minsk, the expulsion was called a provocation.",
            ("ACCUSE", "BLR", "LTU"),
        ),
        (
            "Azerbaijani forces shelled Armenian villages. In Yerevan, the attack was condemned.",
            ("ACCUSE", "ARM", "AZE"),
        ),
    ],
)
def test_fronted_capital_judges_an_act(nlp, text, event):
    assert event in _events(text)


def test_body_after_the_verb_voices_the_rejection(nlp):
    evs = _events("Estonia said its officer had been abducted. The version of Tallinn was rejected in the FSB.")
    assert ("REJECT", "RUS", "EST") in evs


def test_venue_is_no_voice(nlp):
    assert not any(a for _, a, _ in _events("In Geneva, the Russian proposal was rejected."))
