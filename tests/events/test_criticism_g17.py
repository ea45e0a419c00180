"""Criticism of a good named one ``of`` phrase down (events.criticism, round G)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "The Armenian foreign ministry said that the drills of Azerbaijan do not contribute to the atmosphere "
            "of trust in the region.",
            ("ARM", "AZE"),
        ),
        ("Moscow said the deployment of US missiles does not serve the cause of peace.", ("RUS", "USA")),
    ],
)
def test_a_good_in_an_of_phrase_not_served_is_criticism(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(text)


def test_a_good_served_is_no_criticism(nlp):
    evs = _events("The Georgian minister said the new railway would contribute to the strengthening of stability.")
    assert not any(t == "ACCUSE" for t, _, _ in evs)
