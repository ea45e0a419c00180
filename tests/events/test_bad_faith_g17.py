"""A party said to know full well is charged with bad faith (events.bad_faith)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            '"Minsk has nothing to do with these balloons, and Warsaw knows it perfectly well," '
            "the Belarusian foreign minister said.",
            ("BLR", "POL"),
        ),
        (
            "The Russian foreign ministry said that Washington understands very well that the sanctions hurt "
            "ordinary people.",
            ("RUS", "USA"),
        ),
    ],
)
def test_knowing_full_well_is_a_charge(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We know this very well," the Russian foreign minister said.',
        "The Chinese foreign ministry said Tokyo does not understand the situation very well.",
        "The Kazakh minister said Moscow knows the region well.",
    ],
)
def test_own_side_denied_or_plain_knowledge_is_no_charge(nlp, text):
    assert not any(t == "ACCUSE" for t, _, _ in _events(text))
