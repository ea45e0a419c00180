"""A denial told a few sentences after the accusation it answers (events.told_denials, round G)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


def test_a_denial_four_sentences_after_the_summons_answers_it(nlp):
    text = (
        "The Syrian foreign ministry summoned the Turkish ambassador over the drone strike on a village near Qamishli. "
        "Three farmers were killed, local officials said. "
        "The village lies two kilometres from the border. "
        "Local residents held a funeral on Sunday. "
        "The Turkish defence ministry said that the strike hit only the positions of militants and that civilians "
        "were not harmed."
    )
    assert ("REJECT", "TUR", "SYR") in _events(text)


def test_no_accusation_before_no_denial(nlp):
    text = (
        "Local residents held a funeral on Sunday. "
        "The Turkish defence ministry said that the strike hit only the positions of militants and that civilians "
        "were not harmed."
    )
    assert not any(t == "REJECT" for t, _, _ in _events(text))
