"""A right to respond reserved is a threat (events.reserved_rights)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            '"Riga reserves the right to take retaliatory measures, including the expulsion of Belarusian diplomats," '
            "the Latvian foreign minister said.",
            ("THREATEN", "LVA", "BLR"),
        ),
        (
            "Warsaw reserves the right to respond to any provocation by Minsk, the Polish defence minister said.",
            ("THREATEN", "POL", "BLR"),
        ),
        (
            "Lithuania summoned the Russian ambassador on Monday. "
            '"We reserve the right to respond," the Lithuanian foreign minister said.',
            ("THREATEN", "LTU", "RUS"),
        ),
    ],
)
def test_a_reserved_right_to_respond_threatens(nlp, text, triple):
    assert triple in _events(text)
