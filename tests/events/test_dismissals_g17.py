"""Words called untrue and counsel said not needed (events.dismissals): the speaker's REJECT."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Kyrgyzstan accused Tajikistan of moving troops to the border. "
            '"These assessments are baseless," a spokesman of the Tajik foreign ministry said.',
            ("TJK", "KGZ"),
        ),
        ("The Belarusian foreign ministry said that the allegations of Vilnius were absurd.", ("BLR", "LTU")),
        (
            "Manila accused Beijing of ramming a supply boat. "
            '"Such claims are completely unfounded," Chinese foreign ministry spokesman Lin Jian said.',
            ("CHN", "PHL"),
        ),
    ],
)
def test_words_called_untrue_are_the_speakers_rejection(nlp, text, pair):
    assert ("REJECT", *pair) in _events(text)


def test_words_said_not_untrue_are_no_rejection(nlp):
    evs = _events("The Armenian foreign ministry said the claims of Baku were not groundless.")
    assert not any(t == "REJECT" for t, _, _ in evs)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Baku does not need the advice of Moscow, the Azerbaijani defence minister said.", ("AZE", "RUS")),
        ('"Hungary does not need lessons from Brussels," the Hungarian prime minister said.', ("HUN", None)),
    ],
)
def test_counsel_not_needed_is_a_rejection_not_a_negated_request(nlp, text, pair):
    evs = _events(text)
    assert any(t == "REJECT" and a == pair[0] and (pair[1] is None or r == pair[1]) for t, a, r in evs)
    assert not any(t == "REQUEST" for t, _, _ in evs)


@pytest.mark.parametrize(
    "text, pair",
    [
        ('"The demarche of Riga is unacceptable," the Belarusian deputy foreign minister said.', ("BLR", "LVA")),
        ("The Russian foreign ministry said the demands of Chisinau were inadmissible.", ("RUS", "MDA")),
    ],
)
def test_a_protest_or_demand_called_unacceptable_is_rejected(nlp, text, pair):
    assert ("REJECT", *pair) in _events(text)


def test_an_act_called_unacceptable_is_no_rejection(nlp):
    evs = _events('"The exercise of Japan is unacceptable," the Russian deputy foreign minister said.')
    assert not any(t == "REJECT" for t, _, _ in evs)
